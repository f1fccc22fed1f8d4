import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

export const rosstat = (snapshot: Snapshot) => topicOf(snapshot, {table: "rosstat", groups: ["rosstat"]});

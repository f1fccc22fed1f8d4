import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

export const infectionRate = (snapshot: Snapshot) => topicOf(snapshot, {keys: ["infectionRate", "infectionRate7", "growthDaysRatio", "newCases"]});

import {deceasedSummary} from "../pipeline/deceased.js";
import type {Snapshot} from "../pipeline/published.js";

export const deceased = (snapshot: Snapshot) => deceasedSummary(snapshot);

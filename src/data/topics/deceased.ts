import {lastReported} from "../../shared/topic.js";
import {deceasedSummary} from "../pipeline/deceased.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

/** The detailed records, with the official count of deaths they are a sample of. */
export function deceased(snapshot: Snapshot) {
  const official = lastReported(topicOf(snapshot, {keys: ["deathsTotal"]}), "deathsTotal");
  return {...deceasedSummary(snapshot), officialDeaths: official ?? null};
}

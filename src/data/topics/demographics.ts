import {weeklySums, zeroWhereAnyReported} from "../../shared/gaps.js";
import {byTotal, has} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "../pipeline/topic.js";

// Reshaped here, once at build time, rather than on every reader's phone:
// an occupation missing from a day's breakdown had no cases that day (a day without any breakdown stays blank),
// and two dozen daily layers are too jagged to stack, so whole weeks are summed.
export function demographics(snapshot: Snapshot) {
  const breakdowns = topicOf(snapshot, {keys: ["newCases"], groups: ["status", "occupations", "sex", "ages", "source"]});
  // Occupations with the most cases first, so the big bands lie at the bottom of the stack.
  const occupations = byTotal(breakdowns, Object.keys(breakdowns.fields).filter((key) => key.startsWith("job") && has(breakdowns, key)));
  const demographics = zeroWhereAnyReported(breakdowns, occupations);
  return {demographics, occupations, occupationsByWeek: weeklySums(demographics, occupations)};
}

// The demographics page's data: a breakdown's blank is 0 only on a day it was published and within the group's own span;
// shares only where both numbers were reported; the nine largest occupations and «Остальные».
import assert from "node:assert/strict";
import {test} from "node:test";
import {fileURLToPath} from "node:url";
import {readSnapshot} from "../src/data/pipeline/published.js";
import {coverageOf, demographics, REST, stackSpan, withRest} from "../src/data/topics/demographics.js";
import {asBreakdown, groupReadings, weekShare} from "../src/shared/breakdown.js";
import {sum, type Topic, type Values} from "../src/shared/topic.js";

const dates = ["2022-05-01", "2022-05-02", "2022-05-03", "2022-05-04", "2022-05-05", "2022-05-06", "2022-05-07", "2022-05-08"];

function topic(series: Record<string, Values>): Topic {
  const fields = Object.fromEntries(Object.keys(series).map((key) => [key, {key, title: key, label: key, description: key}]));
  return {dates: dates.slice(0, Object.values(series)[0].length), fields, series};
}

test("a blank in a published breakdown is 0 between the group's first and last report; before, after and on a day without the breakdown it stays blank", () => {
  const read = asBreakdown(topic({a: [5, 6, null, 7, 8, 9], b: [null, 1, null, null, 2, null]}), ["a", "b"]);
  assert.deepEqual(read.series.a, [5, 6, null, 7, 8, 9]);
  // Day 0: b not yet named; day 2: no breakdown at all; day 3: published, b within its span; day 5: b no longer named.
  assert.deepEqual(read.series.b, [null, 1, null, 0, 2, null]);
});

test("«Остальные» sums the rest on the days the breakdown was published, and is blank on the others", () => {
  const rest = withRest(topic({a: [5, null, 4], b: [1, null, null], c: [null, null, 2]}), ["a", "b", "c"], ["b", "c"]);
  assert.deepEqual(rest.series[REST], [1, null, 2]);
  assert.equal(rest.fields[REST].label, "Остальные");
});

test("the 7-day share sums only the days that reported both numbers, and needs four of them", () => {
  const t = weekShare(topic({part: [1, 2, null, 3, 4, 1, 1, 1], whole: [10, 10, 10, null, 10, 10, 10, 10]}), "part", "whole", "Доля");
  const shares = t.series.partWeekShare;
  // The fifth day has three days with both in its window; the sixth has four.
  assert.deepEqual(shares.slice(0, 5), [null, null, null, null, null]);
  assert.equal(shares[5], 8 / 40);
  assert.equal(shares[7], 9 / 50);
  assert.equal(t.fields.partWeekShare.measure, "rate");
});

test("a stack is drawn where every part is within its own span, and says which parts bound it", () => {
  const t = topic({a: [1, 1, 1, 1, 1], b: [null, 2, 2, 2, null], c: [3, 3, 3, null, null]});
  assert.deepEqual(stackSpan(t, ["a", "b", "c"]), {from: "2022-05-02", to: "2022-05-03", startsWith: "b", endsWith: "c", reported: {from: "2022-05-01", to: "2022-05-05"}});
  assert.equal(stackSpan(topic({a: [1, null], b: [null, 1]}), ["a", "b"]), undefined);
});

test("coverage counts the days a breakdown was published and the day's cases were reported", () => {
  assert.deepEqual(coverageOf(topic({a: [5, null, 3, 1], b: [4, null, null, 1]}), ["a", "b"], [10, 7, 3, null]), {days: 2, parts: 12, whole: 13});
});

test("on the bundled snapshot: occupations end with their reports, no 0 after them, and the unknown-source share is never a blank read as 0", async () => {
  const data = demographics(await readSnapshot(fileURLToPath(new URL("../src/data/bundled", import.meta.url))));
  const {occupations} = data;
  const at = (t: Topic, key: string, day: string) => t.series[key][t.dates.indexOf(day)];

  // The breakdown by occupation was published from 1 October 2020 to 22 May 2022; the topic stops there.
  assert.deepEqual([occupations.dates[0], occupations.dates.at(-1)], ["2020-10-01", "2022-05-22"]);
  assert.equal(data.occupationKeys.length, 24);
  // Trade was last named on 25 April 2022: after it, a gap, not a line at 0.
  assert.equal(data.occupationSpans.jobRetail.to, "2022-04-25");
  assert.ok(occupations.series.jobRetail.every((v, i) => occupations.dates[i] <= "2022-04-25" || v === null));
  assert.equal(at(occupations, "jobRetail", "2022-04-26"), null);
  // The police were named only from 6 October to 16 November 2020.
  assert.ok(occupations.series.jobPolice.every((v, i) => (occupations.dates[i] >= "2020-10-06" && occupations.dates[i] <= "2020-11-16") || v === null));
  // 15–21 May 2022 had no breakdown: every occupation and «Остальные» are blank.
  for (const key of [...data.occupationKeys, REST]) assert.equal(at(occupations, key, "2022-05-18"), null, key);
  // On a published day within its span, an occupation left out is 0: 6 May 2022 named 7 occupations for 25 cases.
  assert.equal(at(occupations, "jobSchool", "2022-05-06"), 0);

  // The nine largest by cases, in colour, and the other fifteen in one grey band.
  assert.deepEqual(data.stackKeys, ["jobPensioners", "jobOther", "jobUnemployed", "jobSchool", "jobPreschool", "jobRetail", "jobMedical", "jobEducation", "jobIndustry", REST]);
  assert.deepEqual(data.stackKeys.map((key) => sum(occupations.series[key])), [32_988, 31_269, 26_433, 14_171, 8_124, 7_005, 5_995, 5_962, 5_958, 18_297]);
  assert.equal(new Set(data.stackKeys.map((key) => occupations.fields[key].color)).size, 10);
  assert.deepEqual(data.occupationsCoverage, {days: 569, parts: 156_202, whole: 158_022});
  assert.deepEqual(data.occupationsStack, {from: "2020-10-01", to: "2022-04-25", startsWith: "jobPensioners", endsWith: "jobRetail", reported: {from: "2020-10-01", to: "2022-05-22"}});

  // The unknown-source share, as the page reads it: where both numbers were reported, never 0; a day without the source is a gap.
  const {demographics: d, breakdowns} = groupReadings(data);
  const shares = d.series.sourceUnknownShare;
  assert.ok(shares.every((v, i) => (v === null) === (d.series.sourceUnknown[i] === null || !d.series.newCases[i])));
  assert.ok(Math.min(...shares.filter((v) => v !== null)) > 0.06);
  assert.equal(at(d, "sourceUnknownShare", "2022-11-19"), 34 / 47);

  // The stacks read the same file as breakdowns: 14 January 2021 named no infants and no 15–17-year-olds among 208 cases.
  assert.deepEqual(["ageUnder1", "age15to17", "age18to29"].map((key) => [at(d, key, "2021-01-14"), at(breakdowns, key, "2021-01-14")]), [[null, 0], [null, 0], [14, 14]]);
  for (const [group, keys] of Object.entries(data.groups)) assert.deepEqual(stackSpan(breakdowns, keys), data.stackSpans[group as keyof typeof data.stackSpans], group);

  // The stacks: status, ages and source where every group was named.
  assert.deepEqual(data.stackSpans.ages && [data.stackSpans.ages.from, data.stackSpans.ages.to], ["2021-01-10", "2023-05-25"]);
  assert.deepEqual(data.stackSpans.source && [data.stackSpans.source.from, data.stackSpans.source.to], ["2020-10-03", "2022-12-29"]);
  assert.equal(d.dates[0], "2020-05-09");
});

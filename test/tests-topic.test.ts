// The tests page's data: Invitro's blank kinds, cases per test over a week, the lab's share of positives over 30 days;
// and the figures the page shows, read from the bundled snapshot.
import assert from "node:assert/strict";
import {test} from "node:test";
import {fileURLToPath} from "node:url";
import {readSnapshot} from "../src/data/pipeline/published.js";
import {carriedMean, completedKind, positivity, tests, windowShare} from "../src/data/topics/tests.js";
import {firstReported, lastReported, max} from "../src/shared/topic.js";

test("a blank kind is 0 only where the other kind makes up all the day's tests", () => {
  const tests = [5, 4, null, 3, 6];
  const positive = [5, null, null, null, 2];
  const negative = [null, 4, null, 1, null];
  assert.deepEqual(completedKind(negative, positive, tests), [0, 4, null, 1, null]);
  assert.deepEqual(completedKind(positive, negative, tests), [5, 0, null, null, 2]);
});

test("cases per test: from report to report of tests, at least a week, every day with its cases", () => {
  // Day 3 has no count of tests: they went into day 4's.
  const tests = [10, 10, 10, null, 20, 10, 10, 10];
  const cases = [1, 1, 1, 1, 1, 1, 1, null];
  const shares = positivity(cases, tests, 3);
  assert.deepEqual(shares.slice(0, 3), [null, null, null]);
  // Day 3's tests are not counted yet.
  assert.equal(shares[3], null);
  // Days 2–4 and 3–5 follow a report and end on one: 3 cases over 30 tests.
  assert.equal(shares[4], 0.1);
  assert.equal(shares[5], 0.1);
  // Days 4–6 would follow day 3, whose tests are counted on day 4: the span runs from day 3, 4 cases over 40 tests.
  assert.equal(shares[6], 0.1);
  // Day 7 has no cases.
  assert.equal(shares[7], null);
});

test("a week's mean of a count whose unreported days went into the next report runs from report to report", () => {
  const tests = [7, 7, 7, 7, 7, 7, 7, 7, null, 14, 7, 7, 7, 7, 7, 7];
  const means = carriedMean(tests, 7);
  assert.deepEqual(means.slice(0, 7), [null, null, null, null, null, null, null]);
  assert.equal(means[7], 7);
  // Day 8's tests are counted on day 9.
  assert.equal(means[8], null);
  assert.equal(means[9], 7);
  // A week from day 9 would hold day 8's tests too: the span starts on day 8, 56 tests over 8 days.
  assert.equal(means[15], 7);
  // No report for more than two weeks before: no mean.
  assert.deepEqual(carriedMean([5, ...Array(15).fill(null), 5], 7).at(-1), null);
});

test("the share over a window counts only the days that report both, and needs enough of the whole", () => {
  const part = [1, null, 2, 3];
  const whole = [2, 5, 4, 4];
  assert.deepEqual(windowShare(part, whole, 2, 1), [0.5, 0.5, 0.5, 5 / 8]);
  assert.deepEqual(windowShare(part, whole, 2, 5), [null, null, null, 5 / 8]);
});

test("the bundled snapshot: the tests stop on 31 May 2022, people tested are counted from August to December 2021", async () => {
  const topic = tests(await readSnapshot(fileURLToPath(new URL("../src/data/bundled", import.meta.url))));
  assert.deepEqual(lastReported(topic, "testsTotal"), {value: 1_676_145, date: "2022-05-31"});
  assert.equal(lastReported(topic, "tests")?.date, "2022-05-31");
  assert.deepEqual(firstReported(topic, "testedTotal"), {value: 828_494, date: "2021-08-11"});
  assert.deepEqual(lastReported(topic, "testedTotal"), {value: 1_096_745, date: "2021-12-07"});
  assert.ok(topic.series.tests.slice(topic.dates.indexOf("2022-06-01")).every((v) => v === null), "no tests after 31 May 2022");
  // The lab reported positives and negatives that add up to its tests, with the blanks it left for none.
  const day = topic.dates.indexOf("2023-03-21");
  assert.deepEqual([topic.series.invitroTests[day], topic.series.invitroPositive[day], topic.series.invitroNegative[day]], [1, 1, 0]);
  const top = max(topic.series.casesPer100Tests)!;
  assert.equal(topic.dates[top.index], "2022-03-03");
  assert.ok(top.value > 80 && top.value < 81);
  assert.ok(Math.abs(topic.series.invitroPositiveShare[topic.dates.indexOf("2021-01-31")]! - 0.543) < 0.001);
  assert.equal(lastReported(topic, "invitroPositiveTotalShare")?.date, "2023-03-21");
});

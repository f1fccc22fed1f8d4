// The deaths page's data: the 30-day sum from the day's deaths, each count dated by its last report, ratios over the same days.
import assert from "node:assert/strict";
import {test} from "node:test";
import {fileURLToPath} from "node:url";
import {POPULATION} from "../src/shared/population.js";
import type {Topic} from "../src/shared/topic.js";
import {readSnapshot} from "../src/data/pipeline/published.js";
import {deathCounts, deaths, endOfMonth, sumBetween} from "../src/data/topics/deaths.js";

const dates = ["2021-03-30", "2021-03-31", "2021-04-01", "2021-04-02", "2021-04-03"];
const field = (key: string) => ({key, title: key, label: key, description: ""});
const daily: Topic = {
  dates,
  fields: Object.fromEntries(["deaths", "deathsTotal", "vaccinatedDeaths", "newCases", "vaccinatedCases"].map((key) => [key, field(key)])),
  series: {
    deaths: [1, null, 2, null, 3],
    deathsTotal: [1, 1, 3, 3, 6],
    // Reported to the 2nd; the vaccinated cases went on to the 3rd.
    vaccinatedDeaths: [null, 1, 1, 2, null],
    newCases: [10, 20, null, 40, 50],
    vaccinatedCases: [null, 5, 6, 8, 9]
  }
};
const monthly: Topic = {dates: ["2021-03-01"], fields: {covidConfirmed: field("covidConfirmed"), otherCauseVirusNotContributed: field("otherCauseVirusNotContributed")}, series: {covidConfirmed: [4], otherCauseVirusNotContributed: [2]}};

test("a sum between two days counts both and adds nothing for a blank", () => {
  assert.equal(sumBetween(daily, "deaths", "2021-03-31", "2021-04-02"), 2);
  assert.equal(sumBetween(daily, "newCases", "2021-03-01", "2021-03-31"), 30);
});

test("the end of a month, February of a leap year and December too", () => {
  assert.equal(endOfMonth("2020-02-01"), "2020-02-29");
  assert.equal(endOfMonth("2022-07-01"), "2022-07-31");
  assert.equal(endOfMonth("2022-12-01"), "2022-12-31");
});

test("each count is dated by its last report and set against deaths and cases to that same day", () => {
  const counts = deathCounts(daily, monthly);
  assert.deepEqual(counts.official, {value: 6, date: "2021-04-03", officialDeaths: 6, cases: 120});
  assert.deepEqual(counts.vaccinated, {value: 2, date: "2021-04-02", officialDeaths: 3, cases: 70, vaccinatedCases: 8});
  assert.equal(counts.wards, undefined);
  // Rosstat's March against the official March only.
  assert.deepEqual(counts.rosstat, {value: 6, ofCovid: 4, from: "2021-03-01", until: "2021-03-31", officialDeaths: 1, cases: 30});
});

test("on the bundled snapshot: the counts, the 30-day sum and the longest silence", async () => {
  const topic = deaths(await readSnapshot(fileURLToPath(new URL("../src/data/bundled", import.meta.url))));
  assert.deepEqual(topic.counts.official, {value: 2147, date: "2023-06-07", officialDeaths: 2147, cases: 206984});
  assert.deepEqual(topic.counts.wards, {value: 1926, date: "2021-07-31", officialDeaths: 595, cases: 43066});
  assert.deepEqual(topic.counts.vaccinated, {value: 19, date: "2021-11-10", officialDeaths: 958, cases: 68541, vaccinatedCases: 8171});
  assert.deepEqual(topic.counts.rosstat, {value: 5029, ofCovid: 4692, from: "2020-04-01", until: "2022-07-31", officialDeaths: 1946, cases: 170703});
  assert.deepEqual(topic.silence, {from: "2022-06-30", to: "2022-07-24", days: 25, then: {date: "2022-07-25", value: 17}});

  const per100k = topic.series.deaths30dPer100k;
  const at = topic.dates.indexOf("2021-12-01");
  const month = topic.series.deaths.slice(at - 29, at + 1).reduce<number>((total, v) => total + (v ?? 0), 0);
  assert.equal(per100k[at], Math.round((month * 100_000_000) / POPULATION) / 1000);
  assert.equal(topic.fields.deaths30dPer100k.measure, "rate");
  // Nothing before the first death; after it, every day has a sum (no 30 days went without a report).
  const first = topic.series.deaths.findIndex((v) => v !== null);
  assert.ok(per100k.slice(0, first).every((v) => v === null));
  assert.ok(per100k.slice(first).every((v) => v !== null));
  // One death more or less moves it by about 0,1, not in the sheet's steps of 0,01 per 1000 (1 per 100 000).
  assert.ok(new Set(per100k).size > 100);

  // The official count beside the wards' on their 14 days, and only on those.
  const wardDays = topic.dates.filter((_, i) => topic.series.wardDeathsSinceApril[i] !== null);
  assert.equal(wardDays.length, 14);
  assert.deepEqual(topic.dates.filter((_, i) => topic.series.officialOnWardDays[i] !== null), wardDays);
  assert.equal(topic.series.officialOnWardDays[topic.dates.indexOf("2021-07-31")], 595);
});

// The vaccination page's data: each vaccine's deliveries over the days the type was published, and cases and deaths among
// the vaccinated with what they divide by on their own day.
import assert from "node:assert/strict";
import {test} from "node:test";
import {fileURLToPath} from "node:url";
import {readSnapshot} from "../src/data/pipeline/published.js";
import {deliveredByVaccine, vaccination, vaccinatedOutcomes} from "../src/data/topics/vaccination.js";

test("a vaccine's total is 0 before its first delivery, a gap after it, nothing outside the days the types were reported", () => {
  assert.deepEqual(
    deliveredByVaccine([
      [null, 5, 5, null, 9, null],
      [null, null, 2, 2, 2, null],
      [null, null, null, null, null, null]
    ]),
    [
      [null, 5, 5, null, 9, null],
      [null, 0, 2, 2, 2, null],
      [null, null, null, null, null, null]
    ]
  );
  assert.deepEqual(deliveredByVaccine([]), []);
});

test("cases and deaths among the vaccinated are dated by their last change and divided by figures of that same day", () => {
  const dates = ["2021-11-01", "2021-11-02", "2021-11-03", "2021-11-04", "2021-11-05"];
  const outcomes = vaccinatedOutcomes(dates, {
    vaccinatedCases: [10, 10, 12, 12, 12],
    vaccinatedDeaths: [null, 1, 1, 1, 1],
    newCases: [100, null, 50, 70, 80],
    deaths: [3, 1, null, 2, 2],
    secondDose: [400, null, null, 500, null]
  });
  assert.deepEqual(outcomes, {
    cases: {value: 12, date: "2021-11-03", allCases: 150, fullyVaccinated: {value: 400, date: "2021-11-01"}},
    deaths: {value: 1, date: "2021-11-02", allCases: 100, allDeaths: 4, vaccinatedCases: {value: 10, date: "2021-11-02"}}
  });
  assert.deepEqual(vaccinatedOutcomes(dates, {vaccinatedCases: [], vaccinatedDeaths: [], newCases: [], deaths: [], secondDose: []}), {});
});

test("on the bundled snapshot every frozen figure has its own date", async () => {
  const topic = vaccination(await readSnapshot(fileURLToPath(new URL("../src/data/bundled", import.meta.url))));
  const last = (key: string) => {
    const values = topic.series[key];
    let i = values.length - 1;
    while (values[i] === null) --i;
    return [topic.dates[i], values[i]];
  };
  assert.deepEqual(last("dosesDeliveredTotal"), ["2022-08-05", 778_484]);
  assert.deepEqual(last("firstDose"), ["2022-08-05", 672_864]);
  assert.deepEqual(last("secondDose"), ["2022-08-05", 642_854]);
  assert.deepEqual(last("boosterDose"), ["2022-02-25", 114_500]);
  // Each vaccine to the last day the types were published, though EpiVacCorona's total last changed on 27 July 2021.
  assert.deepEqual(last("sputnikDeliveredTotal"), ["2021-08-31", 304_807]);
  assert.deepEqual(last("epivacDeliveredTotal"), ["2021-08-31", 12_150]);
  assert.deepEqual(last("covivacDeliveredTotal"), ["2021-08-31", 2_340]);
  assert.deepEqual(last("sputnikLightDeliveredTotal"), ["2021-08-31", 45_722]);
  // On that day the four add up to the region's total.
  const day = topic.dates.indexOf("2021-08-31");
  const byVaccine = ["sputnikDeliveredTotal", "epivacDeliveredTotal", "covivacDeliveredTotal", "sputnikLightDeliveredTotal"].reduce((total, key) => total + topic.series[key][day]!, 0);
  assert.equal(byVaccine, topic.series.dosesDeliveredTotal[day]);
  assert.deepEqual(topic.vaccinatedOutcomes, {
    cases: {value: 8171, date: "2021-11-10", allCases: 68_541, fullyVaccinated: {value: 381_011, date: "2021-11-08"}},
    deaths: {value: 19, date: "2021-11-10", allCases: 68_541, allDeaths: 958, vaccinatedCases: {value: 8171, date: "2021-11-10"}}
  });
});

// The capacity page's data: active cases without the days the sums go below zero, occupancy where both numbers were reported.
import assert from "node:assert/strict";
import {test} from "node:test";
import {fileURLToPath} from "node:url";
import {readSnapshot} from "../src/data/pipeline/published.js";
import {belowZero, capacity, longestSilence} from "../src/data/topics/capacity.js";

const dates = ["2022-05-01", "2022-05-02", "2022-05-03", "2022-05-04", "2022-05-05", "2022-05-06"];

test("the days below zero: first, last, how many and the lowest", () => {
  assert.deepEqual(belowZero(dates, [5, -2, null, -7, 3, -1]), {from: "2022-05-02", to: "2022-05-06", days: 3, lowest: {value: -7, date: "2022-05-04"}});
  assert.equal(belowZero(dates, [0, 1, null, 2, 3, 4]), undefined);
});

test("the longest silence lies between reports: none before the first or after the last", () => {
  assert.deepEqual(longestSilence(dates, [null, 1, null, null, 2, null]), {from: "2022-05-03", to: "2022-05-04", days: 2});
  assert.equal(longestSilence(dates, [null, null, 1, 2, null, null]), undefined);
});

test("on the bundled snapshot, active cases never go below zero and the artefact is dated", async () => {
  const topic = capacity(await readSnapshot(fileURLToPath(new URL("../src/data/bundled", import.meta.url))));
  assert.ok(topic.series.activeTotal.every((v) => v === null || v >= 0));
  assert.deepEqual(topic.activeBelowZero, {from: "2022-05-15", to: "2022-07-07", days: 54, lowest: {value: -134, date: "2022-06-23"}});
  assert.deepEqual(topic.recoveredSilence, {from: "2022-07-06", to: "2022-07-24", days: 19});
  const occupancy = topic.series.ventilatorsOccupiedShare;
  assert.equal(occupancy[topic.dates.indexOf("2022-08-11")], 1 / 17);
  // Occupied ventilators without the available ones that day: no share.
  assert.equal(occupancy[topic.dates.indexOf("2021-01-17")], null);
  assert.equal(topic.fields.ventilatorsOccupiedShare.measure, "rate");
});

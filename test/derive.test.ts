import assert from "node:assert/strict";
import {test} from "node:test";
import {TableCleaner} from "../src/data/pipeline/clean.js";
import {DAILY} from "../src/data/pipeline/columns.js";
import {deriveDaily, growthDaysRatio, runningTotal, sumAcross} from "../src/data/pipeline/derive.js";

test("running totals count missing as 0", () => {
  assert.deepEqual(runningTotal([1, null, 2, 0, null]), [1, 1, 3, 3, 3]);
});

test("the municipal sum is missing only when no municipality reported", () => {
  assert.deepEqual(sumAcross([[1, null, null], [2, 3, null]]), [3, 3, null]);
});

test("growth days over falling days, rounded half away from zero; days without IR4 count for neither", () => {
  assert.deepEqual(growthDaysRatio([null, 0.5, 1.2, null, 1, 0.9, 0.8, 1.1]), [null, null, 1, 1, 2, 1, 0.67, 1]);
  // 13 growing / 8 falling = 1.625 → 1.63, where binary floats would give 1.62.
  assert.equal(growthDaysRatio([...Array(13).fill(1.5), ...Array(8).fill(0.5)]).at(-1), 1.63);
});

test("derived columns are appended with the original's headers, and left out with a warning when their inputs are absent", () => {
  const cleaner = new TableCleaner("data", DAILY, ["дата", "всего", "выписали", "умерли от ковид", "Калининград", "Гурьевский городской округ", "Гусевский городской округ"], new Date("2021-01-10"));
  cleaner.keep(["01.01.2021", "10", "2", "1", "5", "3", ""], 2);
  cleaner.keep(["02.01.2021", "6", "", "1", "4", "", ""], 3);
  const table = deriveDaily(cleaner.finish());
  const column = (key: string) => table.rows.map((row) => row[table.fields.findIndex((f) => f.key === key)]);
  assert.deepEqual(column("casesTotal"), [10, 16]);
  assert.deepEqual(column("recoveredTotal"), [2, 2]);
  assert.deepEqual(column("deathsTotal"), [1, 2]);
  assert.deepEqual(column("activeTotal"), [7, 12]);
  assert.deepEqual(column("outsideKaliningrad"), [3, null]);
  assert.equal(table.fields.find((f) => f.key === "casesTotal")?.header, "кумул. случаи");
  assert.ok(!table.fields.some((f) => f.key === "growthDaysRatio"));
  assert.ok(table.warnings.includes("«отношение» is not published: the sheet lacks «infection rate»"));
});

// blankSuspiciousZeros: a 0 among large values is a missing report; a 0 among small ones, at a series' edge, or in a ratio, is left as it is.
import assert from "node:assert/strict";
import {describe, it} from "node:test";
import type {CleanTable} from "../src/data/pipeline/clean.js";
import type {Column} from "../src/data/pipeline/columns.js";
import {blankSuspiciousZeros, missingRuns} from "../src/data/pipeline/zeros.js";

const column = (key: string, header: string, extra: Partial<Column> = {}): Column => ({key, header, type: "integer", label: header, description: header, ...extra});
const DATE = column("date", "дата", {type: "date", unique: true, required: true});
const day = (i: number) => new Date(Date.UTC(2022, 1, 1 + i)).toISOString().slice(0, 10);

function table(series: Record<string, (number | null)[]>, fields: Column[] = Object.keys(series).map((key) => column(key, key))): CleanTable {
  const days = Object.values(series)[0].length;
  return {fields: [DATE, ...fields], rows: Array.from({length: days}, (_, i) => [day(i), ...fields.map((f) => series[f.key][i])]), warnings: ["earlier warning"]};
}

const zerosFound = (values: (number | null)[], large = 100) => missingRuns(values, large).map((run) => run.rows);

describe("missingRuns", () => {
  it("an isolated 0 among hundreds is a missing report", () => {
    assert.deepEqual(zerosFound([1900, 1920, 1935, 1928, 0, 1930, 1927, 1939]), [[4]]);
  });

  it("a short run (a long weekend) is one missing report; a run longer than a week is not", () => {
    assert.deepEqual(zerosFound([300, 310, 0, 0, 0, 320, 330]), [[2, 3, 4]]);
    assert.deepEqual(zerosFound([300, 310, ...Array(8).fill(0), 320, 330]), []);
  });

  it("a 0 among small counts is a genuine 0", () => {
    assert.deepEqual(zerosFound([3, 1, 4, 0, 2, 5, 0, 1]), []);
  });

  it("a 0 at the start or the end of a series is not this rule's business", () => {
    assert.deepEqual(zerosFound([0, 0, 500, 520, 510]), []);
    assert.deepEqual(zerosFound([500, 520, 510, 0]), []);
  });

  it("a 0 next to a small value is a genuine 0, even when the series is large elsewhere", () => {
    assert.deepEqual(zerosFound([400, 300, 150, 40, 0, 300, 400]), []);
  });

  it("lumpy deliveries: a 0 between two large ones, among days that are mostly 0, is a day without a delivery", () => {
    assert.deepEqual(zerosFound([0, 0, 0, 12000, 0, 0, 16800, 0, 0, 0, 4950, 9000]), []);
  });

  it("blank days are skipped: neither zeros nor values", () => {
    assert.deepEqual(zerosFound([800, null, 0, null, 820, 790]), [[2]]);
  });

});

describe("blankSuspiciousZeros", () => {
  it("blanks the zeros, names the column, the day as the sheet shows it and the reason, and leaves the input as it was", () => {
    const before = table({respiratory: [1900, 1920, 0, 1930, 1927], deaths: [3, 2, 0, 4, 1]}, [column("respiratory", "ОРВИ"), column("deaths", "умерли от ковид")]);
    const rowsBefore = before.rows.map((row) => [...row]);
    const after = blankSuspiciousZeros("data", before);
    assert.deepEqual(after.rows.map((row) => row[1]), [1900, 1920, null, 1930, 1927]);
    assert.deepEqual(after.rows.map((row) => row[2]), [3, 2, 0, 4, 1]);
    assert.deepEqual(after.warnings, [
      "earlier warning",
      "data «ОРВИ» 03.02.2022 «0»: a missing report, not a real 0 (1920 before it, 1930 after it, mostly 100 or more on the 7 days either side); left empty"
    ]);
    assert.deepEqual(before.rows, rowsBefore, "the input is not changed");
    assert.equal(after.rows[0], before.rows[0], "a row with nothing blanked is not copied");
  });

  it("a run is one warning with its first and last day", () => {
    const after = blankSuspiciousZeros("data", table({tests: [3000, 3100, 0, 0, 2900, 3050]}, [column("tests", "кол-во тестов")]));
    assert.deepEqual(after.warnings.slice(1), [
      "data «кол-во тестов» 03.02.2022 … 04.02.2022 (2 days) «0»: a missing report, not a real 0 (3100 before it, 2900 after it, mostly 100 or more on the 7 days either side); left empty"
    ]);
  });

  it("more than five runs in a column are summed up in one line", () => {
    const values = Array.from({length: 40}, (_, i) => (i % 5 === 2 ? 0 : 500));
    const after = blankSuspiciousZeros("data", table({tests: values}, [column("tests", "кол-во тестов")]));
    assert.equal(after.rows.filter((row) => row[1] === null).length, 8);
    assert.equal(after.warnings.length, 1 + 5 + 1);
    assert.equal(after.warnings.at(-1), "data: 3 more runs of 0 taken as missing reports in «кол-во тестов»");
  });

  it("a rate per 1000 is large from 0.1 (about 100 people); a ratio's 0 is not judged, since four days without cases give an IR4 of 0", () => {
    const fields = [column("cases30dPer1000", "30days_1000", {type: "number", unit: "на 1000 чел."}), column("infectionRate", "infection rate", {type: "number", unit: "коэффициент"})];
    const after = blankSuspiciousZeros("data", table({cases30dPer1000: [1.35, 1.28, 0, 1.25, 1.1], infectionRate: [3.1, 2.5, 0, 3.8, 1.2]}, fields));
    assert.deepEqual(after.rows.map((row) => row[1]), [1.35, 1.28, null, 1.25, 1.1]);
    assert.deepEqual(after.rows.map((row) => row[2]), [3.1, 2.5, 0, 3.8, 1.2]);
    assert.deepEqual(after.warnings.slice(1), [
      "data «30days_1000» 03.02.2022 «0»: a missing report, not a real 0 (1.28 before it, 1.25 after it, mostly 0.1 or more on the 7 days either side); left empty"
    ]);
  });

  it("derived columns and text are left alone", () => {
    const fields = [column("casesTotal", "кумул. случаи", {derived: true}), column("note", "заметка", {type: "string"})];
    const after = blankSuspiciousZeros("data", table({casesTotal: [500, 600, 0, 700, 800], note: [null, null, null, null, null]}, fields));
    assert.deepEqual(after.rows.map((row) => row[1]), [500, 600, 0, 700, 800]);
    assert.deepEqual(after.warnings, ["earlier warning"]);
  });
});

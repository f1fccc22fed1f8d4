// keepVanishedValues: values a column lost since the last snapshot are kept from 5 on, taken as corrections below that.
import assert from "node:assert/strict";
import {describe, it} from "node:test";
import type {CleanTable, Value} from "../src/data/pipeline/clean.js";
import type {Column} from "../src/data/pipeline/columns.js";
import {keepVanishedValues} from "../src/data/pipeline/guard.js";

const column = (key: string, header: string, extra: Partial<Column> = {}): Column => ({key, header, type: "integer", label: header, description: header, ...extra});
const FIELDS = [column("date", "дата", {type: "date", unique: true, required: true}), column("tests", "тесты"), column("note", "заметка", {type: "string"})];
const DAYS = Array.from({length: 8}, (_, i) => `2021-01-0${i + 1}`);

/** The last snapshot as the pipeline wrote it, with its columns in another order and one the new table lacks. */
const previous = ["note,date,gone,tests", ...DAYS.map((day, i) => `"текст, ${i}",${day},7,${100 + i}`)].join("\n") + "\n";

function table(tests: (day: number) => Value): CleanTable {
  return {fields: FIELDS, rows: DAYS.map((day, i) => [day, tests(i), `текст, ${i}`]), warnings: ["earlier warning"]};
}

describe("keepVanishedValues", () => {
  it("a column that lost 6 values keeps them from the snapshot, warns with the span, and leaves the fresh table as it was", () => {
    const fresh = table((i) => (i < 6 ? null : 100 + i));
    const rowsBefore = fresh.rows.map((row) => [...row]);
    const kept = keepVanishedValues("data", fresh, previous);
    assert.deepEqual(
      kept.rows.map((row) => row[1]),
      DAYS.map((_, i) => 100 + i)
    );
    assert.deepEqual(kept.warnings, [
      "earlier warning",
      "data: «тесты» lost 6 values it had in the last snapshot (2021-01-01 … 2021-01-06); the published values are kept — check the column in the sheet (text in a number column is sent as blank)"
    ]);
    assert.deepEqual(fresh.rows, rowsBefore, "the fresh table is not changed");
    assert.equal(kept.rows[7], fresh.rows[7], "a row with nothing restored is not copied");
  });

  it("4 vanished values are a correction: left blank, with a warning", () => {
    const kept = keepVanishedValues("data", table((i) => (i >= 2 && i < 6 ? null : 100 + i)), previous);
    assert.deepEqual(
      kept.rows.map((row) => row[1]),
      [100, 101, null, null, null, null, 106, 107]
    );
    assert.equal(kept.warnings[1], "data: «тесты» has no value any more on 4 day(s) that had one (2021-01-03 … 2021-01-06); taken as a correction");
  });

  it("nothing vanished, a day the snapshot did not have, or a snapshot without the key column: the table as it came", () => {
    const fresh = table((i) => 100 + i);
    assert.deepEqual(keepVanishedValues("data", fresh, previous), {...fresh, rows: fresh.rows});
    const newDay: CleanTable = {...fresh, rows: [...fresh.rows, ["2021-01-09", null, ""]]};
    assert.deepEqual(keepVanishedValues("data", newDay, previous).rows, newDay.rows);
    const noKey = previous.replace("note,date,", "note,day,");
    assert.equal(keepVanishedValues("data", table(() => null), noKey).rows.every((row) => row[1] === null), true);
  });

  it("a snapshot without quotes, key first, is read only at the rows with gaps, with the same result as a full read", () => {
    const plain = ["date,tests,gone", ...DAYS.map((day, i) => `${day},${100 + i},7`)].join("\n") + "\n";
    const fresh = table((i) => (i < 6 ? null : 100 + i));
    assert.deepEqual(keepVanishedValues("data", fresh, plain), keepVanishedValues("data", fresh, plain.replace("tests,gone", 'tests,"gone"')));
    assert.deepEqual(
      keepVanishedValues("data", fresh, plain).rows.map((row) => row[1]),
      DAYS.map((_, i) => 100 + i)
    );
    assert.deepEqual(keepVanishedValues("data", fresh, plain.trimEnd()).rows, keepVanishedValues("data", fresh, plain).rows);
  });
});

import assert from "node:assert/strict";
import {test} from "node:test";
import {TableCleaner} from "../src/data/pipeline/clean.js";
import {MUNIC} from "../src/data/pipeline/columns.js";
import {CsvByteRecords} from "../src/data/pipeline/csv-bytes.js";
import {MunicipalPivot} from "../src/data/pipeline/municipalities.js";

function pivot(rows: string[][]) {
  const cleaner = new TableCleaner("munic", MUNIC, ["ID", "Дата", "Регион", "Выявлено"], new Date("2021-01-10"));
  const pivot = new MunicipalPivot(cleaner);
  // Rows reach the pivot as the tab's bytes, every field quoted as gviz writes it.
  const reader = new CsvByteRecords((record, row) => pivot.add(record, row + 1));
  reader.push(new TextEncoder().encode(rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",") + "\n").join("")));
  reader.end();
  return pivot.finish();
}

test("long cumulative rows become daily new cases per region: fill forward, day-to-day difference", () => {
  const table = pivot([
    ["1", "20.05.2020", 'Городской округ "Город Калининград"', "670"],
    ["2", "20.05.2020", "Новый район", "5"],
    ["3", "21.05.2020", 'Городской округ "Город Калининград"', "690"],
    ["4", "23.05.2020", 'Городской округ "Город Калининград"', "1 000"],
    ["5", "23.05.2020", "Новый район", "4"],
    ["6", "22.05.2020", "Новый район", "7"]
  ]);
  assert.deepEqual(table.fields.map((f) => [f.key, f.header]), [["date", "Дата"], ["kaliningrad", 'Городской округ "Город Калининград"'], ["novyy_rayon", "Новый район"]]);
  assert.deepEqual(table.rows, [
    ["2020-05-20", null, null],
    ["2020-05-21", 20, 0],
    ["2020-05-22", 0, 2],
    ["2020-05-23", 310, -3]
  ]);
  assert.ok(table.warnings.some((w) => w.includes("Новый район falls from 7 to 4")));
});

test("the same region twice on one day fails the table, naming both rows", () => {
  assert.throws(() => pivot([["1", "20.05.2020", "Гусевский городской округ", "1"], ["2", "20.05.2020", "Гусевский городской округ", "2"]]), /row 3 repeats Гусевский городской округ on 2020-05-20, already in row 2/);
});

test("a bad cumulative count fails the table with its cell", () => {
  assert.throws(() => pivot([["1", "20.05.2020", "Гусевский городской округ", "много"]]), /munic!D2 «много»: expected a whole number/);
});

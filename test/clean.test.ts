import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {TableCleaner, SheetError, convertCell} from "../src/data/pipeline/clean.js";
import {DAILY, type Column} from "../src/data/pipeline/columns.js";

const TODAY = new Date("2021-01-10T12:00:00Z");

/** Cleans a small `data` tab given as rows of cells (header first). */
function clean(rows: string[][], columns: Column[] = DAILY) {
  const cleaner = new TableCleaner("data", columns, rows[0], TODAY);
  rows.slice(1).forEach((cells, i) => cleaner.keep(cells, i + 2));
  return cleaner.finish();
}

const column = (table: ReturnType<typeof clean>, key: string) => table.rows.map((row) => row[table.fields.findIndex((f) => f.key === key)]);

describe("cleaning the data tab by its column descriptions", () => {
  test("missing stays missing, never 0; only a row's date may not be missing", () => {
    const table = clean([["дата", "всего", "ОРВИ"], ["01.01.2021", "5", ""], ["02.01.2021", "", "3"]]);
    assert.deepEqual(column(table, "newCases"), [5, null]);
    assert.deepEqual(column(table, "respiratory"), [null, 3]);
    assert.throws(() => clean([["дата", "всего"], ["01.01.2021", "5"], ["", "3"]]), /data!A3 is empty: every row needs its «дата»/);
  });

  test("headers are matched by name, trimmed and with spaces collapsed, and by old aliases; never by position", () => {
    const table = clean([["  всего ", "1-6", "дата", "умерли\u00a0 от ковид"], ["3", "1", "01.01.2021", "2"]]);
    assert.deepEqual(table.fields.map((f) => f.key), ["date", "newCases", "deaths", "age1to6"]);
    assert.deepEqual(table.rows[0], ["2021-01-01", 3, 2, 1]);
    assert.equal(table.fields.find((f) => f.key === "age1to6")?.header, "1-6", "published under the header the sheet has");
  });

  test("a bad value in an optional column is left empty, with a warning naming the cell", () => {
    const table = clean([["дата", "всего", "ОРВИ", "умерли разница"], ["01.01.2021", "5", "12 (уточн.)", "-2"], ["02.01.2021", "4", "-1", "1,5"], ["03.01.2021", "4", "7", ""]]);
    assert.deepEqual(column(table, "respiratory"), [null, null, 7]);
    assert.deepEqual(column(table, "officialDeathsChange"), [-2, null, null], "this one may be negative, but not a fraction");
    assert.ok(table.warnings.includes("data!C2 «12 (уточн.)»: expected a whole number; left empty"), table.warnings.join("\n"));
    assert.ok(table.warnings.includes("data!C3 «-1»: expected a number of 0 or more; left empty"));
    assert.ok(table.warnings.includes("data!D3 «1,5»: expected a whole number; left empty"));
  });

  test("a bad value in a required column fails the table, naming the cell", () => {
    assert.throws(() => clean([["дата", "всего"], ["01.01.2021", "5"], ["02.01.2021", "много"]]), (e: Error) => e instanceof SheetError && e.message.startsWith("data!B3 «много»: expected a whole number"));
    assert.throws(() => clean([["дата", "всего"], ["01.01.2021", "99 999 999"]]), /data!B2 «99 999 999»: expected at most 1 029 966 \(the region's population\)/);
  });

  test("dates: one that does not exist, one in the future, the same twice, all fail the table", () => {
    assert.throws(() => clean([["дата", "всего"], ["31.02.2021", "5"]]), /data!A2 «31\.02\.2021»: expected a date written day first/);
    assert.throws(() => clean([["дата", "всего"], ["12.01.2021", "5"]]), /data!A2 «12\.01\.2021»: expected a date no later than tomorrow \(2021-01-11\)/);
    assert.doesNotThrow(() => clean([["дата", "всего"], ["11.01.2021", "5"]]), "tomorrow is allowed: the sheet's clock may be ahead");
    assert.throws(() => clean([["дата", "всего"], ["01.01.2021", "5"], ["01.01.2021", "6"]]), /data!A3 «2021-01-01»: the дата 2021-01-01 is already in data!A2/);
  });

  test("rows out of order are sorted, with a warning", () => {
    const table = clean([["дата", "всего"], ["02.01.2021", "2"], ["01.01.2021", "1"], ["03.01.2021", "3"]]);
    assert.deepEqual(column(table, "date"), ["2021-01-01", "2021-01-02", "2021-01-03"]);
    assert.deepEqual(column(table, "newCases"), [1, 2, 3]);
    assert.ok(table.warnings.some((w) => w.includes("out of дата order")));
  });

  test("a header that appears twice is never guessed at", () => {
    const table = clean([["дата", "всего", "пенсионеры", "пенсионеры"], ["01.01.2021", "5", "1", "2"]]);
    assert.ok(!table.fields.some((f) => f.key === "statusPensioners"));
    assert.ok(table.warnings.some((w) => w.includes("«пенсионеры» appears 2 times") && w.includes("data!C1") && w.includes("data!D1")));
    assert.throws(() => clean([["дата", "всего", "всего"], ["01.01.2021", "5", "5"]]), /required column «всего» appears 2 times/);
    assert.ok(clean([["дата", "всего", "от 01 до 07", "1-6"], ["01.01.2021", "5", "1", "1"]]).warnings.some((w) => w.includes("appears 2 times")), "a header and its old alias together are a duplicate too");
  });

  test("required columns: missing fails; another tab's content is recognised", () => {
    assert.throws(() => clean([["дата", "всего случаев"], ["01.01.2021", "5"]]), /required column «всего» is missing/);
    assert.throws(() => clean([["возраст", "мужчина"], ["81", "1"]]), /none of the expected headers .*is the tab name right\?/);
  });

  test("a tab with a header but no data rows fails", () => {
    assert.throws(() => clean([["дата", "всего"]]), /no data rows/);
  });

  test("new numeric columns are kept with a warning; new text, empty and unnamed empty columns are left out", () => {
    const table = clean([
      ["дата", "всего", "ревакцинация 2", "комментарий", "", "ОРВИ", "учебные учреждения"],
      ["01.01.2021", "5", "1 200", "нет", "", "", "школа №5:\n2 класса"],
      ["02.01.2021", "6", "", "", "", "", ""]
    ]);
    assert.deepEqual(table.fields.map((f) => f.key), ["date", "newCases", "revaktsinatsiya_2"]);
    assert.deepEqual(column(table, "revaktsinatsiya_2"), [1200, null]);
    assert.ok(table.warnings.some((w) => w.startsWith("data!C1 «ревакцинация 2»: a new column, published as «revaktsinatsiya_2»")));
    assert.ok(table.warnings.some((w) => w.startsWith("data!D1 «комментарий»: a new column with text; left out")));
    assert.ok(!table.fields.some((f) => f.key === "respiratory"), "a column empty all the way down is left out");
    assert.ok(!table.fields.some((f) => f.key === "schoolNotes"), "free text is not part of daily.csv");
  });

  test("broken headers mean the export is not UTF-8", () => {
    assert.throws(() => clean([["\ufffd\ufffd\ufffd\ufffd", "всего"], ["01.01.2021", "1"]]), /not UTF-8/);
  });

  test("convertCell: decimals in number columns, strict types", () => {
    const rate = DAILY.find((c) => c.key === "infectionRate")!;
    assert.deepEqual(convertCell(rate, "1,05"), {value: 1.05});
    assert.deepEqual(convertCell(rate, "1.05"), {value: 1.05});
    assert.deepEqual(convertCell(rate, "н/д"), {expected: "a number"});
  });
});

import assert from "node:assert/strict";
import {test} from "node:test";
import {DAILY, DAILY_DERIVED} from "../src/data/pipeline/columns.js";
import {formatCsv, neutralizeFormula} from "../src/data/pipeline/csv-writer.js";
import {tableResource} from "../src/data/pipeline/datapackage.js";
import {sourceOf, sheetUrl, DEFAULT_SHEET_URL} from "../src/data/pipeline/sources.js";

test("every column description is complete and its key unique", () => {
  const all = [...DAILY, ...DAILY_DERIVED];
  assert.equal(new Set(all.map((c) => c.key)).size, all.length);
  assert.equal(new Set(all.flatMap((c) => [c.header, ...(c.aliases ?? [])])).size, all.reduce((n, c) => n + 1 + (c.aliases?.length ?? 0), 0), "a header or alias names one column only");
  for (const c of all) assert.ok(c.label && c.description && /^[a-z][A-Za-z0-9]*$/.test(c.key), c.key);
});

test("datapackage.json: a Table Schema field for each column, from the same descriptions", () => {
  const resource = tableResource(sourceOf("daily"), DAILY.slice(0, 3), {status: "fresh", source: "https://example.org/export", firstDate: "2020-03-08", lastDate: "2023-06-07"});
  assert.equal(resource.status, "fresh");
  assert.deepEqual(resource.temporalCoverage, {start: "2020-03-08", end: "2023-06-07"});
  assert.equal(resource.name, "daily");
  assert.equal(resource.path, "daily.csv");
  const schema = resource.schema as {fields: Record<string, unknown>[]; primaryKey: string[]};
  assert.deepEqual(schema.primaryKey, ["date"]);
  assert.deepEqual(schema.fields[0], {name: "date", type: "date", title: "дата", description: "Дата отчёта", label: "Дата", constraints: {required: true, unique: true}});
  assert.deepEqual(schema.fields[1], {
    name: "newCases",
    type: "integer",
    title: "всего",
    description: "Новые подтверждённые случаи за день",
    label: "Новые случаи",
    unit: "чел.",
    group: "cases",
    color: "#4269d0",
    constraints: {minimum: 0, maximum: 1029966}
  });
});

test("snapshot CSV: ISO dates, dot decimals, empty for missing, text quoted and defused", () => {
  const fields = [DAILY[0], DAILY[3], {...DAILY[1], key: "note", type: "string" as const}];
  assert.equal(formatCsv(fields, [["2021-01-10", 1.05, "=HYPERLINK(1)"], ["2021-01-11", null, 'a, "b"']]), 'date,infectionRate,note\n2021-01-10,1.05,\'=HYPERLINK(1)\n2021-01-11,,"a, ""b"""\n');
  assert.equal(neutralizeFormula("+7 999"), "'+7 999");
  assert.equal(neutralizeFormula("@SUM"), "'@SUM");
  assert.equal(neutralizeFormula("школа №5"), "школа №5");
});

test("the tab name is encoded into the export URL", () => {
  assert.equal(sheetUrl({...sourceOf("daily"), tab: "дети & школы"}, DEFAULT_SHEET_URL), "https://docs.google.com/spreadsheets/d/1iAgNVDOUa-g22_VcuEAedR2tcfTlUcbFnXV5fMiqCR8/gviz/tq?tqx=out:csv&headers=1&sheet=%D0%B4%D0%B5%D1%82%D0%B8%20%26%20%D1%88%D0%BA%D0%BE%D0%BB%D1%8B");
  assert.match(DEFAULT_SHEET_URL, /headers=1/);
});

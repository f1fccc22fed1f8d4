// The bundled sample is generated, never hand-edited: same bytes on every run, equal to the committed files, shaped like the gviz export.
import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {fileURLToPath} from "node:url";
import {DAILY} from "../src/data/pipeline/columns.js";
import {writeSample} from "../scripts/sample.js";

const FILES = ["data.csv", "destrib.csv", "rosstat.csv", "munic.csv"];
const COMMITTED = fileURLToPath(new URL("./fixtures/sample/", import.meta.url));
let first: string, second: string;

before(() => {
  first = mkdtempSync(join(tmpdir(), "sample-a-"));
  second = mkdtempSync(join(tmpdir(), "sample-b-"));
  writeSample(first);
  writeSample(second);
});
after(() => {
  rmSync(first, {recursive: true, force: true});
  rmSync(second, {recursive: true, force: true});
});

/** Splits a CSV in which every field must be quoted; throws on the first unquoted field. */
function quotedRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at offset ${i} (row ${rows.length + 1})`);
    let field = "";
    for (i++; ; i++) {
      if (i >= text.length) throw new Error("unterminated quoted field");
      if (text[i] === '"' && text[i + 1] === '"') field += '"', i++;
      else if (text[i] === '"') break;
      else field += text[i];
    }
    row.push(field);
    const end = text[++i];
    if (end === "\n") rows.push(row), row = [];
    else if (end !== ",") throw new Error(`expected , or \\n after a field at offset ${i}`);
    i++;
  }
  assert.equal(row.length, 0, "the last line ends with \\n");
  return rows;
}

test("the generator is reproducible: two runs write the same bytes", () => {
  for (const file of FILES) assert.ok(readFileSync(join(first, file)).equals(readFileSync(join(second, file))), `${file} differs between runs`);
});

test("the committed sample equals a fresh generation (regenerate with npm run sample, never edit by hand)", () => {
  for (const file of FILES) assert.ok(readFileSync(join(COMMITTED, file)).equals(readFileSync(join(first, file))), `test/fixtures/sample/${file} is stale`);
});

test("every field of every tab is quoted, rows are as wide as the header, no BOM, no CR", () => {
  for (const file of FILES) {
    const text = readFileSync(join(first, file), "utf8");
    assert.ok(!text.startsWith("\ufeff"), `${file} starts with a BOM`);
    assert.ok(!text.includes("\r"), `${file} has CR line ends`);
    const rows = quotedRows(text);
    assert.ok(rows.length > 1, `${file} has data rows`);
    for (const [n, row] of rows.entries()) assert.equal(row.length, rows[0]!.length, `${file} row ${n + 1}`);
  }
});

test("data.csv has every DAILY sheet header exactly once, in DAILY order", () => {
  const [header] = quotedRows(readFileSync(join(first, "data.csv"), "utf8"));
  assert.deepEqual(header, DAILY.filter((c) => !c.derived).map((c) => c.header));
  assert.equal(new Set(header).size, header!.length);
});

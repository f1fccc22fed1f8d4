// Served a raw export of the real sheet, we publish what the original published, column by column.
import assert from "node:assert/strict";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import {runPipeline} from "../src/data/pipeline/snapshot.js";
import {hasReference, parseCsvText, rawDailyFromPublished, rawMunicFromPublished, rawRosstatFromPublished, readReference, SKIP_REASON} from "./support/reference.js";
import {startSheetServer, type SheetServer} from "./support/sheet-server.js";

interface Table {
  header: string[];
  rows: string[][];
}

const table = (text: string): Table => {
  const [header, ...rows] = parseCsvText(text);
  return {header, rows};
};

/** Our field names mapped to the sheet headers they came from, by datapackage.json's titles. */
async function titles(dir: string, resource: string): Promise<Map<string, string>> {
  const datapackage = JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8"));
  const fields = datapackage.resources.find((r: {name: string}) => r.name === resource).schema.fields as {name: string; title: string}[];
  return new Map(fields.map((f) => [f.title, f.name]));
}

/** Compares one column: the original's 0 equals our missing; `tolerance` for the original's float16 rounding. */
function compareColumn(theirs: Table, ours: Table, title: string, name: string, {tolerance = 0, skipRows = 0} = {}): string[] {
  const t = theirs.header.indexOf(title);
  const o = ours.header.indexOf(name);
  const ourRows = new Map(ours.rows.map((row) => [row[0], row]));
  const problems: string[] = [];
  for (const row of theirs.rows.slice(skipRows)) {
    const date = /^\d\d\.\d\d\.\d{4}$/.test(row[0]) ? `${row[0].slice(6)}-${row[0].slice(3, 5)}-${row[0].slice(0, 2)}` : row[0];
    const expected = row[t] === "" ? 0 : Number(row[t]);
    const actualText = ourRows.get(date)?.[o] ?? "";
    const actual = actualText === "" ? 0 : Number(actualText);
    if (Math.abs(expected - actual) > tolerance + 1e-9) problems.push(`${title} on ${date}: original ${row[t]}, ours «${actualText}»`);
  }
  return problems;
}

describe("against what the original published on 2023-06-08", {skip: hasReference ? false : SKIP_REASON}, () => {
  let server: SheetServer;
  let dir: string;
  before(async () => {
    server = await startSheetServer({
      data: rawDailyFromPublished(readReference("published-2023-06-08/data.csv")),
      rosstat: rawRosstatFromPublished(readReference("published-2023-06-08/rosstat.csv")),
      munic: rawMunicFromPublished(readReference("published-2023-06-08/munic.csv"))
    });
    process.env.SHEET_URL = server.template;
    dir = await mkdtemp(join(tmpdir(), "covid39-reference-"));
    const meta = await runPipeline({outDir: dir, strict: true, only: ["daily", "rosstat", "municipalities"], fetch: {timeoutMs: 10000, retries: 0, baseDelayMs: 10}, now: () => new Date("2023-06-08T12:00:00Z")});
    assert.equal(meta.tables.daily?.status, "fresh", meta.tables.daily?.error);
    assert.equal(meta.tables.rosstat?.status, "fresh", meta.tables.rosstat?.error);
    assert.equal(meta.tables.municipalities?.status, "fresh", meta.tables.municipalities?.error);
  });
  after(async () => {
    delete process.env.SHEET_URL;
    await server?.close();
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  test("daily.csv: every column the original published, derived ones included", async () => {
    const theirs = table(readReference("published-2023-06-08/data.csv"));
    const ours = table(await readFile(join(dir, "daily.csv"), "utf8"));
    const names = await titles(dir, "daily");
    assert.equal(ours.rows.length, theirs.rows.length);
    const compared: string[] = [];
    const problems: string[] = [];
    for (const title of theirs.header.slice(1)) {
      // The original divided tests by 10 to share an axis: a display trick that our pages do, not a published column.
      if (title === "кол-во тестов / 10") continue;
      const name = names.get(title);
      assert.ok(name, `the original's column «${title}» is not in our daily.csv`);
      // The original rounded its ratio with Python's round() on floats; ours rounds half away from zero.
      problems.push(...compareColumn(theirs, ours, title, name, {tolerance: title === "отношение" ? 0.01 : 0}));
      compared.push(title);
    }
    assert.deepEqual(problems.slice(0, 10), []);
    assert.equal(compared.length, theirs.header.length - 2);
  });

  test("the ratio of growth days is the exact running ratio, rounded half away from zero", async () => {
    const theirs = table(readReference("published-2023-06-08/data.csv"));
    const ours = table(await readFile(join(dir, "daily.csv"), "utf8"));
    const rate = theirs.header.indexOf("infection rate");
    const ratio = ours.header.indexOf("growthDaysRatio");
    let growing = 0;
    let falling = 0;
    theirs.rows.forEach((row, i) => {
      Number(row[rate]) >= 1 ? ++growing : ++falling;
      const exact = growing && falling ? growing / falling : null;
      // Computed independently: cents of the exact ratio, half away from zero (x.xx5 goes up).
      const expected = exact === null ? "" : String(Math.floor(exact * 100 + 0.5 + 1e-9) / 100);
      assert.equal(ours.rows[i][ratio], expected, `on ${row[0]}: ${growing}/${falling}`);
    });
  });

  test("rosstat.csv: every month and category", async () => {
    const theirs = table(readReference("published-2023-06-08/rosstat.csv"));
    const ours = table(await readFile(join(dir, "rosstat.csv"), "utf8"));
    const names = await titles(dir, "rosstat");
    assert.equal(ours.rows.length, theirs.rows.length);
    for (const title of theirs.header.slice(1)) assert.deepEqual(compareColumn(theirs, ours, title, names.get(title)!), []);
  });

  test("municipalities.csv: every region's daily new cases, after the first day", async () => {
    const theirs = table(readReference("published-2023-06-08/munic.csv"));
    const ours = table(await readFile(join(dir, "municipalities.csv"), "utf8"));
    const names = await titles(dir, "municipalities");
    // The original inserted a zero row before the tab's first day, so its first difference is the whole running total; ours leaves the first day empty.
    assert.equal(ours.rows.length, theirs.rows.length - 1);
    assert.ok(ours.rows[0].slice(1).every((cell) => cell === ""), "the first day has no difference");
    for (const title of theirs.header.slice(1)) {
      assert.ok(names.has(title), `region «${title}» missing`);
      assert.deepEqual(compareColumn(theirs, ours, title, names.get(title)!, {skipRows: 2}), []);
    }
  });
});

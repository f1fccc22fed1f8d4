// Content faults in the hand-edited sheet, served by a loopback stand-in: what is published, what is refused, and exactly which cell is named.
import assert from "node:assert/strict";
import {cp} from "node:fs/promises";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readerWarning} from "../src/shared/warnings.js";
import {runPipeline} from "../src/data/pipeline/snapshot.js";
import type {Meta, TableMeta} from "../src/shared/meta.js";
import type {TableName} from "../src/shared/meta.js";
import {DAY1, DAY2, PATIENT, parseSnapshotCsv, readSet, records, sampleAnswers, sampleText, tempDir, toCsv, type Tab} from "./support/pipeline-harness.js";
import {startSheetServer, type Handler, type SheetServer} from "./support/sheet-server.js";

const NBSP = "\u00a0";
const TABLE_OF: Record<"data" | "munic", TableName> = {data: "daily", munic: "municipalities"};

let server: SheetServer;
let root: string;
let removeRoot: () => Promise<void>;
let baseDir: string;
let baseline: Map<string, Buffer>;
let runs = 0;

before(async () => {
  server = await startSheetServer(sampleAnswers());
  process.env.SHEET_URL = server.template;
  ({dir: root, remove: removeRoot} = await tempDir("faults-content"));
  baseDir = join(root, "baseline");
  const log: string[] = [];
  const {meta} = await runPipeline({outDir: baseDir, strict: true, fetch: PATIENT, now: () => DAY1, log: (line) => log.push(line)});
  for (const table of ["daily", "municipalities"] as const) {
    assert.equal(meta.tables[table]?.status, "fresh", log.join("\n"));
    assert.deepEqual(meta.tables[table]?.warnings, [], `the sample itself gives no warning for ${table}`);
  }
  baseline = await readSet(baseDir);
});

after(async () => {
  delete process.env.SHEET_URL;
  await server?.close();
  await removeRoot?.();
});

interface Outcome {
  meta: Meta;
  table: TableMeta;
  /** The published file's bytes after the run. */
  file: Buffer;
  /** The published file as records, header first. */
  csv: string[][];
}

/** Serves `body` as the tab, runs that one table into a copy of the last good snapshot (on day 2), and puts the sample back. */
async function runTab(tab: "data" | "munic", body: string | Handler): Promise<Outcome> {
  const table = TABLE_OF[tab];
  const dir = join(root, `run-${++runs}`);
  await cp(baseDir, dir, {recursive: true});
  server.set(tab, body);
  try {
    const {meta} = await runPipeline({outDir: dir, strict: false, only: [table], fetch: PATIENT, now: () => DAY2});
    // The «Данные» page shows each warning in Russian: every kind these faults produce must have its words.
    for (const warning of meta.tables[table]!.warnings) assert.ok(readerWarning(warning), `no Russian for the warning «${warning}» (src/shared/warnings.ts)`);
    const file = await readFile(join(dir, `${table}.csv`));
    return {meta, table: meta.tables[table]!, file, csv: parseSnapshotCsv(file.toString("utf8"))};
  } finally {
    server.set(tab, sampleText(tab));
  }
}

/** The table was refused: stale, the error says `parts`, and its file is byte for byte the last good one. */
function assertRefused(tab: "data" | "munic", outcome: Outcome, ...parts: string[]) {
  const table = TABLE_OF[tab];
  assert.equal(outcome.table.status, "stale", `${table} should be refused, but is ${outcome.table.status}; warnings: ${outcome.table.warnings.join(" | ")}`);
  assert.equal(outcome.table.fetchedAt, DAY1.toISOString());
  for (const part of parts) assert.ok(outcome.table.error?.includes(part), `error «${outcome.table.error}» should include «${part}»`);
  assert.ok(outcome.file.equals(baseline.get(`${table}.csv`)!), `${table}.csv is untouched`);
}

/** Either refused (the error names the cell) or published without that row (a warning names the cell); never a row without its key. */
function assertRefusedOrSkipped(tab: "data" | "munic", outcome: Outcome, ref: string) {
  if (outcome.table.status === "stale") return assertRefused(tab, outcome, ref);
  assertPublished(outcome);
  assert.ok(!outcome.csv.slice(1).some((row) => row[0] === ""), "no published row without a date");
  assertWarning(outcome, ref);
}

function assertPublished(outcome: Outcome) {
  assert.equal(outcome.table.status, "fresh", outcome.table.error);
  assert.equal(outcome.table.fetchedAt, DAY2.toISOString());
}

function assertWarning(outcome: Outcome, ...parts: string[]) {
  const found = outcome.table.warnings.some((w) => parts.every((part) => w.includes(part)));
  assert.ok(found, `a warning with ${parts.map((p) => `«${p}»`).join(" and ")}; the warnings are:\n${outcome.table.warnings.join("\n") || "(none)"}`);
}

/** Spreadsheet column letters, written out independently of the pipeline's: 0 → A, 25 → Z, 26 → AA. */
function letter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : letter(Math.floor(index / 26) - 1) + letter(index % 26);
}

const rowsOf = (tab: Tab) => records(sampleText(tab));
const column = (rows: string[][], header: string) => {
  const index = rows[0].indexOf(header);
  assert.ok(index >= 0, `the sample has a «${header}» column`);
  return index;
};
/** Record k (0 is the header) is sheet row k + 1. */
const cell = (tab: string, col: number, record: number) => `${tab}!${letter(col)}${record + 1}`;
const isoOf = (ddmmyyyy: string) => ddmmyyyy.split(".").reverse().join("-");

/** The published row of a date and one of its fields. */
function publishedCell(csv: string[][], date: string, key: string): string {
  const keyAt = csv[0].indexOf(key);
  assert.ok(keyAt >= 0, `the published table has «${key}»`);
  const row = csv.find((r) => r[0] === date);
  assert.ok(row, `the published table has ${date}`);
  return row[keyAt];
}

/** A published table without one field, to compare the rest with the baseline. */
function without(csv: string[][], key: string): string[][] {
  const at = csv[0].indexOf(key);
  return at < 0 ? csv : csv.map((row) => row.filter((_, i) => i !== at));
}

/** The tab as CSV after `edit` has changed a copy of its rows. */
function editedCsv(tab: string[][], edit: (rows: string[][]) => void): string {
  const rows = tab.map((row) => [...row]);
  edit(rows);
  return toCsv(rows);
}

// A row well after the first free-text cell with line breaks (record 180), so that a file line number would be wrong.
const K = 600;

describe("the data tab", () => {
  const data = rowsOf("data");
  const header = data[0];
  const DATE = column(data, "дата");
  const CASES = column(data, "всего");
  const PNEUMONIA = column(data, "пневмония");
  const DEATHS_CHANGE = column(data, "умерли разница");
  const edited = (edit: (rows: string[][]) => void) => editedCsv(data, edit);
  const baseDaily = () => parseSnapshotCsv(baseline.get("daily.csv")!.toString("utf8"));

  it("the sample's record 600 is not on file line 601: cell references must count rows, not lines", () => {
    const line = 1 + data.slice(0, K).reduce((n, row) => n + 1 + row.join("").split("\n").length - 1, 0);
    assert.notEqual(line, K + 1);
  });

  it("another tab's content (destrib, as gviz sends the first tab for an unknown name): refused, the missing column named", async () => {
    const outcome = await runTab("data", sampleText("destrib"));
    assertRefused("data", outcome, "the required column «всего» is missing from row 1");
  });

  it("header only: refused", async () => {
    assertRefused("data", await runTab("data", toCsv([header])), "data: the tab has a header but no data rows");
  });

  it("an optional column twice: published without it, with a warning naming both cells", async () => {
    const outcome = await runTab("data", edited((rows) => rows.forEach((row) => row.push(row[PNEUMONIA]))));
    assertPublished(outcome);
    assertWarning(outcome, "«пневмония» appears 2 times", `${cell("data", PNEUMONIA, 0)} «пневмония»`, `${cell("data", header.length, 0)} «пневмония»`);
    assert.ok(!outcome.csv[0].includes("pneumonia"), "neither copy is published");
    assert.deepEqual(outcome.csv, without(baseDaily(), "pneumonia"), "every other column as before");
  });

  it("the required column «всего» twice: refused", async () => {
    const outcome = await runTab("data", edited((rows) => rows.forEach((row) => row.push(row[CASES]))));
    assertRefused("data", outcome, "the required column «всего» appears 2 times", `${cell("data", CASES, 0)} «всего»`, `${cell("data", header.length, 0)} «всего»`);
  });

  it("the required column renamed (всего → всего случаев): refused, the column named", async () => {
    const outcome = await runTab("data", edited((rows) => (rows[0][CASES] = "всего случаев")));
    assertRefused("data", outcome, "the required column «всего» is missing from row 1");
  });

  it("columns reordered: the output is byte-identical", async () => {
    const outcome = await runTab("data", edited((rows) => rows.forEach((row) => row.reverse())));
    assertPublished(outcome);
    assert.ok(outcome.file.equals(baseline.get("daily.csv")!), "daily.csv as from the sheet's own order");
    assert.deepEqual(outcome.table.warnings, []);
  });

  it("a BOM and CRLF line ends, sent in odd-sized chunks: the output is identical", async () => {
    const body = Buffer.from("\ufeff" + sampleText("data").replaceAll("\n", "\r\n"));
    const chunked: Handler = async (_req, res) => {
      res.writeHead(200, {"content-type": "text/csv; charset=utf-8"});
      // 4097 bytes: CR and LF, and the bytes of one Cyrillic letter, land on both sides of a chunk boundary somewhere.
      for (let at = 0; at < body.length; at += 4097) {
        res.write(body.subarray(at, at + 4097));
        await new Promise((resolve) => setImmediate(resolve));
      }
      res.end();
    };
    const outcome = await runTab("data", chunked);
    assertPublished(outcome);
    assert.ok(outcome.file.equals(baseline.get("daily.csv")!));
    assert.deepEqual(outcome.table.warnings, []);
  });

  it("a date that does not exist (31.02.2021): refused, the cell named", async () => {
    const outcome = await runTab("data", edited((rows) => (rows[K][DATE] = "31.02.2021")));
    assertRefused("data", outcome, `${cell("data", DATE, K)} «31.02.2021»: expected a date written day first`);
  });

  it("the same date twice: refused, both rows named", async () => {
    const outcome = await runTab("data", edited((rows) => (rows[K + 1][DATE] = rows[K][DATE])));
    assertRefused("data", outcome, cell("data", DATE, K + 1), `already in ${cell("data", DATE, K)}`);
  });

  it("a date in 2099: refused, the cell named", async () => {
    const outcome = await runTab("data", edited((rows) => (rows[K][DATE] = "01.01.2099")));
    assertRefused("data", outcome, `${cell("data", DATE, K)} «01.01.2099»: expected a date no later than tomorrow (2024-01-03)`);
  });

  it("text in an optional count («12 (уточн.)»): published, the cell empty, a warning quoting it with its cell", async () => {
    const outcome = await runTab("data", edited((rows) => (rows[K][PNEUMONIA] = "12 (уточн.)")));
    assertPublished(outcome);
    assertWarning(outcome, `${cell("data", PNEUMONIA, K)} «12 (уточн.)»: expected a whole number`);
    assert.equal(publishedCell(outcome.csv, isoOf(data[K][DATE]), "pneumonia"), "");
  });

  it("a negative count: a warning, the cell empty; in a signed column a negative is a value", async () => {
    const outcome = await runTab(
      "data",
      edited((rows) => {
        rows[K][PNEUMONIA] = "-3";
        rows[K][DEATHS_CHANGE] = "-3";
      })
    );
    assertPublished(outcome);
    assertWarning(outcome, `${cell("data", PNEUMONIA, K)} «-3»: expected a number of 0 or more`);
    assert.ok(!outcome.table.warnings.some((w) => w.includes(cell("data", DEATHS_CHANGE, K)) || w.includes("умерли разница")), outcome.table.warnings.join("\n"));
    assert.equal(publishedCell(outcome.csv, isoOf(data[K][DATE]), "pneumonia"), "");
    assert.equal(publishedCell(outcome.csv, isoOf(data[K][DATE]), "officialDeathsChange"), "-3");
  });

  it("a decimal in a count (1,5): a warning, the cell empty", async () => {
    const outcome = await runTab("data", edited((rows) => (rows[K][PNEUMONIA] = "1,5")));
    assertPublished(outcome);
    assertWarning(outcome, `${cell("data", PNEUMONIA, K)} «1,5»: expected a whole number`);
    assert.equal(publishedCell(outcome.csv, isoOf(data[K][DATE]), "pneumonia"), "");
  });

  const HUGE = `99${NBSP}999${NBSP}999${NBSP}999`;

  it("a huge number (99 999 999 999) in «всего»: refused, the cell named", async () => {
    const outcome = await runTab("data", edited((rows) => (rows[K][CASES] = HUGE)));
    assertRefused("data", outcome, `${cell("data", CASES, K)} «${HUGE}»: expected at most`);
  });

  it("a huge number (99 999 999 999) in an optional count of people: a warning naming the cell", async () => {
    // «пневмония» counts the day's new cases with pneumonia in a region of about a million people.
    const outcome = await runTab("data", edited((rows) => (rows[K][PNEUMONIA] = HUGE)));
    assertPublished(outcome);
    assertWarning(outcome, `${cell("data", PNEUMONIA, K)} «${HUGE}»`);
  });

  it("rows out of order: published sorted (byte-identical), with a warning", async () => {
    const outcome = await runTab("data", edited((rows) => ([rows[K], rows[K + 1]] = [rows[K + 1], rows[K]])));
    assertPublished(outcome);
    assertWarning(outcome, "data: 1 row(s) out of дата order; published sorted");
    assert.ok(outcome.file.equals(baseline.get("daily.csv")!), "sorted, the running totals as before");
  });

  describe("a column that empties for the last 30 days («выписали»)", () => {
    const RECOVERED = column(data, "выписали");
    const last30 = data.slice(-30);
    const emptied = () => edited((rows) => rows.slice(-30).forEach((row) => (row[RECOVERED] = "")));
    /** Each day's published recoveredTotal is the running sum of the published recovered column (blank adds 0). */
    const assertTotalsAgree = (csv: string[][]) => {
      const [r, t] = [csv[0].indexOf("recovered"), csv[0].indexOf("recoveredTotal")];
      let sum = 0;
      for (const row of csv.slice(1)) {
        sum += row[r] === "" ? 0 : Number(row[r]);
        assert.equal(Number(row[t]), sum, `${row[0]}: recoveredTotal ${row[t]}, but the published «recovered» column sums to ${sum}`);
      }
    };

    before(() => assert.ok(last30.every((row) => row[RECOVERED].trim() !== ""), "the sample reports «выписали» every one of the last 30 days"));

    describe("after a good snapshot (the scheduled refresh)", () => {
      let outcome: Outcome;
      before(async () => (outcome = await runTab("data", emptied())));

      it("is published (no crash), warns naming the column, and keeps the values it had", () => {
        assertPublished(outcome);
        assertWarning(outcome, "«выписали» lost 30 values");
        for (const row of last30) assert.equal(publishedCell(outcome.csv, isoOf(row[DATE]), "recovered"), publishedCell(baseDaily(), isoOf(row[DATE]), "recovered"), row[DATE]);
      });

      it("keeps the running totals consistent with the values it kept", () => {
        assertTotalsAgree(outcome.csv);
      });
    });

    describe("with no snapshot yet (first run)", () => {
      let outcome: Outcome;
      before(async () => {
        const dir = join(root, `run-${++runs}`);
        server.set("data", emptied());
        try {
          const {meta} = await runPipeline({outDir: dir, strict: true, only: ["daily"], fetch: PATIENT, now: () => DAY2});
          const file = await readFile(join(dir, "daily.csv"));
          outcome = {meta, table: meta.tables.daily!, file, csv: parseSnapshotCsv(file.toString("utf8"))};
        } finally {
          server.set("data", sampleText("data"));
        }
      });

      it("is published with those cells empty and the running total flat, no crash", () => {
        assertPublished(outcome);
        for (const row of last30) assert.equal(publishedCell(outcome.csv, isoOf(row[DATE]), "recovered"), "", row[DATE]);
        const totals = last30.map((row) => publishedCell(outcome.csv, isoOf(row[DATE]), "recoveredTotal"));
        assert.equal(new Set(totals).size, 1, "a missing value adds 0 to the running total");
        assertTotalsAgree(outcome.csv);
        assert.deepEqual(outcome.csv.slice(0, -30), baseDaily().slice(0, -30), "the days before are as they were");
      });

      it("warns that the column suddenly empties, from the table alone", () => {
        const sudden = outcome.table.warnings.filter((w) => w.includes("выписали") || w.includes("recovered"));
        assert.ok(sudden.length > 0, `a warning that «выписали» is blank for the last 30 days after being filled every day; the warnings are: ${outcome.table.warnings.join(" | ") || "(none)"}`);
      });
    });
  });

  describe("a blank in the key column (extra)", () => {
    it("a blank date in a row with values: not published as a row without a date, the cell named", async () => {
      // datapackage.json declares «date» required and the primary key; a row without one breaks both, and its counts would join the totals.
      const outcome = await runTab("data", edited((rows) => (rows[K][DATE] = "")));
      assertRefusedOrSkipped("data", outcome, cell("data", DATE, K));
    });
  });
});

describe("the munic tab", () => {
  const munic = rowsOf("munic");
  const header = munic[0];
  const DATE = column(munic, "Дата");
  const REGION = column(munic, "Регион");
  const TOTAL = column(munic, "Выявлено");
  const M = 2000;
  const edited = (edit: (rows: string[][]) => void) => editedCsv(munic, edit);
  const unchanged = (outcome: Outcome) => {
    assertPublished(outcome);
    assert.ok(outcome.file.equals(baseline.get("municipalities.csv")!), "municipalities.csv is byte-identical");
    assert.deepEqual(outcome.table.warnings, []);
  };

  it("another tab's content (data): refused, with a hint that the tab name may be wrong", async () => {
    const outcome = await runTab("munic", sampleText("data"));
    assertRefused("munic", outcome, "none of the expected headers", "is the tab name right?");
  });

  it("header only: refused", async () => {
    assertRefused("munic", await runTab("munic", toCsv([header])), "munic: the tab has a header but no data rows");
  });

  it("the required column renamed (Выявлено → Выявлено всего): refused, the column named", async () => {
    assertRefused("munic", await runTab("munic", edited((rows) => (rows[0][TOTAL] = "Выявлено всего"))), "the required column «Выявлено» is missing from row 1");
  });

  it("columns reordered: identical output", async () => {
    unchanged(await runTab("munic", edited((rows) => rows.forEach((row) => row.reverse()))));
  });

  it("a BOM and CRLF line ends: identical output", async () => {
    unchanged(await runTab("munic", "\ufeff" + sampleText("munic").replaceAll("\n", "\r\n")));
  });

  it("rows in reverse order: identical output", async () => {
    unchanged(await runTab("munic", edited((rows) => rows.splice(1, rows.length - 1, ...rows.slice(1).reverse()))));
  });

  it("a date that does not exist (31.02.2021): refused, the cell named", async () => {
    const outcome = await runTab("munic", edited((rows) => (rows[M][DATE] = "31.02.2021")));
    assertRefused("munic", outcome, `${cell("munic", DATE, M)} «31.02.2021»: expected a date written day first`);
  });

  it("a date in 2099: refused, the cell named", async () => {
    const outcome = await runTab("munic", edited((rows) => (rows[M][DATE] = "01.01.2099")));
    assertRefused("munic", outcome, `${cell("munic", DATE, M)} «01.01.2099»: expected a date no later than tomorrow`);
  });

  it("the same region twice on one day: refused, both rows named", async () => {
    const [i, j] = [M, M + 1];
    assert.equal(munic[i][DATE], munic[j][DATE], "two rows of one day");
    const outcome = await runTab("munic", edited((rows) => (rows[j][REGION] = rows[i][REGION])));
    assertRefused("munic", outcome, `row ${j + 1} repeats ${munic[i][REGION]} on ${isoOf(munic[i][DATE])}, already in row ${i + 1}`);
  });

  it("text in the required count («12 (уточн.)»): refused, the cell quoted", async () => {
    const outcome = await runTab("munic", edited((rows) => (rows[M][TOTAL] = "12 (уточн.)")));
    assertRefused("munic", outcome, `${cell("munic", TOTAL, M)} «12 (уточн.)»: expected a whole number`);
  });

  it("a blank date in a row: refused or skipped, the cell named (extra)", async () => {
    const outcome = await runTab("munic", edited((rows) => (rows[M][DATE] = "")));
    assertRefusedOrSkipped("munic", outcome, cell("munic", DATE, M));
  });

  it("a blank region in a row: refused or skipped, the cell named (extra)", async () => {
    const outcome = await runTab("munic", edited((rows) => (rows[M][REGION] = "")));
    assertRefusedOrSkipped("munic", outcome, cell("munic", REGION, M));
  });
});

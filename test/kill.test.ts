// The pipeline killed (SIGKILL) at random moments, 50 times into one folder: after recover() the folder always holds one complete, valid set.
import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {existsSync, readdirSync, watch} from "node:fs";
import {readFile} from "node:fs/promises";
import type {ServerResponse} from "node:http";
import {join} from "node:path";
import {after, before, it} from "node:test";
import {recover} from "../src/data/pipeline/atomic.js";
import type {Meta} from "../src/shared/meta.js";
import {JOURNAL, ROOT, TABS, parseSnapshotCsv, records, sampleText, tempDir, toCsv, type Tab} from "./support/pipeline-harness.js";
import {startSheetServer, type SheetServer} from "./support/sheet-server.js";
import {mulberry32} from "../scripts/random.js";

const KILLS = 50;
const SEED = 0x5eed_2024;
const TEMP = /\.tmp-\d+$/;

/**
 * Each request gets a slightly different sheet (fewer rows by a few, and on every other request the data tab
 * without «пневмония»), so that a half-swapped folder cannot pass for a whole one: row counts and headers would disagree.
 * The two long tabs are cut to about half (multi-line cells included), to keep 50 runs near a minute.
 */
function variant(tab: Tab, n: number): string {
  const key = `${tab}:${n % 10}`;
  let text = variants.get(key);
  if (text === undefined) {
    const rows = records(sampleText(tab));
    let kept = rows.slice(0, Math.min(rows.length, LONGEST[tab] ?? Infinity) - (n % 5) * 7);
    if (tab === "data" && n % 2 === 1) {
      const at = rows[0].indexOf("пневмония");
      kept = kept.map((row) => row.filter((_, i) => i !== at));
    }
    variants.set(key, (text = toCsv(kept)));
  }
  return text;
}
const variants = new Map<string, string>();
const LONGEST: Partial<Record<Tab, number>> = {data: 700, munic: 2600};

/** Streams the body in 32 KB chunks, 5 ms apart: a run spends a visible time fetching, so kills land there too. */
async function slowly(res: ServerResponse, body: string) {
  res.writeHead(200, {"content-type": "text/csv; charset=utf-8"});
  const bytes = Buffer.from(body);
  for (let at = 0; at < bytes.length && !res.destroyed; at += 32 * 1024) {
    res.write(bytes.subarray(at, at + 32 * 1024));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  res.end();
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  /** Tables the run had logged (fetched or given up on) before it ended. */
  logged: string[];
  /** When the first temp file of the swap appeared in the folder (the writing began), if it did. */
  writingAtMs?: number;
  stderr: string;
}

/**
 * When to kill: so many ms after the start; so many ms after the first temp file appears (the writing);
 * or so many ms after the journal's own temp file appears (the swap is about to start).
 */
type Kill = {afterMs: number} | {afterWritingStartsMs: number} | {afterJournalMs: number};

/** One pipeline run as a single node process (not the tsx wrapper, whose child would survive a SIGKILL of the wrapper). */
function runPipelineProcess(dir: string, env: Record<string, string>, kill?: Kill): Promise<Run> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/data/pipeline/cli.ts", "--out", dir], {cwd: ROOT, env: {...process.env, ...env}, stdio: ["ignore", "ignore", "pipe"]});
    let stderr = "";
    const logged: string[] = [];
    let writingAtMs: number | undefined;
    let journalSeen = false;
    let timer: NodeJS.Timeout | undefined;
    const killAfter = (ms: number) => (timer = setTimeout(() => child.kill("SIGKILL"), ms));
    const watcher = watch(dir, (_event, name) => {
      if (!name || !TEMP.test(String(name))) return;
      if (writingAtMs === undefined) {
        writingAtMs = Date.now() - started;
        if (kill && "afterWritingStartsMs" in kill) killAfter(kill.afterWritingStartsMs);
      }
      if (!journalSeen && String(name).startsWith(JOURNAL)) {
        journalSeen = true;
        if (kill && "afterJournalMs" in kill) killAfter(kill.afterJournalMs);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      for (const [, table] of String(chunk).matchAll(/^(daily|deaths|rosstat|municipalities): /gm)) logged.push(table);
    });
    if (kill && "afterMs" in kill) killAfter(kill.afterMs);
    child.on("error", fail);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      watcher.close();
      done({status, signal, ms: Date.now() - started, logged, writingAtMs, stderr});
    });
  });
}

/** Empty when the folder holds a complete, valid set; otherwise what is wrong with it. */
async function problems(dir: string): Promise<string[]> {
  const found: string[] = [];
  let meta: Meta;
  let resources: {name: string; path: string; schema: {fields: {name: string}[]}}[];
  try {
    meta = JSON.parse(await readFile(join(dir, "meta.json"), "utf8")) as Meta;
    resources = (JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")) as {resources: typeof resources}).resources;
  } catch (error) {
    return [`meta.json or datapackage.json unreadable: ${(error as Error).message}`];
  }
  const tables = Object.keys(meta.tables).sort();
  if (tables.join() !== "daily,deaths,municipalities,rosstat") found.push(`meta.json lists ${tables.join(", ")}`);
  if (resources.map((r) => r.name).sort().join() !== tables.join()) found.push(`datapackage.json describes ${resources.map((r) => r.name).join(", ")}`);
  for (const table of tables) {
    const entry = meta.tables[table as keyof Meta["tables"]]!;
    const path = join(dir, `${table}.csv`);
    if (!existsSync(path)) {
      found.push(`${table}.csv is missing`);
      continue;
    }
    let rows: string[][];
    try {
      rows = parseSnapshotCsv(await readFile(path, "utf8"));
    } catch (error) {
      found.push(`${table}.csv: ${(error as Error).message}`);
      continue;
    }
    if (rows.length - 1 !== entry.rows) found.push(`${table}.csv has ${rows.length - 1} rows, meta.json says ${entry.rows}`);
    const fields = resources.find((r) => r.name === table)?.schema.fields.map((f) => f.name);
    if (rows[0]?.join() !== fields?.join()) found.push(`${table}.csv header differs from its fields in datapackage.json`);
    if (rows.some((row) => row.length !== rows[0].length)) found.push(`${table}.csv has rows of another width than its header`);
  }
  return found;
}

let server: SheetServer;
let dir: string;
let removeDir: () => Promise<void>;
let env: Record<string, string>;

before(async () => {
  const served = new Map<string, number>();
  server = await startSheetServer(
    Object.fromEntries(
      TABS.map((tab) => [
        tab,
        (_req: unknown, res: ServerResponse) => {
          const n = served.get(tab) ?? 0;
          served.set(tab, n + 1);
          return slowly(res, variant(tab, n));
        }
      ])
    )
  );
  ({dir, remove: removeDir} = await tempDir("kill"));
  env = {SHEET_URL: server.template, SHEET_TIMEOUT_MS: "20000", SHEET_RETRIES: "0", SHEET_BACKOFF_MS: "10", SHEET_OFFLINE: ""};
});

after(async () => {
  await server?.close();
  await removeDir?.();
});

it(`SIGKILL at ${KILLS} random moments leaves, after recover(), a complete and valid set every time`, {timeout: 600_000}, async (t) => {
  // One good run to start with, and its length: the kills are drawn over it.
  const good = await runPipelineProcess(dir, env);
  assert.equal(good.status, 0, good.stderr);
  assert.deepEqual(await problems(dir), []);
  const normal = await runPipelineProcess(dir, env);
  assert.equal(normal.status, 0, normal.stderr);
  assert.deepEqual(await problems(dir), []);
  assert.ok(normal.writingAtMs !== undefined, "the watcher saw the temp files of the swap");
  // The writing: from the first temp file to the exit (the swap itself, then the process ends).
  const writing = Math.max(5, normal.ms - normal.writingAtMs);
  t.diagnostic(`a normal run takes ${normal.ms} ms; it starts writing the files at ${normal.writingAtMs} ms`);

  const random = mulberry32(SEED);
  const outcomes = {completed: 0, beforeAnyTable: 0, whileFetching: 0, afterFetching: 0, leftTempFiles: 0, leftJournal: 0, inconsistentUntilRecovered: 0};
  for (let kill = 1; kill <= KILLS; ++kill) {
    // A third of the kills anywhere in the run; a third during the writing, timed from its first temp file so that load
    // does not shift them; a third just as the journal is written, to land in the swap (renames take microseconds).
    const draw = random();
    const when: Kill =
      kill % 3 === 1 ? {afterMs: Math.round(draw * normal.ms)} : kill % 3 === 2 ? {afterWritingStartsMs: Math.round(draw * writing)} : {afterJournalMs: Math.round(draw * 3)};
    const delay = JSON.stringify(when);
    const run = await runPipelineProcess(dir, env, when);
    if (run.signal !== "SIGKILL") {
      assert.equal(run.status, 0, `run ${kill} ended by itself but failed: ${run.stderr}`);
      ++outcomes.completed;
    } else if (run.logged.length === 0) ++outcomes.beforeAnyTable;
    else if (run.logged.length < 4) ++outcomes.whileFetching;
    else ++outcomes.afterFetching;

    const names = readdirSync(dir);
    if (names.some((name) => TEMP.test(name))) ++outcomes.leftTempFiles;
    const journal = names.includes(JOURNAL);
    if (journal) ++outcomes.leftJournal;
    const found = await problems(dir);
    if (found.length) ++outcomes.inconsistentUntilRecovered;
    assert.ok(found.length === 0 || journal, `kill ${kill} (${delay}): the folder is inconsistent and there is no journal to finish it: ${found.join("; ")}`);

    await recover(dir);
    assert.deepEqual(await problems(dir), [], `kill ${kill} (${delay}): after recover()`);
    const left = readdirSync(dir).filter((name) => TEMP.test(name) || name === JOURNAL);
    assert.deepEqual(left, [], `kill ${kill}: no temp files or journal after recover()`);
  }
  t.diagnostic(`seed ${SEED}: ${JSON.stringify(outcomes)}`);
  assert.ok(outcomes.beforeAnyTable + outcomes.whileFetching > 0, "some kills landed while fetching");
  assert.ok(outcomes.leftTempFiles > 0, "some kills landed while writing the files");
});

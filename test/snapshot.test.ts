// Failure never loses data: last good files stay, and a table never read is left out rather than made up.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {mkdtemp, readFile, readdir, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, test} from "node:test";
import {runPipeline} from "../src/data/pipeline/snapshot.js";
import type {Meta} from "../src/shared/meta.js";
import {startSheetServer, type SheetServer} from "./support/sheet-server.js";

const FAST = {timeoutMs: 3000, retries: 0, baseDelayMs: 10};
const sample = (tab: string) => readFileSync(new URL(`./fixtures/sample/${tab}.csv`, import.meta.url), "utf8");
const TABS = {data: sample("data"), destrib: sample("destrib"), rosstat: sample("rosstat"), munic: sample("munic")};
const LOGIN_PAGE = (_req: unknown, res: import("node:http").ServerResponse) => {
  res.writeHead(200, {"content-type": "text/html; charset=utf-8"});
  res.end("<!DOCTYPE html><html><body>Sign in – Google Accounts</body></html>");
};

describe("snapshot folder", () => {
  let server: SheetServer;
  let dir: string;
  beforeEach(async () => {
    server = await startSheetServer(TABS);
    process.env.SHEET_URL = server.template;
    dir = await mkdtemp(join(tmpdir(), "covid39-snapshot-"));
  });
  afterEach(async () => {
    delete process.env.SHEET_URL;
    await server.close();
    await rm(dir, {recursive: true, force: true});
  });

  const files = async () => Object.fromEntries(await Promise.all((await readdir(dir)).sort().map(async (name) => [name, await readFile(join(dir, name), "utf8")])));

  test("a table that fails keeps its last good file byte for byte, and is marked stale with the reason", async () => {
    await runPipeline({outDir: dir, fetch: FAST});
    const before = await files();
    server.set("data", LOGIN_PAGE);
    const {meta} = await runPipeline({outDir: dir, fetch: FAST});
    const after = await files();
    assert.equal(after["daily.csv"], before["daily.csv"]);
    assert.equal(meta.tables.daily?.status, "stale");
    assert.match(meta.tables.daily!.error!, /not shared publicly/);
    assert.equal(meta.tables.daily?.fetchedAt, (JSON.parse(before["meta.json"]) as Meta).tables.daily?.fetchedAt, "the date of the data shown, not of this run");
    assert.equal(meta.tables.deaths?.status, "fresh", "tables succeed or fail independently");
    const datapackage = JSON.parse(after["datapackage.json"]);
    assert.deepEqual(datapackage.resources[0], {...JSON.parse(before["datapackage.json"]).resources[0], status: "stale"}, "the stale table keeps its description, which says it is stale");
  });

  test("with no last good file, a table that cannot be read is not published; --strict writes nothing at all", async () => {
    server.set("rosstat", LOGIN_PAGE);
    const {meta, missing, notFresh, written} = await runPipeline({outDir: dir, fetch: FAST});
    assert.deepEqual([missing, notFresh, written], [["rosstat"], ["rosstat"], true]);
    assert.equal(meta.tables.rosstat, undefined);
    assert.equal(meta.tables.daily?.status, "fresh");
    assert.ok(!(await readdir(dir)).includes("rosstat.csv"));
    assert.ok(!JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")).resources.some((r: {name: string}) => r.name === "rosstat"));

    const strictDir = await mkdtemp(join(tmpdir(), "covid39-strict-"));
    const strict = await runPipeline({outDir: strictDir, strict: true, fetch: FAST});
    assert.equal(strict.written, false);
    assert.deepEqual(await readdir(strictDir), [], "an empty folder stays empty: not even meta.json");
    await rm(strictDir, {recursive: true, force: true});
  });

  test("--strict keeps every last good file as it was when one table is not fresh", async () => {
    await runPipeline({outDir: dir, fetch: FAST});
    const before = await files();
    server.set("rosstat", LOGIN_PAGE);
    const strict = await runPipeline({outDir: dir, strict: true, fetch: FAST});
    assert.deepEqual([strict.notFresh, strict.written], [["rosstat"], false]);
    assert.deepEqual(await files(), before, "not even the fresh tables or meta.json are written");
  });

  test("offline keeps the snapshot as it is and fetches nothing", async () => {
    const {meta: first} = await runPipeline({outDir: dir, fetch: FAST});
    const before = await files();
    const requests = server.requests.length;
    const {meta} = await runPipeline({outDir: dir, offline: true, fetch: FAST});
    assert.equal(server.requests.length, requests);
    assert.deepEqual(meta.tables, first.tables);
    assert.equal((await files())["daily.csv"], before["daily.csv"]);
  });

  test("warnings never make a table stale", async () => {
    server.set("data", TABS.data.replace(/\n"(\d\d\.\d\d\.\d{4})","(\d+)","[^"]*","/, '\n"$1","$2","нет данных","'));
    const {meta, written} = await runPipeline({outDir: dir, strict: true, fetch: FAST});
    assert.equal(written, true);
    assert.equal(meta.tables.daily?.status, "fresh");
    assert.ok(meta.tables.daily!.warnings.some((w) => w.includes("«нет данных»")));
  });

  test("a column that suddenly empties keeps its published values, with a warning", async () => {
    await runPipeline({outDir: dir, fetch: FAST});
    const before = (await readFile(join(dir, "daily.csv"), "utf8")).split("\n");
    const header = before[0].split(",");
    const tests = header.indexOf("testsTotal");
    // gviz sends a column's minority type as blanks: here the last 30 days of a cumulative column.
    const lines = TABS.data.split("\n");
    const sheetHeader = lines[0].split('","');
    const at = sheetHeader.indexOf("кол-во тестов кумул");
    const emptied = lines.map((line, i) => (i === 0 || i < lines.length - 31 || line === "" ? line : line.split('","').map((cell, j) => (j === at ? "" : cell)).join('","')));
    server.set("data", emptied.join("\n"));
    const {meta} = await runPipeline({outDir: dir, fetch: FAST});
    const after = (await readFile(join(dir, "daily.csv"), "utf8")).split("\n");
    assert.deepEqual(after.map((l) => l.split(",")[tests]), before.map((l) => l.split(",")[tests]));
    assert.ok(meta.tables.daily!.warnings.some((w) => w.includes("«кол-во тестов кумул» lost 30 values")), meta.tables.daily!.warnings.join("\n"));
  });

  test("a killed run is finished by the next one: the journal rolls forward", async () => {
    await runPipeline({outDir: dir, fetch: FAST});
    await writeFile(join(dir, "daily.csv.tmp-1"), "date,newCases\n2020-01-01,1\n");
    await writeFile(join(dir, "stray.csv.tmp-2"), "half written");
    await writeFile(join(dir, ".snapshot-journal.json"), JSON.stringify([["daily.csv.tmp-1", "daily.csv"]]));
    const {recover} = await import("../src/data/pipeline/atomic.js");
    await recover(dir);
    assert.equal(await readFile(join(dir, "daily.csv"), "utf8"), "date,newCases\n2020-01-01,1\n");
    assert.deepEqual((await readdir(dir)).filter((n) => n.includes("tmp") || n.includes("journal")), []);
  });
});

// Network faults against a loopback stand-in for the sheet: what each table ends as, what the error says, and that the last good files stay.
import assert from "node:assert/strict";
import {existsSync, readdirSync} from "node:fs";
import type {ServerResponse} from "node:http";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {afterEach, beforeEach, describe, it} from "node:test";
import type {FetchOptions} from "../src/data/pipeline/fetch.js";
import {runPipeline, type PipelineOptions} from "../src/data/pipeline/snapshot.js";
import type {Meta} from "../src/shared/meta.js";
import type {TableName} from "../src/shared/meta.js";
import {
  DAY1,
  DAY2,
  PATIENT,
  TABLE_FILES,
  cliEnv,
  closedPort,
  encodeCp1251,
  readMeta,
  readSet,
  runCli,
  sampleAnswers,
  sampleText,
  tempDir
} from "./support/pipeline-harness.js";
import {startSheetServer, type Handler, type SheetServer} from "./support/sheet-server.js";

const TABLES: TableName[] = ["daily", "deaths", "rosstat", "municipalities"];
const OTHERS: TableName[] = ["deaths", "rosstat", "municipalities"];

let server: SheetServer;
let dir: string;
let removeDir: () => Promise<void>;

beforeEach(async () => {
  server = await startSheetServer(sampleAnswers());
  process.env.SHEET_URL = server.template;
  ({dir, remove: removeDir} = await tempDir("faults-net"));
});

afterEach(async () => {
  delete process.env.SHEET_URL;
  await server.close();
  await removeDir();
});

/** A good run on day 1: the last good snapshot the faulty run must not spoil. Returns its bytes. */
async function lastGood(): Promise<Map<string, Buffer>> {
  const log: string[] = [];
  const {meta} = await runPipeline({outDir: dir, strict: true, fetch: PATIENT, now: () => DAY1, log: (line) => log.push(line)});
  for (const table of TABLES) assert.equal(meta.tables[table]?.status, "fresh", `good run: ${table}\n${log.join("\n")}`);
  server.requests.length = 0;
  return readSet(dir);
}

/** The faulty run, on day 2. */
async function faultyRun(fetch: FetchOptions = PATIENT, extra: Partial<PipelineOptions> = {}): Promise<{meta: Meta; log: string[]; ms: number}> {
  const log: string[] = [];
  const started = Date.now();
  const {meta} = await runPipeline({outDir: dir, strict: false, fetch, now: () => DAY2, log: (line) => log.push(line), ...extra});
  return {meta, log, ms: Date.now() - started};
}

function assertStale(meta: Meta, table: TableName, error: RegExp | string) {
  const entry = meta.tables[table];
  assert.ok(entry, `${table} is in meta.json`);
  assert.equal(entry.status, "stale", `${table}: ${entry.error ?? ""}`);
  assert.equal(entry.fetchedAt, DAY1.toISOString(), `${table}: a stale table keeps the time of its last good fetch`);
  if (typeof error === "string") assert.ok(entry.error?.includes(error), `${table}: error «${entry.error}» should include «${error}»`);
  else assert.match(entry.error ?? "", error);
}

function assertFresh(meta: Meta, tables: TableName[]) {
  for (const table of tables) {
    assert.equal(meta.tables[table]?.status, "fresh", `${table}: ${meta.tables[table]?.error ?? ""}`);
    assert.equal(meta.tables[table]?.fetchedAt, DAY2.toISOString());
  }
}

/**
 * Every table file byte for byte as before (the fresh ones are rebuilt from the same sample, so equal too), and
 * datapackage.json the same but for the status it gives each table.
 */
async function assertUntouched(before: Map<string, Buffer>) {
  const after = await readSet(dir);
  for (const name of TABLE_FILES) {
    assert.ok(before.has(name), `${name} was in the last good snapshot`);
    assert.ok(after.get(name)?.equals(before.get(name)!), `${name} is byte for byte the last good one`);
  }
  const meta = await readMeta(dir);
  const resources = (set: Map<string, Buffer>) => (JSON.parse(String(set.get("datapackage.json"))) as {resources: {name: TableName}[]}).resources;
  const expected = resources(before).map((resource) => ({...resource, status: meta.tables[resource.name]?.status}));
  assert.deepEqual(resources(after), expected, "datapackage.json describes the same tables, each with its status from meta.json");
}

/**
 * Only the data tab fails: daily is stale with the error, the rest fresh, every file as before.
 * With `onlyDaily` (for the short timeouts, which a loaded machine must not trip on the other tabs) the rest are kept as they were.
 */
async function dataTabFault(answer: Handler, error: RegExp | string, fetch: FetchOptions = PATIENT, onlyDaily = false): Promise<Meta> {
  const before = await lastGood();
  server.set("data", answer);
  const {meta} = await faultyRun(fetch, onlyDaily ? {only: ["daily"]} : {});
  assertStale(meta, "daily", error);
  if (onlyDaily) for (const table of OTHERS) assert.equal(meta.tables[table]?.fetchedAt, DAY1.toISOString(), `${table} kept as it was`);
  else assertFresh(meta, OTHERS);
  await assertUntouched(before);
  return meta;
}

const dataRequests = () => server.requests.filter((tab) => tab === "data").length;

/** The data tab up to the middle of the date in sheet row 5 (`"11.03.20`): a body cut inside a quoted field. */
function cutInsideQuotes(): string {
  const text = sampleText("data");
  const row5 = text.split("\n").slice(0, 4).join("\n").length + 1;
  assert.ok(text.startsWith('"11.03.2020"', row5), "sheet row 5 starts with its date");
  return text.slice(0, row5 + '"11.03.20'.length);
}

function csvHead(res: ServerResponse) {
  res.writeHead(200, {"content-type": "text/csv; charset=utf-8"});
}

describe("connection refused (nothing listens on the port)", () => {
  const refused = async () => server.template.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${await closedPort()}`);

  it("with a last good snapshot: every table stale, files untouched, retried as transient", async () => {
    const before = await lastGood();
    process.env.SHEET_URL = await refused();
    const {meta} = await faultyRun({...PATIENT, retries: 1});
    for (const table of TABLES) assertStale(meta, table, "connection refused by the sheet's host (2 attempts)");
    await assertUntouched(before);
  });

  it("without a snapshot: no table is published, and each says why", async () => {
    process.env.SHEET_URL = await refused();
    const log: string[] = [];
    const {meta, missing, written} = await runPipeline({outDir: dir, fetch: PATIENT, now: () => DAY2, log: (line) => log.push(line)});
    assert.deepEqual([meta.tables, missing, written], [{}, TABLES, false]);
    for (const table of TABLES) assert.match(log.join("\n"), new RegExp(`${table}: FAILED, and no last good file to keep: connection refused by the sheet's host \\(1 attempt\\)`));
    for (const name of [...TABLE_FILES, "meta.json", "datapackage.json"]) assert.ok(!existsSync(join(dir, name)), `${name} is absent`);
  });

  it("CLI --strict without a snapshot: exit 1, and an empty folder stays empty", async () => {
    const run = await runCli(["--out", dir, "--strict"], cliEnv(await refused()));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /daily: FAILED, and no last good file to keep: connection refused by the sheet's host/);
    assert.match(run.stderr, /nothing written \(--strict\): daily, deaths, rosstat, municipalities not fresh/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it("CLI --strict with a snapshot: exit 1, and every file, meta.json too, as it was", async () => {
    const before = await lastGood();
    const run = await runCli(["--out", dir, "--strict"], cliEnv(await refused()));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /daily: STALE, kept the last good file: connection refused by the sheet's host/);
    assert.deepEqual(await readSet(dir), before);
  });
});

describe("DNS failure (host nonexistent.invalid)", () => {
  const unknownHost = () => server.template.replace(/127\.0\.0\.1:\d+/, "nonexistent.invalid");

  it("with a snapshot: every table stale, not retried, files untouched", async () => {
    const before = await lastGood();
    process.env.SHEET_URL = unknownHost();
    const {meta} = await faultyRun({...PATIENT, retries: 2, baseDelayMs: 2000});
    // ENOTFOUND is not transient: no "(n attempts)", and no 2 s + 4 s of backoff per table.
    for (const table of TABLES) assertStale(meta, table, /^cannot resolve the sheet's host \((ENOTFOUND\): no network, or a typo in SHEET_URL\?|EAI_AGAIN\): DNS did not answer \(\d attempts?\))$/);
    await assertUntouched(before);
  });

  it("CLI --strict without a snapshot: exit 1, nothing written", async () => {
    const run = await runCli(["--out", dir, "--strict"], cliEnv(unknownHost()));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /cannot resolve the sheet's host \((ENOTFOUND|EAI_AGAIN)\)/);
    for (const name of TABLE_FILES) assert.ok(!existsSync(join(dir, name)));
  });
});

describe("a server that never answers", () => {
  it("times out per attempt, retries, then keeps the last good file", async () => {
    const before = await lastGood();
    server.set("data", () => {});
    const {meta, ms} = await faultyRun({timeoutMs: 500, retries: 1, baseDelayMs: 10}, {only: ["daily"]});
    assertStale(meta, "daily", "no complete answer within 500 ms (SHEET_TIMEOUT_MS) (2 attempts)");
    assert.equal(dataRequests(), 2);
    assert.ok(ms >= 1000 && ms < 5000, `two 500 ms attempts, took ${ms} ms`);
    await assertUntouched(before);
  });
});

describe("a server that answers byte by byte, slower than the timeout", () => {
  it("the timeout covers the body too", async () => {
    const body = Buffer.from(sampleText("data"));
    const meta = await dataTabFault(
      (_req, res) => {
        csvHead(res);
        let at = 0;
        const timer = setInterval(() => (at < body.length ? res.write(body.subarray(at, ++at)) : res.end()), 5);
        res.on("close", () => clearInterval(timer));
      },
      "no complete answer within 600 ms (SHEET_TIMEOUT_MS) (1 attempt)",
      {timeoutMs: 600, retries: 0, baseDelayMs: 10},
      true
    );
    assert.equal(meta.tables.daily?.rows, 1187);
  });
});

describe("a body cut in the middle of a quoted field", () => {
  it("connection destroyed mid-quote: transient network error, last good kept", async () => {
    await dataTabFault((_req, res) => {
      csvHead(res);
      res.write(cutInsideQuotes(), () => setTimeout(() => res.destroy(), 20));
    }, /^network error: .+ \(1 attempt\)$/);
  });

  it("connection destroyed mid-quote once, then a whole answer: the retry makes it fresh", async () => {
    let calls = 0;
    server.set("data", (_req, res) => {
      csvHead(res);
      if (++calls === 1) res.write(cutInsideQuotes(), () => setTimeout(() => res.destroy(), 20));
      else res.end(sampleText("data"));
    });
    const {meta} = await faultyRun({...PATIENT, retries: 1});
    assertFresh(meta, TABLES);
    assert.equal(dataRequests(), 2);
  });

  it("response ended cleanly mid-quote: the parser sees the open quote and says where", async () => {
    await dataTabFault((_req, res) => {
      csvHead(res);
      res.end(cutInsideQuotes());
    }, "the export ends inside a quoted field at row 5: the answer was cut short (1 attempt)");
  });

  it("response ended cleanly between two fields of a row: a short last row is a cut, not data", async () => {
    // gviz sends every field of every row; a record with fewer fields than the header can only be a cut answer.
    const text = cutInsideQuotes();
    const partial = text.slice(0, text.lastIndexOf("\n") + 1) + '"11.03.2020","1"\n';
    await dataTabFault((_req, res) => {
      csvHead(res);
      res.end(partial);
    }, /row 5/);
  });
});

describe("how the export travels", () => {
  it("a gzip-encoded answer (asked for, as Google sends it): read as the same CSV, byte for byte the same files", async () => {
    const before = await lastGood();
    const encodings: (string | undefined)[] = [];
    server.set("data", (req, res) => {
      encodings.push(req.headers["accept-encoding"]);
      res.writeHead(200, {"content-type": "text/csv; charset=utf-8", "content-encoding": "gzip"});
      res.end(gzipSync(sampleText("data")));
    });
    const {meta} = await faultyRun();
    assertFresh(meta, TABLES);
    assert.deepEqual(encodings, ["gzip"]);
    await assertUntouched(before);
  });

  it("a corrupt gzip body: a transient network error, last good kept", async () => {
    const body = gzipSync(sampleText("data"));
    body.fill(0, 100, 200);
    await dataTabFault((_req, res) => {
      res.writeHead(200, {"content-type": "text/csv; charset=utf-8", "content-encoding": "gzip"});
      res.end(body);
    }, /^network error: .+ \(Z_DATA_ERROR\) \(1 attempt\)$/);
  });

  it("/export redirects to the content host: followed, fresh", async () => {
    server.set("content", (_req, res) => {
      csvHead(res);
      res.end(sampleText("data"));
    });
    server.set("data", (_req, res) => {
      res.writeHead(307, {location: "/content-host/export?sheet=content"});
      res.end();
    });
    const {meta} = await faultyRun();
    assertFresh(meta, TABLES);
  });

  it("a redirect loop: refused after 5 redirects, not retried", async () => {
    await dataTabFault((_req, res) => {
      res.writeHead(302, {location: "?sheet=data"});
      res.end();
    }, /^more than 5 redirects from http:\/\/127\.0\.0\.1:\d+\/.+sheet=data/);
    assert.equal(dataRequests(), 6);
  });
});

describe("HTTP errors", () => {
  it("404: not retried, daily stale with the reason", async () => {
    const before = await lastGood();
    server.set("data", (_req, res) => {
      res.writeHead(404, {"content-type": "text/plain"});
      res.end("not found");
    });
    const {meta} = await faultyRun({...PATIENT, retries: 2});
    assertStale(meta, "daily", /^HTTP 404: the sheet or the tab was not found \(check the sheet id in SHEET_URL\)$/);
    assertFresh(meta, OTHERS);
    assert.equal(dataRequests(), 1, "a 404 is not worth another try");
    await assertUntouched(before);
  });

  it("404 through the CLI with --strict: exit 1, and nothing written", async () => {
    const before = await lastGood();
    server.set("data", (_req, res) => {
      res.writeHead(404);
      res.end();
    });
    const run = await runCli(["--out", dir, "--strict"], cliEnv(server.template));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /daily: STALE, kept the last good file: HTTP 404/);
    assert.match(run.stderr, /nothing written \(--strict\): daily not fresh/);
    assert.deepEqual(await readSet(dir), before, "all or nothing: the fresh tables are not written either");
  });

  it("500 twice, then the CSV: fresh after 3 requests", async () => {
    const before = await lastGood();
    let calls = 0;
    server.set("data", (_req, res) => {
      if (++calls <= 2) {
        res.writeHead(500, {"content-type": "text/plain"});
        res.end("internal error");
      } else {
        csvHead(res);
        res.end(sampleText("data"));
      }
    });
    const {meta} = await faultyRun({...PATIENT, retries: 2});
    assertFresh(meta, TABLES);
    assert.equal(dataRequests(), 3);
    await assertUntouched(before);
  });

  it("500 every time: stale after retries + 1 attempts", async () => {
    await dataTabFault(
      (_req, res) => {
        res.writeHead(500);
        res.end();
      },
      "HTTP 500 (server error) (3 attempts)",
      {...PATIENT, retries: 2}
    );
    assert.equal(dataRequests(), 3);
  });

  it("429 with Retry-After: 1, then the CSV: waits about a second, ends fresh", async () => {
    const times: number[] = [];
    server.set("data", (_req, res) => {
      times.push(Date.now());
      if (times.length === 1) {
        res.writeHead(429, {"retry-after": "1", "content-type": "text/plain"});
        res.end("slow down");
      } else {
        csvHead(res);
        res.end(sampleText("data"));
      }
    });
    const {meta} = await faultyRun({...PATIENT, retries: 1, baseDelayMs: 10});
    assertFresh(meta, TABLES);
    assert.equal(times.length, 2);
    const waited = times[1] - times[0];
    assert.ok(waited >= 950 && waited < 2500, `Retry-After: 1 honoured (waited ${waited} ms, backoff alone would be 10 ms)`);
  });
});

describe("answers that are not the CSV", () => {
  const loginPage: Handler = (_req, res) => {
    res.writeHead(200, {"content-type": "text/html; charset=utf-8"});
    res.end('<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/ServiceLogin"></form></body></html>');
  };

  it("a 302 to a login page (HTML, 200): refused, daily stale", async () => {
    server.set("", loginPage);
    await dataTabFault((_req, res) => {
      res.writeHead(302, {location: "/ServiceLogin?continue=sheet"});
      res.end();
    }, /^got an HTML page \(text\/html; charset=utf-8\) instead of CSV: the sheet is probably not shared publicly/);
    assert.deepEqual(server.requests.filter((tab) => tab === "data" || tab === ""), ["data", ""], "the redirect was followed");
  });

  it("a 302 to a login page through the CLI without --strict and with no snapshot: exit 1, daily absent, the rest fresh", async () => {
    server.set("", loginPage);
    server.set("data", (_req, res) => {
      res.writeHead(302, {location: "/ServiceLogin"});
      res.end();
    });
    const run = await runCli(["--out", dir], cliEnv(server.template));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /daily: FAILED, and no last good file to keep: got an HTML page/);
    assert.ok(!existsSync(join(dir, "daily.csv")));
    const meta = await readMeta(dir);
    assert.equal(meta.tables.daily, undefined);
    for (const table of OTHERS) assert.equal(meta.tables[table]?.status, "fresh");
  });

  it("a 200 with an HTML body but a text/csv content type: refused", async () => {
    await dataTabFault((_req, res) => {
      csvHead(res);
      res.end("\n  <html><body>Sorry, something went wrong</body></html>");
    }, /^got HTML instead of CSV: the sheet is probably not shared publicly/);
    assert.equal(dataRequests(), 1);
  });

  it("an empty body: refused", async () => {
    await dataTabFault((_req, res) => {
      csvHead(res);
      res.end();
    }, /^empty response: the export sent no data/);
  });

  it("a body in cp1251: not published, the error names the encoding", async () => {
    const meta = await dataTabFault((_req, res) => {
      res.writeHead(200, {"content-type": "text/csv"});
      res.end(encodeCp1251(sampleText("data")));
    }, /^data: the headers have broken characters: the export is not UTF-8 \(another encoding, such as cp1251\?\)/);
    assert.notEqual(meta.tables.daily?.status, "fresh");
  });

  it("the municipal tab in cp1251: not published either", async () => {
    const before = await lastGood();
    server.set("munic", (_req, res) => {
      res.writeHead(200, {"content-type": "text/csv; charset=windows-1251"});
      res.end(encodeCp1251(sampleText("munic")));
    });
    const {meta} = await faultyRun();
    assertStale(meta, "municipalities", /not UTF-8 .*cp1251/);
    assertFresh(meta, ["daily", "deaths", "rosstat"]);
    await assertUntouched(before);
  });
});

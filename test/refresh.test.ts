// scripts/refresh.ts end to end, with real processes: a bare repository stands in for GitHub, the loopback server for the sheet.
import assert from "node:assert/strict";
import {spawn, spawnSync} from "node:child_process";
import {mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {after, before, describe, it} from "node:test";
import {fileURLToPath} from "node:url";
import Papa from "papaparse";
import {startSheetServer, type Handler, type SheetServer} from "./support/sheet-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE = join(ROOT, "test/fixtures/sample");
const TABS = ["data", "destrib", "rosstat", "munic"];
const DATA_FILES = ["daily.csv", "deaths.csv", "rosstat.csv", "municipalities.csv", "datapackage.json", "meta.json"];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous on purpose: the sheet server lives in this process and must keep answering while the script runs. */
function refresh(dir: string, env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), ["scripts/refresh.ts", "--datasets", dir], {cwd: ROOT, env: {...baseEnv, ...env}});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status) => done({status, stdout, stderr}));
  });
}

function git(dir: string, ...args: string[]): string {
  const result = spawnSync("git", args, {cwd: dir, encoding: "utf8", env: {...baseEnv}});
  assert.equal(result.status, 0, `git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout.trim();
}

/** The commit GitHub would hold on the datasets branch, or "" before the first push. */
function pushedHead(bare: string): string {
  return spawnSync("git", ["rev-parse", "--verify", "--quiet", "refs/heads/datasets"], {cwd: bare, encoding: "utf8", env: {...baseEnv}}).stdout.trim();
}

/** The same sheet with one `всего` (new cases) value of the last reported day raised by one. */
function withOneCellChanged(csv: string): string {
  const rows = Papa.parse<string[]>(csv, {skipEmptyLines: false}).data;
  const header = rows.findIndex((row) => row.some((cell) => cell.trim() === "всего"));
  assert.ok(header >= 0, "the data tab has a всего column");
  const column = rows[header]!.findIndex((cell) => cell.trim() === "всего");
  const days = rows.map((cells, i) => (i > header && /^\d+$/.test(cells[column]?.trim() ?? "") ? i : -1));
  const row = Math.max(...days);
  assert.ok(row > header, "the data tab has a day with a всего value");
  rows[row]![column] = String(Number(rows[row]![column]) + 1);
  return Papa.unparse(rows, {newline: "\n"});
}

const loginPage: Handler = (_req, res) => {
  res.writeHead(200, {"content-type": "text/html; charset=utf-8"});
  res.end('<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="https://accounts.google.com/ServiceLogin"></form></body></html>');
};

/** No inherited git identity, config or repository, and no real GITHUB_OUTPUT: the runs see a bare CI machine. */
const baseEnv: Record<string, string> = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !entry[0].startsWith("GIT_") && entry[0] !== "GITHUB_OUTPUT")
);

describe("npm run refresh", {timeout: 180_000}, () => {
  let tmp: string;
  let bare: string;
  let dir: string;
  let sheet: SheetServer;
  let env: Record<string, string>;
  const sample: Record<string, string> = {};

  before(async () => {
    tmp = await mkdtemp(join(tmpdir(), "covid39-refresh-"));
    const gitconfig = join(tmp, "gitconfig");
    await writeFile(gitconfig, "");
    Object.assign(baseEnv, {GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: "1"});
    bare = join(tmp, "origin.git");
    dir = join(tmp, "datasets");
    git(tmp, "init", "--quiet", "--bare", bare);
    git(tmp, "clone", "--quiet", bare, dir);
    git(dir, "symbolic-ref", "HEAD", "refs/heads/datasets");
    for (const tab of TABS) sample[tab] = await readFile(join(SAMPLE, `${tab}.csv`), "utf8");
    sheet = await startSheetServer(sample);
    env = {SHEET_URL: sheet.template};
  });

  after(async () => {
    await sheet?.close();
    if (tmp) await rm(tmp, {recursive: true, force: true});
  });

  it("first run on an empty branch pushes one commit with the whole snapshot", async () => {
    const run = await refresh(dir, env);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^changed=true$/m);
    assert.equal(git(bare, "rev-list", "--count", "datasets"), "1");
    assert.deepEqual(git(bare, "ls-tree", "--name-only", "datasets").split("\n").sort(), [...DATA_FILES].sort());
    assert.match(git(bare, "log", "-1", "--format=%s", "datasets"), /^data: (?=.*daily)(?=.*deaths)(?=.*rosstat)(?=.*municipalities).* to \d{4}-\d{2}-\d{2}$/);
    assert.equal(git(bare, "log", "-1", "--format=%an <%ae>", "datasets"), "covid39-bot <covid39-bot@users.noreply.github.com>");
    assert.equal(git(dir, "status", "--porcelain", "--untracked-files=all"), "");
  });

  it("a second run on the same sheet pushes nothing and says changed=false", async () => {
    const head = pushedHead(bare);
    const output = join(tmp, "github-output");
    const run = await refresh(dir, {...env, GITHUB_OUTPUT: output});
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^changed=false$/m);
    assert.equal(await readFile(output, "utf8"), "changed=false\n");
    assert.equal(pushedHead(bare), head);
    assert.equal(git(dir, "status", "--porcelain", "--untracked-files=all"), "", "meta.json's new timestamps are put back");
  });

  it("a run after one cell changed pushes exactly one commit touching daily.csv", async () => {
    sheet.set("data", withOneCellChanged(sample.data!));
    const run = await refresh(dir, env);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^changed=true$/m);
    assert.equal(git(bare, "rev-list", "--count", "datasets"), "2");
    const touched = git(bare, "diff", "--name-only", "datasets~1", "datasets").split("\n");
    assert.ok(touched.includes("daily.csv"), `touched: ${touched.join(", ")}`);
    assert.ok(!touched.includes("deaths.csv") && !touched.includes("municipalities.csv"), `touched: ${touched.join(", ")}`);
    assert.match(git(bare, "log", "-1", "--format=%s", "datasets"), /^data: daily to \d{4}-\d{2}-\d{2}$/);
  });

  it("a run whose sheet answers with a login page fails, pushes nothing and leaves the checkout clean", async () => {
    const head = pushedHead(bare);
    sheet.set("data", loginPage);
    const run = await refresh(dir, {...env, SHEET_RETRIES: "0", SHEET_TIMEOUT_MS: "2000", SHEET_BACKOFF_MS: "0"});
    assert.notEqual(run.status, 0, run.stdout);
    assert.doesNotMatch(run.stdout, /changed=true/);
    assert.match(run.stderr, /pipeline exited/);
    assert.equal(pushedHead(bare), head);
    assert.equal(git(dir, "rev-parse", "HEAD"), head, "nothing committed locally either");
    assert.equal(git(dir, "status", "--porcelain", "--untracked-files=all"), "");
  });
});

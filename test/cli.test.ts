// npm run data's command line: --help, and a mistake gets one line and the usage with exit code 2, never a stack trace.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {ROOT} from "./support/pipeline-harness.js";

/** What `npm run data -- ARGS` runs. */
function data(args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/pipeline.mjs"), ...args], {cwd: ROOT, encoding: "utf8", env: {...process.env, SHEET_URL: "http://127.0.0.1:9/{id}/{sheet}", SHEET_RETRIES: "0", SHEET_OFFLINE: ""}});
  return {status: run.status, stdout: run.stdout, stderr: run.stderr};
}

test("--help prints the usage on stdout and exits 0", () => {
  const run = data(["--help"]);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^usage: npm run data -- --out DIR \[--strict\] \[--offline\] \[--only TABLE,\.\.\.\]/);
  assert.match(run.stdout, /--only TABLES +only these tables, comma-separated: daily, deaths, rosstat, municipalities/);
  assert.equal(run.stderr, "");
});

for (const [args, problem] of [
  [["--bogus"], "Unknown option '--bogus'"],
  [["--out"], "Option '--out <value>' argument missing"],
  [[], "--out DIR is required"],
  [["--out", "x", "extra"], "Unexpected argument 'extra'"],
  [["--out", "x", "--only", "daily,cases"], "unknown table «cases»: the tables are daily, deaths, rosstat, municipalities"]
] as const) {
  test(`npm run data -- ${args.join(" ") || "(nothing)"}: one line saying what is wrong, the usage, exit 2`, () => {
    const run = data([...args]);
    assert.equal(run.status, 2, run.stderr);
    const [first, blank, usage] = run.stderr.split("\n");
    assert.ok(first.startsWith(`npm run data: ${problem}`), first);
    assert.equal(blank, "");
    assert.match(usage, /^usage: npm run data/);
    assert.doesNotMatch(run.stderr, /\n\s+at |Error:|node:internal/, "no stack trace");
    assert.equal(run.stdout, "");
  });
}

test("--strict with an unreachable sheet leaves an empty folder empty and exits 1", () => {
  const out = mkdtempSync(join(tmpdir(), "covid39-cli-"));
  try {
    const run = data(["--out", out, "--strict"]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /nothing written \(--strict\)/);
    assert.deepEqual(readdirSync(out), []);
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
});

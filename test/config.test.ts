// The site's config as GitHub Actions and a local build see it.
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {test} from "node:test";

/** The footer the config gives with this environment: read in a fresh process, as the config reads it once at import. */
function footer(env: Record<string, string>): string {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("GITHUB_")));
  return execFileSync(process.execPath, ["--import", "tsx", "-e", 'import("./observablehq.config.ts").then((c) => process.stdout.write(c.default.footer))'], {env: {...clean, ...env}, encoding: "utf8"});
}

test("built by GitHub Actions, every page's footer links the repository and the datasets branch of snapshots", () => {
  const text = footer({GITHUB_REPOSITORY: "someone/covid39", GITHUB_SERVER_URL: "https://github.com"});
  assert.match(text, /<a href="https:\/\/github\.com\/someone\/covid39">someone\/covid39<\/a>/);
  assert.match(text, /<a href="https:\/\/github\.com\/someone\/covid39\/tree\/datasets">ветке datasets<\/a>/);
});

test("a local build names no repository", () => {
  const text = footer({});
  assert.doesNotMatch(text, /github\.com|datasets/);
  assert.match(text, /Код: MIT\./);
});

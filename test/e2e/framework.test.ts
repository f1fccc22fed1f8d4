// The build is Framework's own underneath: a plain `observable build` reads the sheet once per tab, and every page
// `npm run build` publishes carries what scripts/finish-pages.ts adds to Framework's output.
import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {cp, mkdir, rm} from "node:fs/promises";
import {join} from "node:path";
import {test} from "node:test";
import {startSheetServer} from "../support/sheet-server.js";
import {builtSite, ROOT} from "../support/site-build.js";

const sample = (tab: string) => readFileSync(join(ROOT, "test/fixtures/sample", `${tab}.csv`), "utf8");

test("a plain `observable build`, without the project's wrapper, runs the pipeline once: one request per tab", async () => {
  const home = join(ROOT, ".test-builds/plain");
  await rm(home, {recursive: true, force: true});
  await mkdir(home, {recursive: true});
  await cp(join(ROOT, "src"), join(home, "src"), {recursive: true, filter: (path) => !path.includes(".observablehq")});
  const server = await startSheetServer(Object.fromEntries(["data", "destrib", "rosstat", "munic"].map((tab) => [tab, sample(tab)])));
  try {
    const env: NodeJS.ProcessEnv = {...process.env, SHEET_URL: server.template, SHEET_RETRIES: "0", OBSERVABLE_ROOT: join(home, "src"), OBSERVABLE_OUTPUT: join(home, "dist"), OBSERVABLE_TELEMETRY_DISABLE: "1"};
    delete env.SHEET_OFFLINE;
    delete env.SNAPSHOT_DIR;
    const log: string[] = [];
    const code = await new Promise<number>((done) => {
      const child = spawn(join(ROOT, "node_modules/.bin/observable"), ["build"], {cwd: ROOT, env});
      child.stdout.on("data", (chunk) => log.push(String(chunk)));
      child.stderr.on("data", (chunk) => log.push(String(chunk)));
      child.on("close", (status) => done(status ?? 1));
    });
    assert.equal(code, 0, log.join("").slice(-3000));
    assert.deepEqual([...server.requests].sort(), ["data", "destrib", "munic", "rosstat"], "each tab fetched exactly once");
    for (const page of ["index.html", "cases.html", "data.html"]) assert.ok(existsSync(join(home, "dist", page)), page);
  } finally {
    await server.close();
  }
});

test("every page npm run build publishes has lang, zoom, its status line and a policy naming each of its inline scripts", () => {
  const dist = builtSite("real");
  const pages = readdirSync(dist, {recursive: true, encoding: "utf8"}).filter((file) => file.endsWith(".html"));
  assert.ok(pages.length >= 12, `${pages.length} pages`);
  for (const page of pages) {
    const html = readFileSync(join(dist, page), "utf8");
    assert.match(html, /^<!DOCTYPE html>\n<html lang="ru">/, page);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/, page);
    assert.match(html, /<div class="data-status-cell">\n<div class="observablehq observablehq--block"><p class="data-status" role="note">Данные до 7 июня 2023 года: сбор данных прекращён\./, page);
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.ok(policy, `${page} has a Content-Security-Policy`);
    assert.doesNotMatch(policy, /https?:/, `${page}: the policy allows no other host`);
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
    assert.ok(scripts.length > 0, page);
    for (const hash of scripts) assert.ok(policy.includes(hash), `${page}: an inline script is not in the policy`);
  }
});

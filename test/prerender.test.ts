// scripts/prerender.ts: the charts a phone's first screen draws become templates in the page; without a browser nothing changes.
import assert from "node:assert/strict";
import {existsSync} from "node:fs";
import {mkdir, readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, it} from "node:test";
import {prerenderCharts} from "../scripts/prerender.js";
import {CHROME_PATH} from "./support/browser.js";
import {tempDir} from "./support/pipeline-harness.js";

const TITLE = 'Рост & «падение» "x"';

/** A built page as Framework writes it, reduced to one chart frame whose plot is already drawn. */
function page(plot: string): string {
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><link rel="modulepreload" href="./_import/components/figure.test.js"></head>
<body><main><figure class="chart"><h3 class="chart-title">${TITLE.replaceAll("&", "&amp;")}</h3><div class="chart-plot">${plot}</div></figure></main></body></html>
`;
}
const PLOT = '<svg width="348" height="220" viewBox="0 0 348 220"><path d="M0.123,1.987L10.55,-2.04Z"></path></svg>';

let dir: string;
let remove: () => Promise<void>;
const savedChromePath = process.env.CHROME_PATH;

beforeEach(async () => {
  ({dir, remove} = await tempDir("prerender"));
  await mkdir(join(dir, "_import/components"), {recursive: true});
  await writeFile(join(dir, "_import/components/figure.test.js"), "");
});

afterEach(async () => {
  if (savedChromePath === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = savedChromePath;
  await remove();
});

describe("prerenderCharts", () => {
  it("without a browser: says so and leaves every page as it was", async () => {
    process.env.CHROME_PATH = "/nonexistent/chromium";
    await writeFile(join(dir, "index.html"), page(PLOT));
    const log: string[] = [];
    await prerenderCharts(dir, (line) => log.push(line));
    assert.deepEqual(log, ["prerender: no browser at /nonexistent/chromium (CHROME_PATH names another), so the pages draw every chart in the browser"]);
    assert.equal(await readFile(join(dir, "index.html"), "utf8"), page(PLOT));
  });

  const browser = existsSync(CHROME_PATH) ? {} : {skip: `no Chromium at ${CHROME_PATH}`};

  it("a drawn plot becomes one template: its title escaped, its width, coordinates to a tenth, marked as prerendered; a second run replaces it", browser, async () => {
    await writeFile(join(dir, "index.html"), page(PLOT));
    // A plot slot far below the first screen is drawn only when scrolled to: nothing to keep.
    const below = page("").replace("<main>", '<main><div style="height: 3000px"></div>');
    await writeFile(join(dir, "blank.html"), below);
    for (let run = 0; run < 2; ++run) await prerenderCharts(dir);
    const html = await readFile(join(dir, "index.html"), "utf8");
    const templates = [...html.matchAll(/<template class="prerendered-chart"[^>]*>[\s\S]*?<\/template>/g)].map(([t]) => t);
    assert.deepEqual(templates, [
      `<template class="prerendered-chart" data-title="Рост &amp; «падение» &quot;x&quot;" data-width="348"><svg width="348" height="220" viewBox="0 0 348 220" data-prerendered=""><path d="M0.1,2L10.6,-2Z"></path></svg></template>`
    ]);
    assert.ok(html.indexOf("<template") > html.indexOf("</main>"), "after the content, so the text is parsed first");
    assert.equal(await readFile(join(dir, "blank.html"), "utf8"), below, "a page with no drawn plot is left as it was");
  });
});


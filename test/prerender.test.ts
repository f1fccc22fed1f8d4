// scripts/prerender.ts: the charts a phone's first screen draws become templates in the page; without a browser nothing changes.
import assert from "node:assert/strict";
import {existsSync, readdirSync} from "node:fs";
import {mkdir, readFile, utimes, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, it} from "node:test";
import {drawnContent} from "../scripts/data-content.js";
import {compactPlot, prerenderCharts} from "../scripts/prerender.js";
import {mulberry32} from "../scripts/random.js";
import {CHROME_PATH} from "./support/browser.js";
import {tempDir} from "./support/pipeline-harness.js";

const CHART = 'rise-&-"fall"';

/** A built page as Framework writes it, reduced to one chart frame whose plot is already drawn. */
function page(plot: string, search = "5abefffd"): string {
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><link rel="modulepreload" href="./_import/components/figure.test.js"><link rel="modulepreload" href="./_observablehq/search.${search}.js"></head>
<body><main><figure class="chart" id="${CHART.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"><h3 class="chart-title">Рост</h3><div class="chart-plot">${plot}</div></figure></main></body></html>
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
  await mkdir(join(dir, "_observablehq"), {recursive: true});
  for (const hash of ["5abefffd", "0c1d2e3f"]) await writeFile(join(dir, `_observablehq/search.${hash}.js`), "");
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
    await prerenderCharts(dir, {log: (line) => log.push(line)});
    assert.deepEqual(log, ["prerender: no browser at /nonexistent/chromium (CHROME_PATH names another), so the pages draw every chart in the browser"]);
    assert.equal(await readFile(join(dir, "index.html"), "utf8"), page(PLOT));
  });

  const browser = existsSync(CHROME_PATH) ? {} : {skip: `no Chromium at ${CHROME_PATH}`};

  it("a drawn plot becomes one template: its chart id escaped, its width, coordinates compacted, marked as prerendered; a second run replaces it", browser, async () => {
    await writeFile(join(dir, "index.html"), page(PLOT));
    // A plot slot far below the first screen is drawn only when scrolled to: nothing to keep.
    const below = page("").replace("<main>", '<main><div style="height: 3000px"></div>');
    await writeFile(join(dir, "blank.html"), below);
    for (let run = 0; run < 2; ++run) await prerenderCharts(dir);
    const html = await readFile(join(dir, "index.html"), "utf8");
    const templates = [...html.matchAll(/<template class="prerendered-chart"[^>]*>[\s\S]*?<\/template>/g)].map(([t]) => t);
    assert.deepEqual(templates, [
      `<template class="prerendered-chart" data-chart="rise-&amp;-&quot;fall&quot;" data-width="348"><svg width="348" height="220" viewBox="0 0 348 220" data-prerendered=""><path d="m.12 1.99 10.43-4.03Z"/></svg></template>`
    ]);
    assert.ok(html.indexOf("<template") > html.indexOf("</main>"), "after the content, so the text is parsed first");
    assert.equal(await readFile(join(dir, "blank.html"), "utf8"), below, "a page with no drawn plot is left as it was");
  });

  it("with a cache: a page built the same way again gets the same plots without being opened; a changed page is drawn anew", browser, async () => {
    const cache = join(dir, ".cache");
    const log: string[] = [];
    await writeFile(join(dir, "index.html"), page(PLOT));
    await prerenderCharts(dir, {cache, log: (line) => log.push(line)});
    const drawn = await readFile(join(dir, "index.html"), "utf8");
    // As Framework writes it again on the next build: the page without the plots.
    await writeFile(join(dir, "index.html"), page(PLOT));
    await prerenderCharts(dir, {cache, log: (line) => log.push(line)});
    assert.equal(await readFile(join(dir, "index.html"), "utf8"), drawn);
    // Another page's text was edited: the search index, and so the search module's name in every page, changed.
    await writeFile(join(dir, "index.html"), page(PLOT, "0c1d2e3f"));
    await prerenderCharts(dir, {cache, log: (line) => log.push(line)});
    assert.equal(await readFile(join(dir, "index.html"), "utf8"), drawn.replace("search.5abefffd.js", "search.0c1d2e3f.js"));
    assert.deepEqual(log, ["prerender: 1 page(s) drawn, 0 unchanged since the last build", ...Array(2).fill("prerender: 0 page(s) drawn, 1 unchanged since the last build")]);
    // A changed page (here its plot) misses the cache; the entry of the page it replaced stays a week (another build
    // may still use it), and goes once no build has used it for longer.
    const [old] = readdirSync(cache);
    await writeFile(join(dir, "index.html"), page(PLOT.replace("10.55", "20.55")));
    await prerenderCharts(dir, {cache, log: (line) => log.push(line)});
    assert.match(await readFile(join(dir, "index.html"), "utf8"), /<path d="m\.12 1\.99 20\.43-4\.03Z"\/>/);
    assert.equal(readdirSync(cache).length, 2);
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await utimes(join(cache, old), eightDaysAgo, eightDaysAgo);
    await prerenderCharts(dir, {cache, log: (line) => log.push(line)});
    assert.ok(!readdirSync(cache).includes(old) && readdirSync(cache).length === 1, readdirSync(cache).join());
  });
});

/** The corners of a path of M, L, H, V and Z commands, absolute or relative. */
function corners(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const n = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const relative = command === command.toLowerCase();
    const step = command.toUpperCase();
    for (let i = 0; i < n.length; i += step === "H" || step === "V" ? 1 : 2) {
      if (step === "H") x = relative ? x + n[i] : n[i];
      else if (step === "V") y = relative ? y + n[i] : n[i];
      else [x, y] = relative ? [x + n[i], y + n[i + 1]] : [n[i], n[i + 1]];
      points.push([x, y]);
    }
  }
  return points;
}

/** How far the point is from the nearest segment of the polyline. */
function distance([px, py]: [number, number], line: [number, number][]): number {
  let nearest = Infinity;
  for (let i = 1; i < line.length; ++i) {
    const [[ax, ay], [bx, by]] = [line[i - 1], line[i]];
    const length = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = length ? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length)) : 0;
    nearest = Math.min(nearest, Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)));
  }
  return nearest;
}

describe("compactPlot", () => {
  // A step line as Plot draws a daily series over three years at a phone's width: 0.23 px a day, full-precision numbers.
  const random = mulberry32(7);
  const steps: string[] = [];
  for (let day = 0, y = 150; day < 1200; ++day, y = Math.max(0, Math.min(200, y + (random() - 0.5) * 8))) {
    const x = 56 + day * 0.2291666666666;
    steps.push(`${day ? "L" : "M"}${x},${y}`, `L${x + 0.2291666666666},${y}`);
  }
  const d = steps.join("");
  const svg = `<svg class="plot-1" width="348" height="220" aria-label="Рост &amp; спад" data-prerendered=""><style>:where(.plot-1) { max-width: 100%; }</style><g aria-label="line" fill-opacity="0.35" role="group"><path stroke="#4269d0" d="${d}"></path></g><text>1&nbsp;000</text></svg>`;
  const compact = compactPlot(svg);

  // Rounding each relative step to 0.01 px leaves the line at most 0.024 px off (measured up to 10,000 steps): invisible.
  it("keeps every corner of the line within 0.03 px, and adds none off it", () => {
    const [, compactD] = compact.match(/ d="([^"]*)"/)!;
    const [before, after] = [corners(d), corners(compactD)];
    assert.ok(before.length === 2400 && after.length > 100, `${before.length} corners before, ${after.length} after`);
    for (const point of before) assert.ok(distance(point, after) <= 0.03, `${point} is ${distance(point, after)} px off the compacted line`);
    for (const point of after) assert.ok(distance(point, before) <= 0.03, `${point} is ${distance(point, before)} px off the drawn line`);
  });

  it("is a fraction of the bytes, and leaves everything but the path as it was", () => {
    assert.ok(compact.length < svg.length / 3, `${compact.length} of ${svg.length} bytes`);
    assert.equal(compact.replace(/ d="[^"]*"/, ""), svg.replace(/ d="[^"]*"/, "").replace("></path>", "/>").replace("&nbsp;", "\u00a0"));
  });
});

describe("drawnContent", () => {
  const meta = (generatedAt: string) => Buffer.from(JSON.stringify({generatedAt, tables: {daily: {status: "fresh", lastDate: "2023-06-07"}}}));
  it("a snapshot written again with the same data is the same to the build's charts, until it becomes an archive", () => {
    assert.equal(drawnContent(meta("2026-12-02T12:00:00Z")), drawnContent(meta("2026-12-03T08:30:00Z")));
    assert.equal(drawnContent(meta("2023-06-08T02:00:00Z")), drawnContent(meta("2023-06-09T02:00:00Z")));
    assert.notEqual(drawnContent(meta("2023-06-08T02:00:00Z")), drawnContent(meta("2026-12-02T12:00:00Z")));
  });
  it("any other data file is itself", () => {
    const csv = Buffer.from("date,newCases\n2023-06-07,12\n");
    assert.equal(drawnContent(csv), csv);
    const nested = Buffer.from(JSON.stringify({dates: [], note: {generatedAt: "x"}}));
    assert.equal(drawnContent(nested), nested);
  });
});

// The charts a phone shows on opening a page, drawn at build time: the page adopts them instead of running Plot while it loads.
import {createHash} from "node:crypto";
import {readdirSync, statSync} from "node:fs";
import {mkdir, readFile, rm, utimes, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {chromium, type Browser} from "playwright-core";
import {optimize} from "svgo";
import {CHROMIUM_FLAGS, chromiumPath, chromiumPaths, chromiumStamp} from "./chromium.js";
import {drawnContent} from "./data-content.js";
import {serveSite} from "./serve.js";
import {framesStalled, within} from "./stalls.js";
import {DRAW_AHEAD_PX, PLOT_SLOT_CLASS} from "../src/shared/lazy.js";

/** The phone the charts are drawn for: 412 CSS px, many Android phones' width and Lighthouse's mobile one. */
export const PHONE = {width: 412, height: 823};
const WEEK_MS = 7 * 86_400_000;
const TEMPLATES = /<template class="prerendered-chart"[^>]*>[\s\S]*?<\/template>\n/g;
const PREFILLED = /<observablehq-loading class="prefilled"( data-was="loading")?><!--prefilled-->[\s\S]*?<!--\/prefilled--><\/observablehq-loading>/g;
/** The data files a page loads, named by Framework as name.hash.ext. */
const DATA_FILES = /(?:\.\.?\/)*_file\/[^"'\s]+\.[0-9a-f]{8}\.\w+/g;
/** Framework's search module, named by a hash of the index of every page's text: an edit of one page renames it in all. */
const SEARCH_MODULE = /_observablehq\/search\.[0-9a-f]{8}\.js/g;

interface PrerenderedChart {
  /** The chart's id (figure.ts): how the page finds its plot. */
  chart: string;
  width: number;
  svg: string;
}

export interface PrerenderOptions {
  log?: (line: string) => void;
  /**
   * A folder that keeps each page's plots under a hash of the page as Framework built it: the files it loads carry
   * content hashes in their names, so the same page draws the same plots, and a build with nothing changed opens no page.
   */
  cache?: string;
}

/**
 * Adds to each page, as templates, the charts it draws on a phone's first screen; figure.ts shows them without running Plot.
 * Without a browser, or if it fails, the pages are left as Framework built them and draw every chart themselves.
 */
export async function prerenderCharts(dir: string, {log = console.log, cache}: PrerenderOptions = {}): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    log(`prerender: no browser at ${chromiumPaths().join(" or ")} (CHROME_PATH names another), so the pages draw every chart in the browser`);
    return;
  }
  const files = readdirSync(dir, {recursive: true, encoding: "utf8"}).filter((name) => name.endsWith(".html"));
  // This script, the browser and the phone also decide what is drawn.
  const stamp = `${await readFile(new URL(import.meta.url), "utf8")}${chromiumStamp()}${JSON.stringify(PHONE)}`;
  // Every page as Framework wrote it (without what an earlier run added), keyed by its text and by the content of the data
  // files it loads: Framework names those by their time of writing too, and a deploy writes them anew each time.
  const pages = await Promise.all(
    files.map(async (file) => {
      const html = asBuilt(await readFile(join(dir, file), "utf8"));
      return {file, html, key: createHash("sha256").update(stamp).update(await contentOf(dir, html)).digest("hex").slice(0, 32)};
    })
  );
  const kept = cache ? await keptPlots(cache, pages.map(({key}) => key)) : new Map<string, Prerendered>();
  await Promise.all(pages.filter(({key}) => kept.has(key)).map(({file, html, key}) => writeFile(join(dir, file), withPrerendered(html, kept.get(key)!))));
  const toDraw = pages.filter(({key}) => !kept.has(key));
  if (toDraw.length) {
    const site = await serveSite(dir);
    const browser = await chromium.launch({executablePath, args: CHROMIUM_FLAGS});
    try {
      // Three at a time, as each page is mostly work for this machine's two cores.
      const next = () => toDraw.shift();
      const worker = async () => {
        for (let page = next(); page; page = next()) {
          const drawn = await prerenderPage(browser, site.url, dir, page.file, page.html);
          if (cache) await writeFile(join(cache, `${page.key}.json`), JSON.stringify(drawn));
        }
      };
      await Promise.all([worker(), worker(), worker()]);
    } finally {
      await browser.close();
      await site.close();
    }
  }
  if (cache) log(`prerender: ${pages.length - kept.size} page(s) drawn, ${kept.size} unchanged since the last build`);
}

/** What the build adds to a page: its first screen's plots, as templates, and the output of its first screen's other cells. */
interface Prerendered {
  plots: string;
  /** Each cell's output as HTML, by the cell's id. */
  cells: Record<string, string>;
  /** The title the page gives itself when its cells run (a page of a parameterized route names its own subject). */
  title: string;
}

/** The cached additions of these pages; entries no build used for a week are removed, so the folder does not grow. */
async function keptPlots(cache: string, keys: string[]): Promise<Map<string, Prerendered>> {
  await mkdir(cache, {recursive: true});
  const kept = new Map<string, Prerendered>();
  const now = new Date();
  for (const file of readdirSync(cache)) {
    const key = file.replace(/\.json$/, "");
    if (keys.includes(key)) {
      kept.set(key, JSON.parse(await readFile(join(cache, file), "utf8")) as Prerendered);
      await utimes(join(cache, file), now, now);
    } else if (now.getTime() - statSync(join(cache, file)).mtimeMs > WEEK_MS) await rm(join(cache, file), {force: true});
  }
  return kept;
}

/** The page's text with each data file's name replaced by its content's hash. */
async function contentOf(dir: string, html: string): Promise<string> {
  const names = [...new Set(html.match(DATA_FILES) ?? [])];
  const hashes = await Promise.all(names.map(async (name) => createHash("sha256").update(drawnContent(await readFile(join(dir, name.replace(/^(\.\.?\/)+/, ""))))).digest("hex")));
  // Framework also writes each file's time of writing into the page (registerFile's lastModified), and the policy hashes
  // the script that holds it: the file's content and the scripts themselves stand in for both.
  return names
    .reduce((text, name, i) => text.replaceAll(name, hashes[i]), html)
    .replace(/"lastModified":\d+,?/g, "")
    .replace(SEARCH_MODULE, "_observablehq/search.js")
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
}

/** The page as Framework wrote it: without the templates and cell outputs an earlier run added. */
function asBuilt(html: string): string {
  return html.replace(TEMPLATES, "").replace(PREFILLED, (_, was) => (was ? "<observablehq-loading></observablehq-loading>" : ""));
}

/**
 * The page with its plots and its cells' output: each output sits in the cell's loading mark, which Framework replaces
 * with the same output when the cell runs, so the first paint shows it and nothing moves when the page comes alive.
 */
function withPrerendered(html: string, {plots, cells, title}: Prerendered): string {
  let page = plots ? html.replace("</body>", `${plots}</body>`) : html;
  page = page.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(title)}</title>`);
  for (const [id, output] of Object.entries(cells)) {
    const root = `<!--:${id}:-->`;
    const loading = `<observablehq-loading></observablehq-loading>${root}`;
    const was = page.includes(loading);
    page = page.replace(was ? loading : root, () => `<observablehq-loading class="prefilled"${was ? ' data-was="loading"' : ""}><!--prefilled-->${output}<!--/prefilled--></observablehq-loading>${root}`);
  }
  return page;
}

/** Draws the page and adds its first screen's plots and cell outputs to it; returns them as written. */
async function prerenderPage(browser: Browser, url: string, dir: string, file: string, html: string): Promise<Prerendered> {
  const path = join(dir, file);
  await writeFile(path, html);
  for (let attempt = 1; ; ++attempt) {
    const page = await browser.newPage({viewport: PHONE});
    try {
      await page.goto(`${url}/${file}`);
      // Every cell has run once no loading mark is left; then the charts near the first screen are drawn one per task.
      await page.waitForFunction(() => !document.querySelector("observablehq-loading"), undefined, {timeout: 20_000});
      await page.evaluate(drawingDone, {slotClass: PLOT_SLOT_CLASS, ahead: DRAW_AHEAD_PX});
      // A page Chromium stopped drawing would keep only the plots drawn before: draw it once more on a new page (docs/chromium-stall.md).
      if (attempt === 1 && (await framesStalled(page))) continue;
      const drawn = {plots: (await page.evaluate(drawnCharts, PLOT_SLOT_CLASS)).map(template).join(""), cells: await page.evaluate(firstScreenCells), title: await page.title()};
      await writeFile(path, withPrerendered(html, drawn));
      return drawn;
    } finally {
      await within(page.close(), 5000);
    }
  }
}

/**
 * Runs in the page: resolves once every plot slot within the first screen's reach (the pixels the page draws ahead)
 * holds a plot and nothing changed for 300 ms (charts are drawn one per task, after Plot loads); gives up after 15 s.
 */
async function drawingDone({slotClass, ahead}: {slotClass: string; ahead: number}): Promise<void> {
  // No named functions here: tsx would wrap them in a helper the page does not have.
  for (let last = -1, stable = 0, waited = 0; stable < 3 && waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const slots = [...document.getElementsByClassName(slotClass)].filter((slot) => slot.getBoundingClientRect().top < innerHeight + ahead);
    const drawn = slots.filter((slot) => slot.querySelector(":scope > svg")).length;
    stable = drawn === last && drawn === slots.length ? stable + 1 : 0;
    last = drawn;
  }
}

/** Runs in the page: every chart frame whose plot is drawn, as the build saw it. */
function drawnCharts(slotClass: string): PrerenderedChart[] {
  return [...document.querySelectorAll("figure.chart")].flatMap((figure) => {
    const svg = figure.querySelector(`:scope > .${slotClass} > svg`);
    if (!svg || !figure.id) return [];
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("data-prerendered", "");
    return [{chart: figure.id, width: Number(svg.getAttribute("width")), svg: copy.outerHTML}];
  });
}

/**
 * Runs in the page: the output of each cell within two phone screens of the top (a desktop's first screen, too), as HTML,
 * by cell id. Charts are the frames' own business and the view bar has a slot of its height; the status line is written by the build.
 */
function firstScreenCells(): Record<string, string> {
  const cells: Record<string, string> = {};
  const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_COMMENT);
  for (let comment = walker.nextNode() as (Comment & {_nodes?: Node[]}) | null; comment; comment = walker.nextNode() as (Comment & {_nodes?: Node[]}) | null) {
    const id = /^:(\w+):$/.exec(comment.data)?.[1];
    const nodes = comment._nodes ?? [];
    if (!id || !nodes.length) continue;
    const elements = nodes.filter((node): node is Element => node.nodeType === 1);
    if (elements.some((e) => e.matches(".chart, .view-controls, .data-status, template") || e.querySelector(".chart, .view-controls, .data-status, svg, input, template"))) continue;
    const range = document.createRange();
    range.setStartBefore(nodes[0]);
    range.setEndAfter(nodes[nodes.length - 1]);
    if (range.getBoundingClientRect().top + scrollY > innerHeight * 2) continue;
    cells[id] = nodes.map((node) => (node.nodeType === 1 ? (node as Element).outerHTML : new XMLSerializer().serializeToString(node))).join("");
  }
  return cells;
}

function template(chart: PrerenderedChart): string {
  return `<template class="prerendered-chart" data-chart="${escapeAttribute(chart.chart)}" data-width="${chart.width}">${compactPlot(chart.svg)}</template>\n`;
}

/** Plot writes absolute coordinates to many decimals; relative ones to a hundredth of a pixel draw the same line in a fifth of the bytes. */
export function compactPlot(svg: string): string {
  return optimize(svg, {plugins: [{name: "convertPathData", params: {floatPrecision: 2}}]}).data;
}

function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
}

function escapeAttribute(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

// The charts a phone shows on opening a page, drawn at build time: the page adopts them instead of running Plot while it loads.
import {existsSync, readdirSync} from "node:fs";
import {readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {chromium, type Browser} from "playwright-core";
import {optimize} from "svgo";
import {serveSite} from "./serve.js";

/** The phone the charts are drawn for: 412 CSS px, many Android phones' width and Lighthouse's mobile one. */
export const PHONE = {width: 412, height: 823};
// Debian's Chromium here and in CI, Google Chrome on GitHub's runners; CHROME_PATH names another.
const browsers = () => (process.env.CHROME_PATH ? [process.env.CHROME_PATH] : ["/usr/bin/chromium", "/usr/bin/google-chrome"]);
/** Headless Chromium without sandbox, GPU or background traffic: the build's and the browser tests' flags. */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const TEMPLATES = /<template class="prerendered-chart"[^>]*>[\s\S]*?<\/template>\n/g;

interface PrerenderedChart {
  title: string;
  width: number;
  svg: string;
}

/**
 * Adds to each page, as templates, the charts it draws on a phone's first screen; figure.ts shows them without running Plot.
 * Without a browser, or if it fails, the pages are left as Framework built them and draw every chart themselves.
 */
export async function prerenderCharts(dir: string, log: (line: string) => void = console.log): Promise<void> {
  const executablePath = browsers().find((path) => existsSync(path));
  if (!executablePath) {
    log(`prerender: no browser at ${browsers().join(" or ")} (CHROME_PATH names another), so the pages draw every chart in the browser`);
    return;
  }
  const site = await serveSite(dir);
  const browser = await chromium.launch({executablePath, args: CHROMIUM_FLAGS});
  try {
    // Only pages with chart frames; three at a time, as each page is mostly work for this machine's two cores.
    const files = readdirSync(dir, {recursive: true, encoding: "utf8"}).filter((name) => name.endsWith(".html"));
    const withCharts = (await Promise.all(files.map(async (file) => ((await readFile(join(dir, file), "utf8")).includes("/components/figure.") ? [file] : [])))).flat();
    const next = () => withCharts.shift();
    const worker = async () => {
      for (let file = next(); file; file = next()) await prerenderPage(browser, site.url, dir, file);
    };
    await Promise.all([worker(), worker(), worker()]);
  } finally {
    await browser.close();
    await site.close();
  }
}

async function prerenderPage(browser: Browser, url: string, dir: string, file: string): Promise<void> {
  const path = join(dir, file);
  const html = (await readFile(path, "utf8")).replace(TEMPLATES, "");
  await writeFile(path, html);
  const page = await browser.newPage({viewport: PHONE});
  try {
    await page.goto(`${url}/${file}`);
    // Every cell has run once no loading mark is left; then the charts near the first screen are drawn one per task.
    await page.waitForFunction(() => !document.querySelector("observablehq-loading"), undefined, {timeout: 20_000});
    await page.evaluate(drawingDone);
    const charts = await page.evaluate(drawnCharts);
    if (charts.length) await writeFile(path, html.replace("</body>", `${charts.map(template).join("")}</body>`));
  } finally {
    await page.close();
  }
}

/**
 * Runs in the page: resolves once every plot slot within the first screen's reach (the 200 px the page draws ahead)
 * holds a plot and nothing changed for 300 ms (charts are drawn one per task, after Plot loads); gives up after 15 s.
 */
async function drawingDone(): Promise<void> {
  // No named functions here: tsx would wrap them in a helper the page does not have.
  for (let last = -1, stable = 0, waited = 0; stable < 3 && waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const slots = [...document.querySelectorAll(".chart-plot")].filter((slot) => slot.getBoundingClientRect().top < innerHeight + 200);
    const drawn = slots.filter((slot) => slot.querySelector(":scope > svg")).length;
    stable = drawn === last && drawn === slots.length ? stable + 1 : 0;
    last = drawn;
  }
}

/** Runs in the page: every chart frame whose plot is drawn, as the build saw it. */
function drawnCharts(): PrerenderedChart[] {
  return [...document.querySelectorAll("figure.chart")].flatMap((figure) => {
    const svg = figure.querySelector(":scope > .chart-plot > svg");
    const title = figure.querySelector(":scope > .chart-title")?.textContent;
    if (!svg || !title) return [];
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("data-prerendered", "");
    return [{title, width: Number(svg.getAttribute("width")), svg: copy.outerHTML}];
  });
}

function template(chart: PrerenderedChart): string {
  return `<template class="prerendered-chart" data-title="${escapeAttribute(chart.title)}" data-width="${chart.width}">${compactPlot(chart.svg)}</template>\n`;
}

/** Plot writes absolute coordinates to many decimals; relative ones to a hundredth of a pixel draw the same line in a fifth of the bytes. */
export function compactPlot(svg: string): string {
  return optimize(svg, {plugins: [{name: "convertPathData", params: {floatPrecision: 2}}]}).data;
}

function escapeAttribute(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

// Nothing on a page can be misread, checked on the real-data build: no line crosses a day nobody reported, such a day's
// tip says «нет данных», a column keeps one colour on every chart, and no English reaches the reader.
import assert from "node:assert/strict";
import {after, before, describe, test} from "node:test";
import type {Browser, Page} from "playwright-core";
import config from "../../observablehq.config.js";
import {serveSite, type Served} from "../../scripts/serve.js";
import {launchBrowser, openPage, stallRetried} from "../support/browser.js";
import {dayNumber, downloadCsv, drawnLines, legendColors, type ChartCsv} from "../support/charts.js";
import {builtSite} from "../support/site-build.js";

/** Line charts with gaps in their data, by page: each is checked against its own numbers. */
const LINE_CHARTS: Record<string, string[]> = {
  "/cases.html": ["new-cases", "cases-30-days", "invitro-positive"],
  "/deaths.html": ["deaths-daily", "deaths-total", "deaths-30-days"],
  "/tests.html": ["tests-daily", "tests-total"],
  "/capacity.html": ["new-cases-recovered", "hospitalized", "active-cases"]
};

/**
 * Latin words a Russian reader meets in any case: terms, formats and names («Спутник V»). Code, file names, links to other sites and the
 * data page's warnings (which quote the sheet's cells and headers as the sheet writes them: data!F402, «30days_1000») are not counted.
 */
const ALLOWED = new Set(["COVID-19", "IR4", "IR7", "IgG", "Invitro", "CSV", "SVG", "PNG", "GitHub", "Google", "MIT", "Observable", "Framework", "Plot", "V", "Frictionless", "Data", "Actions", "Streamlit"]);

let browser: Browser;
let site: Served;
before(async () => {
  site = await serveSite(builtSite("real"));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Runs of consecutive reported days in a series: what a line may join. */
function runs(csv: ChartCsv, column: number): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const row of csv.rows) {
    if (row[column] === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(row[0]);
  }
  if (run.length) out.push(run);
  return out;
}

async function checkLines(page: Page, chartId: string): Promise<void> {
  await page.locator(`figure#${chartId}`).scrollIntoViewIfNeeded();
  await page.locator(`figure#${chartId} .chart-plot > svg`).waitFor();
  const {csv} = await downloadCsv(page, chartId);
  const colors = await legendColors(page, chartId);
  const {lines} = await drawnLines(page, chartId);
  const labels = csv.head.slice(1).map((h) => h.replace(/, [^,]+$/, ""));
  const single = labels.length === 1 ? Object.keys(lines) : [];
  for (const [i, label] of labels.entries()) {
    const color = single[0] ?? colors[label];
    assert.ok(color && lines[color], `${chartId}: a line for «${label}» (colour ${color})`);
    const expected = runs(csv, i + 1);
    const drawn = lines[color];
    assert.equal(drawn.length, expected.length, `${chartId} «${label}»: ${drawn.length} pieces of line for ${expected.length} runs of reported days`);
    // Pixels per day, from the first and last reported days of the series.
    const [first, last] = [expected[0][0], expected.at(-1)!.at(-1)!];
    const pixels = (drawn.at(-1)!.at(-1)![0] - drawn[0][0][0]) / (dayNumber(last) - dayNumber(first));
    drawn.forEach((piece, p) => {
      assert.equal(piece.length, expected[p].length, `${chartId} «${label}»: piece ${p} has ${piece.length} points for ${expected[p].length} days from ${expected[p][0]}`);
      for (let k = 1; k < piece.length; ++k) {
        const days = (piece[k][0] - piece[k - 1][0]) / pixels;
        assert.ok(Math.abs(days - 1) < 0.05, `${chartId} «${label}»: a segment spans ${days.toFixed(2)} days after ${expected[p][k - 1]}`);
      }
    });
  }
}

describe("no line segment spans a day nobody reported (each path checked against the chart's own numbers)", () => {
  for (const [path, charts] of Object.entries(LINE_CHARTS)) {
    for (const width of [1280, 375]) {
      test(`${path} at ${width} px`, () =>
        stallRetried(browser, async (newPage) => {
          const page = await newPage({viewport: {width, height: 900}, acceptDownloads: true});
          await openPage(page, site.url + path);
          // A phone shows the build's plots (compacted paths) until a reader points at them: point, so Plot draws them live.
          for (const chart of charts) {
            const plot = page.locator(`figure#${chart} .chart-plot`);
            await plot.scrollIntoViewIfNeeded();
            await plot.dispatchEvent("pointerenter");
            await page.locator(`figure#${chart} .chart-plot > svg:not([data-prerendered])`).waitFor();
            await checkLines(page, chart);
          }
        }));
    }
  }
});

test("hovering a day nobody reported shows «нет данных» for that series", () =>
  stallRetried(browser, async (newPage) => {
    const page = await newPage({viewport: {width: 1280, height: 900}, acceptDownloads: true});
    await openPage(page, `${site.url}/cases.html`);
    const chart = "new-cases";
    const {csv} = await downloadCsv(page, chart);
    // A day when new cases were reported but the forms of the disease were not, inside the span the forms were reported.
    const respiratory = csv.head.findIndex((h) => h.startsWith("С ОРВИ"));
    const reported = csv.rows.filter((row) => row[respiratory] !== null);
    const blank = csv.rows.find((row) => row[0] > reported[0][0] && row[0] < reported.at(-1)![0] && row[respiratory] === null && row[1] !== null);
    assert.ok(blank, "the real data have such a day");
    const svg = page.locator(`figure#${chart} .chart-plot > svg`);
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    const {lines} = await drawnLines(page, chart);
    const total = Object.values(lines).sort((a, b) => b.flat().length - a.flat().length)[0];
    const [x0, x1] = [total[0][0][0], total.at(-1)!.at(-1)![0]];
    const [d0, d1] = [dayNumber(csv.rows[0][0]), dayNumber(csv.rows.at(-1)![0])];
    const x = x0 + ((dayNumber(blank[0]) - d0) / (d1 - d0)) * (x1 - x0);
    await page.mouse.move(box.x + x - 20, box.y + box.height / 2);
    await page.mouse.move(box.x + x, box.y + box.height / 2);
    const tip = page.locator(`figure#${chart} g[aria-label="tip"]`);
    await tip.waitFor({state: "attached", timeout: 5000});
    await page.waitForFunction((id) => /С ОРВИ: нет данных/.test(document.querySelector(`figure#${id} g[aria-label="tip"]`)?.textContent ?? ""), chart, {timeout: 5000});
    assert.match((await tip.textContent()) ?? "", /Новые случаи: [\d\u00a0]+.*С ОРВИ: нет данных/s);
  }));

test("a column keeps one colour on every chart of the site", () =>
  stallRetried(browser, async (newPage) => {
    const page = await newPage({viewport: {width: 1280, height: 900}});
    const seen = new Map<string, {color: string; where: string}>();
    const clashes: string[] = [];
    for (const {path} of config.pages) {
      await openPage(page, `${site.url}${path === "/" ? "/index" : path}.html`);
      for (const chart of await page.locator("figure.chart[id]").evaluateAll((figures) => figures.map((f) => f.id))) {
        for (const [label, color] of Object.entries(await legendColors(page, chart))) {
          const where = `${path}#${chart}`;
          const earlier = seen.get(label);
          if (!earlier) seen.set(label, {color, where});
          else if (earlier.color !== color) clashes.push(`«${label}»: ${earlier.color} at ${earlier.where}, ${color} at ${where}`);
        }
      }
    }
    assert.ok(seen.size > 10, `${seen.size} series seen`);
    assert.deepEqual(clashes, []);
  }));

/** Every page of the sidebar, and three of the municipalities' own pages (each is the same page with another town's data). */
const READ_PAGES = [...config.pages.map(({path}) => (path === "/" ? "/index" : path)), "/municipalities/kaliningrad", "/municipalities/ozyorsk", "/municipalities/yantarny"];

test("no English on a reader's screen, on any page at any width", () =>
  stallRetried(browser, async (newPage) => {
    const found: string[] = [];
    for (const width of [1280, 375]) {
      const page = await newPage({viewport: {width, height: 900}});
      for (const path of READ_PAGES) {
        await openPage(page, `${site.url}${path}.html`);
        const text = await page.evaluate(() => {
          const body = document.body.cloneNode(true) as HTMLElement;
          for (const skipped of body.querySelectorAll("code, pre, a[href^='http'], script, style, template, .data-warnings")) skipped.remove();
          document.body.append(body);
          body.style.cssText = "position: absolute; left: -99999px; width: 1000px";
          const visible = body.innerText;
          body.remove();
          return visible;
        });
        for (const [word] of text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g)) if (!ALLOWED.has(word)) found.push(`${path} at ${width} px: «${word}»`);
      }
    }
    assert.deepEqual([...new Set(found)], []);
  }));

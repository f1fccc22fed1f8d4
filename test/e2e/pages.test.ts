// Every page in the sidebar, in a real browser, at desktop and phone widths, light and dark: drawn, no errors, nothing from other hosts, accessible.
import assert from "node:assert/strict";
import {readdirSync, readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import type {Browser, Page} from "playwright-core";
import config from "../../observablehq.config.js";
import {PHONE} from "../../scripts/prerender.js";
import {serveSite, type Served} from "../../scripts/serve.js";
import {launchBrowser, openLists, openPage, revealAll, shownErrors, stallRetried, type NewPage} from "../support/browser.js";
import {builtSite} from "../support/site-build.js";

const pages = config.pages.map((p) => ({name: p.name, path: p.path === "/" ? "/index.html" : `${p.path}.html`}));
const views = [
  {width: 1280, colorScheme: "light"},
  {width: 375, colorScheme: "dark"}
] as const;
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: {target: string[]}[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(() => (window as unknown as {axe: {run: () => Promise<{violations: unknown[]}>}}).axe.run().then((r) => r.violations))) as AxeViolation[];
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
}

function checkSite(label: string, dist: () => string, status: RegExp) {
  let browser: Browser;
  let site: Served;
  before(async () => {
    site = await serveSite(dist());
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  for (const {name, path} of pages) {
    for (const {width, colorScheme} of views) {
      test(`${label}: ${name} (${path}) at ${width}px ${colorScheme}`, () =>
        stallRetried(browser, async (newPage) => {
          // The CSP forbids injected scripts, axe's included: bypass it for the test only.
          const page = await newPage({viewport: {width, height: 900}, colorScheme, bypassCSP: true});
          const report = await openPage(page, site.url + path);
          assert.deepEqual(report.pageErrors, [], "uncaught errors");
          assert.deepEqual(report.consoleErrors, [], "console errors");
          assert.deepEqual(report.failedRequests, [], "failed requests");
          assert.deepEqual(report.otherHosts, [], "requests to other hosts");
          assert.deepEqual(await shownErrors(page), [], "errors shown on the page");
          assert.equal(await page.getAttribute("html", "lang"), "ru");
          // What a page builds only when opened (the data page's column lists) is checked opened, as a reader sees it.
          await openLists(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
          assert.ok((await page.locator("figure.chart svg, .card, table").count()) > 0, "nothing drawn");
          const mixedAxes = await page.locator('figure.chart svg g[aria-label="y-axis tick label"]').evaluateAll((axes) =>
            axes.map((axis) => [...axis.querySelectorAll("text")].map((text) => text.textContent ?? "")).filter((labels) => labels.some((l) => l.includes("тыс.")) && labels.some((l) => /^\d{1,3}(\u00a0\d{3})+$/.test(l)))
          );
          assert.deepEqual(mixedAxes, [], "a y axis mixes «9 000» with «14 тыс.»");
          assert.match((await page.locator(".data-status").allInnerTexts()).join(" "), status, "the status line says how old the data are");
          assert.deepEqual(await seriousViolations(page), [], "axe-core: serious or critical violations");
        }));
    }
  }
}

describe("the real-data default (the bundled snapshot)", () => checkSite("real", () => builtSite("real"), /^Данные до 7 июня 2023 года: сбор данных прекращён\. О данных$/));
describe("the generated sample, read as the sheet", () => checkSite("sample", () => builtSite("sample"), /^Данные до 7 июня 2023 года: сбор данных прекращён\. О данных$/));

/** The built site served on loopback and a browser, both closed once `use` is done with the pages it opened (stallRetried). */
async function withSite(use: (url: string, newPage: NewPage) => Promise<void>): Promise<void> {
  const site = await serveSite(builtSite("real"));
  const browser = await launchBrowser();
  try {
    await stallRetried(browser, (newPage) => use(site.url, newPage));
  } finally {
    await browser.close();
    await site.close();
  }
}

test("a chart shows the day's values under the pointer, and its legend highlights a series", () =>
  withSite(async (url, newPage) => {
    const page = await newPage({viewport: {width: 1280, height: 900}});
    const report = await openPage(page, url + "/cases.html");
    const chart = page.locator("figure.chart").first();
    const plot = chart.locator(".chart-plot svg").first();
    // The hover marks are added when the reader first points at the plot: the tip must still come on the first visit.
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.62, box.y + box.height * 0.5);
    const tip = chart.locator('g[aria-label="tip"]');
    await tip.waitFor({state: "attached", timeout: 5000});
    assert.match(await tip.textContent() ?? "", /\d{1,2} [а-я]{3}\.? \d{4}.*Новые случаи: [\d\u00a0 ]+/s);
    await chart.locator(".chart-legend-item").first().click();
    assert.equal(await chart.locator(".chart-legend-item").first().getAttribute("aria-pressed"), "true");
    assert.deepEqual([...report.pageErrors, ...report.consoleErrors], []);
  }));

test("on a 412 px phone the first charts are the build's (scripts/prerender.ts), and pointing draws them live with the tip", () =>
  withSite(async (url, newPage) => {
    const phone = await newPage({viewport: PHONE});
    const report = await openPage(phone, url + "/cases.html");
    const chart = phone.locator("figure.chart").first();
    const prerendered = chart.locator(".chart-plot > svg[data-prerendered]");
    assert.equal(await prerendered.count(), 1, "the first chart shows the plot the build drew");
    assert.equal(await prerendered.getAttribute("aria-label"), await chart.locator(".chart-title").textContent());
    assert.equal(await phone.locator("template.prerendered-chart").count(), 0, "every template was taken by its chart");
    // Plot is fetched once the page has painted (src/components/plot.ts), not with the modules the first paint waits for.
    const requested = await phone.waitForFunction(() => performance.getEntriesByType("resource").find((entry) => entry.name.includes("/@observablehq/plot@"))?.startTime, undefined, {timeout: 5000});
    const plotRequested = (await requested.jsonValue()) as number;
    const firstPaint = await phone.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
    assert.ok(plotRequested > firstPaint, `Plot was requested at ${plotRequested} ms, before the first paint at ${firstPaint} ms`);
    await prerendered.scrollIntoViewIfNeeded();
    const box = (await prerendered.boundingBox())!;
    await phone.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await phone.mouse.move(box.x + box.width * 0.62, box.y + box.height * 0.5);
    await chart.locator('g[aria-label="tip"]').waitFor({state: "attached", timeout: 5000});
    assert.equal(await chart.locator(".chart-plot > svg[data-prerendered]").count(), 0, "Plot drew it again once pointed at");
    assert.deepEqual([...report.pageErrors, ...report.consoleErrors], []);
    // At another width the build's plot would not fit: the page draws its own.
    const desktop = await newPage({viewport: {width: 1280, height: 900}});
    await openPage(desktop, url + "/cases.html");
    assert.equal(await desktop.locator("svg[data-prerendered]").count(), 0);
    assert.ok((await desktop.locator("figure.chart .chart-plot > svg").count()) > 0);
  }));

test("a long page builds at load only the charts near the first screen, keeps the others' space, and builds them as the reader scrolls (src/components/near.ts)", () =>
  withSite(async (url, newPage) => {
    const phone = await newPage({viewport: PHONE});
    await phone.addInitScript(() => {
      const shifts: number[] = ((window as unknown as {shifts: number[]}).shifts = []);
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as {value: number}).value))).observe({type: "layout-shift", buffered: true});
    });
    const report = await openPage(phone, url + "/demographics.html", {reveal: false});
    const figures = await phone.locator("figure.chart").count();
    const pending = phone.locator(".pending");
    const pendingTops = await pending.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().top));
    assert.ok(pendingTops.length >= figures / 2, `${pendingTops.length} of ${figures} charts wait for the reader`);
    assert.ok(pendingTops.every((top) => top > PHONE.height), `a chart on the first screen was left unbuilt (tops ${pendingTops.join(", ")})`);
    assert.ok((await phone.locator("figure.chart .chart-plot > svg").count()) > 0, "the first chart is drawn");
    assert.equal(await phone.locator(".small-multiple").count(), 0, "the small multiples at the bottom wait");
    const titles = await phone.locator("main .chart-title").allInnerTexts();
    assert.deepEqual(await phone.evaluate(() => (window as unknown as {shifts: number[]}).shifts), [], "nothing moved while the page loaded");
    await revealAll(phone);
    assert.equal(await pending.count(), 0, "every chart is built once scrolled to");
    assert.deepEqual(titles, await phone.locator("main figure.chart .chart-title").allInnerTexts(), "every chart's title is on the page from the start");
    assert.ok((await phone.locator(".small-multiple svg").count()) > 0, "the small multiples are drawn");
    assert.deepEqual([...report.pageErrors, ...report.consoleErrors], []);
    // A table far down the page waits the same way (builtNear), in about its own height.
    const towns = await openPage(phone, url + "/municipalities.html", {reveal: false});
    assert.equal(await phone.locator("table.ranking").count(), 0, "the ranking table waits for the reader");
    const kept = await phone.locator(".ranking-box > .pending").evaluate((placeholder) => placeholder.getBoundingClientRect().height);
    await revealAll(phone);
    const built = await phone.locator(".table-scroll:has(table.ranking)").evaluate((table) => table.getBoundingClientRect().height);
    assert.ok(Math.abs(built - kept) < 30, `the table's placeholder kept ${kept} px for a table of ${built} px`);
    assert.deepEqual([...towns.pageErrors, ...towns.consoleErrors], []);
  }));

test("when Plot cannot be fetched, the empty chart slots say so, the rest of the page works, and a tap asks again", () =>
  withSite(async (url, newPage) => {
    const desktop = await newPage({viewport: {width: 1280, height: 900}});
    let cut = true;
    await desktop.route(/\/@observablehq\/plot@/, (route) => (cut ? route.abort("connectionreset") : route.continue()));
    const report = await openPage(desktop, url + "/cases.html");
    const chart = desktop.locator("figure.chart").first();
    await chart.locator(".chart-plot .chart-no-data").waitFor({timeout: 5000});
    assert.match(await chart.locator(".chart-plot").innerText(), /График не загрузился/);
    assert.deepEqual(report.pageErrors, [], "no uncaught error");
    assert.ok(report.consoleErrors.some((text) => /dynamically imported module|Failed to fetch/i.test(text)), report.consoleErrors.join("\n"));
    assert.ok((await desktop.locator(".card, h1").count()) > 0, "the text and cards are there");
    cut = false;
    await chart.locator(".chart-plot").click();
    await chart.locator(".chart-plot > svg").waitFor({timeout: 5000});
  }));

test("no page preloads Plot or d3; Plot is fetched as one self-contained module (scripts/plot-bundle.ts, src/components/plot.ts, scripts/bundle-modules.ts)", () => {
  for (const {path} of pages) {
    const html = readFileSync(join(builtSite("real"), path), "utf8");
    const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(preloads.filter((href) => /_node\/d3@|d3-geo|d3-delaunay|@observablehq\/plot/.test(href)), [], `${path} preloads modules the first paint should not wait for`);
  }
  const bundled = join(builtSite("real"), "_import/bundled");
  const loaders = readdirSync(bundled).flatMap((file) => [...readFileSync(join(bundled, file), "utf8").matchAll(/import\("([^"]*@observablehq\/plot@[^"]*)"\)/g)].map((m) => m[1]));
  assert.equal(loaders.length, 1, "one module imports Plot, once");
  assert.match(loaders[0], /_node\/@observablehq\/plot@[\d.]+\/index\.\w+\.js$/);
  const bundle = readFileSync(join(bundled, loaders[0]), "utf8");
  assert.doesNotMatch(bundle, /^import\b|\bfrom\s*["']/m, "the bundle imports nothing else");
});

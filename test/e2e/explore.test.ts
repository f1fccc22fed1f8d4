// The cases page as an explorable notebook, on the real-data build: every control changes what is drawn (checked against
// sums done here from the bundled snapshot), goes into the address, survives a reload and Back; the table, CSV, SVG, PNG
// and link of a chart give what it shows.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import type {Browser, Page} from "playwright-core";
import {serveSite, type Served} from "../../scripts/serve.js";
import {launchBrowser, openPage, stallRetried} from "../support/browser.js";
import {downloadCsv, type ChartCsv} from "../support/charts.js";
import {parseCsvText} from "../support/reference.js";
import config from "../../observablehq.config.js";
import {builtSite, ROOT} from "../support/site-build.js";

const CHART = "new-cases";
const POPULATION = 1_029_966;

/** New cases by day, read here from the bundled snapshot with papaparse, independently of the site's code. */
const daily = (() => {
  const [head, ...rows] = parseCsvText(readFileSync(join(ROOT, "src/data/bundled/daily.csv"), "utf8"));
  const [date, cases] = [head.indexOf("date"), head.indexOf("newCases")];
  return rows.map((row) => ({date: row[date], cases: row[cases] === "" ? null : Number(row[cases])}));
})();

/** The trailing 7-day mean on day `i`, where at least 4 of the 7 days reported. */
function weekMean(i: number): number | null {
  const week = daily.slice(Math.max(0, i - 6), i + 1).filter((d) => d.cases !== null);
  return week.length >= 4 ? week.reduce((a, d) => a + d.cases!, 0) / week.length : null;
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b)));

function assertColumn(csv: ChartCsv, expected: (i: number) => number | null, from: string, what: string) {
  const start = daily.findIndex((d) => d.date === from);
  assert.equal(csv.rows[0][0], from, `${what}: the first day shown`);
  assert.equal(csv.rows.at(-1)![0], daily.at(-1)!.date, `${what}: the last day shown`);
  assert.equal(csv.rows.length, daily.length - start, `${what}: one row a day`);
  for (const [k, i] of [[0, start], [csv.rows.length - 1, daily.length - 1], [Math.floor(csv.rows.length / 2), start + Math.floor(csv.rows.length / 2)]]) {
    assert.ok(close(csv.rows[k][1] as number | null, expected(i)), `${what}: ${csv.rows[k][0]} shows ${csv.rows[k][1]}, computed here ${expected(i)}`);
  }
}

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

async function choose(page: Page, label: string) {
  await page.locator(".view-controls label", {hasText: label}).first().click();
  // The charts redraw when the view changes: wait for the frame to be rebuilt with the new subtitle.
  await page.waitForTimeout(300);
}

for (const width of [1280, 375]) {
  describe(`the cases page at ${width} px`, () => {
    test("each control changes the numbers drawn, the address, and a reload or Back gives them again", () =>
      stallRetried(browser, async (newPage) => {
        const page = await newPage({viewport: {width, height: 900}, acceptDownloads: true});
        await openPage(page, `${site.url}/cases.html`);
        assertColumn((await downloadCsv(page, CHART)).csv, (i) => daily[i].cases, daily[0].date, "all days, daily");

        await choose(page, "3 мес.");
        assert.match(page.url(), /\?period=3m$/);
        assertColumn((await downloadCsv(page, CHART)).csv, (i) => daily[i].cases, "2023-03-08", "the last 3 months");

        await choose(page, "Среднее за 7 дней");
        assert.match(page.url(), /\?period=3m&avg=7$/);
        assertColumn((await downloadCsv(page, CHART)).csv, weekMean, "2023-03-08", "7-day average");
        assert.match(await page.locator(`figure#${CHART} .chart-subtitle`).innerText(), /7-дневное среднее/);

        await choose(page, "На 100 000 жителей");
        assert.match(page.url(), /\?period=3m&avg=7&per=100k$/);
        const perCapita = (i: number) => (weekMean(i) === null ? null : (weekMean(i)! * 100_000) / POPULATION);
        const {csv: before} = await downloadCsv(page, CHART);
        assertColumn(before, perCapita, "2023-03-08", "per 100 000");
        assert.match(before.head[1], /на 100 000 жителей/);

        await choose(page, "Лог. шкала");
        assert.match(page.url(), /&scale=log$/);
        assert.match(await page.locator(`figure#${CHART} .chart-subtitle`).innerText(), /логарифмическая шкала/);

        await page.reload({waitUntil: "networkidle"});
        for (const checked of ["3 мес.", "Среднее за 7 дней", "На 100 000 жителей", "Лог. шкала"]) {
          assert.ok(await page.locator(".view-controls label", {hasText: checked}).first().locator("input").isChecked(), `«${checked}» is restored`);
        }
        assert.deepEqual((await downloadCsv(page, CHART)).csv, before, "the same numbers after a reload");

        await page.goBack();
        await page.waitForTimeout(300);
        assert.match(page.url(), /\?period=3m&avg=7&per=100k$/);
        assert.equal(await page.locator(".view-controls label", {hasText: "Лог. шкала"}).locator("input").isChecked(), false, "Back undid the log scale");
        assert.deepEqual((await downloadCsv(page, CHART)).csv, before);
      }));

    test("a period brushed on the overview under «Даты…» is the period of every chart", () =>
      stallRetried(browser, async (newPage) => {
        const page = await newPage({viewport: {width, height: 900}, acceptDownloads: true, hasTouch: width < 500});
        await openPage(page, `${site.url}/cases.html`);
        await page.locator(".view-controls label", {hasText: "Даты…"}).click();
        const overview = page.locator(".view-brush svg");
        await overview.waitFor({timeout: 10_000});
        const box = (await overview.boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.55, box.y + 15);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.7, box.y + 15, {steps: 5});
        await page.mouse.up();
        await page.waitForURL(/\?period=\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d$/);
        const [, from, to] = page.url().match(/period=([\d-]+)_([\d-]+)/)!;
        assert.ok(from >= "2021-06-01" && from < to && to <= "2022-12-31", `brushed ${from} to ${to}`);
        const {csv} = await downloadCsv(page, CHART);
        assert.deepEqual([csv.rows[0][0], csv.rows.at(-1)![0]], [from, to], "the chart shows the brushed days");
        assert.deepEqual([await page.locator('.view-range input[aria-label="С какого дня"]').inputValue(), await page.locator('.view-range input[aria-label="По какой день"]').inputValue()], [from, to], "the date fields say the same");
      }));

    test("a picked series and a linked chart are in the address; nonsense in it is ignored", () =>
      stallRetried(browser, async (newPage) => {
        const page = await newPage({viewport: {width, height: 900}});
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await openPage(page, `${site.url}/cases.html`);
        const item = page.locator(`figure#${CHART} .chart-legend-item`, {hasText: "С ОРВИ"});
        await item.click();
        assert.match(page.url(), /\?pick=new-cases\.respiratory$/);
        await page.reload({waitUntil: "networkidle"});
        assert.equal(await page.locator(`figure#${CHART} .chart-legend-item`, {hasText: "С ОРВИ"}).getAttribute("aria-pressed"), "true");

        await page.goto(`${site.url}/cases.html?period=99m&avg=x&per=1&scale=lin&pick=../x&pick=new-cases.nothing#cases-total`, {waitUntil: "networkidle"});
        await page.waitForTimeout(500);
        assert.ok(await page.locator(".view-controls label", {hasText: "Всё"}).locator("input").isChecked());
        assert.equal(await page.locator(`figure#${CHART} .chart-legend-item[aria-pressed="true"]`).count(), 0);
        const top = await page.locator("figure#cases-total").evaluate((figure) => figure.getBoundingClientRect().top);
        assert.ok(Math.abs(top) < 120, `the linked chart is on screen (top at ${top} px)`);
        assert.deepEqual(errors, []);
      }));

    test("the table shows the CSV's numbers; the SVG and PNG are pictures of the chart; the link opens this view", () =>
      stallRetried(browser, async (newPage) => {
        const page = await newPage({viewport: {width, height: 900}, acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"]});
        await openPage(page, `${site.url}/cases.html?period=6m&avg=7`);
        const {csv, name, bytes} = await downloadCsv(page, CHART);
        assert.equal(name, "new-cases_period-6m-avg-7.csv");
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a byte-order mark, for Excel");
        const table = page.locator(`figure#${CHART} .chart-table`);
        await page.locator(`figure#${CHART} .chart-action[data-action="table"]`).click();
        await table.waitFor();
        assert.equal(await page.locator(`figure#${CHART} .chart-plot`).isVisible(), false, "the table takes the plot's place");
        const shown = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")));
        assert.equal(shown.length, csv.rows.length);
        const number = (text: string) => (text === "нет данных" ? null : Number(text.replace(/[\s\u00a0]/g, "").replace(",", ".").replace("−", "-")));
        shown.forEach((cells, i) => cells.slice(1).forEach((text, j) => {
          const value = csv.rows[i][j + 1] as number | null;
          // Counts whole, an average with one decimal (a whole one from 1 000 up), as formatAverage shows it.
          const shown = value === null ? null : Number.isInteger(value) || Math.abs(value) >= 1000 ? Math.round(value) : Math.round(value * 10) / 10;
          assert.ok(close(number(text), shown), `row ${i} «${text}» against ${value}`);
        }));
        await table.locator("th button").nth(1).click();
        const sorted = await table.locator("tbody tr td:first-of-type").allInnerTexts();
        assert.deepEqual(sorted.map(number).filter((v) => v !== null), [...sorted.map(number).filter((v) => v !== null)].sort((a, b) => b! - a!), "a click on a heading sorts by it, largest first");
        await page.locator(`figure#${CHART} .chart-action[data-action="table"]`).click();
        await table.waitFor({state: "detached"});
        assert.ok(await page.locator(`figure#${CHART} .chart-plot`).isVisible(), "back to the chart");

        for (const [action, check] of [
          ["svg", (file: Buffer) => assert.match(file.toString("utf8"), /^<svg [^>]*width="\d+" height="\d+"[\s\S]*Новые случаи и формы болезни[\s\S]*<svg[\s\S]*<\/svg>$/)],
          ["png", (file: Buffer) => {
            assert.deepEqual([...file.subarray(1, 4)], [0x50, 0x4e, 0x47], "a PNG");
            assert.ok(file.readUInt32BE(16) >= 600 && file.length > 20_000, `a real picture: ${file.readUInt32BE(16)} px wide, ${file.length} bytes`);
          }]
        ] as const) {
          const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`figure#${CHART} .chart-action[data-action="${action}"]`).click()]);
          assert.equal(download.suggestedFilename(), `new-cases_period-6m-avg-7.${action}`);
          check(readFileSync((await download.path())!));
        }

        const link = page.locator(`figure#${CHART} .chart-action[data-action="link"]`);
        await link.click();
        // The button says so once the clipboard has the link: the copy is asynchronous.
        await page.waitForFunction((button) => button?.textContent === "Скопировано", await link.elementHandle());
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}/cases.html?period=6m&avg=7#new-cases`);
      }));
  });
}

test("every municipality's page opens at 1280 and 375 px with its name, its charts and no error; the municipalities page links to each", () =>
  stallRetried(browser, async (newPage) => {
    const towns = (config.dynamicPaths as string[]).filter((path) => path.startsWith("/municipalities/"));
    assert.equal(towns.length, 22);
    for (const width of [1280, 375]) {
      const page = await newPage({viewport: {width, height: 900}});
      const list = await openPage(page, `${site.url}/municipalities.html`, {reveal: true});
      const linked = await page.locator('main a[href*="municipalities/"]').evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/\.html$/, "")))]);
      assert.deepEqual(linked.sort(), [...towns].sort(), "the municipalities page links to every municipality's page");
      assert.deepEqual([...list.pageErrors, ...list.consoleErrors, ...list.failedRequests], []);
      for (const town of towns) {
        // Scrolled through: a chart frame is built as the reader comes near it.
        const report = await openPage(page, `${site.url}${town}.html`, {reveal: true});
        assert.deepEqual([...report.pageErrors, ...report.consoleErrors, ...report.failedRequests, ...report.otherHosts], [], town);
        const name = (await page.locator("main h1").innerText()).trim();
        assert.ok(name.length > 3 && !/Городской округ$/.test(name), `${town}: named «${name}»`);
        assert.equal(await page.title(), `${name} | COVID-19 в Калининградской области`, `${town}: the tab says whose page it is`);
        assert.ok((await page.locator("figure.chart").count()) >= 2, `${town}: its charts`);
      }
    }
  }));

test("the site's search finds pages by Russian words, «ё» or «е» alike, and says so in Russian", () =>
  stallRetried(browser, async (newPage) => {
    const page = await newPage({viewport: {width: 1280, height: 900}});
    await openPage(page, `${site.url}/index.html`, {reveal: false});
    const box = page.locator("#observablehq-search input");
    assert.equal(await box.getAttribute("placeholder"), "Поиск");
    for (const [query, path] of [["Озерский", "/municipalities/ozyorsk"], ["Озёрский", "/municipalities/ozyorsk"], ["вакцинация", "/vaccination"], ["ОРВИ", "/cases"]] as const) {
      await box.fill(query);
      const results = page.locator("#observablehq-search-results");
      await results.locator("ol li a").first().waitFor({timeout: 10_000});
      const hrefs = await results.locator("ol li a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/\.html$/, "")));
      assert.ok(hrefs.includes(path), `«${query}» finds ${path}: ${hrefs.join(", ")}`);
      assert.match(await results.locator(":scope > div").first().innerText(), /^найдено страниц: \d+$/);
    }
    await box.fill("эпидемиологиякакаятонесуществующая");
    await page.locator("#observablehq-search-results", {hasText: "ничего не найдено"}).waitFor({timeout: 5000});
  }));

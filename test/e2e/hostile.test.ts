// Sheet text is untrusted: markup in a header, a region name or a bad cell must show as text and never run.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {after, before, describe, test} from "node:test";
import type {Browser} from "playwright-core";
import {serveSite, type Served} from "../../scripts/serve.js";
import {launchBrowser, openLists, openPage, stallRetried} from "../support/browser.js";
import {parseCsvText, toGvizCsv} from "../support/reference.js";
import {buildSite} from "../support/site-build.js";

const sample = (tab: string) => readFileSync(new URL(`../fixtures/sample/${tab}.csv`, import.meta.url), "utf8");
const HEADER_ATTACK = `<img src=x onerror="window.__pwned='header'">`;
const CELL_ATTACK = `<script>window.__pwned='cell'</script>`;
const REGION_ATTACK = `<img src=y onerror="window.__pwned='region'">`;

/** The data tab with a new numeric column under a hostile header, and a hostile text in a count. */
function hostileData(): string {
  const [header, ...rows] = parseCsvText(sample("data"));
  return toGvizCsv([[...header, HEADER_ATTACK], ...rows.map((row, i) => [...row.map((cell, j) => (i === 10 && j === 2 ? CELL_ATTACK : cell)), String(i % 7)])]);
}

function hostileMunic(): string {
  const region = REGION_ATTACK.replaceAll('"', '""');
  const extra = [21, 22, 23, 24, 25].map((day, i) => `"${9000 + i}","${day}.05.2020","${region}","${i + 1}"`);
  return [...sample("munic").trimEnd().split("\n"), ...extra].join("\n") + "\n";
}

describe("hostile text from the sheet", () => {
  let browser: Browser;
  let site: Served;
  before(async () => {
    const dist = await buildSite("hostile", {tabs: {data: hostileData(), destrib: sample("destrib"), rosstat: sample("rosstat"), munic: hostileMunic()}});
    site = await serveSite(dist);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [page, expected] of [
    ["data.html", [HEADER_ATTACK, CELL_ATTACK, REGION_ATTACK]],
    ["municipalities.html", []]
  ] as const) {
    test(`${page}: nothing runs, and the text shows as text`, () =>
      stallRetried(browser, async (newPage) => {
        const tab = await newPage();
        const report = await openPage(tab, `${site.url}/${page}`);
        await tab.waitForTimeout(300);
        assert.equal(await tab.evaluate(() => (window as unknown as {__pwned?: string}).__pwned), undefined, "injected code ran");
        assert.ok(!report.failedRequests.some((r) => /\/(x|y)\b/.test(r)), "an injected <img> was loaded");
        assert.equal(await tab.locator("img[src=x], img[src=y], main script").count(), 0, "injected elements are in the page");
        // The field lists are built when opened.
        await openLists(tab);
        const text = (await tab.locator("main").textContent()) ?? "";
        for (const attack of expected) assert.ok(text.includes(attack), `«${attack}» is not shown as text`);
      }));
  }
});

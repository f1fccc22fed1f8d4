// Every page of the built site, in a real browser, at desktop and phone widths.
import assert from "node:assert/strict";
import {after, before, describe, test} from "node:test";
import type {Browser} from "playwright-core";
import config from "../../observablehq.config.js";
import {serveSite, type Served} from "../../bench/serve.js";
import {launchBrowser, openPage, shownErrors} from "../support/browser.js";

const pages = config.pages.map((p) => ({name: p.name, path: p.path === "/" ? "/index.html" : `${p.path}.html`}));
const widths = [1280, 375];

describe("built pages in Chromium", () => {
  let browser: Browser;
  let site: Served;
  before(async () => {
    site = await serveSite("dist");
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const {name, path} of pages) {
    for (const width of widths) {
      test(`${name} (${path}) at ${width}px: drawn, no errors, nothing from other hosts`, async () => {
        const page = await browser.newPage({viewport: {width, height: 900}});
        try {
          const report = await openPage(page, site.url + path);
          assert.deepEqual(report.pageErrors, [], "uncaught errors");
          assert.deepEqual(report.consoleErrors, [], "console errors");
          assert.deepEqual(report.failedRequests, [], "failed requests");
          assert.deepEqual(report.otherHosts, [], "requests to other hosts");
          assert.deepEqual(await shownErrors(page), [], "errors shown on the page");
          assert.equal(await page.getAttribute("html", "lang"), "ru");
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
          assert.ok((await page.locator("figure.chart svg, .card, table").count()) > 0, "nothing drawn");
        } finally {
          await page.close();
        }
      });
    }
  }
});

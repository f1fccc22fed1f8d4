// The browser tests' guard against headless Chromium's frame stalls (stallRetried): a stalled page is tried again, any other failure is not.
import assert from "node:assert/strict";
import {after, before, test} from "node:test";
import type {Browser, Page} from "playwright-core";
import {serveSite, type Served} from "../../scripts/serve.js";
import {FramesStalled, launchBrowser, revealAll, stallRetried} from "../support/browser.js";

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

/** A page that asks for animation frames and never gets one, as a stalled page does. */
async function stall(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0;
  });
}

test("a body whose page stops drawing is run again on new pages, whether the stall or its effect is what failed", async () => {
  const opened: Page[] = [];
  await stallRetried(browser, async (newPage) => {
    const page = await newPage();
    opened.push(page);
    await page.goto(`${site.url}/about.html`);
    if (opened.length === 1) {
      await stall(page);
      await assert.rejects(revealAll(page), FramesStalled);
      throw new FramesStalled("revealAll saw it");
    }
    if (opened.length === 2) {
      await stall(page);
      assert.fail("an assertion that failed because nothing was drawn");
    }
  });
  assert.equal(opened.length, 3);
  assert.ok(opened.every((page) => page.isClosed()), "every page is closed");
});

test("a failure on a page that draws is not retried, and a stall that lasts is reported", async () => {
  let runs = 0;
  await assert.rejects(
    stallRetried(browser, async (newPage) => {
      ++runs;
      await (await newPage()).goto(`${site.url}/about.html`);
      assert.fail("a real failure");
    }),
    /a real failure/
  );
  assert.equal(runs, 1);
  runs = 0;
  await assert.rejects(
    stallRetried(browser, async (newPage) => {
      ++runs;
      const page = await newPage();
      await page.goto(`${site.url}/about.html`);
      await stall(page);
      assert.fail("still stalled");
    }, 2),
    /still stalled/
  );
  assert.equal(runs, 2);
});

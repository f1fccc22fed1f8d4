// What the browser tests add to scripts/browser.ts (Chromium's launch, revealAll, stallRetried): a page opened with a record of what went wrong.
import type {Page} from "playwright-core";
import {revealAll} from "../../scripts/browser.js";

export {CHROME_PATH, FramesStalled, launchBrowser, revealAll, stallRetried, type NewPage} from "../../scripts/browser.js";

export interface PageReport {
  consoleErrors: string[];
  failedRequests: string[];
  otherHosts: string[];
  pageErrors: string[];
}

/** Opens a page, scrolled through unless `reveal` is false, and records everything a reader would suffer from: errors, failed and foreign requests. */
export async function openPage(page: Page, url: string, {reveal = true} = {}): Promise<PageReport> {
  const report: PageReport = {consoleErrors: [], failedRequests: [], otherHosts: [], pageErrors: []};
  const origin = new URL(url).origin;
  page.on("console", (message) => message.type() === "error" && report.consoleErrors.push(message.text()));
  page.on("pageerror", (error) => report.pageErrors.push(error.message));
  page.on("requestfailed", (request) => report.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => response.status() >= 400 && report.failedRequests.push(`${response.url()} (HTTP ${response.status()})`));
  page.on("request", (request) => {
    const target = new URL(request.url());
    if (target.origin !== origin && target.protocol !== "data:") report.otherHosts.push(request.url());
  });
  await page.goto(url, {waitUntil: "networkidle"});
  if (reveal) await revealAll(page);
  return report;
}

/** Errors Framework shows in place of a cell that failed. */
export async function shownErrors(page: Page): Promise<string[]> {
  return page.locator(".observablehq--error").allInnerTexts();
}

/** Opens every list of the page's main column and waits until each has built what it shows when opened (the data page's column lists). */
export async function openLists(page: Page): Promise<void> {
  for (const summary of await page.locator("main details > summary").all()) await summary.click();
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLDetailsElement>("main details")].every((list) => list.open && list.childElementCount > 1));
}

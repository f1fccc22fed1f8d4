// Debian's Chromium driven by playwright-core; never a downloaded browser.
import {existsSync} from "node:fs";
import {chromium, type Browser, type Page} from "playwright-core";
import {CHROMIUM_FLAGS} from "../../scripts/prerender.js";

export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium is not at ${CHROME_PATH}: install it with \`apt-get install -y chromium\` (or set CHROME_PATH); the browser tests cannot run without it`);
  }
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [...CHROMIUM_FLAGS, "--disable-quic"]
  });
}

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

/** Charts are built and drawn when they come near the screen: scroll through the page, as it grows, so that every one is. */
export async function revealAll(page: Page): Promise<void> {
  const scrollTo = (top: number) =>
    page.evaluate((y) => {
      window.scrollTo(0, y);
      // Two frames: the observers report in the first, and what they built is laid out in the second.
      return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollHeight))));
    }, top) as Promise<number>;
  for (let y = 0, height = Infinity; y < height; y += 600) height = await scrollTo(y);
  await scrollTo(0);
  await page.waitForTimeout(100);
}

/** Errors Framework shows in place of a cell that failed. */
export async function shownErrors(page: Page): Promise<string[]> {
  return page.locator(".observablehq--error").allInnerTexts();
}

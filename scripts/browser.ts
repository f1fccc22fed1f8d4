// Debian's Chromium driven by playwright-core, never a downloaded browser: its launch and the page scrolling that the
// screenshots (scripts/screenshots.ts) and the browser tests (test/support/browser.ts) share.
import {existsSync} from "node:fs";
import {chromium, type Browser, type BrowserContextOptions, type Page} from "playwright-core";
import {CHROMIUM_FLAGS, chromiumPaths} from "./chromium.js";
import {framesStalled, within} from "./stalls.js";

export const CHROME_PATH = chromiumPaths()[0];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium is not at ${CHROME_PATH}: install it with \`apt-get install -y chromium\` (or set CHROME_PATH); the browser tests and screenshots cannot run without it`);
  }
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [...CHROMIUM_FLAGS, "--disable-quic"]
  });
}

/** How long a page may go without drawing a frame before Chromium is taken to have stalled. */
const FRAME_WAIT_MS = 10_000;

/** Opens a page that stallRetried closes, and watches for a stall. */
export type NewPage = (options?: BrowserContextOptions) => Promise<Page>;

/** Chromium stopped drawing a page's frames: see stallRetried. */
export class FramesStalled extends Error {}

/** Charts are built and drawn when they come near the screen: scroll through the page, as it grows, so that every one is. */
export async function revealAll(page: Page): Promise<void> {
  const scrollTo = async (top: number) => {
    const drawn = page.evaluate((y) => {
      window.scrollTo(0, y);
      // Two frames: the observers report in the first, and what they built is laid out in the second.
      return new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollHeight))));
    }, top);
    drawn.catch(() => {}); // still pending if the page stalled; it rejects when the page is closed
    const height = await within(drawn, FRAME_WAIT_MS);
    if (height === undefined) throw new FramesStalled(`Chromium drew no frame for ${FRAME_WAIT_MS / 1000} s on ${page.url()} scrolled to ${top} px`);
    return height;
  };
  for (let y = 0, height = Infinity; y < height; y += 600) height = await scrollTo(y);
  await scrollTo(0);
  await page.waitForTimeout(100);
}

/**
 * Runs `use` with the pages it opens through `newPage`, and closes them. If it fails while one of its pages has stopped drawing
 * (docs/chromium-stall.md: a visible page with an idle main thread that gets no animation frame, seen in headless Chromium with several pages drawing at once),
 * it is run again on new pages, up to `tries` times in all. Any other failure is thrown at once.
 */
export async function stallRetried(browser: Browser, use: (newPage: NewPage) => Promise<void>, tries = 3): Promise<void> {
  for (let attempt = 1; ; ++attempt) {
    const pages: Page[] = [];
    try {
      return await use(async (options) => {
        const page = await browser.newPage(options);
        pages.push(page);
        return page;
      });
    } catch (error) {
      const stalled = error instanceof FramesStalled || (await Promise.all(pages.map((page) => framesStalled(page)))).includes(true);
      if (!stalled || attempt === tries) throw error;
      console.warn(`# Chromium stopped drawing (attempt ${attempt} of ${tries}): ${(error as Error).message.split("\n")[0]}; running again on new pages`);
    } finally {
      await Promise.all(pages.map((page) => within(page.close().catch(() => {}), 5000)));
    }
  }
}


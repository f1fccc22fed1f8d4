// Headless Chromium (150, 155 and 156 seen) now and then stops drawing a page for good as charts are added to it:
// no animation frame comes, screenshots time out, timers still run. A new page draws again. What is known of its cause,
// and how to reproduce it (scripts/stall-repro.ts): docs/chromium-stall.md. These helpers detect it; nothing else may be retried on it.
import type {Page} from "playwright-core";

/** True if the page draws no frame within `ms` while it still runs scripts. */
export async function framesStalled(page: Page, ms = 3000): Promise<boolean> {
  if (page.isClosed()) return false;
  const frame = page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => done(false)))).catch(() => false);
  return (await within(frame, ms)) ?? true;
}

/** What `work` gives, or undefined if it has not settled within `ms`. */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

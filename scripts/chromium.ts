// Which Chromium draws the build's charts and runs the tests, and how it is started.
import {existsSync, realpathSync, statSync} from "node:fs";

/** Debian's Chromium here and in CI, Google Chrome on GitHub's runners; CHROME_PATH names another. */
export const chromiumPaths = (): string[] => (process.env.CHROME_PATH ? [process.env.CHROME_PATH] : ["/usr/bin/chromium", "/usr/bin/google-chrome"]);

/** Headless Chromium without sandbox, GPU or background traffic: the build's and the browser tests' flags. */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** The first browser installed, if any. */
export function chromiumPath(): string | undefined {
  return chromiumPaths().find((path) => existsSync(path));
}

/** The browser as far as it decides the charts drawn: its path and its install time, which changes with every upgrade. */
export function chromiumStamp(): string {
  const path = chromiumPath();
  return path ? `${path} ${statSync(realpathSync(path)).mtimeMs}` : "no browser";
}

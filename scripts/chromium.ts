// Which Chromium the build draws charts with: Debian's here and in CI, Google Chrome on GitHub's runners; CHROME_PATH names another.
import {existsSync, realpathSync, statSync} from "node:fs";

export const CHROMIUM_PATHS = process.env.CHROME_PATH ? [process.env.CHROME_PATH] : ["/usr/bin/chromium", "/usr/bin/google-chrome"];

/** The first browser installed, if any. */
export function chromiumPath(): string | undefined {
  return CHROMIUM_PATHS.find((path) => existsSync(path));
}

/** The browser as far as it decides the charts drawn: its path and its install time, which changes with every upgrade. */
export function chromiumStamp(): string {
  const path = chromiumPath();
  return path ? `${path} ${statSync(realpathSync(path)).mtimeMs}` : "no browser";
}

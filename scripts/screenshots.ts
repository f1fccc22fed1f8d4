// npm run screenshots: every page at desktop and phone widths, light and dark, into screenshots/.
import {mkdir} from "node:fs/promises";
import config from "../observablehq.config.js";
import {serveSite} from "./serve.js";
import {launchBrowser, revealAll, stallRetried} from "./browser.js";

const only = process.argv[2];
const site = await serveSite("dist");
const browser = await launchBrowser();
await mkdir("screenshots", {recursive: true});
for (const {path} of config.pages) {
  const file = path === "/" ? "index" : path.slice(1);
  if (only && file !== only) continue;
  for (const width of [1280, 375]) {
    for (const colorScheme of ["light", "dark"] as const) {
      await stallRetried(browser, async (newPage) => {
        const page = await newPage({viewport: {width, height: 900}, colorScheme});
        await page.goto(`${site.url}/${file}.html`, {waitUntil: "networkidle"});
        await revealAll(page);
        await page.screenshot({path: `screenshots/${file}-${width}-${colorScheme}.png`, fullPage: true});
      });
    }
  }
}
await browser.close();
await site.close();

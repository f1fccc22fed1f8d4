// The Chromium frame stall's reproduction (docs/chromium-stall.md): opens pages of the built site (or any URL) again and again,
// scrolls each through as the browser tests do, and counts the loads on which Chromium stopped drawing frames.
//
//   npx tsx scripts/stall-repro.ts [--loads 200] [--pages vaccination,demographics] [--widths 375,412,1280] [--parallel 2]
//                                  [--flags="--disable-gpu --foo"] [--no-default-flags] [--root dist] [--url http://…/page.html]
//                                  [--wait 5000 (ms without a frame that count as a stall)] [--screenshot (a full-page one after the scroll, as npm run screenshots)]
import {parseArgs} from "node:util";
import {chromium, type Page} from "playwright-core";
import {CHROME_PATH} from "./browser.js";
import {CHROMIUM_FLAGS} from "./chromium.js";
import {serveSite} from "./serve.js";
import {within} from "./stalls.js";

const {values} = parseArgs({
  options: {
    loads: {type: "string", default: "200"},
    pages: {type: "string", default: "vaccination,demographics,municipalities,tests,cases"},
    widths: {type: "string", default: "375,412,1280"},
    parallel: {type: "string", default: "2"},
    flags: {type: "string", default: ""},
    "no-default-flags": {type: "boolean", default: false},
    root: {type: "string", default: "dist"},
    url: {type: "string", multiple: true},
    wait: {type: "string", default: "5000"},
    screenshot: {type: "boolean", default: false}
  }
});

const loads = Number(values.loads);
const waitMs = Number(values.wait);
const args = [...(values["no-default-flags"] ? [] : CHROMIUM_FLAGS), ...values.flags.split(/\s+/).filter(Boolean)];
const site = values.url ? undefined : await serveSite(values.root);
const urls = values.url ?? values.pages.split(",").map((page) => `${site!.url}/${page}.html`);
const widths = values.widths.split(",").map(Number);
const browser = await chromium.launch({executablePath: CHROME_PATH, args});
console.log(`${browser.version()}; flags: ${args.join(" ") || "(none)"}; ${loads} loads of ${urls.length} page(s) × ${widths.length} width(s), ${values.parallel} at a time`);

interface Stall {
  url: string;
  width: number;
  at: number;
  timersRun: boolean;
  recovered: boolean;
  state?: unknown;
  revivedBy?: string;
}
const stalls: Stall[] = [];
const tally = new Map<string, {loads: number; stalls: number}>();
let started = 0;

/** Scrolls to `top` and waits two frames, as revealAll does; undefined if no frame came within `waitMs`. */
async function scrollTo(page: Page, top: number): Promise<number | undefined> {
  const drawn = page.evaluate((y) => {
    window.scrollTo(0, y);
    return new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(document.documentElement.scrollHeight))));
  }, top);
  drawn.catch(() => {});
  return within(drawn, waitMs);
}

async function load(n: number): Promise<void> {
  const url = urls[n % urls.length];
  const width = widths[Math.floor(n / urls.length) % widths.length];
  const key = `${url.replace(/^.*\//, "")} @${width}`;
  const row = tally.get(key) ?? {loads: 0, stalls: 0};
  tally.set(key, row);
  ++row.loads;
  const page = await browser.newPage({viewport: {width, height: width < 800 ? 823 : 900}});
  try {
    await page.goto(url, {waitUntil: "networkidle", timeout: 60_000});
    let stalledAt: number | undefined;
    for (let y = 0, height = Infinity; y < height; y += 600) {
      const h = await scrollTo(page, y);
      if (h === undefined) {
        stalledAt = y;
        break;
      }
      height = h;
    }
    if (stalledAt === undefined && values.screenshot) {
      const shot = page.screenshot({fullPage: true, timeout: 30_000});
      shot.catch(() => {});
      if ((await within(shot, waitMs * 2)) === undefined) stalledAt = -1;
    }
    if (stalledAt === undefined) return;
    ++row.stalls;
    // Timers still run on a stalled page; does a frame ever come back?
    const timersRun = (await within(page.evaluate(() => new Promise<boolean>((done) => setTimeout(() => done(true), 10))), 2000)) ?? false;
    const state = await within(
      page.evaluate(() => ({
        visibility: document.visibilityState,
        focus: document.hasFocus(),
        charts: document.querySelectorAll("figure.chart").length,
        plots: document.querySelectorAll(".chart-plot > svg").length,
        pending: document.querySelectorAll(".pending").length,
        scrollY,
        height: document.documentElement.scrollHeight
      })),
      2000
    );
    const recovered = (await scrollTo(page, stalledAt)) !== undefined;
    // What, done from outside the page, brings its frames back?
    let revivedBy: string | undefined;
    if (!recovered) {
      for (const [name, poke] of [
        ["bringToFront", () => page.bringToFront()],
        ["a new viewport size", () => page.setViewportSize({width: width + 1, height: 700})]
      ] as const) {
        await within(poke().catch(() => {}), 5000);
        if ((await scrollTo(page, stalledAt)) !== undefined) {
          revivedBy = name;
          break;
        }
      }
    }
    const stall = {url, width, at: stalledAt, timersRun, recovered, state, revivedBy};
    stalls.push(stall);
    console.log(`stall on load ${n + 1}: ${key} scrolled to ${stalledAt} px; timers ${timersRun ? "run" : "do not run"}; ${recovered ? "frames came back" : `still no frame; ${revivedBy ? `revived by ${revivedBy}` : "nothing revived it"}`}; ${JSON.stringify(state)}`);
  } catch (error) {
    console.log(`load ${n + 1} (${key}) failed: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    await within(page.close().catch(() => {}), 5000);
  }
}

const worker = async () => {
  for (let n = started++; n < loads; n = started++) await load(n);
};
const t0 = Date.now();
await Promise.all(Array.from({length: Number(values.parallel)}, worker));
for (const [key, {loads, stalls}] of tally) if (stalls) console.log(`  ${key}: ${stalls}/${loads}`);
console.log(`${stalls.length} stall(s) in ${loads} loads (${((100 * stalls.length) / loads).toFixed(1)}%), ${Math.round((Date.now() - t0) / 1000)} s`);
await browser.close();
await site?.close();

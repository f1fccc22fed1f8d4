// `npx tsx bench/blocking.ts DIR[,DIR…] PAGE[,PAGE…] [RUNS]`: the main thread's blocking time after the first paint, measured
// in Chromium at 4× CPU throttling, the median of RUNS loads (5). Lighthouse's simulated figure moves with when Chromium first
// paints (docs/performance.md, "The first paint held back"); this one compares two builds of the same pages on one machine.
import {existsSync} from "node:fs";
import {chromium} from "playwright-core";
import {CHROMIUM_FLAGS, chromiumPath} from "../scripts/chromium.js";
import {PHONE as PHONE_VIEWPORT} from "../scripts/prerender.js";
import {serveSite} from "../scripts/serve.js";

const USAGE = "usage: npx tsx bench/blocking.ts DIR[,DIR…] PAGE[,PAGE…] [RUNS]   e.g. dist /capacity.html,/municipalities/guryevsk.html 5";
// Lighthouse's mobile preset: the phone the build draws for, its CPU four times slower than the machine's.
const PHONE = {viewport: PHONE_VIEWPORT, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true};
const CPU_SLOWDOWN = 4;
/** What Lighthouse waits after load for the page to go quiet. */
const QUIET_MS = 3500;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args: {name?: string};
}

/** Milliseconds of each task after the first contentful paint beyond 50, summed: total blocking time as the trace saw it. */
async function blockingTime(url: string, executablePath: string): Promise<number> {
  const browser = await chromium.launch({executablePath, args: CHROMIUM_FLAGS});
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", {rate: CPU_SLOWDOWN});
    const events: TraceEvent[] = [];
    cdp.on("Tracing.dataCollected", ({value}) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send("Tracing.start", {categories: "devtools.timeline,disabled-by-default-devtools.timeline,loading", transferMode: "ReportEvents"});
    await page.goto(url, {waitUntil: "load"});
    await page.waitForTimeout(QUIET_MS);
    const complete = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
    await cdp.send("Tracing.end");
    await complete;
    const paint = events.find((e) => e.name === "firstContentfulPaint");
    if (!paint) throw new Error(`${url}: no first contentful paint in the trace`);
    const main = events.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain" && e.pid === paint.pid)!;
    const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === main.pid && e.tid === main.tid && e.ts >= paint.ts);
    return tasks.reduce((sum, task) => sum + Math.max(0, task.dur! / 1000 - 50), 0);
  } finally {
    await browser.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [dirs, pages, runs = "5"] = argv;
  const executablePath = chromiumPath();
  if (!dirs || !pages || !/^[1-9]\d*$/.test(runs) || argv.length > 3) throw new UsageError("expects DIR and PAGE, and RUNS as a whole number if given");
  if (!executablePath) throw new UsageError("no Chromium found (scripts/chromium.ts lists where it looks)");
  for (const dir of dirs.split(",")) {
    if (!existsSync(dir)) throw new UsageError(`no directory ${dir}`);
    const site = await serveSite(dir);
    try {
      for (const page of pages.split(",")) {
        const times: number[] = [];
        for (let run = 0; run < Number(runs); run++) times.push(Math.round(await blockingTime(site.url + page, executablePath)));
        const median = [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)];
        console.log(`${dir} ${page}: ${median} ms median (${times.join(", ")})`);
      }
    } finally {
      await site.close();
    }
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error) => {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench/blocking.ts: ${error.message}\n${USAGE}`);
  process.exit(2);
});

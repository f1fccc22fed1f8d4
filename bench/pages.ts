// Lighthouse (mobile preset, simulated throttling) on every page of the built site, served from loopback.
import {execFileSync} from "node:child_process";
import {cpSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import {WORK} from "./make-munic.js";
import {CHROMIUM_FLAGS} from "../scripts/chromium.js";
import {serveSite} from "../scripts/serve.js";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
/** How the site is served to Lighthouse; printed with the figures, since it changes the byte counts. */
export const COMPRESSION = "gzip (text types), as GitHub Pages serves";

export interface PageRow {
  page: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  kib: number | null;
  /** Lighthouse's measure of this machine's CPU speed at the time; a busy machine scores low and slows every metric. */
  benchmarkIndex: number | null;
  /** Weighted accessibility and best-practices audits that did not pass: what to fix for a 100. */
  failing: string[];
  /** Requests to any host but the site's own. */
  otherHosts: string[];
  /** The performance score of every run, of which this row is the median. */
  runs?: (number | null)[];
  error?: string;
}

export function chromiumVersion(): string | null {
  try {
    // Debian's wrapper script prints a harmless shell warning on stderr; the version is on stdout.
    return execFileSync(CHROMIUM, ["--version"], {encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
  } catch {
    return null;
  }
}

/** `index.html` → `/`, `a/index.html` → `/a/`, `a/b.html` stays: the URLs the site links to (cleanUrls is off). */
function sitePages(dist: string): string[] {
  const pages = readdirSync(dist, {recursive: true, encoding: "utf8"})
    .filter((file) => file.endsWith(".html") && file !== "404.html")
    .map((file) => "/" + file.replace(/(^|\/)index\.html$/, "$1"));
  return pages.sort();
}

/** Runs per page: one run on a shared machine can be off by 20 points; the median of five is what Lighthouse's variability guide advises. */
export const RUNS_PER_PAGE = Number(process.env.BENCH_PAGE_RUNS ?? 5);

export async function benchPages(dist: string, log: (line: string) => void): Promise<PageRow[]> {
  // Audit a copy: a build started elsewhere while we audit would otherwise mix two sites in one table.
  const copy = join(WORK, "site");
  rmSync(copy, {recursive: true, force: true});
  cpSync(dist, copy, {recursive: true});
  const site = await serveSite(copy);
  const rows: PageRow[] = [];
  try {
    for (const page of sitePages(copy)) {
      const runs: PageRow[] = [];
      for (let run = 1; run <= RUNS_PER_PAGE; run++) {
        log(`lighthouse ${page} (${run}/${RUNS_PER_PAGE})`);
        let row = await audit(site.url + page, page);
        // One more try for a page that did not load: on a busy machine a navigation can time out once.
        if (row.performance === null) row = await audit(site.url + page, page);
        runs.push(row);
      }
      rows.push(medianRun(runs));
    }
  } finally {
    await site.close();
  }
  return rows;
}

/** The run with the median performance score, whole (its LCP and TBT belong to that score). */
function medianRun(runs: PageRow[]): PageRow {
  const scored = runs.filter((r) => r.performance !== null).sort((a, b) => a.performance! - b.performance!);
  return scored.length ? {...scored[Math.floor((scored.length - 1) / 2)], runs: runs.map((r) => r.performance)} : runs[0];
}

async function audit(url: string, page: string): Promise<PageRow> {
  // A fresh browser per page: no cache, service worker or storage carries over from the page before.
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: "silent"});
  try {
    const result = await lighthouse(url, {port: chrome.port, logLevel: "error", output: "json", onlyCategories: ["performance", "accessibility", "best-practices"]});
    if (!result) throw new Error("lighthouse returned nothing");
    const {categories, audits, runtimeError, environment} = result.lhr;
    const score = (id: string) => (categories[id]?.score == null ? null : Math.round(categories[id].score! * 100));
    const numeric = (id: string) => audits[id]?.numericValue ?? null;
    const bytes = numeric("total-byte-weight");
    const failing = ["accessibility", "best-practices"].flatMap((id) =>
      (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id)
    );
    const requests = (audits["network-requests"]?.details as {items?: {url: string}[]} | undefined)?.items ?? [];
    const otherHosts = requests.map((r) => r.url).filter((address) => /^https?:/.test(address) && new URL(address).origin !== new URL(url).origin);
    return {
      page,
      otherHosts,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      kib: bytes === null ? null : bytes / 1024,
      benchmarkIndex: environment.benchmarkIndex ?? null,
      failing,
      error: runtimeError ? `${runtimeError.code}: ${runtimeError.message}` : undefined
    };
  } catch (error) {
    return {page, otherHosts: [], performance: null, accessibility: null, bestPractices: null, lcpMs: null, tbtMs: null, cls: null, kib: null, benchmarkIndex: null, failing: [], error: String(error)};
  } finally {
    await chrome.kill();
  }
}

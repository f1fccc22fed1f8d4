// `npm run bench [-- --only pipeline|pages|build]`: runs the benchmarks, prints the tables (plain and Markdown), writes bench/results.json.
import {readFileSync, writeFileSync} from "node:fs";
import os from "node:os";
import {benchBuild, type BuildResult, type BuildRun} from "./build.js";
import {benchPages, chromiumVersion, COMPRESSION, RUNS_PER_PAGE, type PageRow} from "./pages.js";
import {benchPipeline, pandasVersion, RUNS as PIPELINE_RUNS, type PipelineRow, type ToolResult} from "./pipeline.js";

const PARTS = ["pipeline", "build", "pages"] as const;
type Part = (typeof PARTS)[number];

// Targets from the project's brief (issue 17); each figure is printed with "met" or "not met" beside it.
const TARGET = {wallRatio: 0.4, rssRatio: 1, performance: 97, accessibility: 100, bestPractices: 100, tbtMs: 150, cls: 0.02, pageKiB: 300, warmBuildS: 15};

const log = (line: string) => console.error(`· ${line}`);

function partsToRun(argv: string[]): Part[] {
  const at = argv.indexOf("--only");
  if (at === -1) return [...PARTS];
  const wanted = (argv[at + 1] ?? "").split(",");
  const unknown = wanted.filter((part) => !PARTS.includes(part as Part));
  if (unknown.length || !wanted.length) throw new Error(`--only takes ${PARTS.join("|")} (comma-separated), not "${argv[at + 1] ?? ""}"`);
  return PARTS.filter((part) => wanted.includes(part));
}

function machine() {
  const lighthouse = JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as {version: string};
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    pandas: pandasVersion() ?? "pandas missing",
    chromium: chromiumVersion() ?? "chromium missing",
    lighthouse: lighthouse.version,
    date: new Date().toISOString()
  };
}

// ---- formatting ----

const fixed = (value: number | null | undefined, digits = 0) => (value == null ? "—" : value.toFixed(digits));
const verdict = (met: boolean | null) => (met === null ? "—" : met ? "met" : "not met");
/** The one line of a failure's stderr worth a table cell: the first that names an error, else the last. */
const headline = (stderr: string) => {
  const lines = stderr.split("\n").map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => /error|ERR_|not found|cannot/i.test(line)) ?? lines.at(-1) ?? "no output").slice(0, 160);
};

interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  note?: string;
}

function plain({title, headers, rows, note}: Table): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [title, line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), ...(note ? [note] : [])].join("\n");
}

function markdown({title, headers, rows, note}: Table): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  const align = headers.map((_, i) => (i === 0 ? "---" : "---:"));
  return [`**${title}**`, "", line(headers), `|${align.join("|")}|`, ...rows.map(line), ...(note ? ["", note.split("\n").join("\n\n")] : [])].join("\n");
}

/** The median wall time, with the fastest and slowest run: on a shared machine the spread says how far to trust it. */
const seconds = (result: ToolResult) => {
  const walls = result.runs.map((run) => run.wallMs / 1000);
  return `${fixed(result.wallMs! / 1000, 2)} (${fixed(Math.min(...walls), 1)}–${fixed(Math.max(...walls), 1)})`;
};

function pipelineTable(rows: PipelineRow[]): Table {
  const side = (result: ToolResult | "pandas missing", value: (r: ToolResult) => string) =>
    result === "pandas missing" ? "pandas missing" : result.error ? "failed" : value(result);
  const failures = rows.flatMap((row) =>
    [["ours", row.ours] as const, ["pandas", row.pandas] as const].flatMap(([who, result]) => (result !== "pandas missing" && result.error ? [`${row.input}, ${who} failed: ${headline(result.error)}`] : []))
  );
  const ratio = (ours: ToolResult, pandas: ToolResult | "pandas missing", key: "wallMs" | "peakRssMiB") =>
    pandas === "pandas missing" || ours[key] == null || pandas[key] == null ? null : ours[key]! / pandas[key]!;
  return {
    title: `Data step: our pipeline (npm run data, process start included) vs pandas, median of ${PIPELINE_RUNS}, both fetching the same loopback URL`,
    headers: ["input", "MB", "pandas s (min–max)", "ours s (min–max)", "wall ratio", `≤ ${TARGET.wallRatio}x`, "pandas MiB", "ours MiB", "RSS ratio", `≤ ${TARGET.rssRatio}x`],
    rows: rows.map((row) => {
      const wall = ratio(row.ours, row.pandas, "wallMs");
      const rss = ratio(row.ours, row.pandas, "peakRssMiB");
      return [
        row.input,
        fixed(row.megabytes, 1),
        side(row.pandas, seconds),
        side(row.ours, seconds),
        fixed(wall, 2),
        verdict(wall === null ? null : wall <= TARGET.wallRatio),
        side(row.pandas, (r) => fixed(r.peakRssMiB, 0)),
        side(row.ours, (r) => fixed(r.peakRssMiB, 0)),
        fixed(rss, 2),
        verdict(rss === null ? null : rss <= TARGET.rssRatio)
      ];
    }),
    note: ["Ratios are ours / pandas. Peak RSS: sum over the process tree of each process's VmHWM, polled from /proc every 20 ms.", ...failures].join("\n")
  };
}

function pageTargets(row: PageRow): string {
  if (row.performance === null) return "not met: no score";
  const misses = [
    row.performance < TARGET.performance && `perf < ${TARGET.performance}`,
    row.accessibility !== TARGET.accessibility && `a11y < ${TARGET.accessibility}`,
    row.bestPractices !== TARGET.bestPractices && `bp < ${TARGET.bestPractices}`,
    (row.tbtMs ?? Infinity) > TARGET.tbtMs && `TBT > ${TARGET.tbtMs} ms`,
    (row.cls ?? Infinity) > TARGET.cls && `CLS > ${TARGET.cls}`,
    (row.kib ?? Infinity) > TARGET.pageKiB && `> ${TARGET.pageKiB} KiB`,
    row.otherHosts.length > 0 && `${row.otherHosts.length} request(s) to other hosts`
  ].filter(Boolean);
  return misses.length ? `not met: ${misses.join(", ")}` : "met";
}

function pagesTable(rows: PageRow[]): Table {
  return {
    title: `Pages of the real-data build: Lighthouse ${machineInfo.lighthouse}, mobile preset (simulated throttling), served from 127.0.0.1 with ${COMPRESSION}; the median of ${RUNS_PER_PAGE} runs per page`,
    headers: ["page", "perf", "runs", "a11y", "best pr.", "LCP ms", "TBT ms", "CLS", "KiB", "CPU index", `perf ≥ ${TARGET.performance}, a11y & bp 100, TBT ≤ ${TARGET.tbtMs} ms, CLS ≤ ${TARGET.cls}, ≤ ${TARGET.pageKiB} KiB`],
    rows: rows.map((row) => [row.page, fixed(row.performance), (row.runs ?? []).map((r) => fixed(r)).join(" "), fixed(row.accessibility), fixed(row.bestPractices), fixed(row.lcpMs), fixed(row.tbtMs), fixed(row.cls, 3), fixed(row.kib, 1), fixed(row.benchmarkIndex), row.error && row.performance === null ? `not met: ${headline(row.error).slice(0, 60)}…` : pageTargets(row)]),
    note: [failingAudits(rows), "CPU index: Lighthouse's benchmarkIndex of this machine during the run; the mobile preset multiplies observed CPU time by 4, so a busy machine (low index) inflates TBT and lowers perf."].filter(Boolean).join("\n")
  };
}

function failingAudits(rows: PageRow[]): string | undefined {
  const lines = rows.filter((row) => row.failing.length).map((row) => `${row.page}: ${row.failing.join(", ")}`);
  const errors = rows.filter((row) => row.error).map((row) => `${row.page}: ${row.error}`);
  return [lines.length && `Failing accessibility / best-practices audits: ${lines.join("; ")}`, errors.length && `Lighthouse errors: ${errors.join("; ")}`].filter(Boolean).join("\n") || undefined;
}

function buildTable(build: BuildResult): Table {
  const row = (name: string, run: BuildRun, target: string) => [name, fixed(run.wallMs === null ? null : run.wallMs / 1000, 1), run.siteKept ? "none: site kept" : fixed(run.drawn), run.siteKept ? "all" : fixed(run.kept), target];
  const warmTarget = (run: BuildRun) => `≤ ${TARGET.warmBuildS} s, nothing drawn again: ${verdict(run.wallMs !== null && run.wallMs / 1000 <= TARGET.warmBuildS && (run.siteKept || run.drawn === 0))}`;
  return {
    title: `Build: npm run build (data loaders read ${build.sheet}, afresh each build, as the deploy job does)`,
    headers: ["build", "wall s", "pages drawn", "pages kept", "target"],
    rows: [
      row("cold (no cache, no dist)", build.cold, "—"),
      ...build.warm.map((run, i) => row(`warm ${i + 1} (cache kept, data written anew)`, run, warmTarget(run))),
      ...build.edited.map((run, i) => row(i % 2 ? "warm, the page put back" : "warm, a paragraph added to a page", run, "— (an author's edit: every page built again)"))
    ],
    note: build.error ? `${build.error}: ${headline(build.stderrTail ?? "")}` : undefined
  };
}

// ---- main ----

const parts = partsToRun(process.argv.slice(2));
const machineInfo = machine();
const results: Record<string, unknown> = {machine: machineInfo, parts, loadAverageBefore: {}};
const tables: Table[] = [];

/** Runs one part and notes in its title how busy the machine was as it started. */
async function part(name: Part, run: () => Promise<Table>): Promise<void> {
  if (!parts.includes(name)) return;
  const load = os.loadavg()[0];
  (results.loadAverageBefore as Record<string, number>)[name] = load;
  const table = await run();
  tables.push({...table, title: `${table.title} [load average ${load.toFixed(1)} at start]`});
}

await part("pipeline", async () => {
  const rows = await benchPipeline(log);
  results.pipeline = rows;
  return pipelineTable(rows);
});
await part("build", async () => {
  const build = await benchBuild(log);
  results.build = build;
  return buildTable(build);
});
await part("pages", async () => {
  // The pages readers see: the real-data default, built here unless the build part just built it.
  if (!parts.includes("build")) {
    const build = await benchBuild(log, {warmRuns: 0, editRuns: 0});
    if (build.error) {
      results.pages = {error: build.error};
      return {title: "Pages", headers: ["page"], rows: [], note: `the real-data build failed: ${build.error}: ${headline(build.stderrTail ?? "")}`};
    }
  }
  const rows = await benchPages("dist", log);
  results.pages = {compression: COMPRESSION, rows};
  if (!rows.length) return {title: "Pages", headers: ["page"], rows: [], note: "no pages in dist/ (did the build fail?)"};
  return pagesTable(rows);
});

writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
const about = `Machine: ${machineInfo.cpu}, ${machineInfo.cores} cores, ${machineInfo.memoryGiB} GiB, ${machineInfo.os}; Node ${machineInfo.node}, pandas ${machineInfo.pandas}, ${machineInfo.chromium}; ${machineInfo.date}`;
console.log(`\n${about}\n\n${tables.map(plain).join("\n\n")}\n`);
console.log(`---- Markdown ----\n\n${about}\n\n${tables.map(markdown).join("\n\n")}\n`);
console.log("Written bench/results.json");

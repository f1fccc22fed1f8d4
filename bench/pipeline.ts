// Our TypeScript pipeline against the pandas steps it replaces: the four tabs, one invocation each, same loopback URLs, same machine, interleaved runs.
import {execFileSync} from "node:child_process";
import {mkdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {ensureMunicipalTab, WORK} from "./make-munic.js";
import {writeRealTabs} from "./make-sheet.js";
import {measure, median, type Measurement} from "./measure.js";
import {serveSheet} from "../scripts/serve.js";

const PYTHON = "/usr/bin/python3"; // Debian's, which has pandas; the pyenv python on PATH has not
// What `npm run data` runs (without npm's own start-up).
const CLI = "scripts/pipeline.mjs";
export const RUNS = 3;

export interface ToolResult {
  runs: Measurement[];
  /** Medians over the runs; null when a run failed (no figure is better than a wrong one). */
  wallMs: number | null;
  peakRssMiB: number | null;
  error?: string;
}

export interface PipelineRow {
  input: string;
  detail: string;
  megabytes: number;
  ours: ToolResult;
  pandas: ToolResult | "pandas missing";
}

export function pandasVersion(): string | null {
  try {
    return execFileSync(PYTHON, ["-c", "import pandas; print(pandas.__version__)"], {encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
  } catch {
    return null;
  }
}

/** `npm run data` on the whole sheet: the real data, destrib and rosstat tabs and a municipal tab of 10 million cells. */
export async function benchPipeline(log: (line: string) => void): Promise<PipelineRow[]> {
  const munic = ensureMunicipalTab(log);
  const tabs = {...writeRealTabs(), munic: munic.file};
  const megabytes = Object.values(tabs).reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
  // Both sides fetch the tabs over HTTP from this loopback server, as they would fetch the sheet.
  const sheet = await serveSheet(tabs);
  const url = sheet.url.replaceAll("{id}", "bench");
  const hasPandas = pandasVersion() !== null;
  const oursOut = join(WORK, "out", "ours");
  const pandasOut = join(WORK, "out", "pandas");
  mkdirSync(oursOut, {recursive: true});
  mkdirSync(pandasOut, {recursive: true});
  // No retries and no timeout: a retry would hide in the wall time, and a busy machine is not a sheet that stalls.
  const env = {...process.env, SHEET_URL: sheet.url, SHEET_RETRIES: "0", SHEET_TIMEOUT_MS: String(15 * 60_000)};
  const runOurs = () => measure(process.execPath, [CLI, "--out", oursOut], {env});
  const runPandas = () => measure(PYTHON, ["bench/pandas_steps.py", "all", url, pandasOut]);
  try {
    // One untimed run each: ours builds its bundle and leaves the last snapshot a scheduled refresh finds; both warm the page cache.
    log("warm-up: pipeline, then pandas");
    const ours = [await runOurs()];
    const pandas = hasPandas ? [await runPandas()] : [];
    // Interleaved, so a slow spell of the machine falls on both sides alike; a failed side is not run again.
    for (let run = 1; run <= RUNS; run++) {
      if (hasPandas && !pandas.some(failed)) {
        log(`pandas run ${run}/${RUNS}`);
        pandas.push(await runPandas());
      }
      if (!ours.some(failed)) {
        log(`pipeline run ${run}/${RUNS}`);
        ours.push(await runOurs());
      }
    }
    return [
      {
        input: "all four tabs",
        detail: `data, destrib, rosstat (real, from the bundled snapshot) and munic (${munic.municipalities} municipalities x ${munic.days} days, ${munic.rows} rows)`,
        megabytes,
        ours: summarise(ours),
        pandas: hasPandas ? summarise(pandas) : "pandas missing"
      }
    ];
  } finally {
    await sheet.close();
  }
}

function failed(run: Measurement): boolean {
  return run.exitCode !== 0;
}

/** The timed runs' medians; the first run is the untimed warm-up. */
function summarise([warmUp, ...runs]: Measurement[]): ToolResult {
  const bad = [warmUp, ...runs].find(failed);
  if (bad) return {runs, wallMs: null, peakRssMiB: null, error: `exit ${bad.exitCode}: ${bad.stderrTail}`};
  return {runs, wallMs: median(runs.map((r) => r.wallMs)), peakRssMiB: median(runs.map((r) => r.peakRssMiB))};
}

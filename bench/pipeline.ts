// Our TypeScript pipeline against the pandas step it replaces: same tab, same loopback URL, same machine, interleaved runs.
import {execFileSync} from "node:child_process";
import {existsSync, mkdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {ensureMunicipalTab, WORK} from "./make-munic.js";
import {measure, median, type Measurement} from "./measure.js";
import {serveSheet} from "../scripts/serve.js";

const PYTHON = "/usr/bin/python3"; // Debian's, which has pandas; the pyenv python on PATH has not
// What `npm run data` runs (without npm's own start-up).
const CLI = "scripts/pipeline.mjs";
const RUNS = 3;
const SAMPLE = "test/fixtures/sample";

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

interface Input {
  input: string;
  detail: string;
  file: string;
  /** The tab's name in the sheet, and the pipeline table made from it. */
  tab: "data" | "munic";
  table: "daily" | "municipalities";
  pandasStep: "daily" | "munic";
}

export function pandasVersion(): string | null {
  try {
    return execFileSync(PYTHON, ["-c", "import pandas; print(pandas.__version__)"], {encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
  } catch {
    return null;
  }
}

export async function benchPipeline(log: (line: string) => void): Promise<PipelineRow[]> {
  const munic = ensureMunicipalTab(log);
  const inputs: Input[] = [
    {input: "daily tab", detail: "test/fixtures/sample/data.csv", file: join(SAMPLE, "data.csv"), tab: "data", table: "daily", pandasStep: "daily"},
    {input: "munic tab, 10M cells", detail: `${munic.municipalities} municipalities x ${munic.days} days, ${munic.rows} rows`, file: munic.file, tab: "munic", table: "municipalities", pandasStep: "munic"}
  ];
  // Both the pipeline and pandas fetch the tab over HTTP from this loopback server, as they would fetch the sheet.
  const sheet = await serveSheet({
    data: join(SAMPLE, "data.csv"),
    destrib: join(SAMPLE, "destrib.csv"),
    rosstat: join(SAMPLE, "rosstat.csv"),
    munic: munic.file
  });
  const hasPandas = pandasVersion() !== null;
  const out = join(WORK, "out");
  mkdirSync(out, {recursive: true});
  const rows: PipelineRow[] = [];
  try {
    for (const input of inputs) {
      const megabytes = existsSync(input.file) ? statSync(input.file).size / 1e6 : 0;
      const missing = !existsSync(input.file) ? `${input.file} not found` : !existsSync(CLI) ? `${CLI} not found` : undefined;
      const url = sheet.url.replaceAll("{id}", "bench").replaceAll("{sheet}", input.tab);
      const ours: Measurement[] = [];
      const pandas: Measurement[] = [];
      // Interleaved, so a slow spell of the machine falls on both sides alike; a failed side is not run again.
      for (let run = 1; run <= RUNS; run++) {
        if (hasPandas && existsSync(input.file) && !pandas.some(failed)) {
          log(`${input.input}: pandas run ${run}/${RUNS}`);
          pandas.push(await measure(PYTHON, ["bench/pandas_steps.py", input.pandasStep, url, join(out, `pandas-${input.table}.csv`)]));
        }
        if (!missing && !ours.some(failed)) {
          log(`${input.input}: pipeline run ${run}/${RUNS}`);
          const args = [CLI, "--out", join(out, `ours-${input.table}`), "--only", input.table];
          ours.push(await measure(process.execPath, args, {env: {...process.env, SHEET_URL: sheet.url}}));
        }
      }
      rows.push({
        input: input.input,
        detail: input.detail,
        megabytes,
        ours: summarise(ours, missing),
        pandas: hasPandas ? summarise(pandas, existsSync(input.file) ? undefined : `${input.file} not found`) : "pandas missing"
      });
    }
  } finally {
    await sheet.close();
  }
  return rows;
}

function failed(run: Measurement): boolean {
  return run.exitCode !== 0;
}

function summarise(runs: Measurement[], missing?: string): ToolResult {
  if (missing) return {runs, wallMs: null, peakRssMiB: null, error: missing};
  const bad = runs.find(failed);
  if (bad) return {runs, wallMs: null, peakRssMiB: null, error: `exit ${bad.exitCode}: ${bad.stderrTail}`};
  return {runs, wallMs: median(runs.map((r) => r.wallMs)), peakRssMiB: median(runs.map((r) => r.peakRssMiB))};
}

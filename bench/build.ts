// `npm run build` from a cold cache (no loader cache, no dist) and again warm.
import {rmSync} from "node:fs";
import {join} from "node:path";
import {measure} from "./measure.js";
import {serveSheet} from "../scripts/serve.js";

const SAMPLE = "test/fixtures/sample";

export interface BuildResult {
  coldMs: number | null;
  warmMs: number | null;
  /** Where the data loaders fetched the sheet from during the build. */
  sheet: string;
  error?: string;
  stderrTail?: string;
}

export async function benchBuild(log: (line: string) => void): Promise<BuildResult> {
  // The machine has no internet: unless SHEET_URL says otherwise, loaders fetch the sample tabs from loopback.
  const server = process.env.SHEET_URL ? null : await serveSheet(Object.fromEntries(["data", "destrib", "rosstat", "munic"].map((tab) => [tab, join(SAMPLE, `${tab}.csv`)])));
  const env = {...process.env, SHEET_URL: server?.url ?? process.env.SHEET_URL};
  const result: BuildResult = {coldMs: null, warmMs: null, sheet: server ? "sample tabs on loopback" : "SHEET_URL from the environment"};
  try {
    rmSync("src/.observablehq/cache", {recursive: true, force: true});
    rmSync("dist", {recursive: true, force: true});
    for (const kind of ["cold", "warm"] as const) {
      log(`build: ${kind}`);
      const run = await measure("npm", ["run", "build"], {env});
      if (run.exitCode !== 0) return {...result, error: `${kind} build exited ${run.exitCode}`, stderrTail: run.stderrTail};
      result[kind === "cold" ? "coldMs" : "warmMs"] = run.wallMs;
    }
    return result;
  } finally {
    await server?.close();
  }
}

// `npm run build` on the real-data default (the bundled snapshot, offline) from a cold cache, then twice warm. Each build reads
// and writes the data afresh, as the deploy job does, so a warm build shows what is reused when the data did not change.
import {spawn} from "node:child_process";
import {rmSync} from "node:fs";

export interface BuildRun {
  wallMs: number | null;
  /** The build-time charts: pages drawn again and pages kept from the last build (scripts/prerender.ts's own count). */
  drawn: number | null;
  kept: number | null;
}

export interface BuildResult {
  cold: BuildRun;
  warm: BuildRun[];
  /** Where the data loaders read the data during the build. */
  sheet: string;
  error?: string;
  stderrTail?: string;
}

const PRERENDERED = /prerender: (\d+) page\(s\) drawn, (\d+) unchanged/;

function build(env: NodeJS.ProcessEnv): Promise<BuildRun & {exitCode: number | null; stderrTail: string}> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn("npm", ["run", "build"], {env, stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    child.on("close", (exitCode) => {
      const counts = PRERENDERED.exec(stdout);
      resolve({wallMs: performance.now() - started, drawn: counts ? Number(counts[1]) : null, kept: counts ? Number(counts[2]) : null, exitCode, stderrTail: stderr});
    });
  });
}

export async function benchBuild(log: (line: string) => void, {warmRuns = 2} = {}): Promise<BuildResult> {
  // No network here, and the bench must not depend on it: the bundled real snapshot, as a fresh clone builds offline.
  const env = {...process.env, SHEET_OFFLINE: "1", SHEET_URL: "", SNAPSHOT_DIR: ""};
  const result: BuildResult = {cold: {wallMs: null, drawn: null, kept: null}, warm: [], sheet: "the bundled real snapshot (SHEET_OFFLINE=1)"};
  rmSync("src/.observablehq/cache", {recursive: true, force: true});
  rmSync("dist", {recursive: true, force: true});
  for (const kind of ["cold", ...Array<"warm">(warmRuns).fill("warm")] as const) {
    log(`build: ${kind}`);
    const {exitCode, stderrTail, ...run} = await build(env);
    if (exitCode !== 0) return {...result, error: `${kind} build exited ${exitCode}`, stderrTail};
    if (kind === "cold") result.cold = run;
    else result.warm.push(run);
  }
  return result;
}

// `npm run build` on the real-data default (the bundled snapshot, offline) from a cold cache, then twice warm, then with a page
// edited and put back. Each build reads the data afresh, as the deploy job does, so a warm build shows what is reused when the
// data did not change, and an edited page what an author waits for.
import {spawn} from "node:child_process";
import {readFileSync, rmSync, writeFileSync} from "node:fs";

export interface BuildRun {
  wallMs: number | null;
  /** The whole site kept: the same pages, code and data made it (scripts/build-key.ts). */
  siteKept: boolean;
  /** The build-time charts: pages drawn again and pages kept from the last build (scripts/prerender.ts's own count). */
  drawn: number | null;
  kept: number | null;
}

export interface BuildResult {
  cold: BuildRun;
  warm: BuildRun[];
  /** A page's text changed, then changed back: Framework builds every page again, the charts of the unchanged ones are kept. */
  edited: BuildRun[];
  /** Where the data loaders read the data during the build. */
  sheet: string;
  error?: string;
  stderrTail?: string;
}

const PRERENDERED = /prerender: (\d+) page\(s\) drawn, (\d+) unchanged/;
const SITE_KEPT = /already holds this site/;
/** The page an author edits in the bench, and the paragraph added to it. */
const EDITED = {page: "src/about.md", text: "\nЭтот абзац добавлен замером сборки.\n"};

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
      resolve({wallMs: performance.now() - started, siteKept: SITE_KEPT.test(stdout), drawn: counts ? Number(counts[1]) : null, kept: counts ? Number(counts[2]) : null, exitCode, stderrTail: stderr});
    });
  });
}

export async function benchBuild(log: (line: string) => void, {warmRuns = 2, editRuns = 2} = {}): Promise<BuildResult> {
  // No network here, and the bench must not depend on it: the bundled real snapshot, as a fresh clone builds offline.
  const env = {...process.env, SHEET_OFFLINE: "1", SHEET_URL: "", SNAPSHOT_DIR: ""};
  const none: BuildRun = {wallMs: null, siteKept: false, drawn: null, kept: null};
  const result: BuildResult = {cold: none, warm: [], edited: [], sheet: "the bundled real snapshot (SHEET_OFFLINE=1)"};
  rmSync("src/.observablehq/cache", {recursive: true, force: true});
  rmSync("dist", {recursive: true, force: true});
  const original = readFileSync(EDITED.page, "utf8");
  const putBack = () => writeFileSync(EDITED.page, original);
  process.once("SIGINT", () => (putBack(), process.exit(130)));
  try {
    const kinds = ["cold", ...Array<"warm">(warmRuns).fill("warm"), ...Array<"edited">(editRuns).fill("edited")] as const;
    for (const [i, kind] of kinds.entries()) {
      // Edited, then put back: the second edit build is the site as it was, with a page changed since the last build.
      if (kind === "edited") writeFileSync(EDITED.page, (i - warmRuns) % 2 ? original + EDITED.text : original);
      log(`build: ${kind}`);
      const {exitCode, stderrTail, ...run} = await build(env);
      if (exitCode !== 0) return {...result, error: `${kind} build exited ${exitCode}`, stderrTail};
      if (kind === "cold") result.cold = run;
      else result[kind].push(run);
    }
  } finally {
    putBack();
  }
  return result;
}

// Builds the site exactly as `npm run build` does (scripts/framework.ts), into .test-builds/NAME: its own copy of src/, cache and dist.
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {cp, mkdir, rm} from "node:fs/promises";
import {join, resolve} from "node:path";
import {startSheetServer} from "./sheet-server.js";

export const ROOT = resolve(import.meta.dirname, "../..");
const HOMES = join(ROOT, ".test-builds");

/** The two builds every browser test reads: the real-data default (the bundled snapshot, offline) and the generated sample as if read from the sheet. */
export const BUILDS = {real: join(HOMES, "real/dist"), sample: join(HOMES, "sample/dist")};

export interface SiteSource {
  /** Sheet tabs, served on loopback as the sheet would send them. */
  tabs?: Record<string, string>;
  /** Fetch nothing: show the bundled snapshot as it is. */
  offline?: boolean;
}

/** Builds into .test-builds/NAME/dist and returns that folder. */
export async function buildSite(name: string, {tabs, offline = false}: SiteSource): Promise<string> {
  const home = join(HOMES, name);
  await rm(home, {recursive: true, force: true});
  await mkdir(home, {recursive: true});
  await cp(join(ROOT, "src"), join(home, "src"), {recursive: true, filter: (path) => !path.includes(".observablehq")});
  // Modules bundled from node_modules do not depend on the data: reuse the main build's rather than bundle d3 again.
  const modules = [join(ROOT, "src/.observablehq/cache/_node"), join(HOMES, "real/src/.observablehq/cache/_node")].find((dir) => existsSync(dir));
  if (modules) await cp(modules, join(home, "src/.observablehq/cache/_node"), {recursive: true});
  const server = tabs ? await startSheetServer(tabs) : undefined;
  try {
    const env: NodeJS.ProcessEnv = {...process.env, ...(server ? {SHEET_URL: server.template, SHEET_RETRIES: "0"} : {}), ...(offline ? {SHEET_OFFLINE: "1"} : {})};
    if (!offline) delete env.SHEET_OFFLINE;
    delete env.SNAPSHOT_DIR;
    const log: string[] = [];
    const code = await new Promise<number>((done) => {
      const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts/framework.ts"), "build", "--root", join(home, "src"), "--out", join(home, "dist")], {cwd: ROOT, env});
      child.stdout.on("data", (chunk) => log.push(String(chunk)));
      child.stderr.on("data", (chunk) => log.push(String(chunk)));
      child.on("close", (status) => done(status ?? 1));
    });
    // Framework lists every bundled module; the reason for a failure is in the last lines.
    if (code !== 0) throw new Error(`the ${name} build failed:\n${log.join("").split("\n").filter((line) => !line.includes("/_node/")).slice(-40).join("\n")}`);
  } finally {
    await server?.close();
  }
  return join(home, "dist");
}

/** A build made by test/e2e/build-sites.ts before the browser tests run. */
export function builtSite(name: keyof typeof BUILDS): string {
  if (!existsSync(join(BUILDS[name], "index.html"))) throw new Error(`${BUILDS[name]} is missing: run the browser tests with \`npm run test:e2e\`, which builds it first`);
  return BUILDS[name];
}

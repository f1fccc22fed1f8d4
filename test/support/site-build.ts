// Builds the whole site from sheet tabs served on loopback, into its own folder, so a test sees the pages a reader would.
import {spawn} from "node:child_process";
import {existsSync} from "node:fs";
import {cp, mkdir, rm, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {finishPages} from "../../scripts/finish-pages.js";
import {markNpmVersionsKnown} from "../../scripts/npm-offline.js";
import {startSheetServer} from "./sheet-server.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** Builds into .test-builds/NAME/dist (its own source copy, loader cache and snapshot); returns the dist folder. */
export async function buildSite(name: string, tabs: Record<string, string>): Promise<string> {
  const home = join(ROOT, ".test-builds", name);
  await rm(home, {recursive: true, force: true});
  await mkdir(home, {recursive: true});
  await cp(join(ROOT, "src"), join(home, "src"), {recursive: true, filter: (path) => !path.includes(".observablehq")});
  // The bundled npm modules do not depend on the data: reuse the main build's instead of bundling Plot and d3 again.
  const modules = join(ROOT, "src/.observablehq/cache/_node");
  if (existsSync(modules)) await cp(modules, join(home, "src/.observablehq/cache/_node"), {recursive: true});
  await writeFile(
    join(home, "observablehq.config.ts"),
    `import config from ${JSON.stringify(join(ROOT, "observablehq.config.ts"))};\nexport default {...config, root: ${JSON.stringify(join(home, "src"))}, output: ${JSON.stringify(join(home, "dist"))}};\n`
  );
  await markNpmVersionsKnown(join(home, "src"));
  const server = await startSheetServer(tabs);
  try {
    // Framework runs TypeScript loaders with `tsx` from PATH, as npm scripts have it.
    const PATH = `${join(ROOT, "node_modules/.bin")}:${process.env.PATH}`;
    const env: NodeJS.ProcessEnv = {...process.env, PATH, SHEET_URL: server.template, SHEET_RETRIES: "0", SNAPSHOT_WORK_DIR: join(home, "snapshot"), SNAPSHOT_RUN: name, OBSERVABLE_TELEMETRY_DISABLE: "1"};
    delete env.SHEET_OFFLINE;
    delete env.SNAPSHOT_DIR;
    const log: string[] = [];
    const code = await new Promise<number>((done) => {
      // Under tsx, so that this config (TypeScript, outside the project root) can import the real one.
      const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "node_modules/@observablehq/framework/dist/bin/observable.js"), "build", "--config", join(home, "observablehq.config.ts")], {cwd: ROOT, env});
      child.stdout.on("data", (chunk) => log.push(String(chunk)));
      child.stderr.on("data", (chunk) => log.push(String(chunk)));
      child.on("close", (status) => done(status ?? 1));
    });
    // Framework lists every bundled module; the reason for a failure is in the last lines.
    if (code !== 0) throw new Error(`the ${name} build failed:\n${log.join("").split("\n").filter((line) => !line.includes("/_node/")).slice(-40).join("\n")}`);
  } finally {
    await server.close();
  }
  await finishPages(join(home, "dist"), join(home, "snapshot"));
  return join(home, "dist");
}

// npm run build / npm run dev: Framework's own build and preview, with what the project adds around them.
// Usage: tsx scripts/framework.ts build [--root DIR] [--out DIR] | preview [Framework's preview options]
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {rename, rm} from "node:fs/promises";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {finishPages} from "./finish-pages.js";
import {markNpmVersionsKnown} from "./npm-offline.js";
import {bundlePlot, plotNamesUsed} from "./plot-bundle.js";
import {prerenderCharts} from "./prerender.js";

const [command = "build", ...args] = process.argv.slice(2);
const env = {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1"};

function observable(commandArgs: string[], extraEnv: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync("observable", commandArgs, {stdio: "inherit", env: {...env, ...extraEnv}});
  if (result.status !== 0) throw new Error(`observable ${commandArgs[0]} failed (exit ${result.status ?? result.signal})`);
}

/** Framework keeps a loader's output until the loader file itself changes, not the modules it imports: each run reads the sheet and the data files afresh. */
async function forgetData(root: string): Promise<void> {
  await rm(join(root, ".observablehq/cache/data"), {recursive: true, force: true});
}

/** Builds aside, then swaps the folder in: a failed build leaves the last good site, never half a one. */
async function build(root: string, out: string): Promise<void> {
  await forgetData(root);
  await markNpmVersionsKnown(root);
  await bundlePlot(root, await plotNamesUsed(root));
  const aside = `${out}.building`;
  await rm(aside, {recursive: true, force: true});
  try {
    observable(["build"], {OBSERVABLE_ROOT: root, OBSERVABLE_OUTPUT: aside});
    await finishPages(aside);
    // A chart the build could not draw is drawn by the page: the site is complete either way.
    await prerenderCharts(aside, {cache: join(root, ".observablehq/cache/prerender")}).catch((error: Error) => console.warn(`prerender failed, the pages draw every chart themselves: ${error.message}`));
    await rm(`${out}.old`, {recursive: true, force: true});
    if (existsSync(out)) await rename(out, `${out}.old`);
    await rename(aside, out);
    await rm(`${out}.old`, {recursive: true, force: true});
  } catch (error) {
    await rm(aside, {recursive: true, force: true});
    throw error;
  }
}

async function preview(root: string, previewArgs: string[]): Promise<void> {
  await forgetData(root);
  await markNpmVersionsKnown(root);
  // Every Plot export: an author may start using a new mark at any time.
  await bundlePlot(root, "all");
  observable(["preview", ...previewArgs], {OBSERVABLE_ROOT: root});
}

try {
  if (command === "build") {
    const {values} = parseArgs({args, options: {root: {type: "string", default: "src"}, out: {type: "string", default: "dist"}}});
    await build(resolve(values.root), resolve(values.out));
  } else if (command === "preview") await preview("src", args);
  else throw new Error(`unknown command «${command}»: build or preview`);
} catch (error) {
  console.error(`npm run ${command === "preview" ? "dev" : command}: ${(error as Error).message}`);
  process.exitCode = 1;
}

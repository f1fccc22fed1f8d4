// npm run build / npm run dev: Framework's own build and preview, with what the project adds around them.
// Usage: tsx scripts/framework.ts build [--root DIR] [--out DIR] | preview [Framework's preview options]
import {spawn, spawnSync} from "node:child_process";
import {createWriteStream, existsSync} from "node:fs";
import {mkdir, readFile, rename, rm} from "node:fs/promises";
import {dirname, join, resolve} from "node:path";
import {finished} from "node:stream/promises";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {buildKey, builtWith, recordBuild} from "./build-key.js";
import {bundleModules} from "./bundle-modules.js";
import {chromiumStamp} from "./chromium.js";
import {finishPages} from "./finish-pages.js";
import {markNpmVersionsKnown} from "./npm-offline.js";
import {bundlePlot, plotNamesUsed} from "./plot-bundle.js";

const [command = "build", ...args] = process.argv.slice(2);
const env = {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1"};
const PROJECT = fileURLToPath(new URL("..", import.meta.url));
/** The loader of every data file the pages read (src/data/snapshot.zip.ts), as Framework names its output. */
const SNAPSHOT = "data/snapshot.zip";
/** What else makes the site: the config, the installed packages' versions, and this folder's build steps. */
const PROJECT_INPUTS = ["observablehq.config.ts", "package-lock.json", "scripts"].map((name) => join(PROJECT, name));

function observable(commandArgs: string[], extraEnv: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync("observable", commandArgs, {stdio: "inherit", env: {...env, ...extraEnv}});
  if (result.status !== 0) throw new Error(`observable ${commandArgs[0]} failed (exit ${result.status ?? result.signal})`);
}

/** Framework keeps a loader's output until the loader file itself changes, not the modules it imports: each run reads the sheet and the data files afresh. */
async function forgetData(root: string): Promise<void> {
  await rm(join(root, ".observablehq/cache/data"), {recursive: true, force: true});
}

/**
 * Runs the snapshot's loader as Framework would, into the file Framework keeps its output in, and returns the archive:
 * Framework then finds it fresh and uses it, and the build knows its data before it builds.
 */
async function readData(root: string): Promise<Buffer> {
  await forgetData(root);
  const output = join(root, ".observablehq/cache", SNAPSHOT);
  const partial = `${output}.${process.pid}`;
  await mkdir(dirname(output), {recursive: true});
  const file = createWriteStream(partial);
  const loader = spawn(process.execPath, ["--import", "tsx", join(root, `${SNAPSHOT}.ts`)], {stdio: ["ignore", "pipe", "inherit"]});
  loader.stdout.pipe(file);
  const code = await new Promise<number | null>((done, fail) => loader.on("error", fail).on("close", done));
  await finished(file);
  if (code !== 0) {
    await rm(partial, {force: true});
    throw new Error(`the data loader src/${SNAPSHOT}.ts failed (exit ${code}); its message is above`);
  }
  await rename(partial, output);
  return readFile(output);
}

/** Builds aside, then swaps the folder in: a failed build leaves the last good site, never half a one. */
async function build(root: string, out: string): Promise<void> {
  const key = await buildKey({root, project: PROJECT_INPUTS, archive: await readData(root), extra: chromiumStamp()});
  if (await builtWith(root, out, key)) {
    console.log(`npm run build: ${out} already holds this site, built from the same pages, code and data: kept as it is`);
    return;
  }
  await markNpmVersionsKnown(root);
  await bundlePlot(root, await plotNamesUsed(root));
  const aside = `${out}.building`;
  await rm(aside, {recursive: true, force: true});
  try {
    observable(["build"], {OBSERVABLE_ROOT: root, OBSERVABLE_OUTPUT: aside});
    await bundleModules(aside);
    await finishPages(aside);
    // A chart the build could not draw is drawn by the page: the site is complete either way, but the next build tries again.
    // Chromium's driver and the SVG optimizer are loaded only by a build that has pages to draw.
    const {prerenderCharts} = await import("./prerender.js");
    const drawn = await prerenderCharts(aside, {cache: join(root, ".observablehq/cache/prerender")}).then(
      () => true,
      (error: Error) => (console.warn(`prerender failed, the pages draw every chart themselves: ${error.message}`), false)
    );
    await rm(`${out}.old`, {recursive: true, force: true});
    if (existsSync(out)) await rename(out, `${out}.old`);
    await rename(aside, out);
    await rm(`${out}.old`, {recursive: true, force: true});
    if (drawn) await recordBuild(root, out, key);
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

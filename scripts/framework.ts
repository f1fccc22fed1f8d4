// Runs Framework (build or preview) so that the pipeline runs once per run, then finishes the built pages.
import {spawnSync} from "node:child_process";
import {randomUUID} from "node:crypto";
import {finishPages} from "./finish-pages.js";
import {prerenderCharts} from "./prerender.js";
import {markNpmVersionsKnown} from "./npm-offline.js";
import {bundlePlot, plotNamesUsed} from "./plot-bundle.js";

const [command = "build", ...args] = process.argv.slice(2);
const env = {...process.env, SNAPSHOT_RUN: randomUUID(), OBSERVABLE_TELEMETRY_DISABLE: "1"};
await markNpmVersionsKnown("src");
await bundlePlot("src", command === "build" ? await plotNamesUsed("src") : "all");
const result = spawnSync("observable", [command, ...args], {stdio: "inherit", env});
if (result.status !== 0) process.exit(result.status ?? 1);
if (command === "build") {
  await finishPages("dist", process.env.SNAPSHOT_WORK_DIR ?? ".snapshot");
  // A chart the build could not draw is drawn by the page: the site is complete either way.
  await prerenderCharts("dist", {cache: "src/.observablehq/cache/prerender"}).catch((error: Error) => console.warn(`prerender failed, the pages draw every chart themselves: ${error.message}`));
}

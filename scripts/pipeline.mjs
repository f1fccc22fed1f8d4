// npm run data: the pipeline CLI as one plain-JavaScript bundle, rebuilt only when its sources change.
// Starting through tsx costs a second of TypeScript loading on every run; the refresh runs 96 times a day.
import {readdirSync, statSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = join(root, "src/data/pipeline");
const cli = join(sources, "cli.ts");
const bundle = join(root, "node_modules/.cache/covid39/pipeline.mjs");

// The bundle would hold any npm package the pipeline imports, so a new lockfile (or this launcher) rebuilds it as well.
const inputs = [...readdirSync(sources).map((name) => join(sources, name)), join(root, "package-lock.json"), fileURLToPath(import.meta.url)];
const newest = Math.max(...inputs.map((path) => statSync(path).mtimeMs));
const built = (() => {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -Infinity;
  }
})();
if (built < newest) {
  // esbuild is loaded only to rebuild: most runs just start the cached bundle.
  const {build} = await import("esbuild");
  await build({
    entryPoints: [cli],
    bundle: true,
    format: "esm",
    // Packages inside the bundle: papaparse loaded as CommonJS through the ESM loader cost about 20 ms of each start.
    platform: "node",
    outfile: bundle,
    logLevel: "warning",
    // Paths like the bundled sample are found next to the sources, not next to the bundle.
    define: {"import.meta.url": JSON.stringify(pathToFileURL(cli).href)}
  });
}
await import(pathToFileURL(bundle).href);

// npm run data: the pipeline CLI as one plain-JavaScript bundle, rebuilt only when its sources change.
// Starting through tsx costs a second of TypeScript loading on every run; the refresh runs 96 times a day.
import {createHash} from "node:crypto";
import {readdirSync, statSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = [join(root, "src/data/pipeline"), join(root, "src/shared")];
const cli = join(sources[0], "cli.ts");
// Named by the checkout: worktrees that share one node_modules must not run each other's bundle.
const bundle = join(root, `node_modules/.cache/covid39/pipeline-${createHash("sha1").update(root).digest("hex").slice(0, 8)}.mjs`);

// The bundle would hold any npm package the pipeline imports, so a new lockfile (or this launcher) rebuilds it as well.
const inputs = [...sources.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name))), join(root, "package-lock.json"), fileURLToPath(import.meta.url)];
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
    // Everything inside the bundle: one file to read at each start instead of a module graph.
    platform: "node",
    outfile: bundle,
    logLevel: "warning",
    // Paths like the bundled sample are found next to the sources, not next to the bundle.
    define: {"import.meta.url": JSON.stringify(pathToFileURL(cli).href)}
  });
}
await import(pathToFileURL(bundle).href);

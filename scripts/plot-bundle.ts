// Plot as one self-contained module holding only the marks the site uses. Framework would serve Plot importing the
// whole d3 package: 45 modules and 190 KiB that every chart page preloads before its first paint.
import {readFile, readdir, writeFile, mkdir} from "node:fs/promises";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {build, type Plugin} from "esbuild";

const PACKAGE = "@observablehq/plot";
const SOURCE = /\.(md|js|ts)$/;

/** What the site's pages and components take from Plot: `Plot.lineY` and `import {lineY} from "@observablehq/plot"`. */
export async function plotNamesUsed(root: string): Promise<Set<string>> {
  const names = new Set<string>();
  const files = (await readdir(root, {recursive: true, encoding: "utf8"})).filter((file) => SOURCE.test(file) && !file.startsWith(".observablehq"));
  for (const file of files) {
    const text = await readFile(join(root, file), "utf8");
    for (const [, name] of text.matchAll(/\bPlot\.([A-Za-z_$][\w$]*)/g)) names.add(name);
    for (const [, list] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*["'](?:npm:)?@observablehq\/plot["']/g)) {
      for (const item of list.split(",")) if (item.trim()) names.add(item.trim().split(/\s+as\s+/)[0]);
    }
  }
  return names;
}

/**
 * Writes the module where Framework keeps its own bundle of Plot, so that Framework serves this one instead.
 * `names: "all"` bundles every export: for the preview server, where an author may start using a new mark at any time.
 */
export async function bundlePlot(root: string, names: Set<string> | "all"): Promise<{path: string; exports: string[]}> {
  const {version} = await installedPackage(PACKAGE);
  const runtime = Object.keys(await import(PACKAGE));
  // Types such as Plot.Markish appear in the sources but are not exports at run time.
  const exports = names === "all" ? runtime : runtime.filter((name) => names.has(name));
  const path = join(root, ".observablehq/cache/_node", `${PACKAGE}@${version}`, "index.js");
  const result = await build({
    stdin: {contents: `export {${exports.join(", ")}} from "${PACKAGE}";`, resolveDir: process.cwd(), loader: "js"},
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2022"],
    minify: true,
    write: false,
    legalComments: "none",
    logLevel: "warning",
    plugins: [lazyNumberFormat]
  });
  await mkdir(dirname(path), {recursive: true});
  await writeFile(path, result.outputFiles[0].contents);
  return {path, exports};
}

// Plot builds an Intl.NumberFormat when its module loads, for a default format these charts never use with numbers:
// the browser's first Intl object costs about 150 ms of a throttled phone's main thread. Build it on first use instead.
const EAGER = `  const format = numberFormat(locale);
  return (i) => (i != null && !isNaN(i) ? format.format(i) : undefined);`;
const LAZY = `  let format;
  return (i) => (i != null && !isNaN(i) ? (format ??= numberFormat(locale)).format(i) : undefined);`;

/** Says so, and bundles Plot as it is, when a new Plot no longer has the code this replaces. */
const lazyNumberFormat: Plugin = {
  name: "lazy-number-format",
  setup(build) {
    build.onLoad({filter: /[\\/]@observablehq[\\/]plot[\\/]src[\\/]format\.js$/}, async ({path}) => {
      const code = await readFile(path, "utf8");
      if (!code.includes(EAGER)) return {contents: code, warnings: [{text: "Plot's formatNumber changed: its Intl.NumberFormat is built eagerly again (scripts/plot-bundle.ts)"}]};
      return {contents: code.replace(EAGER, LAZY)};
    });
  }
};

/** The package.json of an installed package (Plot does not export its own), found from its entry point as Framework finds it. */
async function installedPackage(name: string): Promise<{version: string}> {
  const require = createRequire(join(process.cwd(), "package.json"));
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    const json = await readFile(file, "utf8").catch(() => null);
    if (json && (JSON.parse(json) as {name?: string}).name === name) return JSON.parse(json);
  }
  throw new Error(`cannot find the package.json of ${name}`);
}

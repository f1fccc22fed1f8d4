// The site's own modules as one file: Framework serves each as a file, and a chart page's 20-26 preloads held back its first
// paint and its largest one on a phone's connection. Modules fetched on demand become chunks of the same build, so each
// module still exists once in a page; one file for all pages, so a reader's second page finds it cached.
import {readdirSync} from "node:fs";
import {readFile, rm, rmdir, writeFile} from "node:fs/promises";
import {dirname, join, posix, relative, resolve, sep} from "node:path";
import {build, type Metafile, type Plugin} from "esbuild";

/** Where the bundle goes: as deep as `_import/components/`, so the address plot.ts builds at run time from its own still holds. */
export const BUNDLED = "_import/bundled";
/** A page's import of one of its own modules, as Framework writes it: `import("./_import/components/figure.1a2b3c4d.js")`. */
const PAGE_IMPORT = /import\("((?:\.\.?\/)+_(?:import|node)\/[^"]+\.js)"\)/g;
const PRELOAD = /<link rel="modulepreload" href="([^"]+)">\n?/g;
/** Framework's runtime, shared with each page's inline script, and Plot, one self-contained module that plot.ts asks for again by address after a failure, stay where Framework put them. */
const KEPT = /^(_observablehq\/|_node\/@observablehq\/plot@)/;
const ENTRY = "site";

interface Page {
  file: string;
  html: string;
  /** The page's imports of its own modules: as written, and the module's path in the site. */
  imports: {specifier: string; path: string}[];
}

/** Bundles the modules the pages of the built site `dir` import, rewrites the pages to load the bundle, and removes the files bundled. */
export async function bundleModules(dir: string): Promise<void> {
  const pages = await builtPages(dir);
  const modules = [...new Set(pages.flatMap(({imports}) => imports.map(({path}) => path)))].sort();
  if (!modules.length) return;
  const {metafile} = await build({
    absWorkingDir: dir,
    entryPoints: [{in: `page:${ENTRY}`, out: ENTRY}],
    outdir: BUNDLED,
    entryNames: "[name].[hash]",
    chunkNames: "shared.[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: ["es2022"],
    minify: true,
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
    plugins: [siteEntry(dir, modules), keptAsTheyAre(dir)]
  });
  const [entry] = Object.entries(metafile.outputs).find(([, {entryPoint}]) => entryPoint === `page:${ENTRY}`)!;
  const preloads = [entry, ...staticChunks(metafile, entry)];
  await Promise.all(pages.filter(({imports}) => imports.length).map((page) => writeFile(join(dir, page.file), bundledPage(page, entry, modules, preloads))));
  await removeBundled(dir, Object.keys(metafile.inputs).filter((input) => !input.startsWith("page:")));
}

/** Every HTML page of the site, with its imports of its own modules. */
async function builtPages(dir: string): Promise<Page[]> {
  const files = readdirSync(dir, {recursive: true, encoding: "utf8"}).filter((file) => file.endsWith(".html"));
  return Promise.all(
    files.map(async (name) => {
      const file = name.split(sep).join("/");
      const html = await readFile(join(dir, file), "utf8");
      const imports = [...html.matchAll(PAGE_IMPORT)].map(([, specifier]) => ({specifier, path: posix.join(posix.dirname(file), specifier)}));
      return {file, html, imports: imports.filter(({path}) => !KEPT.test(path))};
    })
  );
}

/** The entry re-exports each module under a name of its own, since two modules may export the same name. */
function siteEntry(dir: string, modules: string[]): Plugin {
  return {
    name: "site-entry",
    setup(build) {
      build.onResolve({filter: /^page:/}, ({path}) => ({path: path.slice("page:".length), namespace: "page"}));
      build.onLoad({filter: /.*/, namespace: "page"}, () => ({
        contents: modules.map((module, i) => `export * as ${exportName(module, i)} from ${JSON.stringify(`./${module}`)};`).join("\n"),
        resolveDir: dir,
        loader: "js"
      }));
    }
  };
}

/** Framework's runtime and the Plot module stay external, addressed from the bundle's folder. */
function keptAsTheyAre(dir: string): Plugin {
  return {
    name: "kept-as-they-are",
    setup(build) {
      build.onResolve({filter: /\.js$/}, ({path, resolveDir, namespace}) => {
        if (namespace === "page") return undefined;
        const target = relative(dir, resolve(resolveDir, path)).split(sep).join("/");
        return KEPT.test(target) ? {path: posix.relative(BUNDLED, target), external: true} : undefined;
      });
    }
  };
}

/** The chunks an output imports statically, and theirs: what a page must preload to run it. */
function staticChunks(metafile: Metafile, output: string, seen = new Set<string>()): string[] {
  for (const {path, kind, external} of metafile.outputs[output].imports) {
    if (kind !== "import-statement" || external || seen.has(path)) continue;
    seen.add(path);
    staticChunks(metafile, path, seen);
  }
  return [...seen];
}

/** The page loading the bundle: each import of a module takes that module's part of it, and the preloads are the bundle's files. */
function bundledPage({file, html, imports}: Page, entry: string, modules: string[], preloads: string[]): string {
  const address = (path: string) => {
    const link = posix.relative(posix.dirname(file), path);
    return link.startsWith(".") ? link : `./${link}`;
  };
  let page = html;
  for (const {specifier, path} of imports) {
    const name = exportName(path, modules.indexOf(path));
    page = page.replaceAll(`import(${JSON.stringify(specifier)})`, `import(${JSON.stringify(address(entry))}).then((bundle) => bundle.${name})`);
  }
  let first = true;
  page = page.replace(PRELOAD, (link, href: string) => {
    const path = posix.join(posix.dirname(file), href);
    if (!/^_(import|node)\//.test(path) || KEPT.test(path)) return link;
    if (!first) return "";
    first = false;
    return preloads.map((preload) => `<link rel="modulepreload" href="${address(preload)}">\n`).join("");
  });
  if (first) throw new Error(`${file}: Framework preloads none of the modules it imports; has Framework changed? (scripts/bundle-modules.ts)`);
  return page;
}

/** `_import/components/figure.1a2b3c4d.js` → `figure_3`, `_node/htl@0.3.1/index.0caf36e7.js` → `htl_0`: readable, and unique by its index. */
function exportName(module: string, index: number): string {
  const base = module.startsWith("_node/") ? module.split("/")[1].replace(/@[^@/]*$/, "") : posix.basename(module).replace(/(\.[0-9a-f]{8})?\.js$/, "");
  return `${base.replace(/[^A-Za-z0-9]/g, "_")}_${index}`;
}

/** The files now in the bundle, and the folders they leave empty. */
async function removeBundled(dir: string, inputs: string[]): Promise<void> {
  await Promise.all(inputs.map((input) => rm(join(dir, input))));
  const folders = [...new Set(inputs.map((input) => dirname(join(dir, input))))].sort((a, b) => b.length - a.length);
  for (const folder of folders) if (!readdirSync(folder).length) await rmdir(folder);
}

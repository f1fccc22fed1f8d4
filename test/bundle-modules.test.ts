// scripts/bundle-modules.ts: the pages load the site's modules from one bundle, each module once, Framework's and Plot's left alone.
import assert from "node:assert/strict";
import {existsSync, readdirSync} from "node:fs";
import {mkdir, readFile, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {pathToFileURL} from "node:url";
import {afterEach, beforeEach, describe, it} from "node:test";
import {BUNDLED, bundleModules} from "../scripts/bundle-modules.js";
import {tempDir} from "./support/pipeline-harness.js";

const PLOT = "_node/@observablehq/plot@0.6.17/index.0a1b2c3d.js";

/** A page as Framework writes it: the runtime and the modules it imports preloaded, each imported inside a cell. */
function page(up: string, imports: string[]): string {
  const preloads = ["_observablehq/client.11111111.js", ...imports, "_node/d3-format@3.1.3/index.22222222.js"].map((path) => `<link rel="modulepreload" href="${up}${path}">\n`);
  const cells = imports.map((path) => `const {x} = await import("${up}${path}");`).join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8">\n${preloads.join("")}<script type="module">\nimport {define} from "${up}_observablehq/client.11111111.js";\n${cells}\n</script></head><body><script>import("${up}_observablehq/search.33333333.js")</script></body></html>\n`;
}

const FILES: Record<string, string> = {
  "_observablehq/client.11111111.js": "export const define = () => {};\n",
  [PLOT]: "export const plot = 'Plot';\n",
  "_node/d3-format@3.1.3/index.22222222.js": "export const format = (n) => `#${n}`;\n",
  "_import/shared/state.44444444.js": "export const seen = new Set();\n",
  "_import/components/chart.55555555.js": `import {format} from "../../_node/d3-format@3.1.3/index.22222222.js";
import {seen} from "../shared/state.44444444.js";
export const x = "chart";
export function mark(name) { seen.add(name); return format(seen.size); }
export const actions = () => import("./actions.66666666.js");
export const plot = () => import("../../${PLOT}");
export const plotAddress = () => import.meta.resolve("../../${PLOT}");
`,
  "_import/components/actions.66666666.js": `import {seen} from "../shared/state.44444444.js";\nexport const marked = () => [...seen];\n`,
  "_import/components/text.77777777.js": `import {seen} from "../shared/state.44444444.js";\nexport const x = "text";\nexport const count = () => seen.size;\n`
};

let dir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({dir, remove} = await tempDir("bundle-modules"));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, path)), {recursive: true});
    await writeFile(join(dir, path), text);
  }
  // Node reads the bundle as the browser does, as ES modules.
  await writeFile(join(dir, "package.json"), '{"type": "module"}\n');
  await writeFile(join(dir, "index.html"), page("./", ["_import/components/chart.55555555.js", "_import/components/text.77777777.js"]));
  await mkdir(join(dir, "towns"));
  await writeFile(join(dir, "towns/one.html"), page("../", ["_import/components/text.77777777.js"]));
});

afterEach(() => remove());

describe("bundleModules", () => {
  it("points every page's imports and preloads at the bundle, and leaves Framework's runtime, the search and Plot where they were", async () => {
    await bundleModules(dir);
    const index = await readFile(join(dir, "index.html"), "utf8");
    const town = await readFile(join(dir, "towns/one.html"), "utf8");
    const [entry] = readdirSync(join(dir, BUNDLED)).filter((file) => /^site\.\w+\.js$/.test(file));
    assert.ok(entry, "the site's bundle is written");
    assert.match(index, new RegExp(`await import\\("\\./${BUNDLED}/${entry}"\\)\\.then\\(\\(bundle\\) => bundle\\.chart_\\d+\\)`));
    assert.match(town, new RegExp(`await import\\("\\.\\./${BUNDLED}/${entry}"\\)\\.then\\(\\(bundle\\) => bundle\\.text_\\d+\\)`));
    const preloads = (html: string) => [...html.matchAll(/modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(preloads(index)[0], "./_observablehq/client.11111111.js");
    assert.equal(preloads(index)[1], `./${BUNDLED}/${entry}`);
    assert.deepEqual(preloads(town).slice(1), preloads(index).slice(1).map((href) => href.replace("./", "../")));
    assert.ok(preloads(index).every((href) => !/_import\/(components|shared)|d3-format|plot@/.test(href)), preloads(index).join("\n"));
    for (const html of [index, town]) {
      assert.match(html, /import \{define\} from "(\.\.?\/)+_observablehq\/client\.11111111\.js"/);
      assert.match(html, /import\("(\.\.?\/)+_observablehq\/search\.33333333\.js"\)/);
    }
  });

  it("keeps each module once: a module fetched on demand shares the state of the page's own", async () => {
    await bundleModules(dir);
    const [entry] = readdirSync(join(dir, BUNDLED)).filter((file) => /^site\.\w+\.js$/.test(file));
    const site = await import(pathToFileURL(join(dir, BUNDLED, entry)).href);
    const chart = Object.entries(site).find(([name]) => name.startsWith("chart_"))![1] as Record<string, (...args: string[]) => unknown>;
    const text = Object.entries(site).find(([name]) => name.startsWith("text_"))![1] as Record<string, (...args: string[]) => unknown>;
    assert.equal(chart.mark("a"), "#1", "d3-format is bundled and runs");
    assert.equal(text.count(), 1);
    const {marked} = (await chart.actions()) as {marked: () => string[]};
    assert.deepEqual(marked(), ["a"]);
    assert.deepEqual({...((await chart.plot()) as object)}, {plot: "Plot"});
    assert.equal(chart.plotAddress(), pathToFileURL(join(dir, PLOT)).href, "the address Plot is asked for again at still names it");
  });

  it("removes the files it bundled and the folders they leave empty, and keeps Plot's", async () => {
    await bundleModules(dir);
    assert.ok(!existsSync(join(dir, "_import/components")) && !existsSync(join(dir, "_import/shared")));
    assert.ok(!existsSync(join(dir, "_node/d3-format@3.1.3")));
    assert.ok(existsSync(join(dir, PLOT)) && existsSync(join(dir, "_observablehq/client.11111111.js")));
    assert.ok(readdirSync(join(dir, BUNDLED)).length >= 2, "the module fetched on demand is a chunk of its own");
  });

  it("fails, naming the page, when Framework no longer preloads the modules a page imports", async () => {
    await writeFile(join(dir, "towns/one.html"), page("../", ["_import/components/text.77777777.js"]).replace(/<link rel="modulepreload" href="\.\.\/_(import|node)[^>]*>\n/g, ""));
    await assert.rejects(bundleModules(dir), /towns\/one\.html: Framework preloads none of the modules it imports/);
  });
});

// The Plot the site serves: one module with no imports, exporting what the sources use and nothing they do not.
import assert from "node:assert/strict";
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {pathToFileURL} from "node:url";
import {bundlePlot, plotNamesUsed} from "../scripts/plot-bundle.js";

let root: string;

before(() => {
  root = mkdtempSync(join(tmpdir(), "plot-bundle-"));
  mkdirSync(join(root, "components"));
  writeFileSync(join(root, "components/chart.ts"), 'import * as Plot from "@observablehq/plot";\nexport const f = (m: Plot.Markish) => Plot.plot({marks: [Plot.lineY([1, 2]), m]});\n');
  writeFileSync(join(root, "page.md"), '```js\nimport {barX, dot as point} from "npm:@observablehq/plot";\n```\n');
  // Framework's own cache is not a source: names in it must not widen the bundle.
  mkdirSync(join(root, ".observablehq"));
  writeFileSync(join(root, ".observablehq/old.js"), "Plot.geo()");
});
after(() => rmSync(root, {recursive: true, force: true}));

test("finds Plot.name uses and named imports, in Markdown and in modules", async () => {
  assert.deepEqual([...(await plotNamesUsed(root))].sort(), ["Markish", "barX", "dot", "lineY", "plot"]);
});

test("the bundle exports the used names that exist at run time, imports nothing and draws", async () => {
  const {path, exports} = await bundlePlot(root, await plotNamesUsed(root));
  assert.match(path, /\.observablehq\/cache\/_node\/@observablehq\/plot@\d+\.\d+\.\d+\/index\.js$/);
  assert.deepEqual(exports.sort(), ["barX", "dot", "lineY", "plot"]);
  const code = readFileSync(path, "utf8");
  assert.doesNotMatch(code, /\bimport\s*[{*"']|\bfrom\s*"/, "a bare import would make Framework preload d3 again");
  const module = await import(pathToFileURL(path).href);
  assert.deepEqual(Object.keys(module).sort(), ["barX", "dot", "lineY", "plot"]);
  assert.equal(typeof module.lineY([1, 2]).plot, "function");
});

test("for the preview server, every export; no Intl.NumberFormat is built until a number is formatted", async () => {
  // Another root, so another path: the module loader would hand back the bundle imported above.
  const {path, exports} = await bundlePlot(join(root, "preview"), "all");
  assert.ok(exports.includes("geo") && exports.includes("hexbin") && exports.length > 100, `${exports.length} exports`);
  const NumberFormat = Intl.NumberFormat;
  let built = 0;
  Intl.NumberFormat = new Proxy(NumberFormat, {construct: (target, args) => (++built, new target(...(args as [])))});
  try {
    const module = await import(pathToFileURL(path).href);
    assert.equal(built, 0, "Plot built an Intl.NumberFormat as its module loaded: the lazy-number-format patch no longer applies");
    assert.equal(module.formatNumber()(1234.5), "1,234.5");
    assert.equal(built, 1);
  } finally {
    Intl.NumberFormat = NumberFormat;
  }
});

// docs/parity.md maps every item of the original app to a chart or card: each named one must be on the page named.
import assert from "node:assert/strict";
import {readFileSync, readdirSync} from "node:fs";
import {test} from "node:test";

const parity = readFileSync(new URL("../docs/parity.md", import.meta.url), "utf8");
const source = (page: string) => readFileSync(new URL(`../src/${page}`, import.meta.url), "utf8");
// Cards and some titles are written by components the page calls.
const components = readdirSync(new URL("../src/components/", import.meta.url)).map((file) => readFileSync(new URL(`../src/components/${file}`, import.meta.url), "utf8")).join("\n");

const rows = parity.split("\n").filter((line) => /^\| .* \| `[\w-]+\.md` · «/.test(line));

test("the parity list names a chart or card for every item", () => {
  assert.ok(rows.length >= 60, `only ${rows.length} rows`);
});

test("each chart or card named in the parity list is on its page", () => {
  const missing = rows.flatMap((row) => {
    const [, page, title] = /`([\w-]+\.md)` · «([^»]+)»/.exec(row)!;
    const text = source(page) + components;
    return text.includes(title) ? [] : [`${page}: «${title}»`];
  });
  assert.deepEqual(missing, []);
});

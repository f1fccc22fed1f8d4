// scripts/build-key.ts: a build keeps the site it finds only when pages, code and data are what made it, and the site is untouched.
import assert from "node:assert/strict";
import {mkdir, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, it} from "node:test";
import JSZip from "jszip";
import {buildKey, builtWith, recordBuild} from "../scripts/build-key.js";
import {tempDir} from "./support/pipeline-harness.js";

let dir: string;
let remove: () => Promise<void>;
let root: string;
let out: string;
let config: string;

async function archive(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, {date: new Date("2020-03-08T00:00:00Z")});
  return zip.generateAsync({type: "nodebuffer"});
}

const meta = (generatedAt: string) => JSON.stringify({generatedAt, tables: {daily: {status: "fresh", lastDate: "2023-06-07"}}});
const DATA = {"daily.csv": "date,cases\n2023-06-07,12\n", "meta.json": meta("2026-12-02T12:00:00Z")};
const key = async (data: Record<string, string> = DATA) => buildKey({root, project: [config], archive: await archive(data)});

beforeEach(async () => {
  ({dir, remove} = await tempDir("build-key"));
  root = join(dir, "src");
  out = join(dir, "dist");
  config = join(dir, "observablehq.config.ts");
  await mkdir(join(root, "components"), {recursive: true});
  await mkdir(join(root, ".observablehq/cache"), {recursive: true});
  await mkdir(out, {recursive: true});
  await writeFile(join(root, "index.md"), "# Обзор\n");
  await writeFile(join(root, "components/chart.ts"), "export const chart = 1;\n");
  await writeFile(config, "export default {};\n");
  await writeFile(join(out, "index.html"), "<!DOCTYPE html>");
});

afterEach(() => remove());

describe("buildKey", () => {
  it("is the same for the same inputs, and for a snapshot written again at another time", async () => {
    assert.equal(await key(), await key());
    assert.equal(await key(), await key({...DATA, "meta.json": meta("2026-12-02T12:15:00Z")}));
  });

  it("changes with a page, a component, the config, a data file, or the data being current rather than an archive", async () => {
    const before = await key();
    const changed: string[] = [];
    for (const [file, text] of [[join(root, "index.md"), "# Обзор.\n"], [join(root, "components/chart.ts"), "export const chart = 2;\n"], [config, "export default {pager: false};\n"]]) {
      await writeFile(file, text);
      changed.push(await key());
    }
    changed.push(await key({...DATA, "daily.csv": "date,cases\n2023-06-07,13\n"}));
    // The same data read the day after they end are current, not the archive they are years later.
    changed.push(await key({...DATA, "meta.json": meta("2023-06-08T12:00:00Z")}));
    assert.equal(new Set([before, ...changed]).size, 6);
  });

  it("leaves out Framework's cache, which the build itself writes", async () => {
    const before = await key();
    await writeFile(join(root, ".observablehq/cache/build.json"), "{}");
    assert.equal(await key(), before);
  });
});

describe("builtWith", () => {
  it("holds after recordBuild, until a built file changes or goes, or the key changes", async () => {
    const current = await key();
    assert.equal(await builtWith(root, out, current), false, "nothing recorded yet");
    await recordBuild(root, out, current);
    assert.equal(await builtWith(root, out, current), true);
    assert.equal(await builtWith(root, out, await key({...DATA, "daily.csv": "date,cases\n"})), false);
    await writeFile(join(out, "index.html"), "<!DOCTYPE html><html>");
    assert.equal(await builtWith(root, out, current), false, "a page edited by hand");
    await recordBuild(root, out, current);
    await rm(out, {recursive: true});
    assert.equal(await builtWith(root, out, current), false, "the site removed");
  });
});

// Carries the original project's last publication (8 June 2023) into src/data/bundled/ through our own pipeline: the real data, the offline default.
// Run: npm run bundle-snapshot [-- FOLDER] [--out DIR]. Deterministic: test/bundled.test.ts checks that the committed files are what it writes.
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, mkdtemp, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {replaceFiles} from "../src/data/pipeline/atomic.js";
import {DAILY, DEATHS, ROSSTAT} from "../src/data/pipeline/columns.js";
import {municTab, sheetTab} from "../src/data/pipeline/original.js";
import {runPipeline, type PipelineResult} from "../src/data/pipeline/snapshot.js";
import type {Meta, TableMeta, TableName} from "../src/shared/meta.js";
import {serveSheet} from "./serve.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REPOSITORY = "https://github.com/KonstantinKlepikov/covid-kaliningrad";

/**
 * The publication: the files of the `datasets` branch at commit 5695454 (2023-06-08 02:26:50 UTC), the original's
 * last scheduled run. Its job fetched data, destrib and rosstat on every run; munic.csv was written once, by hand,
 * at commit e970887 (2021-01-31 15:28:12 UTC), and the job never fetched the municipal sheet again.
 */
const PUBLISHED: Record<TableName, {file: string; sha256: string; fetchedAt: string}> = {
  daily: {file: "data.csv", sha256: "6b4084b13328ff6c0522db5d43f216b2d804e82c96dc93df889ceb9d72de4336", fetchedAt: "2023-06-08T02:26:50Z"},
  deaths: {file: "destrib.csv", sha256: "f6a51bcf5aeadb59b09b802bd5e879494d32aa4db7d140ed7b0f5960438de0b5", fetchedAt: "2023-06-08T02:26:50Z"},
  rosstat: {file: "rosstat.csv", sha256: "a99cbafcb5a3552db61b35ae80f91fdee549775e0971854c51720d9a4667b503", fetchedAt: "2023-06-08T02:26:50Z"},
  municipalities: {file: "munic.csv", sha256: "114897cf1aa313a2ab9a23db11236978d61736f136f9703e3e29455fa0f08828", fetchedAt: "2021-01-31T15:28:12Z"}
};
const PUBLISHED_AT = PUBLISHED.daily.fetchedAt;

const source = (file: string) => `${REPOSITORY}, ветка datasets, публикация 8 июня 2023: data/${file}`;

/** The four tabs as the sheet's export would have sent them, rebuilt from the published files. */
async function rebuildTabs(folder: string, into: string): Promise<Record<string, string>> {
  const read = async (table: TableName) => {
    const {file, sha256} = PUBLISHED[table];
    const text = await readFile(join(folder, file), "utf8");
    const actual = createHash("sha256").update(text).digest("hex");
    if (actual !== sha256) throw new Error(`${join(folder, file)}: sha256 ${actual}, not ${sha256}: not the file of the 8 June 2023 publication, so the provenance this script writes would be wrong`);
    return text;
  };
  const tabs = {
    data: sheetTab(await read("daily"), DAILY, PUBLISHED.daily.file),
    destrib: sheetTab(await read("deaths"), DEATHS, PUBLISHED.deaths.file),
    rosstat: sheetTab(await read("rosstat"), ROSSTAT, PUBLISHED.rosstat.file),
    munic: municTab(await read("municipalities"), PUBLISHED.municipalities.file)
  };
  const paths: Record<string, string> = {};
  for (const [tab, text] of Object.entries(tabs)) await writeFile((paths[tab] = join(into, `${tab}.csv`)), text);
  return paths;
}

/** Runs our pipeline over the rebuilt tabs on a loopback server, as if it had read the sheet at the moment of the publication. */
async function runOverLoopback(tabs: Record<string, string>, outDir: string): Promise<PipelineResult> {
  const served = await serveSheet(tabs);
  process.env.SHEET_URL = served.url;
  try {
    return await runPipeline({outDir, strict: true, fetch: {timeoutMs: 60_000, retries: 0, baseDelayMs: 0}, now: () => new Date(PUBLISHED_AT), log: (line) => console.error(line)});
  } finally {
    delete process.env.SHEET_URL;
    await served.close();
  }
}

/** Each table fresh as of its publication, from the original's published file; the pipeline's warnings are kept. */
function withProvenance(meta: Meta): Meta {
  const tables = Object.fromEntries(
    Object.entries(meta.tables).map(([table, entry]) => {
      const {file, fetchedAt} = PUBLISHED[table as TableName];
      return [table, {...(entry as TableMeta), status: "fresh", source: source(file), fetchedAt}];
    })
  );
  return {generatedAt: PUBLISHED_AT, tables};
}

/** The package credits the original, and each table names the published file it came from, not the loopback run. */
function withCredit(datapackage: {resources: {name: string; title?: string}[]}): Record<string, unknown> {
  const resources = datapackage.resources.map((resource) => {
    const {file} = PUBLISHED[resource.name as TableName];
    return {...resource, sources: [{title: resource.title, path: source(file)}]};
  });
  return {...datapackage, resources, sources: [{title: "covid-kaliningrad, © 2020 Konstantin Klepikov, MIT: ветка datasets, публикация 8 июня 2023", path: `${REPOSITORY}/tree/datasets`}]};
}

async function bundleSnapshot(folder: string, out: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "covid39-bundle-"));
  try {
    const snapshot = join(work, "snapshot");
    const {meta, notFresh, written} = await runOverLoopback(await rebuildTabs(folder, work), snapshot);
    if (notFresh.length || !written) throw new Error(`the pipeline did not publish ${notFresh.join(", ")} from the rebuilt tabs: see the lines above`);
    const files = new Map<string, string>();
    for (const table of Object.keys(PUBLISHED)) files.set(`${table}.csv`, await readFile(join(snapshot, `${table}.csv`), "utf8"));
    files.set("datapackage.json", JSON.stringify(withCredit(JSON.parse(await readFile(join(snapshot, "datapackage.json"), "utf8"))), null, 2) + "\n");
    files.set("meta.json", JSON.stringify(withProvenance(meta), null, 2) + "\n");
    await mkdir(out, {recursive: true});
    await replaceFiles(out, files);
  } finally {
    await rm(work, {recursive: true, force: true});
  }
}

const {values, positionals} = parseArgs({options: {out: {type: "string"}}, allowPositionals: true});
const folder = positionals[0] ? resolve(positionals[0]) : join(ROOT, "../shared/reference/published-2023-06-08");
if (!existsSync(folder)) {
  console.error(`bundle-snapshot: ${folder} is missing: pass the folder of the original's published files (data.csv, destrib.csv, rosstat.csv, munic.csv) as the first argument`);
  process.exit(1);
}
await bundleSnapshot(folder, values.out ? resolve(values.out) : join(ROOT, "src/data/bundled"));

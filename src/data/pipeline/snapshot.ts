// Runs every table into a snapshot folder; a table that fails keeps its last good file, or falls back to the bundled sample.
import {createReadStream, existsSync} from "node:fs";
import {mkdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {recover, replaceFiles} from "./atomic.js";
import {SheetError, TableCleaner, type CleanTable} from "./clean.js";
import {formatCsv} from "./csv.js";
import {dataPackage, tableResource, type Resource} from "./datapackage.js";
import {deriveDaily} from "./derive.js";
import {fetchOptionsFromEnv, fetchSheetCsv, type FetchOptions} from "./fetch.js";
import {keepVanishedValues} from "./guard.js";
import {MunicipalPivot} from "./municipalities.js";
import {parseCsv} from "./parse.js";
import {SOURCES, sheetUrl, type Source, type TableName} from "./sources.js";
import {blankSuspiciousZeros} from "./zeros.js";

export type TableStatus = "fresh" | "stale" | "sample";

export interface TableMeta {
  status: TableStatus;
  source: string;
  fetchedAt: string | null;
  rows: number;
  error?: string;
  warnings: string[];
}

export interface Meta {
  generatedAt: string;
  tables: Partial<Record<TableName, TableMeta>>;
}

export interface PipelineOptions {
  outDir: string;
  /** Never fall back to the sample; the caller exits non-zero when a table is not fresh. */
  strict?: boolean;
  /** Do not fetch: keep the snapshot in outDir as it is (sample where it has nothing). */
  offline?: boolean;
  only?: TableName[];
  fetch?: FetchOptions;
  now?: () => Date;
  log?: (line: string) => void;
}

export const SAMPLE_DIR = fileURLToPath(new URL("../sample/", import.meta.url));

interface Published {
  csv: string;
  resource: Resource;
  meta: TableMeta;
}

/** Reads a tab's text once, through the cleaning its table needs. */
async function readTable(source: Source, text: AsyncIterable<string>, today: Date): Promise<CleanTable> {
  let cleaner: TableCleaner | undefined;
  let pivot: MunicipalPivot | undefined;
  await parseCsv(text, (cells, sheetRow) => {
    if (!cleaner) {
      cleaner = new TableCleaner(source.tab, source.columns, cells, today);
      if (source.table === "municipalities") pivot = new MunicipalPivot(cleaner);
    } else if (pivot) pivot.add(cells, sheetRow);
    else cleaner.keep(cells, sheetRow);
  });
  if (!cleaner) throw new SheetError(`${source.tab}: the tab is empty (no header row)`);
  return pivot ? pivot.finish() : cleaner.finish();
}

/** The derived columns, computed last: after the guard has put back any values that vanished. */
function derive(source: Source, table: CleanTable): CleanTable {
  return source.table === "daily" ? deriveDaily(blankSuspiciousZeros(source.tab, table)) : table;
}

function publish(source: Source, table: CleanTable, meta: Omit<TableMeta, "rows" | "warnings">): Published {
  return {
    csv: formatCsv(table.fields, table.rows),
    resource: tableResource(source, table.fields),
    meta: {...meta, rows: table.rows.length, warnings: table.warnings}
  };
}

async function fetchTable(source: Source, options: FetchOptions, now: Date, lastGoodCsv: string | undefined): Promise<Published> {
  const url = sheetUrl(source);
  const fetched = await fetchSheetCsv(url, options, (text) => readTable(source, text, now));
  const table = lastGoodCsv ? keepVanishedValues(source.tab, fetched, lastGoodCsv) : fetched;
  return publish(source, derive(source, table), {status: "fresh", source: url, fetchedAt: now.toISOString()});
}

async function sampleTable(source: Source, error: string, now: Date): Promise<Published> {
  const path = join(SAMPLE_DIR, `${source.tab}.csv`);
  const table = derive(source, await readTable(source, createReadStream(path, {encoding: "utf8"}), now));
  return publish(source, table, {status: "sample", source: `sample: src/data/sample/${source.tab}.csv`, fetchedAt: null, error});
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}

export async function runPipeline(options: PipelineOptions): Promise<Meta> {
  const {outDir, strict = false, offline = false, log = () => {}} = options;
  const now = (options.now ?? (() => new Date()))();
  const fetchOptions = options.fetch ?? fetchOptionsFromEnv();
  await mkdir(outDir, {recursive: true});
  await recover(outDir);
  const previous = await readJson<Meta>(join(outDir, "meta.json"));
  const previousPackage = await readJson<{resources: Resource[]}>(join(outDir, "datapackage.json"));
  const files = new Map<string, string>();
  const meta: Meta = {generatedAt: now.toISOString(), tables: {}};
  const resources: Resource[] = [];

  for (const source of SOURCES) {
    const lastGood = existsSync(join(outDir, `${source.table}.csv`));
    const lastMeta = previous?.tables[source.table];
    const lastResource = previousPackage?.resources.find((r) => r.name === source.table);
    const keepLastGood = (entry: TableMeta) => {
      meta.tables[source.table] = entry;
      if (lastResource) resources.push(lastResource);
    };
    if (options.only && !options.only.includes(source.table)) {
      if (lastGood && lastMeta) keepLastGood(lastMeta);
      continue;
    }
    let published: Published;
    try {
      if (offline) {
        if (lastGood && lastMeta) {
          keepLastGood(lastMeta);
          log(`${source.table}: offline, kept the snapshot of ${lastMeta.fetchedAt ?? "unknown date"} (${lastMeta.status})`);
          continue;
        }
        throw new Error("offline (SHEET_OFFLINE), and no snapshot to keep");
      }
      // The sample is no evidence about the real sheet: only a real snapshot guards against vanished values.
      const realLastGood = lastGood && lastMeta && lastMeta.status !== "sample";
      published = await fetchTable(source, fetchOptions, now, realLastGood ? await readFile(join(outDir, `${source.table}.csv`), "utf8") : undefined);
    } catch (caught) {
      const error = (caught as Error).message;
      if (lastGood) {
        // The sample kept from an earlier run is still the sample, not an old copy of the sheet.
        const status = lastMeta?.status === "sample" ? "sample" : "stale";
        keepLastGood({status, source: lastMeta?.source ?? sheetUrl(source), fetchedAt: lastMeta?.fetchedAt ?? null, rows: lastMeta?.rows ?? 0, error, warnings: lastMeta?.warnings ?? []});
        log(`${source.table}: ${status === "sample" ? "SAMPLE, kept the sample of an earlier run" : "STALE, kept the last good file"}: ${error}`);
        continue;
      }
      if (strict) {
        log(`${source.table}: FAILED, nothing written: ${error}`);
        continue;
      }
      published = await sampleTable(source, error, now);
      log(`${source.table}: SAMPLE, no snapshot to fall back on: ${error}`);
    }
    files.set(`${source.table}.csv`, published.csv);
    resources.push(published.resource);
    meta.tables[source.table] = published.meta;
    if (published.meta.status === "fresh") log(`${source.table}: fresh, ${published.meta.rows} rows, ${published.meta.warnings.length} warnings`);
    for (const warning of published.meta.warnings) log(`  warning: ${warning}`);
  }

  files.set("datapackage.json", JSON.stringify(dataPackage(resources), null, 2) + "\n");
  files.set("meta.json", JSON.stringify(meta, null, 2) + "\n");
  await replaceFiles(outDir, files);
  return meta;
}

/** Every table that was asked for came fresh from the sheet. */
export function allFresh(meta: Meta, only: TableName[] = SOURCES.map((s) => s.table)): boolean {
  return only.every((table) => meta.tables[table]?.status === "fresh");
}

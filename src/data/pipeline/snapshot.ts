// Runs every table into a snapshot folder; a table that fails keeps its last good file, and nothing published is ever lost.
import {existsSync} from "node:fs";
import {mkdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Meta, TableMeta, TableName} from "../../shared/meta.js";
import {recover, replaceFiles} from "./atomic.js";
import {SheetError, TableCleaner, type CleanTable} from "./clean.js";
import {formatCsv} from "./csv-writer.js";
import {dataPackage, tableResource, type Resource} from "./datapackage.js";
import {deriveDaily} from "./derive.js";
import {fetchOptionsFromEnv, fetchSheetCsv, type FetchOptions} from "./fetch.js";
import {keepVanishedValues} from "./guard.js";
import {MunicipalPivot} from "./municipalities.js";
import {parseCsv, parseCsvFields} from "./parse.js";
import {SOURCES, sheetUrl, type Source} from "./sources.js";
import {blankSuspiciousZeros} from "./zeros.js";

export interface PipelineOptions {
  outDir: string;
  /** All or nothing: unless every table asked for comes fresh from the sheet, nothing is written. */
  strict?: boolean;
  /** Do not fetch: keep the snapshot in outDir as it is. */
  offline?: boolean;
  only?: TableName[];
  fetch?: FetchOptions;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface PipelineResult {
  meta: Meta;
  /** Tables asked for that are not fresh: kept from the last good snapshot, or, with none, not published at all. */
  notFresh: TableName[];
  /** Tables asked for that have nothing to publish: no sheet and no last good file. */
  missing: TableName[];
  /** Whether the folder was written: not with --strict when a table is not fresh. */
  written: boolean;
}

interface Published {
  csv: string;
  resource: Resource;
  meta: TableMeta;
}

/** Reads a tab's bytes once, through the cleaning its table needs. */
async function readTable(source: Source, bytes: AsyncIterable<Uint8Array>, today: Date): Promise<CleanTable> {
  if (source.table === "municipalities") return readMunicipal(source, bytes, today);
  let cleaner: TableCleaner | undefined;
  await parseCsv(bytes, (cells, sheetRow) => {
    if (!cleaner) cleaner = new TableCleaner(source.tab, source.columns, cells, today);
    else cleaner.keep(cells, sheetRow);
  });
  if (!cleaner) throw new SheetError(`${source.tab}: the tab is empty (no header row)`);
  return cleaner.finish();
}

/** The long municipal tab, pivoted as it streams in; its millions of fields are read as bytes, few of them decoded. */
async function readMunicipal(source: Source, bytes: AsyncIterable<Uint8Array>, today: Date): Promise<CleanTable> {
  let pivot: MunicipalPivot | undefined;
  await parseCsvFields(bytes, (record, sheetRow) => {
    if (!pivot) pivot = new MunicipalPivot(new TableCleaner(source.tab, source.columns, record.texts(), today));
    else pivot.add(record, sheetRow);
  });
  if (!pivot) throw new SheetError(`${source.tab}: the tab is empty (no header row)`);
  return pivot.finish();
}

/** The derived columns, computed last: after the guard has put back any values that vanished. */
function derive(source: Source, table: CleanTable): CleanTable {
  return source.table === "daily" ? deriveDaily(blankSuspiciousZeros(source.tab, table)) : table;
}

/** The first and newest day of a table with dates; rows without a date (a death whose day is unknown) are left out. */
function dateSpan(table: CleanTable): Pick<TableMeta, "firstDate" | "lastDate"> {
  const at = table.fields.findIndex((f) => f.type === "date");
  let [firstDate, lastDate]: (string | null)[] = [null, null];
  for (const row of table.rows) {
    const date = at < 0 ? null : (row[at] as string | null);
    if (date === null) continue;
    if (firstDate === null || date < firstDate) firstDate = date;
    if (lastDate === null || date > lastDate) lastDate = date;
  }
  return {firstDate, lastDate};
}

async function fetchTable(source: Source, options: FetchOptions, now: Date, lastGoodCsv: string | undefined): Promise<Published> {
  const url = sheetUrl(source);
  const fetched = await fetchSheetCsv(url, options, (bytes) => readTable(source, bytes, now));
  const table = derive(source, lastGoodCsv ? keepVanishedValues(source.tab, fetched, lastGoodCsv) : fetched);
  const meta: TableMeta = {status: "fresh", source: url, fetchedAt: now.toISOString(), rows: table.rows.length, ...dateSpan(table), warnings: table.warnings};
  return {csv: formatCsv(table.fields, table.rows), resource: tableResource(source, table.fields, meta), meta};
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
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
  const notFresh: TableName[] = [];
  const missing: TableName[] = [];

  for (const source of SOURCES) {
    const lastMeta = existsSync(join(outDir, `${source.table}.csv`)) ? previous?.tables[source.table] : undefined;
    const lastResource = previousPackage?.resources.find((r) => r.name === source.table);
    const keep = (entry: TableMeta) => {
      meta.tables[source.table] = entry;
      if (lastResource) resources.push(lastResource.status === entry.status ? lastResource : {...lastResource, status: entry.status});
    };
    if (options.only && !options.only.includes(source.table)) {
      if (lastMeta) keep(lastMeta);
      continue;
    }
    if (offline) {
      if (lastMeta) {
        keep(lastMeta);
        log(`${source.table}: offline, kept the snapshot read ${lastMeta.fetchedAt ?? "at an unknown time"} (${lastMeta.status})`);
      } else {
        missing.push(source.table);
        log(`${source.table}: FAILED, offline and no snapshot to keep`);
      }
      if (lastMeta?.status !== "fresh") notFresh.push(source.table);
      continue;
    }
    try {
      const published = await fetchTable(source, fetchOptions, now, lastMeta ? await readFile(join(outDir, `${source.table}.csv`), "utf8") : undefined);
      files.set(`${source.table}.csv`, published.csv);
      resources.push(published.resource);
      meta.tables[source.table] = published.meta;
      log(`${source.table}: fresh, ${published.meta.rows} rows to ${published.meta.lastDate ?? "no date"}, ${published.meta.warnings.length} warnings`);
      for (const warning of published.meta.warnings) log(`  warning: ${warning}`);
    } catch (caught) {
      const error = (caught as Error).message;
      notFresh.push(source.table);
      if (lastMeta) {
        keep({...lastMeta, status: "stale", error});
        log(`${source.table}: STALE, kept the last good file: ${error}`);
      } else {
        missing.push(source.table);
        log(`${source.table}: FAILED, and no last good file to keep: ${error}`);
      }
    }
  }

  const written = !(strict && notFresh.length) && Object.keys(meta.tables).length > 0;
  if (written) {
    files.set("datapackage.json", JSON.stringify(dataPackage(resources), null, 2) + "\n");
    files.set("meta.json", JSON.stringify(meta, null, 2) + "\n");
    await replaceFiles(outDir, files);
  } else {
    log(strict && notFresh.length ? `nothing written (--strict): ${notFresh.join(", ")} not fresh` : "nothing written: no table could be read");
  }
  return {meta, notFresh, missing, written};
}

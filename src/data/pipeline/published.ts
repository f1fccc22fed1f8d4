// A published snapshot read back as the site reads it: each table's columns by name, with their datapackage descriptions.
import {readFileSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Meta, TableName} from "../../shared/meta.js";
import type {Measure} from "../../shared/topic.js";
import type {Resource} from "./datapackage.js";
import {CsvRecords} from "./csv-reader.js";

/** A field of datapackage.json, as columns.ts described it. */
export interface SchemaField {
  name: string;
  type: string;
  title: string;
  label?: string;
  description?: string;
  unit?: string;
  sparse?: boolean;
  group?: string;
  color?: string;
  measure?: Measure;
  population?: number;
}

export interface PublishedTable {
  fields: SchemaField[];
  /** The column's cells as published: "" where nothing was reported. */
  column(name: string): string[];
  length: number;
}

export interface Snapshot {
  meta: Meta;
  datapackage: {resources: Resource[]};
  table(name: TableName): PublishedTable;
}

/** The snapshot in `dir`; each table is read when first asked for, once. */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  const meta = JSON.parse(await readFile(join(dir, "meta.json"), "utf8")) as Meta;
  const datapackage = JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")) as {resources: Resource[]};
  const tables = new Map<TableName, PublishedTable>();
  const read = (name: TableName): PublishedTable => {
    const resource = datapackage.resources.find((r) => r.name === name);
    return resource ? columnsOf((resource.schema as {fields: SchemaField[]}).fields, readFileSync(join(dir, resource.path), "utf8")) : columnsOf([], "");
  };
  return {
    meta,
    datapackage,
    table: (name) => tables.get(name) ?? tables.set(name, read(name)).get(name)!
  };
}

/** A CSV of the snapshot's own writing, split into columns by its header. */
function columnsOf(fields: SchemaField[], csv: string): PublishedTable {
  let header: string[] | undefined;
  const columns: string[][] = [];
  const reader = new CsvRecords((cells) => {
    if (!header) {
      header = cells;
      header.forEach(() => columns.push([]));
    } else if (cells.some((cell) => cell !== "")) cells.forEach((cell, i) => columns[i]?.push(cell));
  });
  reader.push(csv);
  reader.end();
  const at = new Map((header ?? []).map((name, i) => [name, i]));
  const length = columns[0]?.length ?? 0;
  return {fields, length, column: (name) => columns[at.get(name) ?? -1] ?? Array(length).fill("")};
}

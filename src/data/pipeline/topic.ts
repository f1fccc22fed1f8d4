// A page's compact data: only the columns it draws, as arrays, with their labels from datapackage.json.
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import Papa from "papaparse";
import {buildSnapshot} from "./build-snapshot.js";
import type {Resource} from "./datapackage.js";
import type {TableName} from "./sources.js";

interface SchemaField {
  name: string;
  type: string;
  title: string;
  label?: string;
  description?: string;
  unit?: string;
  sparse?: boolean;
  group?: string;
}

export interface TopicSelection {
  table?: TableName;
  /** Field names, in the order the page lists them. */
  keys?: string[];
  /** Every field of these groups (occupations, municipalities, …). */
  groups?: string[];
}

/** JSON for one page: {dates, fields, series}; a selected column the snapshot lacks is simply absent. */
export async function topicJson(selection: TopicSelection): Promise<string> {
  return JSON.stringify(await topicOf(selection));
}

/** The same as an object, for a loader that shapes the series further at build time. */
export async function topicOf({table = "daily", keys = [], groups = []}: TopicSelection) {
  const dir = await buildSnapshot();
  const datapackage = JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")) as {resources: Resource[]};
  const fields = ((datapackage.resources.find((r) => r.name === table)?.schema as {fields: SchemaField[]} | undefined)?.fields ?? []);
  const dateField = fields.find((f) => f.type === "date")!;
  const chosen = fields.filter((f) => f !== dateField && (keys.includes(f.name) || (f.group !== undefined && groups.includes(f.group))));
  chosen.sort((a, b) => order(keys, a.name) - order(keys, b.name));
  const rows = Papa.parse<Record<string, string>>(await readFile(join(dir, `${table}.csv`), "utf8"), {header: true, skipEmptyLines: "greedy", dynamicTyping: false}).data;
  return {
    dates: rows.map((row) => row[dateField.name]),
    fields: Object.fromEntries(chosen.map((f) => [f.name, {key: f.name, title: f.title, label: f.label ?? f.title, description: f.description ?? "", unit: f.unit, sparse: f.sparse}])),
    series: Object.fromEntries(chosen.map((f) => [f.name, rows.map((row) => (row[f.name] === "" ? null : Number(row[f.name])))]))
  };
}

function order(keys: string[], name: string): number {
  const at = keys.indexOf(name);
  return at < 0 ? keys.length : at;
}

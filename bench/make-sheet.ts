// The real data, destrib and rosstat tabs as the gviz endpoint would export them, rebuilt from the bundled snapshot
// (real figures, blanks kept blank): every field quoted, day-first dates, decimal commas, digit groups with a no-break space.
// Deterministic: written into bench/work/ on every bench run from the committed snapshot, so it is never stale.
import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {DAILY_DERIVED} from "../src/data/pipeline/columns.js";
import {CsvRecords} from "../src/data/pipeline/csv-reader.js";
import {WORK} from "./make-munic.js";

const BUNDLED = "src/data/bundled";
const NBSP = "\u00a0";
// Added by the pipeline, so not in the sheet.
const DERIVED = new Set(DAILY_DERIVED.map((c) => c.key));

interface Field {
  name: string;
  title: string;
  type: string;
}

/** The tab each bundled table was read from. */
const TABS = [
  {tab: "data", table: "daily"},
  {tab: "destrib", table: "deaths"},
  {tab: "rosstat", table: "rosstat"}
] as const;

export type RealTab = (typeof TABS)[number]["tab"];

/** Writes the three tabs into bench/work/ and returns their paths by tab name. */
export function writeRealTabs(): Record<RealTab, string> {
  const resources = (JSON.parse(readFileSync(join(BUNDLED, "datapackage.json"), "utf8")) as {resources: {name: string; schema: {fields: Field[]}}[]}).resources;
  mkdirSync(WORK, {recursive: true});
  const files = {} as Record<RealTab, string>;
  for (const {tab, table} of TABS) {
    const fields = resources.find((r) => r.name === table)!.schema.fields;
    const rows = readRows(join(BUNDLED, `${table}.csv`));
    const keys = rows[0];
    const kept = fields.filter((f) => !DERIVED.has(f.name)).map((f) => ({field: f, at: keys.indexOf(f.name)}));
    const lines = [kept.map(({field}) => quote(field.title)), ...rows.slice(1).map((row) => kept.map(({field, at}) => quote(display(row[at] ?? "", field.type))))];
    files[tab] = join(WORK, `real-${tab}.csv`);
    writeFileSync(files[tab], lines.map((line) => line.join(",") + "\n").join(""));
  }
  return files;
}

function readRows(file: string): string[][] {
  const rows: string[][] = [];
  const reader = new CsvRecords((cells) => rows.push(cells));
  reader.push(readFileSync(file, "utf8"));
  reader.end();
  return rows;
}

/** A snapshot value as the sheet's Russian locale shows it. */
function display(value: string, type: string): string {
  if (value === "") return "";
  if (type === "date") return value.split("-").reverse().join(".");
  if (type === "number") return value.replace(".", ",");
  if (type === "integer") return value.replace(/\B(?=(\d{3})+$)/g, NBSP);
  return value;
}

function quote(field: string): string {
  return `"${field.replaceAll('"', '""')}"`;
}

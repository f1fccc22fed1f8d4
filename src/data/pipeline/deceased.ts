// The deaths table (one row per deceased person) summed up for the page: ages by sex, comorbidity shares, the median age.
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import Papa from "papaparse";
import {buildSnapshot} from "./build-snapshot.js";
import type {Resource} from "./datapackage.js";

interface SchemaField {
  name: string;
  type: string;
  title: string;
  label?: string;
  group?: string;
}

type Cell = number | string | null;

export interface AgeBin {
  /** First age of the bin, inclusive. */
  from: number;
  /** Last age of the bin, inclusive. */
  to: number;
  male: number;
  female: number;
  unknownSex: number;
}

export interface Comorbidity {
  key: string;
  label: string;
  /** Records with the flag set to 1. */
  count: number;
  /** count / records; 0 when there are no records. */
  share: number;
}

export interface DeceasedSummary {
  records: number;
  withDate: number;
  medianAge: number | null;
  ageBins: AgeBin[];
  comorbidities: Comorbidity[];
}

const BIN_YEARS = 10;

/** Reads deaths.csv and datapackage.json from `dir` (the build's snapshot unless given) and sums them up. */
export async function deceasedSummary(dir?: string): Promise<DeceasedSummary> {
  const folder = dir ?? (await buildSnapshot());
  const datapackage = JSON.parse(await readFile(join(folder, "datapackage.json"), "utf8")) as {resources: Resource[]};
  const fields = (datapackage.resources.find((r) => r.name === "deaths")?.schema as {fields: SchemaField[]} | undefined)?.fields ?? [];
  const text = await readFile(join(folder, "deaths.csv"), "utf8");
  const rows = Papa.parse<Record<string, string>>(text, {header: true, skipEmptyLines: "greedy", dynamicTyping: false}).data;
  return summarize(rows.map((row) => typed(row, fields)), fields);
}

function typed(row: Record<string, string>, fields: SchemaField[]): Record<string, Cell> {
  return Object.fromEntries(fields.map((f) => [f.name, convert(row[f.name], f.type)]));
}

function convert(value: string | undefined, type: string): Cell {
  const text = value?.trim() ?? "";
  if (text === "") return null;
  if (type === "integer" || type === "number") {
    const number = Number(text);
    return Number.isFinite(number) ? number : null;
  }
  return text;
}

function summarize(rows: Record<string, Cell>[], fields: SchemaField[]): DeceasedSummary {
  const ages = rows.map((r) => r.age).filter((a): a is number => typeof a === "number").sort((a, b) => a - b);
  return {
    records: rows.length,
    withDate: rows.filter((r) => r.date !== null && r.date !== undefined).length,
    medianAge: median(ages),
    ageBins: ageBins(rows, ages),
    comorbidities: fields
      .filter((f) => f.group === "comorbidity")
      .map((f) => {
        const count = rows.filter((r) => r[f.name] === 1).length;
        return {key: f.name, label: f.label ?? f.title, count, share: rows.length ? count / rows.length : 0};
      })
  };
}

function median(sorted: number[]): number | null {
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Ten-year bins from the youngest to the oldest age, empty ones in between kept so the axis has no gaps. */
function ageBins(rows: Record<string, Cell>[], ages: number[]): AgeBin[] {
  if (!ages.length) return [];
  const first = Math.floor(ages[0] / BIN_YEARS) * BIN_YEARS;
  const last = Math.floor(ages[ages.length - 1] / BIN_YEARS) * BIN_YEARS;
  const bins: AgeBin[] = [];
  for (let from = first; from <= last; from += BIN_YEARS) bins.push({from, to: from + BIN_YEARS - 1, male: 0, female: 0, unknownSex: 0});
  for (const row of rows) {
    if (typeof row.age !== "number") continue;
    const bin = bins[Math.floor(row.age / BIN_YEARS) - first / BIN_YEARS];
    const male = row.male === 1;
    const female = row.female === 1;
    // Both flags or neither: the sex is not known.
    if (male && !female) bin.male++;
    else if (female && !male) bin.female++;
    else bin.unknownSex++;
  }
  return bins;
}

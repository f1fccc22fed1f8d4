// Where each published table comes from: the one config module for sheet ids, tabs and the URL template.
import type {TableName} from "../../shared/meta.js";
import {DAILY, DEATHS, MUNIC, ROSSTAT, type Column} from "./columns.js";

const MAIN_SHEET = "1iAgNVDOUa-g22_VcuEAedR2tcfTlUcbFnXV5fMiqCR8";
const MUNICIPAL_SHEET = "1Gt8Rn8Md4FJRJ7f44h53v1uvCCpYh-qmZVe5mayedCA";
export const DEFAULT_SHEET_URL = "https://docs.google.com/spreadsheets/d/{id}/gviz/tq?tqx=out:csv&headers=1&sheet={sheet}";

export interface Source {
  /** Base name of the published file. */
  table: TableName;
  sheetId: string;
  /** The tab's name in the sheet. */
  tab: string;
  columns: Column[];
  title: string;
  description: string;
}

export const SOURCES: Source[] = [
  {table: "daily", sheetId: MAIN_SHEET, tab: "data", columns: DAILY, title: "Ежедневная сводка", description: "Одна строка на день: случаи, симптомы, тесты, смерти, койки, вакцинация, муниципалитеты и демография заболевших"},
  {table: "deaths", sheetId: MAIN_SHEET, tab: "destrib", columns: DEATHS, title: "Умершие", description: "Одна строка на умершего: возраст, пол, сопутствующие заболевания"},
  {table: "rosstat", sheetId: MAIN_SHEET, tab: "rosstat", columns: ROSSTAT, title: "Данные Росстата", description: "Смерти, связанные с COVID-19, по месяцам, по четырём категориям Росстата"},
  {table: "municipalities", sheetId: MUNICIPAL_SHEET, tab: "munic", columns: MUNIC, title: "Муниципалитеты", description: "Новые случаи за день в каждом муниципалитете: разность нарастающих итогов из муниципальной таблицы"}
];

export function sourceOf(table: TableName): Source {
  const source = SOURCES.find((s) => s.table === table);
  if (!source) throw new Error(`unknown table ${table}`);
  return source;
}

/** The export URL of a tab; the tab name is encoded so that spaces, & and Cyrillic reach the sheet intact. */
export function sheetUrl(source: Source, template = process.env.SHEET_URL || DEFAULT_SHEET_URL): string {
  return template.replaceAll("{id}", encodeURIComponent(source.sheetId)).replaceAll("{sheet}", encodeURIComponent(source.tab));
}

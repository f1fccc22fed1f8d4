// The real data in ../shared/reference (CI has it; a user's clone does not), and raw sheet exports rebuilt from what the original published.
import {existsSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import Papa from "papaparse";
import {DAILY_DERIVED} from "../../src/data/pipeline/columns.js";

const REFERENCE_DIR = fileURLToPath(new URL("../../../shared/reference/", import.meta.url));
export const hasReference = existsSync(REFERENCE_DIR);
export const SKIP_REASON = `skipped: ${REFERENCE_DIR} is not here (it exists in CI, not in a user's clone)`;

export function readReference(path: string): string {
  return readFileSync(REFERENCE_DIR + path, "utf8");
}

export function parseCsvText(text: string): string[][] {
  return Papa.parse<string[]>(text, {header: false, skipEmptyLines: "greedy", dynamicTyping: false}).data;
}

/** A gviz-style export: every field quoted, `\n` line ends. */
export function toGvizCsv(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")).join("\n") + "\n";
}

export const dayFirst = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** 44348.5 → «44 348,5»: the sheet's display format, digit groups with a no-break space. */
function displayNumber(text: string): string {
  const [whole, fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return fraction && !/^0+$/.test(fraction) ? `${grouped},${fraction}` : grouped;
}

/**
 * The `data` tab as the sheet would send it, rebuilt from the original's published data.csv:
 * derived columns dropped, day-first dates, display numbers, and the original's 0 sent as a blank
 * (pandas filled blanks with 0) except in `всего` and the infection rates, where 0 was a value.
 */
export function rawDailyFromPublished(published: string): string {
  const [header, ...rows] = parseCsvText(published);
  const derived = new Set(DAILY_DERIVED.map((c) => c.header).concat("кол-во тестов / 10"));
  const keep = header.map((h, i) => (derived.has(h) ? -1 : i)).filter((i) => i >= 0);
  const zeroIsValue = new Set(["всего", "infection rate", "IR7", "30days_1000", "30days_1000die"]);
  return toGvizCsv([
    keep.map((i) => header[i]),
    ...rows.map((row) =>
      keep.map((i) => {
        if (header[i] === "дата") return dayFirst(row[i]);
        if (Number(row[i]) === 0 && !zeroIsValue.has(header[i])) return "";
        return displayNumber(row[i]);
      })
    )
  ]);
}

/** The `rosstat` tab rebuilt from the published rosstat.csv (its dates were never parsed: already DD.MM.YYYY). */
export function rawRosstatFromPublished(published: string): string {
  return toGvizCsv(parseCsvText(published));
}

/** The long `munic` tab (ID, Дата, Регион, Выявлено cumulative) rebuilt from the published daily differences. */
export function rawMunicFromPublished(published: string): string {
  const [header, ...rows] = parseCsvText(published);
  const regions = header.slice(1);
  const totals = regions.map(() => 0);
  const out: string[][] = [["ID", "Дата", "Регион", "Выявлено"]];
  // The original inserted a row of zeros the day before the tab starts; the tab itself starts the day after.
  for (const row of rows.slice(1)) {
    regions.forEach((region, r) => {
      totals[r] += Number(row[r + 1]);
      out.push([String(out.length), dayFirst(row[0]), region, displayNumber(String(totals[r]))]);
    });
  }
  return toGvizCsv(out);
}

// The original project's published files read back into the sheet's tabs, as its gviz export would have sent them.
import {DAILY_DERIVED, isPer1000, type Column} from "./columns.js";
import {CsvRecords} from "./csv-reader.js";
import {normalizeHeader} from "./values.js";

/** Columns the original's pipeline added to data.csv; ours derives its own. */
const ORIGINAL_DERIVED = new Set([...DAILY_DERIVED.map((c) => c.header), "кол-во тестов / 10"]);

/**
 * The zero rule. pandas wrote every blank as 0, and the sheet's keepers left a cell blank rather than type 0
 * (the 2021 export has 2 typed zeros among the 16,765 cells that the original published as 0), so a 0 goes back
 * to blank. The 30-day rates per 1000 keep theirs: the sheet computed them on every row (the original's code fails
 * on a blank there). The ratios IR4 and IR7 do not: of their 34 zeros, 32 disagree with the cases they are computed
 * from (a division by nothing at the start, or the formula on a row nobody filled in May 2023).
 */
export function zeroWasBlank(column: Column | undefined): boolean {
  return !column || !isPer1000(column);
}

function parsePublished(text: string): string[][] {
  const records: string[][] = [];
  const reader = new CsvRecords((cells) => records.push(cells));
  reader.push(text.replaceAll("\r\n", "\n"));
  reader.end();
  return records.filter((cells) => cells.some((cell) => cell !== ""));
}

/** A gviz export: every field quoted, LF line ends. */
function gvizCsv(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")).join("\n") + "\n";
}

/** `2020-03-08` → `08.03.2020`; a date already day first stays as it is. */
function dayFirst(date: string): string {
  const iso = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date);
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : date;
}

/** One published cell as the sheet showed it: day-first dates, decimal commas, and a blank where the zero rule says so. */
function sheetCell(text: string, column: Column | undefined, file: string, where: string): string {
  if (Number(text) === 0) return zeroWasBlank(column) ? "" : "0";
  if (column?.type === "date") return dayFirst(text);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`${file} ${where} «${text}»: expected a number or a date`);
  return text.replace(".", ",");
}

/**
 * A tab rebuilt from its published file: the original's derived columns dropped, every other column kept
 * under its published header (the sheet's own), its cells as the sheet showed them.
 */
export function sheetTab(published: string, columns: Column[], file: string): string {
  const [header, ...rows] = parsePublished(published);
  const byHeader = new Map(columns.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [normalizeHeader(h), c] as const)));
  const kept = header.flatMap((h, i) => (ORIGINAL_DERIVED.has(h) ? [] : [{at: i, header: h, column: byHeader.get(normalizeHeader(h))}]));
  return gvizCsv([
    kept.map((k) => k.header),
    ...rows.map((row, r) => kept.map((k) => sheetCell(row[k.at] ?? "", k.column, file, `row ${r + 2}, column «${k.header}»`)))
  ]);
}

/**
 * The long municipal tab (ID, Дата, Регион, Выявлено) whose running totals give back the published daily numbers.
 * The original added a row of zeros on the day before the tab's first and took differences, so its first row
 * is all 0 and its second is each region's running total so far: that row is where the totals start.
 */
export function municTab(published: string, file: string): string {
  const [header, first, ...rows] = parsePublished(published);
  const regions = header.slice(1);
  if (!first || first.slice(1).some((cell) => Number(cell) !== 0)) {
    throw new Error(`${file} row 2 (${first?.[0]}): expected the original's row of zeros before the tab's first day`);
  }
  const totals = regions.map(() => 0);
  const long: string[][] = [["ID", "Дата", "Регион", "Выявлено"]];
  rows.forEach((row, r) => {
    regions.forEach((region, i) => {
      const change = Number(row[i + 1]);
      if (!Number.isInteger(change)) throw new Error(`${file} row ${r + 3}, column «${region}» «${row[i + 1]}»: expected a whole number`);
      totals[i] += change;
      long.push([String(long.length), dayFirst(row[0]), region, String(totals[i])]);
    });
  });
  return gvizCsv(long);
}

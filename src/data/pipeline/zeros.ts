// A 0 that is almost surely a missing report: a short run of zeros in a series that reports large numbers all around it.
import type {CleanTable, Value} from "./clean.js";
import type {Column} from "./columns.js";

/** Longer runs of zeros than this (a week) are a pause in the reporting or a real lull, not a missed day. */
const LONGEST_MISSING_RUN = 7;
/** Reported days looked at on each side of a run. */
const AROUND = 7;
// More warnings than this for one column are summed up in one line, as clean.ts does.
const WARNINGS_PER_COLUMN = 5;

/**
 * A count of 100 or more does not fall to 0 for a day by chance (and a Poisson count of 100 is never 0);
 * rates are written with two decimals, so for them 1 is the same hundred steps.
 */
function largeValue(column: Column): number {
  return column.type === "integer" ? 100 : 1;
}

/** The zeros a run holds, as row indexes, and why they look like a missing report. */
interface MissingRun {
  rows: number[];
  before: number;
  after: number;
}

/**
 * Blanks every run of at most LONGEST_MISSING_RUN zeros whose nearest values on both sides are large
 * and which sits among days that mostly report large values; days without a value are skipped.
 * Returns a new table (rows copied where they change) with a warning for each run.
 */
export function blankSuspiciousZeros(tab: string, table: CleanTable): CleanTable {
  const keyAt = table.fields.findIndex((f) => f.unique);
  const rows = table.rows.slice();
  const warnings = [...table.warnings];
  table.fields.forEach((field, at) => {
    if ((field.type !== "integer" && field.type !== "number") || field.derived) return;
    const runs = missingRuns(table.rows.map((row) => row[at] as number | null), largeValue(field));
    runs.forEach((run, i) => {
      for (const row of run.rows) {
        // Copied on the first change only: most rows keep every value.
        if (rows[row] === table.rows[row]) rows[row] = table.rows[row].slice();
        rows[row][at] = null;
      }
      if (i < WARNINGS_PER_COLUMN) warnings.push(describe(tab, field, run, (row) => asShown(table.rows[row][keyAt])));
    });
    if (runs.length > WARNINGS_PER_COLUMN) {
      warnings.push(`${tab}: ${runs.length - WARNINGS_PER_COLUMN} more runs of 0 taken as missing reports in «${field.header}»`);
    }
  });
  return {fields: table.fields, rows, warnings};
}

/** Runs of zeros in one series that look like missing reports. */
export function missingRuns(values: (number | null)[], large: number): MissingRun[] {
  const reported = values.flatMap((v, row) => (v === null ? [] : [row]));
  const runs: MissingRun[] = [];
  for (let start = 0; start < reported.length; ) {
    if (values[reported[start]] !== 0) {
      ++start;
      continue;
    }
    let end = start;
    while (end < reported.length && values[reported[end]] === 0) ++end;
    // A run at the start or the end of the series has nothing on one side: it is not "among" large values.
    const before = start > 0 ? values[reported[start - 1]]! : 0;
    const after = end < reported.length ? values[reported[end]]! : 0;
    const around = [...reported.slice(Math.max(0, start - AROUND), start), ...reported.slice(end, end + AROUND)].map((row) => values[row]!);
    const mostlyLarge = around.filter((v) => v >= large).length * 2 > around.length;
    if (end - start <= LONGEST_MISSING_RUN && before >= large && after >= large && mostlyLarge) {
      runs.push({rows: reported.slice(start, end), before, after});
    }
    start = end;
  }
  return runs;
}

function describe(tab: string, field: Column, run: MissingRun, day: (row: number) => string): string {
  const first = day(run.rows[0]);
  const where = run.rows.length === 1 ? first : `${first} … ${day(run.rows[run.rows.length - 1])} (${run.rows.length} days)`;
  return `${tab} «${field.header}» ${where} «0»: a missing report, not a count (${run.before} before it, ${run.after} after it, mostly ${largeValue(field)} or more on the ${AROUND} days either side); left empty`;
}

/** The row's key as the sheet shows it: `2022-02-12` → `12.02.2022`. */
function asShown(iso: Value): string {
  const text = String(iso);
  return /^\d{4}-\d\d-\d\d$/.test(text) ? `${text.slice(8, 10)}.${text.slice(5, 7)}.${text.slice(0, 4)}` : text;
}

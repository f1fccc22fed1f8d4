// A 0 that is almost surely a missing report: a short run of zeros in a series that is large all around it.
import type {CleanTable, Value} from "./clean.js";
import {isPer1000, type Column} from "./columns.js";

/** Longer runs of zeros than this (a week) are a pause in the reporting or a real lull, not a missed day. */
const LONGEST_MISSING_RUN = 7;
/** Reported days looked at on each side of a run. */
const AROUND = 7;
// More warnings than this for one column are summed up in one line, as clean.ts does.
const WARNINGS_PER_COLUMN = 5;

/**
 * A hundred people a day do not fall to 0 for a day and come back: 100 for a count, 0.1 for a rate per 1000
 * inhabitants (about 100 people in the region). A ratio (IR4, IR7) is not judged: its size says nothing of the counts behind it.
 */
function largeValue(column: Column): number | undefined {
  if (column.type === "integer") return 100;
  return isPer1000(column) ? 0.1 : undefined;
}

interface MissingRun {
  /** Row indexes of the zeros. */
  rows: number[];
  before: number;
  after: number;
}

/**
 * Blanks every run of at most LONGEST_MISSING_RUN zeros whose nearest values on both sides are large
 * and which sits among days that mostly report large values, with a warning for each run.
 * Returns a new table (rows copied where they change).
 */
export function blankSuspiciousZeros(tab: string, table: CleanTable): CleanTable {
  const keyAt = table.fields.findIndex((f) => f.unique);
  const rows = table.rows.slice();
  const warnings = [...table.warnings];
  table.fields.forEach((field, at) => {
    const large = largeValue(field);
    if (large === undefined || field.derived) return;
    const runs = missingRuns(table.rows.map((row) => row[at] as number | null), large);
    runs.forEach((run, i) => {
      for (const row of run.rows) {
        // Copied on the first change only: most rows keep every value.
        if (rows[row] === table.rows[row]) rows[row] = table.rows[row].slice();
        rows[row][at] = null;
      }
      if (i < WARNINGS_PER_COLUMN) warnings.push(describe(tab, field, large, run, (row) => asShown(table.rows[row][keyAt])));
    });
    if (runs.length > WARNINGS_PER_COLUMN) {
      warnings.push(`${tab}: ${runs.length - WARNINGS_PER_COLUMN} more runs of 0 taken as missing reports in «${field.header}»`);
    }
  });
  return {fields: table.fields, rows, warnings};
}

/** Runs of zeros in one series that look like missing reports; days without a value are skipped. */
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

function describe(tab: string, field: Column, large: number, run: MissingRun, day: (row: number) => string): string {
  const first = day(run.rows[0]);
  const where = run.rows.length === 1 ? first : `${first} … ${day(run.rows[run.rows.length - 1])} (${run.rows.length} days)`;
  return `${tab} «${field.header}» ${where} «0»: a missing report, not a real 0 (${run.before} before it, ${run.after} after it, mostly ${large} or more on the ${AROUND} days either side); left empty`;
}

/** The row's key as the sheet shows it: `2022-02-12` → `12.02.2022`. */
function asShown(key: Value): string {
  const text = String(key);
  return /^\d{4}-\d\d-\d\d$/.test(text) ? `${text.slice(8, 10)}.${text.slice(5, 7)}.${text.slice(0, 4)}` : text;
}

// A column that suddenly loses values it had is a warning, not new truth: gviz blanks a column's minority types and serves stale exports.
import type {CleanTable, Value} from "./clean.js";
import {CsvRecords} from "./csv-reader.js";

// Fewer vanished cells than this in one column look like a person's correction, and are taken as they are.
const VANISHED_LIMIT = 5;

interface Vanished {
  row: number;
  text: string;
}

/**
 * Compares a fresh table with the last good snapshot (same key): where a column lost at least
 * VANISHED_LIMIT values it had, the published values are kept and a warning says so.
 * The snapshot is read in one pass that keeps only the cells that vanished; `next` is not changed.
 */
export function keepVanishedValues(tab: string, next: CleanTable, previousCsv: string): CleanTable {
  const keyAt = next.fields.findIndex((f) => f.unique);
  if (keyAt < 0) return next;
  const rowOfKey = new Map(next.rows.map((row, i) => [row[keyAt], i]));
  const vanished: Vanished[][] = next.fields.map(() => []);
  // Only a cell that is empty now can have lost a value: each row's empty columns, so a row without any costs nothing.
  const emptyAt = next.rows.map((row) => {
    const empty: number[] = [];
    row.forEach((value, at) => value === null && at !== keyAt && empty.push(at));
    return empty;
  });
  let previousKeyAt = -1;
  let previousAt: number[] | undefined;
  const reader = new CsvRecords((cells) => {
    if (!previousAt) {
      // A map, not indexOf per field: the municipal snapshot has 2,000 columns.
      const columnOf = new Map<string, number>();
      cells.forEach((name, at) => columnOf.has(name) || columnOf.set(name, at));
      previousKeyAt = columnOf.get(next.fields[keyAt].key) ?? -1;
      previousAt = next.fields.map((field) => columnOf.get(field.key) ?? -1);
      return;
    }
    const row = rowOfKey.get(cells[previousKeyAt]);
    if (row === undefined) return;
    for (const at of emptyAt[row]) {
      const text = previousAt[at] < 0 ? "" : (cells[previousAt[at]] ?? "");
      if (text !== "") vanished[at].push({row, text});
    }
  });
  readRowsWithGaps(previousCsv, next.fields[keyAt].key, reader, (key) => (emptyAt[rowOfKey.get(key) ?? -1]?.length ?? 0) > 0);
  reader.end();
  if (previousKeyAt < 0) return next;
  const warnings = [...next.warnings];
  const rows = next.rows.slice();
  next.fields.forEach((field, at) => {
    const lost = vanished[at].sort((a, b) => a.row - b.row);
    if (lost.length === 0) return;
    const span = `${next.rows[lost[0].row][keyAt]} … ${next.rows[lost[lost.length - 1].row][keyAt]}`;
    if (lost.length < VANISHED_LIMIT) {
      warnings.push(`${tab}: «${field.header}» has no value any more on ${lost.length} day(s) that had one (${span}); taken as a correction`);
      return;
    }
    for (const {row, text} of lost) {
      // Copied on the first change only: most rows of a daily run keep every value.
      if (rows[row] === next.rows[row]) rows[row] = next.rows[row].slice();
      rows[row][at] = restore(text);
    }
    warnings.push(`${tab}: «${field.header}» lost ${lost.length} values it had in the last snapshot (${span}); the published values are kept — check the column in the sheet (text in a number column is sent as blank)`);
  });
  return {fields: next.fields, rows, warnings};
}

/**
 * Feeds the reader the header and every record whose key may have lost a value. Without a quote in the text each line
 * is a record, so when the key is its first field the other lines are skipped unread (the municipal snapshot has millions of cells).
 */
function readRowsWithGaps(csv: string, keyName: string, reader: CsvRecords, hasGap: (key: string) => boolean): void {
  const headerEnd = csv.indexOf("\n") + 1;
  if (headerEnd === 0 || !csv.startsWith(`${keyName},`) || csv.includes('"')) return reader.push(csv);
  reader.push(csv.slice(0, headerEnd));
  for (let start = headerEnd; start < csv.length; ) {
    const lineEnd = csv.indexOf("\n", start);
    const end = lineEnd < 0 ? csv.length : lineEnd;
    const comma = csv.indexOf(",", start);
    if (hasGap(csv.slice(start, comma >= 0 && comma < end ? comma : end))) reader.push(csv.slice(start, end + 1));
    start = end + 1;
  }
}

function restore(text: string): Value {
  const value = Number(text);
  return Number.isNaN(value) ? text : value;
}

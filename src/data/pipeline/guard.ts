// A column that suddenly loses values it had is a warning, not new truth: gviz blanks a column's minority types and serves stale exports.
import type {CleanTable, Value} from "./clean.js";
import {readRecords} from "./records.js";

// Fewer vanished cells than this in one column look like a person's correction, and are taken as they are.
const VANISHED_LIMIT = 5;

/**
 * Compares a fresh table with the last good snapshot (same key): where a column lost at least
 * VANISHED_LIMIT values it had, the published values are kept and a warning says so.
 */
export function keepVanishedValues(tab: string, next: CleanTable, previousCsv: string): CleanTable {
  const keyAt = next.fields.findIndex((f) => f.unique);
  if (keyAt < 0) return next;
  const [header, ...previousRows] = readRecords(previousCsv);
  const previousKeyAt = header?.indexOf(next.fields[keyAt].key) ?? -1;
  if (previousKeyAt < 0) return next;
  const previousByKey = new Map(previousRows.map((row) => [row[previousKeyAt], row]));
  const warnings = [...next.warnings];
  const rows = next.rows.map((row) => [...row]);
  next.fields.forEach((field, i) => {
    const previousAt = header.indexOf(field.key);
    if (i === keyAt || previousAt < 0) return;
    const vanished = rows.filter((row) => row[i] === null && (previousByKey.get(row[keyAt] as string)?.[previousAt] ?? "") !== "");
    if (vanished.length === 0) return;
    const span = `${vanished[0][keyAt]} … ${vanished[vanished.length - 1][keyAt]}`;
    if (vanished.length < VANISHED_LIMIT) {
      warnings.push(`${tab}: «${field.header}» has no value any more on ${vanished.length} day(s) that had one (${span}); taken as a correction`);
      return;
    }
    for (const row of vanished) row[i] = restore(previousByKey.get(row[keyAt] as string)![previousAt]);
    warnings.push(`${tab}: «${field.header}» lost ${vanished.length} values it had in the last snapshot (${span}); the published values are kept — check the column in the sheet (text in a number column is sent as blank)`);
  });
  return {fields: next.fields, rows, warnings};
}

function restore(text: string): Value {
  const value = Number(text);
  return Number.isNaN(value) ? text : value;
}

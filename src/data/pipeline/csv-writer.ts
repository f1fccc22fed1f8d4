// Writes a snapshot table: UTF-8, a header of field names, ISO dates, "." decimals, an empty cell for missing.
import type {Column} from "./columns.js";
import type {Value} from "./clean.js";

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCell(value: Value, column: Column): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  return quote(column.type === "string" ? neutralizeFormula(value) : value);
}

export function formatCsv(fields: Column[], rows: Value[][]): string {
  const lines = [fields.map((f) => quote(f.key)).join(",")];
  for (const row of rows) lines.push(row.map((value, i) => formatCell(value, fields[i])).join(","));
  return lines.join("\n") + "\n";
}

// Turns a tab's records into typed rows by the column descriptions, with every doubt said aloud.
import {valueRequired, type Column} from "./columns.js";
import {cellRef, normalizeHeader, parseDayFirstDate, parseSheetNumber, toIsoDate} from "./values.js";

export type Value = number | string | null;

export interface CleanTable {
  fields: Column[];
  rows: Value[][];
  warnings: string[];
}

export type CellReader = (cells: string[], sheetRow: number) => Value;

/** The tab cannot be published as it is; the last good snapshot stays. */
export class SheetError extends Error {}

// More warnings than this for one column are summed up in one line.
const WARNINGS_PER_COLUMN = 5;

interface Placed {
  column: Column;
  index: number;
  problems: number;
}

/** Converts one cell by its column's type; a string result is what was expected instead. */
export function convertCell(column: Column, text: string, today = new Date()): {value: Value} | {expected: string} {
  const trimmed = text.trim();
  if (trimmed === "") return {value: null};
  switch (column.type) {
    case "date": {
      const date = parseDayFirstDate(trimmed);
      if (date === null) return {expected: "a date written day first, DD.MM.YYYY"};
      const tomorrow = toIsoDate(new Date(today.getTime() + 86_400_000));
      return date > tomorrow ? {expected: `a date no later than tomorrow (${tomorrow})`} : {value: date};
    }
    case "integer":
    case "number": {
      const value = parseSheetNumber(trimmed);
      if (value === null) return {expected: column.type === "integer" ? "a whole number" : "a number"};
      if (column.type === "integer" && !Number.isInteger(value)) return {expected: "a whole number"};
      if (!column.signed && value < 0) return {expected: `a number of 0 or more`};
      if (!Number.isSafeInteger(Math.trunc(value)) || (column.maximum !== undefined && value > column.maximum)) {
        return {expected: `at most ${groupDigits(column.maximum ?? Number.MAX_SAFE_INTEGER)}${column.maximumReason ? ` (${column.maximumReason})` : ""}`};
      }
      return {value};
    }
    case "string":
      return {value: trimmed};
  }
}

/** Reads one tab record by record (so that a 190 MB tab is never held whole) into typed rows. */
export class TableCleaner {
  readonly warnings: string[] = [];
  readonly rows: Value[][] = [];
  private readonly placed: Placed[] = [];
  private readonly unknown: {header: string; index: number; cells: string[]}[] = [];
  private readonly rowNumbers: number[] = [];
  private readonly dates = new Map<string, Value>();
  private longRows = 0;

  constructor(
    readonly tab: string,
    columns: Column[],
    header: string[],
    private readonly today = new Date()
  ) {
    if (header.some((h) => h.includes("\ufffd"))) throw new SheetError(`${tab}: the headers have broken characters: the export is not UTF-8 (another encoding, such as cp1251?)`);
    const byName = new Map<string, Column>();
    for (const column of columns) for (const name of [column.header, ...(column.aliases ?? [])]) byName.set(normalizeHeader(name), column);
    const seen = new Map<Column, number[]>();
    header.forEach((raw, index) => {
      const column = byName.get(normalizeHeader(raw));
      if (column) seen.set(column, [...(seen.get(column) ?? []), index]);
      else this.unknown.push({header: normalizeHeader(raw), index, cells: []});
    });
    for (const column of columns) {
      const indexes = seen.get(column) ?? [];
      if (indexes.length > 1) {
        // Never guess which copy is right: publish neither.
        const where = indexes.map((i) => `${cellRef(tab, i, 1)} «${header[i]}»`).join(", ");
        if (column.required) throw new SheetError(`${tab}: the required column «${column.header}» appears ${indexes.length} times (${where}); keep one`);
        this.warnings.push(`${tab}: column «${column.header}» appears ${indexes.length} times (${where}); neither copy is published until one is renamed`);
      } else if (indexes.length === 1) {
        // Published with the header the sheet has now (an old alias included), as datapackage.json's title.
        this.placed.push({column: {...column, header: header[indexes[0]].trim()}, index: indexes[0], problems: 0});
      }
    }
    const missing = columns.filter((c) => c.required && !seen.has(c));
    if (missing.length === columns.filter((c) => c.required).length && missing.length > 0) {
      throw new SheetError(`${tab}: none of the expected headers (${missing.map((c) => `«${c.header}»`).join(", ")}) is in row 1, which has ${preview(header)}: is the tab name right? An unknown tab name gets the sheet's first tab`);
    }
    if (missing.length) throw new SheetError(`${tab}: the required column ${missing.map((c) => `«${c.header}»`).join(", ")} is missing from row 1, which has ${preview(header)} (renamed? known names: ${missing.flatMap((c) => [c.header, ...(c.aliases ?? [])]).join(", ")}; or another tab: an unknown tab name gets the sheet's first tab)`);
  }

  /** The columns as published: in the order of their description, new numeric columns after them. */
  get fields(): Column[] {
    return this.placed.map((p) => p.column);
  }

  add(cells: string[], sheetRow: number): Value[] {
    const row = this.placed.map((placed) => this.convert(placed, cells[placed.index] ?? "", sheetRow));
    for (const extra of this.unknown) extra.cells.push(cells[extra.index] ?? "");
    this.rowNumbers.push(sheetRow);
    return row;
  }

  /**
   * Reads one column's cell of a long tab, converted and checked like any other; the caller keeps only what it needs
   * (the municipal tab has millions of rows). Call `counted` once per record.
   */
  reader(key: string): CellReader {
    const placed = this.placed.find((p) => p.column.key === key);
    return placed ? (cells, sheetRow) => this.convert(placed, cells[placed.index] ?? "", sheetRow) : () => null;
  }

  /** A column as placed in this tab. */
  column(key: string): Column | undefined {
    return this.placed.find((p) => p.column.key === key)?.column;
  }

  /** Where a column stands in the sheet's records. */
  indexOf(key: string): number {
    return this.placed.find((p) => p.column.key === key)?.index ?? -1;
  }

  counted(): void {
    ++this.longRows;
  }

  /** Adds the record to the rows kept for finish(). */
  keep(cells: string[], sheetRow: number): void {
    this.rows.push(this.add(cells, sheetRow));
  }

  private convert(placed: Placed, text: string, sheetRow: number): Value {
    // A long tab repeats the same few thousand dates millions of times.
    const known = placed.column.type === "date" ? this.dates.get(text) : undefined;
    if (known !== undefined) return known;
    const result = convertCell(placed.column, text, this.today);
    if ("value" in result && result.value === null && valueRequired(placed.column)) {
      throw new SheetError(`${cellRef(this.tab, placed.index, sheetRow)} is empty: every row needs its «${placed.column.header}»`);
    }
    if ("value" in result && placed.column.type === "date") this.dates.set(text, result.value);
    if ("value" in result) {
      if (typeof result.value === "string" && result.value.includes("\ufffd")) this.warn(placed, `${cellRef(this.tab, placed.index, sheetRow)} has a broken character (a cut UTF-8 sequence); shown as �`);
      return result.value;
    }
    const message = `${cellRef(this.tab, placed.index, sheetRow)} «${text.trim()}»: expected ${result.expected}`;
    if (placed.column.required) throw new SheetError(`${message} (required column «${placed.column.header}»)`);
    this.warn(placed, `${message}; left empty`);
    return null;
  }

  private warn(placed: Placed, message: string) {
    if (++placed.problems <= WARNINGS_PER_COLUMN) this.warnings.push(message);
  }

  /** Checks the whole table: data present, keys unique and in order, empty and new columns settled. */
  finish(): CleanTable {
    if (this.rowNumbers.length + this.longRows === 0) throw new SheetError(`${this.tab}: the tab has a header but no data rows`);
    for (const placed of this.placed) {
      if (placed.problems > WARNINGS_PER_COLUMN) this.warnings.push(`${this.tab}: ${placed.problems - WARNINGS_PER_COLUMN} more bad values in column «${placed.column.header}» (${cellRef(this.tab, placed.index, 1).replace(/\d+$/, "")})`);
    }
    this.settleNewColumns();
    this.dropEmptyAndText();
    this.checkKey();
    this.warnSuddenlyEmpty();
    return {fields: this.fields, rows: this.rows, warnings: this.warnings};
  }

  private checkKey() {
    const keyAt = this.placed.findIndex((p) => p.column.unique);
    if (keyAt < 0) return;
    const {column, index} = this.placed[keyAt];
    const firstRow = new Map<Value, number>();
    let outOfOrder = 0;
    this.rows.forEach((row, i) => {
      const key = row[keyAt];
      const earlier = firstRow.get(key);
      if (earlier !== undefined) throw new SheetError(`${cellRef(this.tab, index, this.rowNumbers[i])} «${key}»: the ${column.header} ${key} is already in ${cellRef(this.tab, index, earlier)}; each ${column.header} must appear once`);
      firstRow.set(key, this.rowNumbers[i]);
      if (i > 0 && (key as string) < (this.rows[i - 1][keyAt] as string)) ++outOfOrder;
    });
    if (outOfOrder) {
      const order = this.rows.map((row, i) => ({row, n: this.rowNumbers[i]})).sort((a, b) => ((a.row[keyAt] as string) < (b.row[keyAt] as string) ? -1 : 1));
      this.rows.splice(0, this.rows.length, ...order.map((o) => o.row));
      this.rowNumbers.splice(0, this.rowNumbers.length, ...order.map((o) => o.n));
      this.warnings.push(`${this.tab}: ${outOfOrder} row(s) out of ${column.header} order; published sorted`);
    }
  }

  /** A column reported almost daily that has nothing for the last 30 rows was probably emptied by mistake (or by gviz). */
  private warnSuddenlyEmpty() {
    const [recent, before] = [30, 60];
    if (!this.placed.some((p) => p.column.unique) || this.rows.length < recent + before) return;
    const end = this.rows.length;
    this.placed.forEach(({column, index}, i) => {
      if (column.unique) return;
      const reported = (from: number, to: number) => this.rows.slice(from, to).filter((row) => row[i] !== null).length;
      if (reported(end - recent, end) === 0 && reported(end - recent - before, end - recent) >= before * 0.8) {
        this.warnings.push(`${cellRef(this.tab, index, 1)} «${column.header}»: no values in the last ${recent} rows, though it had ${reported(end - recent - before, end - recent)} in the ${before} before; was it emptied?`);
      }
    });
  }

  /** A column the descriptions do not know is kept when all its values are numbers. */
  private settleNewColumns() {
    for (const extra of this.unknown) {
      const filled = extra.cells.filter((c) => c.trim() !== "");
      if (filled.length === 0) continue;
      const where = cellRef(this.tab, extra.index, 1);
      if (extra.header === "") {
        this.warnings.push(`${this.tab}: column ${where.replace(/1$/, "")} has values but no header; left out`);
        continue;
      }
      const numbers = filled.map(parseSheetNumber);
      if (numbers.some((n) => n === null)) {
        this.warnings.push(`${where} «${extra.header}»: a new column with text; left out (describe it in src/data/pipeline/columns.ts to publish it)`);
        continue;
      }
      const column: Column = {
        key: newKey(extra.header, this.fields),
        header: extra.header,
        type: numbers.every((n) => Number.isInteger(n)) ? "integer" : "number",
        label: extra.header,
        description: `Новый столбец таблицы «${extra.header}», ещё не описанный`,
        signed: true
      };
      this.warnings.push(`${where} «${extra.header}»: a new column, published as «${column.key}» (${column.type}); describe it in src/data/pipeline/columns.ts`);
      this.placed.push({column, index: extra.index, problems: 0});
      extra.cells.forEach((text, i) => this.rows[i].push(parseSheetNumber(text)));
    }
  }

  /** Columns with no value at all, and free text, are not part of the published table. */
  private dropEmptyAndText() {
    const keep = this.placed.map((p, i) => !(p.column.type === "string" && !p.column.required) && (p.column.required || this.rows.some((row) => row[i] !== null)));
    if (keep.every(Boolean)) return;
    // Compacted in place: a filtered copy of every row was garbage the collector had to copy first.
    for (const row of this.rows) {
      let to = 0;
      for (let j = 0; j < row.length; ++j) if (keep[j]) row[to++] = row[j];
      row.length = to;
    }
    const kept = this.placed.filter((_, i) => keep[i]);
    this.placed.splice(0, this.placed.length, ...kept);
  }
}

function newKey(header: string, fields: Column[]): string {
  const base = transliterate(header) || "column";
  let key = base;
  for (let n = 2; fields.some((f) => f.key === key); ++n) key = `${base}_${n}`;
  return key;
}

const LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya"
};

/** A readable ASCII field name for a header nobody has described yet. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()]
    .map((ch) => LATIN[ch] ?? ch)
    .join("")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** 1012512 → «1 012 512», with plain spaces so the message can be searched and copied. */
function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

function preview(header: string[]): string {
  const shown = header.slice(0, 4).map((h) => `«${h}»`).join(", ");
  return header.length > 4 ? `${shown}, …` : shown;
}

// The long municipal tab (date, region, cumulative cases) becomes one column of daily new cases per region.
import {MUNICIPALITIES, type Column} from "./columns.js";
import {SheetError, transliterate, type CellReader, type TableCleaner, type Value} from "./clean.js";
import type {ByteRecord, SavedField} from "./csv-bytes.js";
import {normalizeHeader, wholeNumberInBytes} from "./values.js";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(iso) / DAY_MS;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface Region {
  name: string;
  /** Cumulative cases by day offset from `firstDay`; NaN where the tab has no row or an empty cell. */
  totals: Float64Array;
  /** The sheet row of each day's total; 0 where the tab has no row. */
  rows: Uint32Array;
  /** The region on the row after this one's last row, and its bytes there: each day lists the regions in the same order. */
  next?: {bytes: SavedField; region: Region};
}

/** Collects the long rows as they stream in, holding one number per region and day in typed arrays. */
export class MunicipalPivot {
  private readonly regions = new Map<string, Region>();
  // Millions of rows repeat a few thousand dates and regions: each distinct text is converted once.
  private readonly dayOf = new Map<string, number>();
  private readonly regionOf = new Map<string, Region>();
  private firstDay = Infinity;
  /** Days the arrays have room for, and which of them (by offset) the tab has rows for. */
  private capacity = 64;
  private reported = new Uint8Array(this.capacity);
  // Thousands of rows in a row share a date.
  private lastDate: {bytes: SavedField; day: number} | undefined;
  private lastRegion: Region | undefined;

  private readonly dateAt: number;
  private readonly regionAt: number;
  private readonly totalAt: number;
  /** The largest count a cell may hold without a message, so that a plain count skips the general conversion. */
  private readonly largestTotal: number;
  private readonly date: CellReader;
  private readonly regionName: CellReader;
  private readonly totalCell: CellReader;

  constructor(private readonly cleaner: TableCleaner) {
    this.dateAt = cleaner.indexOf("date");
    this.regionAt = cleaner.indexOf("region");
    this.totalAt = cleaner.indexOf("casesTotal");
    this.largestTotal = cleaner.column("casesTotal")?.maximum ?? Number.MAX_SAFE_INTEGER;
    [this.date, this.regionName, this.totalCell] = [cleaner.reader("date"), cleaner.reader("region"), cleaner.reader("casesTotal")];
  }

  /** One row of the tab, its fields still bytes: only a date, a region or a count not seen as such before is decoded. */
  add(record: ByteRecord, sheetRow: number): void {
    this.cleaner.counted();
    const day = this.day(record, sheetRow);
    const region = this.region(record, sheetRow);
    const total = this.total(record, sheetRow);
    if (this.firstDay === Infinity) this.firstDay = day;
    if (day < this.firstDay) this.resize(this.capacity + this.firstDay - day, this.firstDay - day);
    const offset = day - this.firstDay;
    if (offset >= this.capacity) this.resize(Math.max(offset + 1, 2 * this.capacity), 0);
    const earlier = region.rows[offset];
    if (earlier) throw new SheetError(`${this.cleaner.tab}: row ${sheetRow} repeats ${region.name} on ${isoDay(day)}, already in row ${earlier}; each region must appear once a day`);
    region.totals[offset] = total ?? NaN;
    region.rows[offset] = sheetRow;
    this.reported[offset] = 1;
  }

  private day(record: ByteRecord, sheetRow: number): number {
    if (this.lastDate && record.equals(this.dateAt, this.lastDate.bytes)) return this.lastDate.day;
    const cells = record.texts();
    const text = cells[this.dateAt];
    let day = this.dayOf.get(text);
    if (day === undefined) this.dayOf.set(text, (day = dayNumber(this.date(cells, sheetRow) as string)));
    this.lastDate = {bytes: record.copy(this.dateAt), day};
    return day;
  }

  private region(record: ByteRecord, sheetRow: number): Region {
    // A comparison with the expected bytes costs less than decoding and hashing the text for the map.
    const expected = this.lastRegion?.next;
    const region = expected && record.equals(this.regionAt, expected.bytes) ? expected.region : this.lookUpRegion(record.texts(), sheetRow);
    if (this.lastRegion && expected?.region !== region) this.lastRegion.next = {bytes: record.copy(this.regionAt), region};
    this.lastRegion = region;
    return region;
  }

  private lookUpRegion(cells: string[], sheetRow: number): Region {
    const text = cells[this.regionAt];
    let region = this.regionOf.get(text);
    if (!region) {
      const name = this.regionName(cells, sheetRow) as string;
      region = this.regions.get(name);
      if (!region) this.regions.set(name, (region = {name, totals: new Float64Array(this.capacity).fill(NaN), rows: new Uint32Array(this.capacity)}));
      this.regionOf.set(text, region);
    }
    return region;
  }

  /** A plain count in range is read from its bytes; anything else is converted and checked as any cell is. */
  private total(record: ByteRecord, sheetRow: number): number | null {
    const count = wholeNumberInBytes(record.bytes, record.starts[this.totalAt], record.ends[this.totalAt]);
    return count >= 0 && count <= this.largestTotal ? count : (this.totalCell(record.texts(), sheetRow) as number | null);
  }

  /** Room for `capacity` days, the days so far moved `shift` places later (a row dated before the first one). */
  private resize(capacity: number, shift: number) {
    const grown = <T extends Float64Array | Uint32Array | Uint8Array>(old: T, empty: T): T => {
      empty.set(old, shift);
      return empty;
    };
    for (const region of this.regions.values()) {
      region.totals = grown(region.totals, new Float64Array(capacity).fill(NaN));
      region.rows = grown(region.rows, new Uint32Array(capacity));
    }
    this.reported = grown(this.reported, new Uint8Array(capacity));
    this.capacity = capacity;
    this.firstDay -= shift;
  }

  /** Fill forward over the days the tab reports, then take day-to-day differences. */
  finish(): {fields: Column[]; rows: Value[][]; warnings: string[]} {
    const {warnings} = this.cleaner.finish();
    const offsets: number[] = [];
    this.reported.forEach((reported, offset) => reported && offsets.push(offset));
    const collator = new Intl.Collator("ru");
    const regions = [...this.regions.values()].sort((a, b) => collator.compare(a.name, b.name));
    const fields: Column[] = [
      {key: "date", header: "Дата", type: "date", label: "Дата", description: "Дата сводки", required: true, unique: true},
      ...regionColumns(regions.map((r) => r.name))
    ];
    const rows: Value[][] = offsets.map((offset) => {
      const row = new Array<Value>(regions.length + 1);
      row[0] = isoDay(this.firstDay + offset);
      return row;
    });
    regions.forEach((region, at) => dailyNewCases(region, offsets, rows, at + 1, warnings, this.cleaner.tab));
    return {fields, rows, warnings};
  }
}

/** Writes a region's daily changes into its column of `rows`: 0 on a day without a row once it has reported, null before. */
function dailyNewCases(region: Region, offsets: number[], rows: Value[][], column: number, warnings: string[], tab: string): void {
  let last = NaN;
  offsets.forEach((offset, i) => {
    const total = region.totals[offset];
    if (Number.isNaN(total)) {
      rows[i][column] = Number.isNaN(last) ? null : 0;
      return;
    }
    const change = total - last;
    if (change < 0) warnings.push(`${tab}: row ${region.rows[offset]}: ${region.name} falls from ${last} to ${total} cases (a correction?); published as ${change}`);
    rows[i][column] = Number.isNaN(change) ? null : change;
    last = total;
  });
}

/** The known municipalities keep their names from columns.ts; a new region gets a transliterated one. */
function regionColumns(names: string[]): Column[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const known = MUNICIPALITIES.find((m) => [m.header, ...(m.aliases ?? [])].some((h) => normalizeHeader(h) === normalizeHeader(name)));
    const base = known?.key ?? (transliterate(name) || "region");
    let key = base;
    for (let n = 2; taken.has(key); ++n) key = `${base}_${n}`;
    taken.add(key);
    return {
      key,
      header: name,
      type: "integer",
      signed: true,
      unit: "чел.",
      label: known?.label ?? name,
      description: `Новые случаи за день: ${name} (разность нарастающего итога)`,
      group: "municipalities"
    } satisfies Column;
  });
}

// The long municipal tab (date, region, cumulative cases) becomes one column of daily new cases per region.
import {MUNICIPALITIES, type Column} from "./columns.js";
import {SheetError, transliterate, type CellReader, type TableCleaner, type Value} from "./clean.js";
import {SavedFields, type ByteRecord} from "./csv-bytes.js";
import {normalizeHeader, wholeNumberInBytes} from "./values.js";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(iso) / DAY_MS;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface Region {
  name: string;
  /** Where its numbers stand in each day's arrays, in the order the tab first listed the regions. */
  index: number;
  /** The region on the row after this one's last row: each day lists the regions in the same order. */
  next: Region | undefined;
  /** Its bytes as first seen, in `saved`. */
  bytes: number;
}

/** One day's cumulative totals by region index (NaN where the tab has no row or an empty cell) and their sheet rows (0: no row). */
interface Day {
  day: number;
  /** Its date's bytes as first seen, in `saved`. */
  bytes: number;
  totals: Float64Array;
  rows: Uint32Array;
}

/**
 * Collects the long rows as they stream in, holding one number per region and day in typed arrays, a pair of them per day:
 * the tab lists a day's regions together, so its writes stay within the arrays of one day.
 */
export class MunicipalPivot {
  private readonly regions = new Map<string, Region>();
  // Millions of rows repeat a few thousand dates and regions: each distinct text is converted once.
  private readonly dayOf = new Map<string, Day>();
  private readonly days = new Map<number, Day>();
  private readonly regionOf = new Map<string, Region>();
  private readonly saved = new SavedFields();
  // Thousands of rows in a row share a date.
  private lastDay: Day | undefined;
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
    const at = region.index;
    if (at >= day.rows.length) grow(day, this.regions.size);
    const earlier = day.rows[at];
    if (earlier) throw new SheetError(`${this.cleaner.tab}: row ${sheetRow} repeats ${region.name} on ${isoDay(day.day)}, already in row ${earlier}; each region must appear once a day`);
    day.totals[at] = total ?? NaN;
    day.rows[at] = sheetRow;
  }

  private day(record: ByteRecord, sheetRow: number): Day {
    if (this.lastDay && this.saved.matches(record, this.dateAt, this.lastDay.bytes)) return this.lastDay;
    const cells = record.texts();
    const text = cells[this.dateAt];
    let day = this.dayOf.get(text);
    if (day === undefined) {
      const number = dayNumber(this.date(cells, sheetRow) as string);
      // Two texts of one day (08.03.2020 and 8.3.2020) share its arrays.
      day = this.days.get(number);
      if (!day) this.days.set(number, (day = {day: number, bytes: this.saved.save(record, this.dateAt), totals: new Float64Array(0), rows: new Uint32Array(0)}));
      this.dayOf.set(text, day);
    }
    this.lastDay = day;
    return day;
  }

  private region(record: ByteRecord, sheetRow: number): Region {
    // A comparison with the expected bytes costs less than decoding and hashing the text for the map.
    const expected = this.lastRegion?.next;
    const region = expected && this.saved.matches(record, this.regionAt, expected.bytes) ? expected : this.lookUpRegion(record, sheetRow);
    if (this.lastRegion && expected !== region) this.lastRegion.next = region;
    this.lastRegion = region;
    return region;
  }

  private lookUpRegion(record: ByteRecord, sheetRow: number): Region {
    const cells = record.texts();
    const text = cells[this.regionAt];
    let region = this.regionOf.get(text);
    if (!region) {
      const name = this.regionName(cells, sheetRow) as string;
      region = this.regions.get(name);
      if (!region) this.regions.set(name, (region = {name, index: this.regions.size, next: undefined, bytes: this.saved.save(record, this.regionAt)}));
      this.regionOf.set(text, region);
    }
    return region;
  }

  /** A plain count in range is read from its bytes; anything else is converted and checked as any cell is. */
  private total(record: ByteRecord, sheetRow: number): number | null {
    const count = wholeNumberInBytes(record.bytes, record.starts[this.totalAt], record.ends[this.totalAt]);
    return count >= 0 && count <= this.largestTotal ? count : (this.totalCell(record.texts(), sheetRow) as number | null);
  }

  /** Fill forward over the days the tab reports, then take day-to-day differences. */
  finish(): {fields: Column[]; rows: Value[][]; warnings: string[]} {
    const {warnings} = this.cleaner.finish();
    const days = [...this.days.values()].sort((a, b) => a.day - b.day);
    const collator = new Intl.Collator("ru");
    const regions = [...this.regions.values()].sort((a, b) => collator.compare(a.name, b.name));
    const fields: Column[] = [
      {key: "date", header: "Дата", type: "date", label: "Дата", description: "Дата сводки", required: true, unique: true},
      ...regionColumns(regions.map((r) => r.name))
    ];
    // Day by day, as the arrays lie; each region's falls are told together, in the order of the columns.
    const last = new Float64Array(regions.length).fill(NaN);
    const falls: string[][] = regions.map(() => []);
    const rows: Value[][] = days.map(({day, totals, rows: sheetRows}) => {
      const row = new Array<Value>(regions.length + 1);
      row[0] = isoDay(day);
      regions.forEach((region, column) => {
        const total = region.index < totals.length ? totals[region.index] : NaN;
        if (Number.isNaN(total)) {
          row[column + 1] = Number.isNaN(last[column]) ? null : 0;
          return;
        }
        const change = total - last[column];
        if (change < 0) falls[column].push(`${this.cleaner.tab}: row ${sheetRows[region.index]}: ${region.name} falls from ${last[column]} to ${total} cases (a correction?); published as ${change}`);
        row[column + 1] = Number.isNaN(change) ? null : change;
        last[column] = total;
      });
      return row;
    });
    warnings.push(...falls.flat());
    return {fields, rows, warnings};
  }
}

/** Room in a day's arrays for `regions` regions, the new places empty. */
function grow(day: Day, regions: number): void {
  const size = Math.max(regions, 2 * day.rows.length, 16);
  const totals = new Float64Array(size).fill(NaN);
  totals.set(day.totals);
  const rows = new Uint32Array(size);
  rows.set(day.rows);
  [day.totals, day.rows] = [totals, rows];
}

/** The known municipalities keep their names from columns.ts; a new region gets a transliterated one. */
function regionColumns(names: string[]): Column[] {
  const taken = new Set<string>();
  // Normalized once, not per name and municipality: the tab may have thousands of regions.
  const knownByName = new Map<string, Column>();
  for (const m of MUNICIPALITIES) for (const h of [m.header, ...(m.aliases ?? [])]) if (!knownByName.has(normalizeHeader(h))) knownByName.set(normalizeHeader(h), m);
  return names.map((name) => {
    const known = knownByName.get(normalizeHeader(name));
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

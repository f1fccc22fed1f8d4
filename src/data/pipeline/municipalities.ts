// The long municipal tab (date, region, cumulative cases) becomes one column of daily new cases per region.
import {MUNICIPALITIES, type Column} from "./columns.js";
import {SheetError, transliterate, type TableCleaner, type Value} from "./clean.js";
import {normalizeHeader} from "./values.js";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(iso) / DAY_MS;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface Region {
  name: string;
  /** Cumulative cases by day offset from `firstDay`; NaN where the tab has no row. */
  totals: number[];
  rows: number[];
}

/** Collects the long rows as they stream in, holding one number per region and day. */
export class MunicipalPivot {
  private readonly regions = new Map<string, Region>();
  private readonly days = new Set<number>();
  private firstDay = Infinity;
  private readonly at: {date: number; region: number; total: number};

  constructor(private readonly cleaner: TableCleaner) {
    const position = (key: string) => cleaner.fields.findIndex((f) => f.key === key);
    this.at = {date: position("date"), region: position("region"), total: position("casesTotal")};
  }

  add(cells: string[], sheetRow: number): void {
    const row = this.cleaner.add(cells, sheetRow);
    const day = dayNumber(row[this.at.date] as string);
    const name = row[this.at.region] as string;
    if (this.firstDay === Infinity) this.firstDay = day;
    if (day < this.firstDay) this.shiftStart(day);
    let region = this.regions.get(name);
    if (!region) this.regions.set(name, (region = {name, totals: [], rows: []}));
    const offset = day - this.firstDay;
    const earlier = region.rows[offset];
    if (earlier) throw new SheetError(`${this.cleaner.tab}: row ${sheetRow} repeats ${name} on ${isoDay(day)}, already in row ${earlier}; each region must appear once a day`);
    region.totals[offset] = row[this.at.total] as number;
    region.rows[offset] = sheetRow;
    this.days.add(day);
  }

  private shiftStart(day: number) {
    const by = this.firstDay - day;
    for (const region of this.regions.values()) {
      region.totals.unshift(...new Array<number>(by));
      region.rows.unshift(...new Array<number>(by));
    }
    this.firstDay = day;
  }

  /** Fill forward over the days the tab reports, then take day-to-day differences. */
  finish(): {fields: Column[]; rows: Value[][]; warnings: string[]} {
    const {warnings} = this.cleaner.finish();
    const days = [...this.days].sort((a, b) => a - b);
    const regions = [...this.regions.values()].sort((a, b) => a.name.localeCompare(b.name, "ru"));
    const fields: Column[] = [
      {key: "date", header: "Дата", type: "date", label: "Дата", description: "Дата сводки", required: true, unique: true},
      ...regions.map((r, i) => regionColumn(r.name, regions.slice(0, i)))
    ];
    const columns = regions.map((region) => dailyNewCases(region, days.map((d) => d - this.firstDay), warnings, this.cleaner.tab));
    const rows = days.map((day, i) => [isoDay(day), ...columns.map((c) => c[i])]);
    return {fields, rows, warnings};
  }
}

function dailyNewCases(region: Region, offsets: number[], warnings: string[], tab: string): (number | null)[] {
  let last: number | undefined;
  return offsets.map((offset) => {
    const total = region.totals[offset];
    if (total === undefined || total === null) return last === undefined ? null : 0;
    const change = last === undefined ? null : total - last;
    if (change !== null && change < 0) warnings.push(`${tab}: row ${region.rows[offset]}: ${region.name} falls from ${last} to ${total} cases (a correction?); published as ${change}`);
    last = total;
    return change;
  });
}

/** The known municipalities keep their names from columns.ts; a new region gets a transliterated one. */
function regionColumn(name: string, before: {name: string}[]): Column {
  const known = MUNICIPALITIES.find((m) => [m.header, ...(m.aliases ?? [])].some((h) => normalizeHeader(h) === normalizeHeader(name)));
  const key = known?.key ?? uniqueKey(transliterate(name) || "region", before.map((b) => transliterate(b.name)));
  return {
    key,
    header: name,
    type: "integer",
    signed: true,
    unit: "чел.",
    label: known?.label ?? name,
    description: `Новые случаи за день: ${name} (разность нарастающего итога)`,
    group: "municipalities"
  };
}

function uniqueKey(base: string, taken: string[]): string {
  let key = base;
  for (let n = 2; taken.includes(key); ++n) key = `${base}_${n}`;
  return key;
}

// Columns the original computed from the daily tab, with its meaning; missing counts add as 0 in running totals.
import {DAILY, DAILY_DERIVED, type Column} from "./columns.js";
import type {CleanTable} from "./clean.js";
import {roundHalfAway} from "./values.js";

type Series = (number | null)[];
type Compute = (input: (key: string) => Series, keys: string[]) => Series;

const COMPUTE: Record<string, Compute> = {
  casesTotal: (input) => runningTotal(input("newCases")),
  deathsTotal: (input) => runningTotal(input("deaths")),
  recoveredTotal: (input) => runningTotal(input("recovered")),
  activeTotal: (input) => {
    const [cases, recovered, deaths] = [runningTotal(input("newCases")), runningTotal(input("recovered")), runningTotal(input("deaths"))];
    return cases.map((c, i) => c! - recovered[i]! - deaths[i]!);
  },
  outsideKaliningrad: (input, keys) => sumAcross(keys.map(input)),
  growthDaysRatio: (input) => growthDaysRatio(input("infectionRate"))
};

export function runningTotal(values: Series): Series {
  let total = 0;
  return values.map((v) => (total += v ?? 0));
}

/** Sum of the series present on each day; missing when none of them reported that day. */
export function sumAcross(series: Series[]): Series {
  const days = series[0]?.length ?? 0;
  return Array.from({length: days}, (_, i) => {
    const reported = series.map((s) => s[i]).filter((v): v is number => v !== null);
    return reported.length ? reported.reduce((a, b) => a + b, 0) : null;
  });
}

/** Days with IR4 ≥ 1 over days with IR4 < 1 so far; days without an IR4 count for neither. */
export function growthDaysRatio(rates: Series): Series {
  let growing = 0;
  let falling = 0;
  return rates.map((rate) => {
    if (rate !== null) rate >= 1 ? ++growing : ++falling;
    return growing && falling ? roundHalfAway(growing / falling, 2) : null;
  });
}

/** Appends every derived column whose inputs are all in the table, to the table's own rows; says which were left out. */
export function deriveDaily(table: CleanTable): CleanTable {
  const present = new Map(table.fields.map((f, i) => [f.key, i]));
  const input = (key: string): Series => table.rows.map((row) => row[present.get(key)!] as number | null);
  const fields: Column[] = [...table.fields];
  const columns: Series[] = [];
  const warnings = [...table.warnings];
  for (const {inputs, ...column} of DAILY_DERIVED) {
    const available = inputs.filter((key) => present.has(key));
    // The municipal sum is fine with the municipalities there are; the others need every input.
    const enough = column.key === "outsideKaliningrad" ? available.length > 0 : available.length === inputs.length;
    if (!enough) {
      warnings.push(`«${column.header}» is not published: the sheet lacks ${inputs.filter((k) => !present.has(k)).map(headerOf).join(", ")}`);
      continue;
    }
    fields.push(column);
    columns.push(COMPUTE[column.key](input, available));
  }
  // In place: a table is read once and derived once, and a copy of every row held the run's memory and collector time up.
  table.rows.forEach((row, i) => {
    for (const values of columns) row.push(values[i]);
  });
  return {fields, rows: table.rows, warnings};
}

function headerOf(key: string): string {
  return `«${DAILY.find((c) => c.key === key)?.header ?? key}»`;
}

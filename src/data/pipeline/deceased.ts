// The deaths table (one row per deceased person) summed up for the page: ages by sex, comorbidity shares, the median age.
import type {AgeBin, DeceasedSummary} from "../../shared/deceased.js";
import type {SchemaField, Snapshot} from "./published.js";

type Cell = number | string | null;

const BIN_YEARS = 10;

/** The deaths table of a snapshot, summed up. */
export function deceasedSummary(snapshot: Snapshot): DeceasedSummary {
  const table = snapshot.table("deaths");
  const columns = table.fields.map((f) => table.column(f.name).map((text) => convert(text, f.type)));
  const rows = Array.from({length: table.length}, (_, i) => Object.fromEntries(table.fields.map((f, j) => [f.name, columns[j][i]])));
  return summarize(rows, table.fields);
}

function convert(text: string, type: string): Cell {
  if (text === "") return null;
  if (type === "integer" || type === "number") {
    const number = Number(text);
    return Number.isFinite(number) ? number : null;
  }
  return text;
}

function summarize(rows: Record<string, Cell>[], fields: SchemaField[]): DeceasedSummary {
  const ages = rows.map((r) => r.age).filter((a): a is number => typeof a === "number").sort((a, b) => a - b);
  return {
    records: rows.length,
    withDate: rows.filter((r) => r.date !== null && r.date !== undefined).length,
    medianAge: median(ages),
    ageBins: ageBins(rows, ages),
    comorbidities: fields
      .filter((f) => f.group === "comorbidity")
      .map((f) => {
        const count = rows.filter((r) => r[f.name] === 1).length;
        return {key: f.name, label: f.label ?? f.title, count, share: rows.length ? count / rows.length : 0};
      })
  };
}

function median(sorted: number[]): number | null {
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Ten-year bins from the youngest to the oldest age, empty ones in between kept so the axis has no gaps. */
function ageBins(rows: Record<string, Cell>[], ages: number[]): AgeBin[] {
  if (!ages.length) return [];
  const first = Math.floor(ages[0] / BIN_YEARS) * BIN_YEARS;
  const last = Math.floor(ages[ages.length - 1] / BIN_YEARS) * BIN_YEARS;
  const bins: AgeBin[] = [];
  for (let from = first; from <= last; from += BIN_YEARS) bins.push({from, to: from + BIN_YEARS - 1, male: 0, female: 0, unknownSex: 0});
  for (const row of rows) {
    if (typeof row.age !== "number") continue;
    const bin = bins[Math.floor(row.age / BIN_YEARS) - first / BIN_YEARS];
    const male = row.male === 1;
    const female = row.female === 1;
    // Both flags or neither: the sex is not known.
    if (male && !female) bin.male++;
    else if (female && !male) bin.female++;
    else bin.unknownSex++;
  }
  return bins;
}

// The towns' series read as the municipalities page draws them: a stack of bands, a sum of towns, one town in both sheets.
// The data file carries each series once: the page puts its daily stack and Kaliningrad's two tables together from the
// series it has anyway and the few the loader adds, by reference, with no pass over the days.
import {COLORS} from "./palette.js";
import {has, sum, withSeries, type Topic, type TopicField, type Values} from "./topic.js";

/** The band of the towns without a colour of their own. */
export const OTHERS_KEY = "otherMunicipalities";

/** What the page reads from its data file to make its readings. */
export interface MunicipalFile {
  daily: Topic;
  munic: Topic;
  /** The daily stack's bands, largest first, the grey rest last, and the rest's own series (the sum of the grey towns). */
  dailyBands: {keys: string[]; rest: Pick<Topic, "fields" | "series">};
  /** The daily sheet's Kaliningrad on the municipal sheet's days. */
  kaliningradDaily: Values | null;
}

/** The daily sheet as a stack of bands, and Kaliningrad in both sheets. */
export function municipalReadings({daily, munic, dailyBands: {keys, rest}, kaliningradDaily}: MunicipalFile): {dailyBands: Topic; kaliningradTwoTables: Topic | null} {
  return {
    dailyBands: pick({dates: daily.dates, fields: {...daily.fields, ...rest.fields}, series: {...daily.series, ...rest.series}}, keys),
    kaliningradTwoTables: kaliningradDaily ? twoTablesOf(daily, munic, "kaliningrad", kaliningradDaily) : null
  };
}

/**
 * Nine towns with colours of their own and one band for the rest: a reader tells 22 colours apart no better than one, so
 * the towns columns.ts leaves grey are summed (in the order of `towns`); the nine lie largest first, under the rest.
 */
export function bands(topic: Topic, towns: string[]): {topic: Topic; keys: string[]; others: string[]} {
  const reported = towns.filter((key) => has(topic, key));
  const others = reported.filter((key) => topic.fields[key].color === COLORS.grey);
  const own = reported.filter((key) => !others.includes(key));
  const totals = new Map(own.map((key) => [key, sum(topic.series[key])]));
  own.sort((a, b) => totals.get(b)! - totals.get(a)!);
  const field: TopicField = {
    key: OTHERS_KEY,
    title: "Остальные округа",
    label: `Остальные ${others.length} округов`,
    description: `Новые случаи за день, сумма ${others.length} округов: ${others.map((key) => topic.fields[key].label).join(", ")}`,
    unit: topic.fields[others[0]]?.unit,
    color: COLORS.grey,
    measure: "daily",
    population: populationOf(topic, others)
  };
  const keys = others.length ? [...own, OTHERS_KEY] : own;
  return {topic: pick(others.length ? withSum(topic, field, others) : topic, keys), keys, others};
}

/** A series summing `keys` on the days all of them are known (a sum with a part missing would look like a drop). */
export function withSum(topic: Topic, field: TopicField, keys: string[]): Topic {
  const values: Values = topic.dates.map((_, i) => {
    let total = 0;
    for (const key of keys) {
      const v = topic.series[key][i];
      if (v === null) return null;
      total += v;
    }
    return total;
  });
  return withSeries(topic, field, values);
}

export function pick(topic: Topic, keys: string[]): Topic {
  return {dates: topic.dates, fields: Object.fromEntries(keys.map((k) => [k, topic.fields[k]])), series: Object.fromEntries(keys.map((k) => [k, topic.series[k]]))};
}

export function populationOf(topic: Topic, keys: string[]): number {
  return keys.reduce((total, key) => total + (topic.fields[key].population ?? 0), 0);
}

/** A town in the daily sheet and in the municipal sheet, on the municipal sheet's days. */
export function twoTables(daily: Topic, munic: Topic, key: string): Topic {
  return twoTablesOf(daily, munic, key, onDays(daily, key, munic.dates));
}

/** A town's daily series on other days: blank where the daily sheet has no such day. */
export function onDays(daily: Topic, key: string, dates: string[]): Values {
  const at = new Map(daily.dates.map((d, i) => [d, i]));
  return dates.map((d) => (at.has(d) ? daily.series[key][at.get(d)!] : null));
}

function twoTablesOf(daily: Topic, munic: Topic, key: string, dailyValues: Values): Topic {
  return {
    dates: munic.dates,
    fields: {
      daily: {...daily.fields[key], key: "daily", label: "Ежедневная сводка"},
      munic: {...munic.fields[key], key: "munic", label: "Муниципальная сводка", color: "currentColor"}
    },
    series: {daily: dailyValues, munic: munic.series[key]}
  };
}

// The municipalities page and each municipality's own page: the daily sheet's municipal columns and the separate
// municipal sheet (cumulative counts turned into daily ones). The reshaping is done here, once at build time, rather than on
// every reader's phone; a series the page has anyway is not sent twice (shared/municipal.ts puts the page's charts together).
import {COLORS} from "../../shared/palette.js";
import {weeklySums} from "../../shared/weeks.js";
import {bands, OTHERS_KEY, onDays, pick, populationOf, twoTables, withSum} from "../../shared/municipal.js";
import {has, sum, type Topic, type TopicField} from "../../shared/topic.js";
import {MUNICIPALITIES} from "../pipeline/columns.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

/**
 * A day's breakdown counts as complete when the towns it names (with the residents of other regions) add up to at least
 * this share of the day's new cases: the towns it leaves out had none. On the 2 % of days it falls short, they stay blank.
 */
export const COMPLETE_BREAKDOWN = 0.9;

const TOWNS = MUNICIPALITIES.map((m) => m.key);

/** When a breakdown by town was published and how much of it the charts can use. */
export interface Coverage {
  /** The first and the last day with a breakdown. */
  first: string;
  last: string;
  /** Days between them with a breakdown, complete or not. */
  days: number;
  /** Days between them without any breakdown: their cases are in no town. */
  missing: number;
  /** Days whose breakdown falls short of the day's cases: the towns it leaves out stay blank. */
  incomplete: number;
  /** Days whose breakdown adds up to the day's cases within 5 %, either way: the evidence that a town left out had none. */
  close: number;
}

export interface RankedTown {
  key: string;
  label: string;
  population: number;
  cases: number;
  per100k: number;
  /** 1 for the highest rate per 100 000. */
  rank: number;
  /** Of all cases with a known town. */
  share: number;
  /** Cases in each of `years`. */
  years: number[];
}

export interface Ranking {
  years: string[];
  /** Highest rate per 100 000 first. */
  towns: RankedTown[];
  /** All 22 towns together: their cases, the rate per 100 000 residents of the region, cases in each of `years`. */
  region: {cases: number; per100k: number; population: number; years: number[]};
}

interface Tables {
  /** Kaliningrad, the sum of the other 21, and the 22 towns; a town left out of a complete breakdown is 0. */
  daily: Topic;
  munic: Topic;
  coverage: Coverage;
  ranking: Ranking;
}

const tablesOf = new WeakMap<Snapshot, Tables>();

/** The tables both pages are made of, read once per snapshot. */
function tables(snapshot: Snapshot): Tables {
  let made = tablesOf.get(snapshot);
  if (!made) tablesOf.set(snapshot, (made = readTables(snapshot)));
  return made;
}

function readTables(snapshot: Snapshot): Tables {
  const sheet = topicOf(snapshot, {keys: ["newCases", "otherRegions"], groups: ["municipalities"]});
  const {topic: filled, coverage} = readBreakdown(sheet);
  const towns = TOWNS.filter((key) => key in filled.series);
  const outside = towns.filter((key) => key !== "kaliningrad");
  // Summed again here rather than taken from the sheet's derived column: a day with a town unknown has no sum.
  const outsideField: TopicField = sheet.fields.outsideKaliningrad ?? {
    key: "outsideKaliningrad",
    title: "все кроме Калининграда",
    label: "Все, кроме Калининграда",
    description: "Новые случаи во всех муниципалитетах, кроме Калининграда (сумма городских округов)",
    unit: filled.fields.kaliningrad?.unit,
    color: COLORS.red
  };
  const daily = fromFirstReport(withSum(pick(filled, towns), {...outsideField, population: populationOf(filled, outside)}, outside), towns);
  const munic = fromFirstReport(withoutSilentDays(describedTowns(topicOf(snapshot, {table: "municipalities", groups: ["municipalities"]}))), TOWNS);
  return {daily, munic, coverage, ranking: rank(daily, towns)};
}

/**
 * The sheet leaves a town without cases blank, never 0: on a day when the breakdown names towns that account for the day's
 * cases, a town it leaves out had none and reads as 0. A day without a breakdown, or with one that falls short, keeps its blanks.
 */
function readBreakdown(sheet: Topic): {topic: Topic; coverage: Coverage} {
  const towns = TOWNS.filter((key) => key in sheet.series);
  const newCases = sheet.series.newCases ?? [];
  const otherRegions = sheet.series.otherRegions ?? [];
  const named = sheet.dates.map((_, i) => towns.some((key) => sheet.series[key][i] !== null));
  // What the breakdown accounts for, as a share of the day's cases; null on a day without one.
  const accounted = sheet.dates.map((_, i) => {
    if (!named[i] || !newCases[i]) return null;
    return towns.reduce((total, key) => total + (sheet.series[key][i] ?? 0), otherRegions[i] ?? 0) / newCases[i]!;
  });
  const complete = accounted.map((share) => share !== null && share >= COMPLETE_BREAKDOWN);
  const series = {...sheet.series};
  for (const key of towns) series[key] = sheet.series[key].map((v, i) => (v === null && complete[i] ? 0 : v));
  const first = named.indexOf(true);
  const last = named.lastIndexOf(true);
  const span = first < 0 ? [] : named.slice(first, last + 1);
  const days = span.filter(Boolean).length;
  return {
    topic: {...sheet, series},
    coverage: {
      first: first < 0 ? "" : sheet.dates[first],
      last: first < 0 ? "" : sheet.dates[last],
      days,
      missing: span.length - days,
      incomplete: days - complete.filter(Boolean).length,
      close: accounted.filter((share) => share !== null && Math.abs(share - 1) <= 0.05).length
    }
  };
}

/** The municipal sheet's fields carry no colour or population: each is its column's in columns.ts, the same town. */
function describedTowns(topic: Topic): Topic {
  const fields = Object.fromEntries(
    Object.entries(topic.fields).map(([key, field]) => {
      const column = MUNICIPALITIES.find((m) => m.key === key);
      return [key, column ? {...field, label: column.label, color: column.color, population: column.population} : field];
    })
  );
  return {...topic, fields};
}

/**
 * A day on which no town's running total changed is a day the municipal sheet was not updated, not a day without cases
 * (Kaliningrad alone had cases nearly every day): it is blank, and the next day's difference holds its cases.
 */
function withoutSilentDays(topic: Topic): Topic {
  const keys = Object.keys(topic.series);
  const silent = topic.dates.map((_, i) => keys.every((key) => !topic.series[key][i]));
  return {...topic, series: Object.fromEntries(keys.map((key) => [key, topic.series[key].map((v, i) => (silent[i] ? null : v))]))};
}

/** The days from the first that any of `keys` reported: the months before the first breakdown are not a gap in it. */
function fromFirstReport(topic: Topic, keys: string[]): Topic {
  const first = topic.dates.findIndex((_, i) => keys.some((key) => topic.series[key]?.[i] !== null && topic.series[key]?.[i] !== undefined));
  if (first <= 0) return topic;
  return {dates: topic.dates.slice(first), fields: topic.fields, series: Object.fromEntries(Object.entries(topic.series).map(([key, values]) => [key, values.slice(first)]))};
}

/** The towns by cases per 100 000 of their own residents over the whole period, highest first. */
function rank(daily: Topic, towns: string[]): Ranking {
  const years = [...new Set(daily.dates.map((date) => date.slice(0, 4)))];
  const totals = towns.map((key) => sum(daily.series[key]));
  const all = sum(totals);
  const rows = towns.map((key, i) => {
    const population = daily.fields[key].population ?? 0;
    return {
      key,
      label: daily.fields[key].label,
      population,
      cases: totals[i],
      per100k: population ? (totals[i] / population) * 100_000 : 0,
      rank: 0,
      share: all ? totals[i] / all : 0,
      years: years.map((year) => sum(daily.series[key].map((v, j) => (daily.dates[j].startsWith(year) ? v : null))))
    };
  });
  rows.sort((a, b) => b.per100k - a.per100k);
  rows.forEach((row, i) => (row.rank = i + 1));
  const population = populationOf(daily, towns);
  const regionYears = years.map((_, y) => sum(rows.map((row) => row.years[y])));
  return {years, towns: rows, region: {cases: all, per100k: population ? (all / population) * 100_000 : 0, population, years: regionYears}};
}

/** Kaliningrad first, the rest by their Russian names: a reader looks for their own town. */
function byName(topic: Topic, towns: string[]): string[] {
  const collator = new Intl.Collator("ru");
  return towns.filter((key) => has(topic, key)).sort((a, b) => Number(b === "kaliningrad") - Number(a === "kaliningrad") || collator.compare(topic.fields[a].label, topic.fields[b].label));
}

/** The municipalities page: Kaliningrad against the rest, the bands, each town, the ranking, and the municipal sheet. */
export function municipalities(snapshot: Snapshot) {
  const {daily, munic, coverage, ranking} = tables(snapshot);
  const dailyBands = bands(daily, TOWNS);
  const municBands = bands(munic, TOWNS);
  // The nine towns' bands are their series in `daily`: only the grey rest is new.
  const {dates: _, ...rest} = pick(dailyBands.topic, dailyBands.keys.filter((key) => key === OTHERS_KEY));
  return {
    daily,
    dailyBands: {keys: dailyBands.keys, rest},
    munic,
    // The municipal sheet's days hold the cases of the days before them that it skipped: whole weeks (Monday to Sunday) add up.
    municBands: weeklySums(municBands.topic, municBands.keys),
    /** Days of the municipal sheet without an update. */
    municSilentDays: munic.dates.filter((_, i) => Object.values(munic.series).every((values) => values[i] === null)).length,
    /** The municipal stack's bands, largest first and the grey rest last; the towns in the daily stack's grey band, by name. */
    municBandKeys: municBands.keys,
    othersInBand: byName(daily, dailyBands.others).map((key) => daily.fields[key].label),
    byName: {daily: byName(daily, TOWNS), munic: byName(munic, TOWNS)},
    kaliningradDaily: "kaliningrad" in munic.series && "kaliningrad" in daily.series ? onDays(daily, "kaliningrad", munic.dates) : null,
    ranking,
    coverage
  };
}

/**
 * Each municipality's own page, by its key: its days, the region's to compare, its place among the 22. Every town the
 * column descriptions name has a page (the config builds one for each); a town the sheet lacks gets one that says so.
 */
export function municipalityPages(snapshot: Snapshot): Record<string, unknown> {
  const {daily, munic, coverage, ranking} = tables(snapshot);
  const towns = TOWNS.filter((key) => key in daily.series);
  const region = withSum(daily, {key: "region", title: "Вся область", label: "Вся область", description: "Новые случаи за день во всех городских округах", unit: daily.fields.kaliningrad?.unit, color: "currentColor", measure: "daily", population: populationOf(daily, towns)}, towns);
  const others = byName(daily, TOWNS).map((key) => ({key, label: daily.fields[key].label}));
  return Object.fromEntries(
    MUNICIPALITIES.map((column) => {
      const {key, header: name} = column;
      const ranked = ranking.towns.find((t) => t.key === key);
      const field: TopicField = daily.fields[key] ?? {key, title: name, label: column.label, description: column.description, unit: column.unit, color: column.color, population: column.population};
      const series = daily.series[key] ?? daily.dates.map(() => null);
      return [
        key,
        {
          key,
          name,
          population: column.population,
          reported: !!ranked,
          rank: ranked?.rank ?? null,
          of: ranking.towns.length,
          cases: ranked?.cases ?? null,
          per100k: ranked?.per100k ?? null,
          share: ranked?.share ?? null,
          years: ranking.years,
          yearCases: ranked?.years ?? ranking.years.map(() => null),
          region: ranking.region,
          coverage,
          daily: {dates: daily.dates, fields: {[key]: {...field, label: name}, region: region.fields.region}, series: {[key]: series, region: region.series.region}},
          twoTables: key in munic.series && key in daily.series ? twoTables(daily, munic, key) : null,
          others
        }
      ];
    })
  );
}

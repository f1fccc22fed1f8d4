import {POPULATION} from "../../shared/population.js";
import {has, lastReported, rollingSum, sum, withSeries, type Topic} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";
import {longestSilence, type Silence} from "./capacity.js";
import {rosstat} from "./rosstat.js";

/** A count of deaths that stopped on `date`, with the official deaths and the cases reported by that same day. */
export interface CountOn {
  value: number;
  date: string;
  officialDeaths: number;
  cases: number;
}

/** Rosstat's deaths over its months, `from` the first month to the end of the `until` month, and the official count over those days. */
export interface RosstatCount {
  /** All four of Rosstat's groups. */
  value: number;
  /** Died of COVID-19, the virus confirmed or suspected: what the official count also counts. */
  ofCovid: number;
  from: string;
  until: string;
  officialDeaths: number;
  cases: number;
}

export interface DeathCounts {
  official?: CountOn;
  wards?: CountOn;
  vaccinated?: CountOn & {vaccinatedCases: number | null};
  rosstat?: RosstatCount;
}

/** The longest run of days the report said nothing of deaths, and the report that ended it: often the deaths of those weeks at once. */
export function deathsSilence(topic: Topic): (Silence & {then: {date: string; value: number}}) | undefined {
  const values = topic.series.deaths ?? [];
  const silence = longestSilence(topic.dates, values);
  if (!silence) return undefined;
  const after = topic.dates.indexOf(silence.to) + 1;
  return {...silence, then: {date: topic.dates[after], value: values[after]!}};
}

const ROSSTAT_OF_COVID = ["covidConfirmed", "covidSuspected"];

/** The sum of the reports from `from` to `until`, both ISO days and both included. */
export function sumBetween(topic: Topic, key: string, from: string, until: string): number {
  const values = topic.series[key] ?? [];
  return topic.dates.reduce((total, date, i) => (date >= from && date <= until ? total + (values[i] ?? 0) : total), 0);
}

/** The last day of the month that starts on `month` (ISO). */
export function endOfMonth(month: string): string {
  return new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).toISOString().slice(0, 10);
}

/** A running total's last report, with the official deaths and the cases to that day. */
function countOn(daily: Topic, key: string): CountOn | undefined {
  const last = lastReported(daily, key);
  if (!last) return undefined;
  const first = daily.dates[0];
  return {...last, officialDeaths: sumBetween(daily, "deaths", first, last.date), cases: sumBetween(daily, "newCases", first, last.date)};
}

/** The four counts of deaths, each as far as it was reported, against the official one and the cases over the same days. */
export function deathCounts(daily: Topic, monthly: Topic): DeathCounts {
  const counts: DeathCounts = {official: countOn(daily, "deathsTotal"), wards: countOn(daily, "wardDeathsSinceApril")};
  const vaccinated = countOn(daily, "vaccinatedDeaths");
  if (vaccinated) counts.vaccinated = {...vaccinated, vaccinatedCases: daily.series.vaccinatedCases?.[daily.dates.indexOf(vaccinated.date)] ?? null};
  const keys = Object.keys(monthly.series).filter((key) => has(monthly, key));
  const months = monthly.dates.filter((_, i) => keys.some((key) => monthly.series[key][i] !== null));
  if (months.length) {
    const [from, until] = [months[0], endOfMonth(months[months.length - 1])];
    counts.rosstat = {
      value: keys.reduce((total, key) => total + sum(monthly.series[key]), 0),
      ofCovid: ROSSTAT_OF_COVID.reduce((total, key) => total + sum(monthly.series[key]), 0),
      from: months[0],
      until,
      officialDeaths: sumBetween(daily, "deaths", from, until),
      cases: sumBetween(daily, "newCases", from, until)
    };
  }
  return counts;
}

const KEYS = ["deaths", "deathsTotal", "wardDeathsSinceApril", "vaccinatedDeaths"];

export function deaths(snapshot: Snapshot) {
  const topic = topicOf(snapshot, {keys: KEYS});
  // The cases only serve the ratios: the page does not draw them, so they stay out of its file.
  const withCases = topicOf(snapshot, {keys: [...KEYS, "newCases", "vaccinatedCases"]});
  // Summed from the day's deaths, not the sheet's «30days_1000die», which it rounded to hundredths of a death per 1000: a staircase.
  // Rounded to thousandths per 100 000, far below one death (about 0,1): no staircase, and a smaller file.
  const per100k = rollingSum(topic.series.deaths ?? [], 30).map((v) => (v === null ? null : Math.round((v * 100_000_000) / POPULATION) / 1000));
  const per100kField = {key: "deaths30dPer100k", label: "Умерли за 30 дней на 100 000", description: "Умершие от COVID-19 за последние 30 дней на 100 000 жителей", unit: "на 100 000 жителей", measure: "rate" as const, color: topic.fields.deaths?.color};
  // The official count on the days the wards reported theirs: the two side by side, day for day.
  const wards = topic.series.wardDeathsSinceApril ?? [];
  const officialOnWardDays = (topic.series.deathsTotal ?? []).map((v, i) => (wards[i] === null || wards[i] === undefined ? null : v));
  const officialField = {key: "officialOnWardDays", label: "Умерли от COVID-19 по официальной сводке", description: "Умершие от COVID-19 с начала эпидемии по официальной сводке, в дни, когда сообщали об умерших в палатах", unit: topic.fields.deathsTotal?.unit, measure: "total" as const, color: topic.fields.deathsTotal?.color};
  const withWards = has(topic, "wardDeathsSinceApril") ? withSeries(topic, officialField, officialOnWardDays) : topic;
  return {...withSeries(withWards, per100kField, per100k), counts: deathCounts(withCases, rosstat(snapshot)), silence: deathsSilence(topic)};
}

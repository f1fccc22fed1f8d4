import {endAtLastChange, sum, withSeries, type Values} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

/** The running totals of each vaccine, published only while the reports named the vaccine's type. */
export const VACCINES = ["sputnikDeliveredTotal", "epivacDeliveredTotal", "covivacDeliveredTotal", "sputnikLightDeliveredTotal"];

/** A value with the day it was reported. */
export interface Dated {
  value: number;
  date: string;
}

/**
 * Cases and deaths among the vaccinated, each with the figures it compares with on its own day: all cases and deaths up
 * to that day, the fully vaccinated as last reported by then, the cases among the vaccinated by then.
 */
export interface VaccinatedOutcomes {
  cases?: Dated & {allCases: number; fullyVaccinated?: Dated};
  deaths?: Dated & {allCases: number; allDeaths: number; vaccinatedCases?: Dated};
}

export function vaccination(snapshot: Snapshot) {
  const topic = topicOf(snapshot, {keys: ["dosesDeliveredTotal", ...VACCINES, "firstDose", "secondDose", "boosterDose"]});
  // topicOf ends a running total at its last change, but a vaccine's total belongs to the days the type was published: on
  // them an unchanged total says that no new doses of it came, up to the last report of the types (31 August 2021).
  const daily = snapshot.table("daily");
  const present = VACCINES.filter((key) => key in topic.series);
  const byVaccine = deliveredByVaccine(present.map((key) => numbers(daily.column(key))));
  const withVaccines = present.reduce(
    (t, key, i) => withSeries(t, {...t.fields[key], description: `${t.fields[key].description}; до первой поставки — 0 доз`}, byVaccine[i]),
    topic
  );
  const outcomes = vaccinatedOutcomes(topic.dates, {
    vaccinatedCases: numbers(daily.column("vaccinatedCases")),
    vaccinatedDeaths: numbers(daily.column("vaccinatedDeaths")),
    newCases: numbers(daily.column("newCases")),
    deaths: numbers(daily.column("deaths")),
    secondDose: topic.series.secondDose ?? []
  });
  return {...withVaccines, vaccinatedOutcomes: outcomes};
}

function numbers(cells: string[]): Values {
  return cells.map((cell) => (cell === "" ? null : Number(cell)));
}

/**
 * Each vaccine's running total over the days any vaccine's was reported, nothing outside them. Before a vaccine's first
 * delivery its total is 0 doses, not a missing report: the reports listed every vaccine that had come, and the doses of
 * all vaccines add up to the region's total. A blank after its first report stays a gap.
 */
export function deliveredByVaccine(totals: Values[]): Values[] {
  const days = totals[0]?.length ?? 0;
  const reported = (i: number) => totals.some((values) => values[i] !== null);
  let first = 0;
  while (first < days && !reported(first)) ++first;
  let last = days - 1;
  while (last >= 0 && !reported(last)) --last;
  return totals.map((values) => {
    const own = values.findIndex((v) => v !== null);
    return values.map((v, i) => (own < 0 || i < first || i > last ? null : v ?? (i < own ? 0 : null)));
  });
}

/** The last value reported on or before day `index`, with its date. */
function asOf(dates: string[], values: Values, index: number): Dated | undefined {
  for (let i = Math.min(index, values.length - 1); i >= 0; --i) if (values[i] !== null) return {value: values[i]!, date: dates[i]};
  return undefined;
}

/**
 * Cases and deaths among the vaccinated, as last changed (the sheet repeated them long after), each with what it divides
 * by on its own day: all cases and deaths summed to it, the fully vaccinated and the vaccinated cases last reported by it.
 */
export function vaccinatedOutcomes(dates: string[], series: Record<"vaccinatedCases" | "vaccinatedDeaths" | "newCases" | "deaths" | "secondDose", Values>): VaccinatedOutcomes {
  const last = dates.length - 1;
  const cases = asOf(dates, endAtLastChange(series.vaccinatedCases), last);
  const deaths = asOf(dates, endAtLastChange(series.vaccinatedDeaths), last);
  const index = (day: Dated) => dates.indexOf(day.date);
  return {
    ...(cases && {cases: {...cases, allCases: sum(series.newCases, index(cases)), fullyVaccinated: asOf(dates, series.secondDose, index(cases))}}),
    ...(deaths && {
      deaths: {...deaths, allCases: sum(series.newCases, index(deaths)), allDeaths: sum(series.deaths, index(deaths)), vaccinatedCases: asOf(dates, series.vaccinatedCases, index(deaths))}
    })
  };
}

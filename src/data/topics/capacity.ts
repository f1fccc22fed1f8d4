import {share, withSeries, type Values} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

/** Days on which a computed level came out below zero: the first and last of them, how many, and the lowest value. */
export interface BelowZero {
  from: string;
  to: string;
  days: number;
  lowest: {value: number; date: string};
}

/** The longest run of days without a report, after the series' first report and before its last. */
export interface Silence {
  from: string;
  to: string;
  days: number;
}

// Occupied over available, for the pairs reported on the same day.
const OCCUPANCY: [occupied: string, available: string, label: string][] = [
  ["covidBedsOccupied", "covidBeds", "Койки для COVID-19"],
  ["covidPneumoniaBedsOccupied", "covidPneumoniaBeds", "Койки для COVID-19 и пневмонии"],
  ["ventilatorsOccupied", "ventilators", "Аппараты ИВЛ"]
];

export function capacity(snapshot: Snapshot) {
  const topic = topicOf(snapshot, {
    keys: ["newCases", "recovered", "casesTotal", "recoveredTotal", "activeTotal", "covidBeds", "covidBedsOccupied", "covidPneumoniaBeds", "covidPneumoniaBedsOccupied", "onOxygen", "ventilators", "ventilatorsOccupied", "hospitalized"]
  });
  const active = topic.series.activeTotal ?? [];
  // Cases minus recoveries minus deaths, each summed from the daily reports, drifts below zero when the summed recoveries
  // run ahead of the cases: an artefact of the sums, not a number of people. Those days are left out, and the page says which.
  const withActive = active.length
    ? withSeries(
        topic,
        {...topic.fields.activeTotal, description: "Все случаи с начала эпидемии минус выписанные и умершие; дни, когда расчёт даёт число ниже нуля, пропущены"},
        active.map((v) => (v === null || v < 0 ? null : v))
      )
    : topic;
  const withOccupancy = OCCUPANCY.reduce((t, [occupied, available, label]) => share(t, occupied, available, label), withActive);
  return {...withOccupancy, activeBelowZero: belowZero(topic.dates, active), recoveredSilence: longestSilence(topic.dates, topic.series.recovered ?? [])};
}

export function belowZero(dates: string[], values: Values): BelowZero | undefined {
  let found: BelowZero | undefined;
  values.forEach((v, i) => {
    if (v === null || v >= 0) return;
    if (!found) found = {from: dates[i], to: dates[i], days: 0, lowest: {value: v, date: dates[i]}};
    found.to = dates[i];
    ++found.days;
    if (v < found.lowest.value) found.lowest = {value: v, date: dates[i]};
  });
  return found;
}

export function longestSilence(dates: string[], values: Values): Silence | undefined {
  let longest: Silence | undefined;
  let start = -1;
  let reported = false;
  values.forEach((v, i) => {
    if (v === null) {
      if (reported && start < 0) start = i;
      return;
    }
    if (start >= 0 && (!longest || i - start > longest.days)) longest = {from: dates[start], to: dates[i - 1], days: i - start};
    start = -1;
    reported = true;
  });
  return longest;
}

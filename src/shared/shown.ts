// What a time chart shows in a view: its series over the view's days, as a 7-day average or per 100 000 where that applies.
// The chart, its table and its CSV all read this, so the three never disagree.
import {POPULATION} from "./population.js";
import type {Topic, TopicField} from "./topic.js";
import {periodSpan, type View} from "./view.js";

export interface ShownSeries {
  key: string;
  label: string;
  unit?: string;
  color?: string;
  /** One value per day of `dates`; null where nothing was reported (or too little for an average). */
  values: (number | null)[];
}

export interface Shown {
  /** The days shown, ISO. */
  dates: string[];
  series: ShownSeries[];
  /** What the view did to this chart, in the words of a subtitle: «7-дневное среднее, на 100 000 жителей». */
  words: string[];
  weekAverage: boolean;
  perCapita: boolean;
  logScale: boolean;
}

/** A daily count can be averaged; a count of people, tests, doses or beds can be put per 100 000; a rate or an index neither. */
export function canAverage(field: TopicField): boolean {
  return (field.measure ?? "daily") === "daily";
}

export function canPerCapita(field: TopicField): boolean {
  return (field.measure ?? "daily") !== "rate";
}

/** Mean of the last 7 days that reported, where at least 4 of them did: a week with three reports has no average. */
export function weekAverage(values: (number | null)[]): (number | null)[] {
  return values.map((_, i) => {
    let sum = 0;
    let reported = 0;
    for (let j = Math.max(0, i - 6); j <= i; ++j) {
      const v = values[j];
      if (v !== null && Number.isFinite(v)) {
        sum += v;
        ++reported;
      }
    }
    return reported >= 4 ? sum / reported : null;
  });
}

/** What `view` does to a chart of these fields, known before any value is read. */
export function viewApplied(fields: TopicField[], view: View): Pick<Shown, "words" | "weekAverage" | "perCapita" | "logScale"> {
  const weekAverage = view.weekAverage && fields.some(canAverage);
  const perCapita = view.perCapita && fields.some(canPerCapita);
  const logScale = view.logScale && fields.every((f) => f.measure !== "rate");
  return {
    words: [weekAverage ? "7-дневное среднее" : "", perCapita ? "на 100 000 жителей" : "", logScale ? "логарифмическая шкала" : ""].filter(Boolean),
    weekAverage,
    perCapita,
    logScale
  };
}

/** The series of `keys` as `view` shows them; `days` limits the chart to a span of its own (from, until). */
export function shownSeries(topic: Topic, keys: string[], view: View, days: {from?: string; until?: string} = {}): Shown {
  const fields = keys.map((key) => topic.fields[key]);
  const applied = viewApplied(fields, view);
  const {weekAverage: weekAverageApplies, perCapita: perCapitaApplies} = applied;
  // The period counts back from the data's last day, then the chart's own span (from, until) narrows it.
  const period = periodSpan(view.period, topic.dates[0], topic.dates[topic.dates.length - 1]);
  const from = days.from && days.from > period.from ? days.from : period.from;
  const until = days.until && days.until < period.to ? days.until : period.to;
  const start = lowerBound(topic.dates, from);
  const end = lowerBound(topic.dates, until, true);
  const series = fields.map((field) => {
    let values = topic.series[field.key];
    // The average is taken over the whole series, so the first days of a period average the week before them.
    if (weekAverageApplies && canAverage(field)) values = weekAverage(values);
    values = values.slice(start, Math.max(start, end));
    if (perCapitaApplies && canPerCapita(field)) {
      const per = 100_000 / (field.population ?? POPULATION);
      values = values.map((v) => (v === null ? null : v * per));
    }
    return {key: field.key, label: field.label, unit: perCapitaApplies && canPerCapita(field) ? "на 100 000 жителей" : field.unit, color: field.color, values};
  });
  return {dates: topic.dates.slice(start, Math.max(start, end)), series, ...applied};
}

/** The first index whose date is ≥ `day` (or > it with `after`): the dates are sorted ISO days. */
function lowerBound(dates: string[], day: string, after = false): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] < day || (after && dates[mid] === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

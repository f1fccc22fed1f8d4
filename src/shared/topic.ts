// A page's data: the dates and the few columns it draws, with their labels from the column descriptions.
import {parseIsoDate} from "./dates.js";

/** How a column counts, which decides what a view may do to it: only a daily count is averaged, a rate is never put per 100 000. */
export type Measure = "daily" | "total" | "level" | "rate";

export interface TopicField {
  key: string;
  /** The header in the sheet. */
  title: string;
  label: string;
  description: string;
  unit?: string;
  sparse?: boolean;
  /** The column's colour on every chart of the site. */
  color?: string;
  /** How the column counts: a day's new events, a running total, a level (beds in use) or a rate. */
  measure?: Measure;
  /** Residents of the place the column counts, where it is not the whole region (a municipality). */
  population?: number;
}

export type Values = (number | null)[];

export interface Topic {
  dates: string[];
  fields: Record<string, TopicField>;
  series: Record<string, Values>;
}

const parsedDates = new WeakMap<string[], Date[]>();

/** The topic's dates as Dates, parsed once for every chart of the page (topics made with withSeries share them). */
export function datesOf(topic: Topic): Date[] {
  let dates = parsedDates.get(topic.dates);
  if (!dates) parsedDates.set(topic.dates, (dates = topic.dates.map(parseIsoDate)));
  return dates;
}

export function has(topic: Topic, key: string): boolean {
  return key in topic.series && topic.series[key].some((v) => v !== null);
}

/** A new topic with one more series computed on the page (a share, a running total, a scaled copy). */
export function withSeries(topic: Topic, field: Omit<TopicField, "title"> & {title?: string}, values: Values): Topic {
  return {...topic, fields: {...topic.fields, [field.key]: {title: field.label, ...field}}, series: {...topic.series, [field.key]: values}};
}

/** part / whole for each day, where both are reported and whole is not 0; in the part's colour. */
export function share(topic: Topic, key: string, of: string, label: string): Topic {
  if (!has(topic, key) || !has(topic, of)) return topic;
  const whole = topic.series[of];
  const values = topic.series[key].map((v, i) => (v === null || !whole[i] ? null : v / whole[i]!));
  const part = topic.fields[key];
  return withSeries(topic, {key: `${key}Share`, label, description: `${part.label}: доля от «${topic.fields[of].label}»`, unit: "%", measure: "rate", color: part.color}, values);
}

/** The sum over the last `days` days, counting what was reported (a day without a report adds nothing); null until a window has a report. */
export function rollingSum(values: Values, days: number): Values {
  let total = 0;
  let reported = 0;
  return values.map((v, i) => {
    if (v !== null) [total, reported] = [total + v, reported + 1];
    const out = values[i - days];
    if (i >= days && out !== undefined && out !== null) [total, reported] = [total - out, reported - 1];
    return reported ? total : null;
  });
}

/**
 * A running total as far as it was reported: the sheet repeats its last value on every later row, so the days after
 * its last change are not new reports. The series ends on that change, and its last value is dated by it.
 */
export function endAtLastChange(values: Values): Values {
  let last = values.length - 1;
  while (last >= 0 && values[last] === null) --last;
  // The earliest day of the final run of the last value, blanks inside the run skipped over.
  let change = last;
  for (let i = last - 1; i >= 0 && (values[i] === null || values[i] === values[last]); --i) if (values[i] !== null) change = i;
  return values.map((v, i) => (i > change ? null : v));
}

export function runningTotal(topic: Topic, key: string, label: string): Topic {
  if (!has(topic, key)) return topic;
  let total = 0;
  return withSeries(topic, {key: `${key}Total`, label, description: `${topic.fields[key].label}, нарастающим итогом`, unit: topic.fields[key].unit}, topic.series[key].map((v) => (total += v ?? 0)));
}

/** The value on the first day that reported one, with that day. */
export function firstReported(topic: Topic, key: string): {value: number; date: string} | undefined {
  const values = topic.series[key] ?? [];
  const i = values.findIndex((v) => v !== null);
  return i < 0 ? undefined : {value: values[i]!, date: topic.dates[i]};
}

/** The value on the last day that reported one, with that day. */
export function lastReported(topic: Topic, key: string, accept = (v: number) => v !== 0): {value: number; date: string} | undefined {
  const values = topic.series[key] ?? [];
  for (let i = values.length - 1; i >= 0; --i) if (values[i] !== null && accept(values[i]!)) return {value: values[i]!, date: topic.dates[i]};
  return undefined;
}

/** The keys by the total of their series, largest first; each total is summed once, not at every comparison. */
export function byTotal(topic: Topic, keys: string[]): string[] {
  const totals = new Map(keys.map((key) => [key, sum(topic.series[key])]));
  return [...keys].sort((a, b) => totals.get(b)! - totals.get(a)!);
}

export function sum(values: Values | undefined, until = Infinity): number {
  let total = 0;
  values?.forEach((v, i) => i <= until && (total += v ?? 0));
  return total;
}

export function max(values: Values | undefined): {value: number; index: number} | undefined {
  let best: {value: number; index: number} | undefined;
  values?.forEach((v, index) => v !== null && (!best || v > best.value) && (best = {value: v, index}));
  return best;
}

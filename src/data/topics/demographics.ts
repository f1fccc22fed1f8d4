import {COLORS} from "../../shared/palette.js";
import {byTotal, has, share, withSeries, type Topic, type Values} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

// Who fell ill: the breakdowns the daily reports gave by status, age, sex, source of infection and occupation.
// Reshaped here, once at build time, rather than on every reader's phone.

const STATUS = ["statusStudents", "statusWorking", "statusCivilServants", "statusNotWorking", "statusPensioners"];
const AGES = ["ageUnder1", "age1to6", "age7to14", "age15to17", "age18to29", "age30to49", "age50to64", "age65plus"];
const SOURCES = ["sourceImported", "sourceContact", "sourceUnknown"];
const SEXES = ["men", "women"];

/** How many occupations, the largest by cases, get a band and a colour of their own in the stack; the rest share one grey band. */
const OWN_BANDS = 9;
export const REST = "jobRest";

/** The first and the last day a series was reported. */
export interface Span {
  from: string;
  to: string;
}

/** The days a stack can be drawn, every part within its own span; the parts that start it and end it; the days any part was reported. */
export interface StackSpan extends Span {
  startsWith: string;
  endsWith: string;
  reported: Span;
}

export function demographics(snapshot: Snapshot) {
  return {...groupsOf(snapshot), ...occupationsOf(snapshot)};
}

/** Status, ages, sex and source: as reported for the lines and dots, read as breakdowns for the stacks. */
function groupsOf(snapshot: Snapshot) {
  const groups = [...STATUS, ...AGES, ...SEXES, ...SOURCES];
  const columns = topicOf(snapshot, {keys: ["newCases", ...groups]});
  // From the first breakdown on: the two months before it would be blank on every chart.
  const days = {from: spanOfAny(columns, groups).from, to: columns.dates[columns.dates.length - 1]};
  const reported = daysOf(columns, days);
  // Shares only where both the part and the day's cases were reported: a day without the source is a gap, not 0 %.
  const shares = weekShare(share(reported, "sourceUnknown", "newCases", "Источник не установлен"), "sourceUnknown", "newCases", "Источник не установлен, за 7 дней");
  const breakdowns = [STATUS, AGES, SOURCES].reduce((topic, keys) => asBreakdown(topic, keys), daysOf(topicOf(snapshot, {keys: [...STATUS, ...AGES, ...SOURCES]}), days));
  const newCases = columns.series.newCases ?? [];
  return {
    demographics: shares,
    breakdowns,
    stackSpans: {status: stackSpan(breakdowns, STATUS), ages: stackSpan(breakdowns, AGES), source: stackSpan(breakdowns, SOURCES)},
    coverage: {status: coverageOf(columns, STATUS, newCases), ages: coverageOf(columns, AGES, newCases), source: coverageOf(columns, SOURCES, newCases)}
  };
}

/** The occupations read as one breakdown, largest first, with the nine largest in colour and the rest summed into «Остальные». */
function occupationsOf(snapshot: Snapshot) {
  const columns = topicOf(snapshot, {groups: ["occupations"]});
  const keys = byTotal(columns, Object.keys(columns.fields).filter((key) => has(columns, key)));
  const own = keys.slice(0, OWN_BANDS);
  const read = withRest(asBreakdown(columns, keys), keys, keys.slice(OWN_BANDS));
  // Only the days the occupations were reported: an empty year after them would squeeze every small chart.
  const occupations = daysOf(read, spanOfAny(columns, keys));
  return {
    occupations,
    occupationKeys: keys,
    stackKeys: [...own, REST],
    occupationSpans: Object.fromEntries(keys.map((key) => [key, spanOf(columns, key)!])),
    occupationsStack: stackSpan(occupations, own),
    occupationsCoverage: coverageOf(columns, keys, topicOf(snapshot, {keys: ["newCases"]}).series.newCases ?? [])
  };
}

/** On the days a breakdown was published: how many, its parts summed and the day's cases summed. */
export interface Coverage {
  days: number;
  parts: number;
  whole: number;
}

/** How much of the day's cases a breakdown accounts for, over the days it was published and the cases were reported. */
export function coverageOf(topic: Topic, keys: string[], whole: Values): Coverage {
  const coverage = {days: 0, parts: 0, whole: 0};
  topic.dates.forEach((_, i) => {
    const reported = keys.filter((key) => topic.series[key]?.[i] != null);
    if (!reported.length || whole[i] === null) return;
    ++coverage.days;
    coverage.parts += reported.reduce((total, key) => total + topic.series[key][i]!, 0);
    coverage.whole += whole[i]!;
  });
  return coverage;
}

/**
 * A group of series read as one breakdown of the day's cases. On a day when any of `keys` was reported the breakdown was
 * published, and a key left blank that day counts as 0, if the day lies between the key's own first and last report:
 * the sheet's keepers left a group with no cases blank rather than type 0. Before a key was first named or after it was
 * last named it stays blank (the report did not list it then), and so does every day without the breakdown.
 */
export function asBreakdown(topic: Topic, keys: string[]): Topic {
  const kept = keys.filter((key) => has(topic, key));
  const published = topic.dates.map((_, i) => kept.some((key) => topic.series[key][i] !== null));
  const series = {...topic.series};
  for (const key of kept) {
    const [first, last] = reportedRange(topic.series[key])!;
    series[key] = topic.series[key].map((v, i) => (v === null && published[i] && i >= first && i <= last ? 0 : v));
  }
  return {...topic, series};
}

/** One more series, «Остальные»: the sum of `rest` on every day the breakdown of `keys` was published (a blank adds nothing). */
export function withRest(topic: Topic, keys: string[], rest: string[]): Topic {
  const published = topic.dates.map((_, i) => keys.some((key) => topic.series[key]?.[i] != null));
  const values: Values = topic.dates.map((_, i) => (published[i] ? rest.reduce((total, key) => total + (topic.series[key]?.[i] ?? 0), 0) : null));
  return withSeries(
    topic,
    {key: REST, label: "Остальные", description: `Остальные сферы занятости вместе (${rest.length}): новые случаи за день`, unit: topic.fields[keys[0]]?.unit, measure: "daily", color: COLORS.grey},
    values
  );
}

/**
 * The share of `part` in `whole` over the last 7 days: both summed over the days of the window that reported both, where at
 * least 4 did. Steadier than a day's share when a day has few cases.
 */
export function weekShare(topic: Topic, part: string, whole: string, label: string): Topic {
  if (!has(topic, part) || !has(topic, whole)) return topic;
  const p = topic.series[part];
  const w = topic.series[whole];
  const values: Values = topic.dates.map((_, i) => {
    let parts = 0;
    let wholes = 0;
    let days = 0;
    for (let j = Math.max(0, i - 6); j <= i; ++j) {
      if (p[j] === null || w[j] === null) continue;
      parts += p[j]!;
      wholes += w[j]!;
      ++days;
    }
    return days >= 4 && wholes > 0 ? parts / wholes : null;
  });
  const field = topic.fields[part];
  return withSeries(topic, {key: `${part}WeekShare`, label, description: `${field.label}: доля от «${topic.fields[whole].label}» за последние 7 дней`, unit: "%", measure: "rate", color: field.color}, values);
}

/** The indices of the first and the last reported value. */
function reportedRange(values: Values): [number, number] | undefined {
  const first = values.findIndex((v) => v !== null);
  if (first < 0) return undefined;
  let last = values.length - 1;
  while (values[last] === null) --last;
  return [first, last];
}

function spanOf(topic: Topic, key: string): Span | undefined {
  const range = reportedRange(topic.series[key] ?? []);
  return range && {from: topic.dates[range[0]], to: topic.dates[range[1]]};
}

/** From the first day any of `keys` was reported to the last. */
function spanOfAny(topic: Topic, keys: string[]): Span {
  const spans = keys.map((key) => spanOf(topic, key)).filter((s) => s !== undefined);
  return {from: spans.map((s) => s.from).sort()[0], to: spans.map((s) => s.to).sort().at(-1)!};
}

/** Where every part of a stack is within its own span: from the latest first report to the earliest last one. */
export function stackSpan(topic: Topic, keys: string[]): StackSpan | undefined {
  const spans = keys.flatMap((key) => {
    const span = spanOf(topic, key);
    return span ? [{key, ...span}] : [];
  });
  if (!spans.length) return undefined;
  const start = spans.reduce((a, b) => (b.from > a.from ? b : a));
  const end = spans.reduce((a, b) => (b.to < a.to ? b : a));
  return start.from > end.to ? undefined : {from: start.from, to: end.to, startsWith: start.key, endsWith: end.key, reported: spanOfAny(topic, keys)};
}

/** The topic on the days from `span.from` to `span.to` only. */
function daysOf(topic: Topic, span: Span): Topic {
  const start = topic.dates.indexOf(span.from);
  const end = topic.dates.indexOf(span.to) + 1;
  return {...topic, dates: topic.dates.slice(start, end), series: Object.fromEntries(Object.entries(topic.series).map(([key, values]) => [key, values.slice(start, end)]))};
}

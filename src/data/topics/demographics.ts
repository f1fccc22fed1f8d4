import {COLORS} from "../../shared/palette.js";
import {asBreakdown, reportedRange} from "../../shared/breakdown.js";
import {byTotal, has, withSeries, type Topic, type Values} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

// Who fell ill: the breakdowns the daily reports gave by status, age, sex, source of infection and occupation.
// The spans, coverage and the occupations' bands are worked out here, once at build time, rather than on every reader's phone.

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
  const named = [...STATUS, ...AGES, ...SEXES, ...SOURCES];
  const columns = topicOf(snapshot, {keys: ["newCases", ...named]});
  // From the first breakdown on: the two months before it would be blank on every chart.
  const days = {from: spanOfAny(columns, named).from, to: columns.dates[columns.dates.length - 1]};
  // One copy of the groups: the page reads them as breakdowns and adds the shares itself (src/shared/breakdown.ts).
  const reported = daysOf(columns, days);
  const newCases = columns.series.newCases ?? [];
  return {
    demographics: reported,
    groups: {status: STATUS, ages: AGES, source: SOURCES},
    // A breakdown's zeros lie within each group's own span, so the spans are those of the groups as reported.
    stackSpans: {status: stackSpan(reported, STATUS), ages: stackSpan(reported, AGES), source: stackSpan(reported, SOURCES)},
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

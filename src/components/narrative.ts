// The overview's words: this week against the last, and where the infection rate is heading, as Russian sentences.
import {formatLongDate, formatNumber, formatPercent} from "./format.js";
import {parseIsoDate} from "../shared/dates.js";
import {plural} from "./plural.js";
import {lastReported, type Topic} from "../shared/topic.js";

/** Russian noun forms for 1, 2 and 5: «случай», «случая», «случаев». */
export type PluralForms = readonly [one: string, few: string, many: string];
export {plural};

export const CASES: PluralForms = ["случай", "случая", "случаев"];
export const DAYS: PluralForms = ["день", "дня", "дней"];
const TIMES: PluralForms = ["раз", "раза", "раз"];
const FOUND: PluralForms = ["выявлен", "выявлено", "выявлено"];

/** «21 случай», «1 234 случая»: the number and its word, kept on one line. */
export function countOf(n: number, forms: PluralForms): string {
  return `${formatNumber(n)}\u00a0${plural(n, forms)}`;
}

/** A run of days and what was reported in it. */
export interface Week {
  from: string;
  until: string;
  days: number;
  /** Days with a value (not «не сообщалось»). */
  reportedDays: number;
  total: number;
}

export interface WeekComparison {
  current: Week;
  /** As many days just before; absent when the data are shorter than two such runs. */
  previous?: Week;
  /** current / previous − 1; absent when there is nothing to divide by. */
  change?: number;
  trend: "up" | "down" | "flat" | "unknown";
}

// Changes smaller than this are "about the same".
const FLAT = 0.01;

function week(topic: Topic, values: (number | null)[], start: number, end: number): Week {
  let total = 0;
  let reportedDays = 0;
  for (let i = start; i <= end; ++i) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    total += v;
    ++reportedDays;
  }
  return {from: topic.dates[start], until: topic.dates[end], days: end - start + 1, reportedDays, total};
}

/** The last `days` rows of the data against the `days` rows before them. */
export function compareWeeks(topic: Topic, key = "newCases", days = 7): WeekComparison | undefined {
  const values = topic.series[key];
  const n = topic.dates.length;
  if (!values || n === 0) return undefined;
  const current = week(topic, values, Math.max(0, n - days), n - 1);
  // A shorter stretch before would not be a fair comparison.
  const previous = n >= 2 * days ? week(topic, values, n - 2 * days, n - days - 1) : undefined;
  if (!previous || previous.reportedDays === 0 || current.reportedDays === 0) return {current, previous, trend: "unknown"};
  if (previous.total === 0) return {current, previous, trend: current.total > 0 ? "up" : "flat"};
  const change = current.total / previous.total - 1;
  return {current, previous, change, trend: Math.abs(change) < FLAT ? "flat" : change > 0 ? "up" : "down"};
}

/** «1–7 июня 2023», «29 мая – 4 июня 2023», «29 декабря 2022 – 4 января 2023». */
export function dateRange(from: string, until: string): string {
  const [a, b] = [parseIsoDate(from), parseIsoDate(until)];
  if (from === until) return formatLongDate(b);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatLongDate(a)}\u00a0– ${formatLongDate(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${formatLongDate(a).replace(/ \d+$/, "")}\u00a0– ${formatLongDate(b)}`;
  return `${a.getUTCDate()}–${formatLongDate(b)}`;
}

/** «в 3,5 раза больше» for a doubling or more; «на 12 % меньше» otherwise. */
function howMuch(change: number): string {
  const ratio = change + 1;
  if (ratio >= 2) {
    const times = Math.round(ratio * 10) / 10;
    return `в\u00a0${formatNumber(times)}\u00a0${plural(times, TIMES)} больше`;
  }
  return `на\u00a0${formatPercent(Math.abs(change), 0)} ${change > 0 ? "больше" : "меньше"}`;
}

function partial(w: Week): string {
  return `данные есть только за ${countOf(w.reportedDays, DAYS)} из ${w.days}`;
}

/** This week's new cases against last week's, in two or three sentences. */
export function weekSentence(topic: Topic, key = "newCases"): string {
  const comparison = compareWeeks(topic, key);
  if (!comparison) return "Данных о новых случаях пока нет.";
  const {current, previous, change, trend} = comparison;
  const period = `${current.days === 1 ? "За последний день" : `За последние ${countOf(current.days, DAYS)}`} (${dateRange(current.from, current.until)})`;
  if (current.reportedDays === 0) return `${period} о новых случаях не сообщалось.`;
  const found = current.total === 0 ? "новых случаев не выявлено" : `${plural(current.total, FOUND)} ${countOf(current.total, CASES)}`;
  const sentences = [`${period} ${found}${current.reportedDays < current.days ? ` (${partial(current)})` : ""}.`];
  const before = current.days === 1 ? "за день до этого" : `за предыдущие ${countOf(current.days, DAYS)}`;
  if (!previous || previous.reportedDays === 0) {
    sentences.push(`Сравнить не с чем: ${before} данных нет.`);
  } else if (previous.total === 0) {
    sentences.push(current.total > 0 ? `${capitalize(before)} новых случаев не было, так что заболеваемость растёт.` : `${capitalize(before)} их тоже не было.`);
  } else if (trend === "flat") {
    sentences.push(`Это почти столько же, сколько ${before} (${countOf(previous.total, CASES)}).`);
  } else {
    const direction = trend === "up" ? "заболеваемость растёт" : "заболеваемость снижается";
    sentences.push(`Это ${howMuch(change!)}, чем ${before} (${countOf(previous.total, CASES)}): ${direction}.`);
  }
  if (previous && previous.reportedDays > 0 && previous.reportedDays < previous.days) {
    sentences.push(`Сравнение приблизительное: ${before} ${partial(previous)}.`);
  }
  return sentences.join(" ");
}

export interface RateTrend {
  value: number;
  date: string;
  /** The value about a week earlier, when one was reported. */
  earlier?: {value: number; date: string};
  direction: "up" | "down" | "flat" | "unknown";
}

// IR moves by hundredths from day to day; less than this over a week is "hardly changed".
const RATE_FLAT = 0.05;

/** The last reported infection rate and how it moved over the 7 days before it. */
export function rateTrend(topic: Topic, key = "infectionRate", days = 7): RateTrend | undefined {
  const last = lastReported(topic, key, () => true);
  if (!last) return undefined;
  const values = topic.series[key];
  const at = topic.dates.lastIndexOf(last.date);
  let earlier: RateTrend["earlier"];
  // A week back, or the earliest value reported within that week.
  for (let i = Math.max(0, at - days); i < at && !earlier; ++i) if (values[i] !== null) earlier = {value: values[i]!, date: topic.dates[i]};
  if (!earlier) return {...last, direction: "unknown"};
  const diff = last.value - earlier.value;
  return {...last, earlier, direction: Math.abs(diff) < RATE_FLAT ? "flat" : diff > 0 ? "up" : "down"};
}

/** Where IR4 stands against 1 and where it has moved in a week. */
export function rateSentence(topic: Topic, key = "infectionRate"): string {
  const trend = rateTrend(topic, key);
  if (!trend) return "Индекс распространения IR4 в данных не сообщается.";
  const {value, date, earlier, direction} = trend;
  const level =
    value > 1
      ? "выше 1: за последние 4 дня выявили больше случаев, чем за 4 дня до них, то есть число новых случаев растёт"
      : value < 1
        ? "ниже 1: за последние 4 дня выявили меньше случаев, чем за 4 дня до них, то есть число новых случаев снижается"
        : "ровно 1: за последние 4 дня выявили столько же случаев, сколько за 4 дня до них";
  const sentences = [`Индекс распространения IR4 на ${longDate(date)} — ${formatNumber(value)}, ${level}.`];
  if (earlier) {
    const since = daysBetween(earlier.date, date) === 7 ? "За неделю" : `С ${longDate(earlier.date)}`;
    if (direction === "flat") {
      sentences.push(`${since} он почти не изменился: был ${formatNumber(earlier.value)}.`);
    } else {
      const moved = direction === "up" ? "вырос" : "снизился";
      const crossed = direction === "up" && earlier.value < 1 && value >= 1 ? ", поднявшись до 1 и выше" : direction === "down" && earlier.value >= 1 && value < 1 ? ", опустившись ниже 1" : "";
      sentences.push(`${since} он ${moved} с ${formatNumber(earlier.value)} до ${formatNumber(value)}${crossed}.`);
    }
  }
  return sentences.join(" ");
}

/** «7 июня 2023 года» */
function longDate(iso: string): string {
  return `${formatLongDate(parseIsoDate(iso))}\u00a0года`;
}

function daysBetween(from: string, until: string): number {
  return Math.round((parseIsoDate(until).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

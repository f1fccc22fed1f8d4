// The overview's words, as Russian sentences: what happened over the whole epidemic, and the data's last week against the
// week before. Both in the past tense: the data ended on their last day, which may be long ago.
import type {Story, Wave} from "../shared/story.js";
import {formatLongDate, formatNumber, formatPercent} from "./format.js";
import {MONTHS, MONTHS_ALONE, MONTHS_IN, parseIsoDate} from "../shared/dates.js";
import {plural} from "./plural.js";
import {has, sum, type Topic} from "../shared/topic.js";

/** Russian noun forms for 1, 2 and 5: «случай», «случая», «случаев». */
export type PluralForms = readonly [one: string, few: string, many: string];
export {plural};

export const CASES: PluralForms = ["случай", "случая", "случаев"];
export const DAYS: PluralForms = ["день", "дня", "дней"];
const TIMES: PluralForms = ["раз", "раза", "раз"];
const PEOPLE: PluralForms = ["человек", "человека", "человек"];

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

/** «в 3,5 раза больше» for a doubling or more; «на 12,5 % меньше» otherwise. */
function howMuch(change: number): string {
  const ratio = change + 1;
  if (ratio >= 2) {
    const times = Math.round(ratio * 10) / 10;
    return `в\u00a0${formatNumber(times)}\u00a0${plural(times, TIMES)} больше`;
  }
  return `на\u00a0${formatPercent(Math.abs(change))} ${change > 0 ? "больше" : "меньше"}`;
}

function partial(w: Week): string {
  return `сведения есть только за ${countOf(w.reportedDays, DAYS)} из ${w.days}`;
}

/** The data's last week of new cases against the week before, in two or three sentences. */
export function weekSentence(topic: Topic, key = "newCases"): string {
  const comparison = compareWeeks(topic, key);
  if (!comparison) return "Сведений о новых случаях нет.";
  const {current, previous, change, trend} = comparison;
  const period = `За ${current.days === 1 ? "день" : countOf(current.days, DAYS)} (${dateRange(current.from, current.until)}\u00a0года)`;
  if (current.reportedDays === 0) return `${period} о новых случаях не сообщалось.`;
  const found = current.total === 0 ? "новых случаев не выявили" : `выявили ${countOf(current.total, CASES)}`;
  const sentences = [`${period} ${found}${current.reportedDays < current.days ? ` (${partial(current)})` : ""}.`];
  const before = current.days === 1 ? "за день до этого" : `за ${countOf(current.days, DAYS)} до них`;
  if (!previous || previous.reportedDays === 0) {
    sentences.push(`Сравнить не с чем: ${before} сведений нет.`);
  } else if (previous.total === 0) {
    sentences.push(current.total > 0 ? `${capitalize(before)} новых случаев не было, так что заболеваемость росла.` : `${capitalize(before)} их тоже не было.`);
  } else if (trend === "flat") {
    sentences.push(`Это почти столько же, сколько ${before} (${countOf(previous.total, CASES)}).`);
  } else {
    const direction = trend === "up" ? "заболеваемость росла" : "заболеваемость снижалась";
    sentences.push(`Это ${howMuch(change!)}, чем ${before} (${countOf(previous.total, CASES)}): ${direction}.`);
  }
  if (previous && previous.reportedDays > 0 && previous.reportedDays < previous.days) {
    sentences.push(`Сравнение приблизительное: ${before} ${partial(previous)}.`);
  }
  return sentences.join(" ");
}

/** How many waves, in words, as «волна» takes them: «волн было семь». */
const WAVE_COUNTS = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"];

/** A month as it stands alone («июнь 2020») and after «в» («в июне 2020 года»). */
const monthAlone = (iso: string) => `${MONTHS_ALONE[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const monthIn = (iso: string) => `в\u00a0${MONTHS_IN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}\u00a0года`;
/** «17 февраля», with the year only when it is not `year`'s. */
const dayIn = (iso: string, year: string) => (iso.startsWith(year) ? `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}` : longDate(iso));
const perDay = (value: number) => countOf(Math.round(value), CASES);

/** «С 8 марта 2020 по 7 июня 2023 года», «С 1 по 7 июня 2023 года». */
export function fromUntil(from: string, until: string): string {
  const [a, b] = [parseIsoDate(from), parseIsoDate(until)];
  const start =
    a.getUTCFullYear() !== b.getUTCFullYear() ? formatLongDate(a) : a.getUTCMonth() !== b.getUTCMonth() ? `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]}` : String(a.getUTCDate());
  return `С ${start} по ${longDate(until)}`;
}

/**
 * What happened, in a few sentences: the totals, how many waves and how high, the deadliest week, when the data end.
 * `archive`: the data stopped long before this build (shared/status.ts), so their last day is when collection stopped.
 */
export function storySummary(topic: Topic & {story: Story}, {archive = false} = {}): string {
  const {story} = topic;
  const first = topic.dates[0];
  const last = topic.dates.at(-1);
  if (!first || !last || !has(topic, "newCases")) return "Сведений о новых случаях нет.";
  const sentences: string[] = [];
  const deaths = has(topic, "deaths") ? `; умерли от него, по официальной сводке, ${countOf(sum(topic.series.deaths), PEOPLE)}` : "";
  sentences.push(`${fromUntil(first, last)} в\u00a0области выявили ${countOf(sum(topic.series.newCases), CASES)} COVID-19${deaths}.`);
  sentences.push(...waveSentences(story));
  if (story.deathsPeak) {
    const {date, value} = story.deathsPeak;
    const rounded = Math.round(value * 10) / 10;
    sentences.push(`Больше всего умирали ${monthIn(date)}: в\u00a0среднем ${formatNumber(rounded)}\u00a0${plural(rounded, PEOPLE)} в\u00a0день за 7\u00a0дней по ${dayIn(date, date.slice(0, 4))}.`);
  }
  sentences.push(archive ? `Последние сведения\u00a0— за ${longDate(last)}: после этого сбор данных прекратился.` : `Последние сведения\u00a0— за ${longDate(last)}.`);
  return sentences.join(" ");
}

function waveSentences({waves, casesRecord}: Story): string[] {
  if (!waves.length) return [];
  const count = WAVE_COUNTS[waves.length] ?? formatNumber(waves.length);
  const sentences = [waves.length === 1 ? "Волна заболеваемости была одна." : `Волн заболеваемости было ${count}.`];
  const highest = waves.reduce((a, b) => (b.peak.value > a.peak.value ? b : a));
  const {topDay} = highest;
  const record = casesRecord && casesRecord.date === topDay.date ? ", больше, чем в\u00a0любой другой день" : "";
  sentences.push(
    `Выше всего заболеваемость поднялась ${monthIn(highest.peak.date)}: в\u00a0среднем за 7\u00a0дней выявляли ${perDay(highest.peak.value)} в\u00a0день, а ${dayIn(topDay.date, highest.peak.date.slice(0, 4))}\u00a0— ${countOf(topDay.value, CASES)}${record}.`
  );
  const others = waves.filter((wave) => wave !== highest);
  if (others.length) sentences.push(`${others.length === 1 ? "Пик другой волны" : "Пики остальных волн"}, в\u00a0среднем за 7\u00a0дней: ${others.map(peakWords).join(", ")}.`);
  return sentences;
}

/** «июнь 2020 года — 45 случаев в день»: the first of a list says what its numbers are, the rest only the number. */
function peakWords(wave: Wave, i: number): string {
  return i === 0 ? `${monthAlone(wave.peak.date)}\u00a0года\u00a0— ${perDay(wave.peak.value)} в\u00a0день` : `${monthAlone(wave.peak.date)}\u00a0— ${formatNumber(Math.round(wave.peak.value))}`;
}

/** Under the story chart: how its averages treat days without a report, and what counts as a wave. */
export function storyNote(topic: Topic & {story: Story}): string {
  const sentences = ["Среднее за 7\u00a0дней\u00a0— по дням, за которые сводка сообщила число, если таких дней в\u00a0неделе не меньше 4; иначе линия прерывается."];
  if (has(topic, "deaths")) {
    const reported = topic.series.deaths.filter((v) => v !== null).length;
    sentences.push(
      `Сведения о\u00a0смертях есть за ${countOf(reported, DAYS)} из ${formatNumber(topic.dates.length)}: если в\u00a0остальные дни никто не умирал, настоящее среднее ниже показанного, самое большее в\u00a01,75\u00a0раза.`
    );
  }
  const {rise, fall, days} = topic.story.rule;
  sentences.push(`Волна\u00a0— подъём среднего числа случаев хотя бы в\u00a0${formatNumber(rise)}\u00a0${plural(rise, TIMES)}, длившийся не меньше ${countOf(days, DAYS)}, после которого оно снизилось хотя бы на ${formatPercent(fall, 0)}; точки\u00a0— пики волн.`);
  return sentences.join(" ");
}

/** «7 июня 2023 года» */
function longDate(iso: string): string {
  return `${formatLongDate(parseIsoDate(iso))}\u00a0года`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

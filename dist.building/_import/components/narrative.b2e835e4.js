import { formatLongDate, formatNumber, formatPercent } from "./format.433aa8d8.js";
import { MONTHS, MONTHS_ALONE, MONTHS_IN, parseIsoDate } from "../shared/dates.7b5ccf1c.js";
import { plural } from "./plural.6fef783c.js";
import { has, sum } from "../shared/topic.125ac0e5.js";
export { plural };
export const CASES = ["\u0441\u043B\u0443\u0447\u0430\u0439", "\u0441\u043B\u0443\u0447\u0430\u044F", "\u0441\u043B\u0443\u0447\u0430\u0435\u0432"];
export const DAYS = ["\u0434\u0435\u043D\u044C", "\u0434\u043D\u044F", "\u0434\u043D\u0435\u0439"];
const TIMES = ["\u0440\u0430\u0437", "\u0440\u0430\u0437\u0430", "\u0440\u0430\u0437"];
const PEOPLE = ["\u0447\u0435\u043B\u043E\u0432\u0435\u043A", "\u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430", "\u0447\u0435\u043B\u043E\u0432\u0435\u043A"];
export function countOf(n, forms) {
  return `${formatNumber(n)}\xA0${plural(n, forms)}`;
}
const FLAT = 0.01;
function week(topic, values, start, end) {
  let total = 0;
  let reportedDays = 0;
  for (let i = start; i <= end; ++i) {
    const v = values[i];
    if (v === null || v === void 0) continue;
    total += v;
    ++reportedDays;
  }
  return { from: topic.dates[start], until: topic.dates[end], days: end - start + 1, reportedDays, total };
}
export function compareWeeks(topic, key = "newCases", days = 7) {
  const values = topic.series[key];
  const n = topic.dates.length;
  if (!values || n === 0) return void 0;
  const current = week(topic, values, Math.max(0, n - days), n - 1);
  const previous = n >= 2 * days ? week(topic, values, n - 2 * days, n - days - 1) : void 0;
  if (!previous || previous.reportedDays === 0 || current.reportedDays === 0) return { current, previous, trend: "unknown" };
  if (previous.total === 0) return { current, previous, trend: current.total > 0 ? "up" : "flat" };
  const change = current.total / previous.total - 1;
  return { current, previous, change, trend: Math.abs(change) < FLAT ? "flat" : change > 0 ? "up" : "down" };
}
export function dateRange(from, until) {
  const [a, b] = [parseIsoDate(from), parseIsoDate(until)];
  if (from === until) return formatLongDate(b);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatLongDate(a)}\xA0\u2013 ${formatLongDate(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${formatLongDate(a).replace(/ \d+$/, "")}\xA0\u2013 ${formatLongDate(b)}`;
  return `${a.getUTCDate()}\u2013${formatLongDate(b)}`;
}
function howMuch(change) {
  const ratio = change + 1;
  if (ratio >= 2) {
    const times = Math.round(ratio * 10) / 10;
    return `\u0432\xA0${formatNumber(times)}\xA0${plural(times, TIMES)} \u0431\u043E\u043B\u044C\u0448\u0435`;
  }
  return `\u043D\u0430\xA0${formatPercent(Math.abs(change))} ${change > 0 ? "\u0431\u043E\u043B\u044C\u0448\u0435" : "\u043C\u0435\u043D\u044C\u0448\u0435"}`;
}
function partial(w) {
  return `\u0441\u0432\u0435\u0434\u0435\u043D\u0438\u044F \u0435\u0441\u0442\u044C \u0442\u043E\u043B\u044C\u043A\u043E \u0437\u0430 ${countOf(w.reportedDays, DAYS)} \u0438\u0437 ${w.days}`;
}
export function weekSentence(topic, key = "newCases") {
  const comparison = compareWeeks(topic, key);
  if (!comparison) return "\u0421\u0432\u0435\u0434\u0435\u043D\u0438\u0439 \u043E \u043D\u043E\u0432\u044B\u0445 \u0441\u043B\u0443\u0447\u0430\u044F\u0445 \u043D\u0435\u0442.";
  const { current, previous, change, trend } = comparison;
  const period = `\u0417\u0430 ${current.days === 1 ? "\u0434\u0435\u043D\u044C" : countOf(current.days, DAYS)} (${dateRange(current.from, current.until)}\xA0\u0433\u043E\u0434\u0430)`;
  if (current.reportedDays === 0) return `${period} \u043E \u043D\u043E\u0432\u044B\u0445 \u0441\u043B\u0443\u0447\u0430\u044F\u0445 \u043D\u0435 \u0441\u043E\u043E\u0431\u0449\u0430\u043B\u043E\u0441\u044C.`;
  const found = current.total === 0 ? "\u043D\u043E\u0432\u044B\u0445 \u0441\u043B\u0443\u0447\u0430\u0435\u0432 \u043D\u0435 \u0432\u044B\u044F\u0432\u0438\u043B\u0438" : `\u0432\u044B\u044F\u0432\u0438\u043B\u0438 ${countOf(current.total, CASES)}`;
  const sentences = [`${period} ${found}${current.reportedDays < current.days ? ` (${partial(current)})` : ""}.`];
  const before = current.days === 1 ? "\u0437\u0430 \u0434\u0435\u043D\u044C \u0434\u043E \u044D\u0442\u043E\u0433\u043E" : `\u0437\u0430 ${countOf(current.days, DAYS)} \u0434\u043E \u043D\u0438\u0445`;
  if (!previous || previous.reportedDays === 0) {
    sentences.push(`\u0421\u0440\u0430\u0432\u043D\u0438\u0442\u044C \u043D\u0435 \u0441 \u0447\u0435\u043C: ${before} \u0441\u0432\u0435\u0434\u0435\u043D\u0438\u0439 \u043D\u0435\u0442.`);
  } else if (previous.total === 0) {
    sentences.push(current.total > 0 ? `${capitalize(before)} \u043D\u043E\u0432\u044B\u0445 \u0441\u043B\u0443\u0447\u0430\u0435\u0432 \u043D\u0435 \u0431\u044B\u043B\u043E, \u0442\u0430\u043A \u0447\u0442\u043E \u0437\u0430\u0431\u043E\u043B\u0435\u0432\u0430\u0435\u043C\u043E\u0441\u0442\u044C \u0440\u043E\u0441\u043B\u0430.` : `${capitalize(before)} \u0438\u0445 \u0442\u043E\u0436\u0435 \u043D\u0435 \u0431\u044B\u043B\u043E.`);
  } else if (trend === "flat") {
    sentences.push(`\u042D\u0442\u043E \u043F\u043E\u0447\u0442\u0438 \u0441\u0442\u043E\u043B\u044C\u043A\u043E \u0436\u0435, \u0441\u043A\u043E\u043B\u044C\u043A\u043E ${before} (${countOf(previous.total, CASES)}).`);
  } else {
    const direction = trend === "up" ? "\u0437\u0430\u0431\u043E\u043B\u0435\u0432\u0430\u0435\u043C\u043E\u0441\u0442\u044C \u0440\u043E\u0441\u043B\u0430" : "\u0437\u0430\u0431\u043E\u043B\u0435\u0432\u0430\u0435\u043C\u043E\u0441\u0442\u044C \u0441\u043D\u0438\u0436\u0430\u043B\u0430\u0441\u044C";
    sentences.push(`\u042D\u0442\u043E ${howMuch(change)}, \u0447\u0435\u043C ${before} (${countOf(previous.total, CASES)}): ${direction}.`);
  }
  if (previous && previous.reportedDays > 0 && previous.reportedDays < previous.days) {
    sentences.push(`\u0421\u0440\u0430\u0432\u043D\u0435\u043D\u0438\u0435 \u043F\u0440\u0438\u0431\u043B\u0438\u0437\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0435: ${before} ${partial(previous)}.`);
  }
  return sentences.join(" ");
}
const WAVE_COUNTS = ["", "\u043E\u0434\u043D\u0430", "\u0434\u0432\u0435", "\u0442\u0440\u0438", "\u0447\u0435\u0442\u044B\u0440\u0435", "\u043F\u044F\u0442\u044C", "\u0448\u0435\u0441\u0442\u044C", "\u0441\u0435\u043C\u044C", "\u0432\u043E\u0441\u0435\u043C\u044C", "\u0434\u0435\u0432\u044F\u0442\u044C", "\u0434\u0435\u0441\u044F\u0442\u044C"];
const monthAlone = (iso) => `${MONTHS_ALONE[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const monthIn = (iso) => `\u0432\xA0${MONTHS_IN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}\xA0\u0433\u043E\u0434\u0430`;
const dayIn = (iso, year) => iso.startsWith(year) ? `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}` : longDate(iso);
const perDay = (value) => countOf(Math.round(value), CASES);
export function fromUntil(from, until) {
  const [a, b] = [parseIsoDate(from), parseIsoDate(until)];
  const start = a.getUTCFullYear() !== b.getUTCFullYear() ? formatLongDate(a) : a.getUTCMonth() !== b.getUTCMonth() ? `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]}` : String(a.getUTCDate());
  return `\u0421 ${start} \u043F\u043E ${longDate(until)}`;
}
export function storySummary(topic, { archive = false } = {}) {
  const { story } = topic;
  const first = topic.dates[0];
  const last = topic.dates.at(-1);
  if (!first || !last || !has(topic, "newCases")) return "\u0421\u0432\u0435\u0434\u0435\u043D\u0438\u0439 \u043E \u043D\u043E\u0432\u044B\u0445 \u0441\u043B\u0443\u0447\u0430\u044F\u0445 \u043D\u0435\u0442.";
  const sentences = [];
  const deaths = has(topic, "deaths") ? `; \u0443\u043C\u0435\u0440\u043B\u0438 \u043E\u0442 \u043D\u0435\u0433\u043E, \u043F\u043E \u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u043E\u0439 \u0441\u0432\u043E\u0434\u043A\u0435, ${countOf(sum(topic.series.deaths), PEOPLE)}` : "";
  sentences.push(`${fromUntil(first, last)} \u0432\xA0\u043E\u0431\u043B\u0430\u0441\u0442\u0438 \u0432\u044B\u044F\u0432\u0438\u043B\u0438 ${countOf(sum(topic.series.newCases), CASES)} COVID-19${deaths}.`);
  sentences.push(...waveSentences(story));
  if (story.deathsPeak) {
    const { date, value } = story.deathsPeak;
    const rounded = Math.round(value * 10) / 10;
    sentences.push(`\u0411\u043E\u043B\u044C\u0448\u0435 \u0432\u0441\u0435\u0433\u043E \u0443\u043C\u0438\u0440\u0430\u043B\u0438 ${monthIn(date)}: \u0432\xA0\u0441\u0440\u0435\u0434\u043D\u0435\u043C ${formatNumber(rounded)}\xA0${plural(rounded, PEOPLE)} \u0432\xA0\u0434\u0435\u043D\u044C \u0437\u0430 7\xA0\u0434\u043D\u0435\u0439 \u043F\u043E ${dayIn(date, date.slice(0, 4))}.`);
  }
  sentences.push(archive ? `\u041F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0435 \u0441\u0432\u0435\u0434\u0435\u043D\u0438\u044F\xA0\u2014 \u0437\u0430 ${longDate(last)}: \u043F\u043E\u0441\u043B\u0435 \u044D\u0442\u043E\u0433\u043E \u0441\u0431\u043E\u0440 \u0434\u0430\u043D\u043D\u044B\u0445 \u043F\u0440\u0435\u043A\u0440\u0430\u0442\u0438\u043B\u0441\u044F.` : `\u041F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0435 \u0441\u0432\u0435\u0434\u0435\u043D\u0438\u044F\xA0\u2014 \u0437\u0430 ${longDate(last)}.`);
  return sentences.join(" ");
}
function waveSentences({ waves, casesRecord }) {
  if (!waves.length) return [];
  const count = WAVE_COUNTS[waves.length] ?? formatNumber(waves.length);
  const sentences = [waves.length === 1 ? "\u0412\u043E\u043B\u043D\u0430 \u0437\u0430\u0431\u043E\u043B\u0435\u0432\u0430\u0435\u043C\u043E\u0441\u0442\u0438 \u0431\u044B\u043B\u0430 \u043E\u0434\u043D\u0430." : `\u0412\u043E\u043B\u043D \u0437\u0430\u0431\u043E\u043B\u0435\u0432\u0430\u0435\u043C\u043E\u0441\u0442\u0438 \u0431\u044B\u043B\u043E ${count}.`];
  const highest = waves.reduce((a, b) => b.peak.value > a.peak.value ? b : a);
  const { topDay } = highest;
  const record = casesRecord && casesRecord.date === topDay.date ? ", \u0431\u043E\u043B\u044C\u0448\u0435, \u0447\u0435\u043C \u0432\xA0\u043B\u044E\u0431\u043E\u0439 \u0434\u0440\u0443\u0433\u043E\u0439 \u0434\u0435\u043D\u044C" : "";
  sentences.push(
    `\u0412\u044B\u0448\u0435 \u0432\u0441\u0435\u0433\u043E \u0437\u0430\u0431\u043E\u043B\u0435\u0432\u0430\u0435\u043C\u043E\u0441\u0442\u044C \u043F\u043E\u0434\u043D\u044F\u043B\u0430\u0441\u044C ${monthIn(highest.peak.date)}: \u0432\xA0\u0441\u0440\u0435\u0434\u043D\u0435\u043C \u0437\u0430 7\xA0\u0434\u043D\u0435\u0439 \u0432\u044B\u044F\u0432\u043B\u044F\u043B\u0438 ${perDay(highest.peak.value)} \u0432\xA0\u0434\u0435\u043D\u044C, \u0430 ${dayIn(topDay.date, highest.peak.date.slice(0, 4))}\xA0\u2014 ${countOf(topDay.value, CASES)}${record}.`
  );
  const others = waves.filter((wave) => wave !== highest);
  if (others.length) sentences.push(`${others.length === 1 ? "\u041F\u0438\u043A \u0434\u0440\u0443\u0433\u043E\u0439 \u0432\u043E\u043B\u043D\u044B" : "\u041F\u0438\u043A\u0438 \u043E\u0441\u0442\u0430\u043B\u044C\u043D\u044B\u0445 \u0432\u043E\u043B\u043D"}, \u0432\xA0\u0441\u0440\u0435\u0434\u043D\u0435\u043C \u0437\u0430 7\xA0\u0434\u043D\u0435\u0439: ${others.map(peakWords).join(", ")}.`);
  return sentences;
}
function peakWords(wave, i) {
  return i === 0 ? `${monthAlone(wave.peak.date)}\xA0\u0433\u043E\u0434\u0430\xA0\u2014 ${perDay(wave.peak.value)} \u0432\xA0\u0434\u0435\u043D\u044C` : `${monthAlone(wave.peak.date)}\xA0\u2014 ${formatNumber(Math.round(wave.peak.value))}`;
}
export function storyNote(topic) {
  const sentences = ["\u0421\u0440\u0435\u0434\u043D\u0435\u0435 \u0437\u0430 7\xA0\u0434\u043D\u0435\u0439\xA0\u2014 \u043F\u043E \u0434\u043D\u044F\u043C, \u0437\u0430 \u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u0441\u0432\u043E\u0434\u043A\u0430 \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u0430 \u0447\u0438\u0441\u043B\u043E, \u0435\u0441\u043B\u0438 \u0442\u0430\u043A\u0438\u0445 \u0434\u043D\u0435\u0439 \u0432\xA0\u043D\u0435\u0434\u0435\u043B\u0435 \u043D\u0435 \u043C\u0435\u043D\u044C\u0448\u0435 4; \u0438\u043D\u0430\u0447\u0435 \u043B\u0438\u043D\u0438\u044F \u043F\u0440\u0435\u0440\u044B\u0432\u0430\u0435\u0442\u0441\u044F."];
  if (has(topic, "deaths")) {
    const reported = topic.series.deaths.filter((v) => v !== null).length;
    sentences.push(
      `\u0421\u0432\u0435\u0434\u0435\u043D\u0438\u044F \u043E\xA0\u0441\u043C\u0435\u0440\u0442\u044F\u0445 \u0435\u0441\u0442\u044C \u0437\u0430 ${countOf(reported, DAYS)} \u0438\u0437 ${formatNumber(topic.dates.length)}: \u0435\u0441\u043B\u0438 \u0432\xA0\u043E\u0441\u0442\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u043D\u0438 \u043D\u0438\u043A\u0442\u043E \u043D\u0435 \u0443\u043C\u0438\u0440\u0430\u043B, \u043D\u0430\u0441\u0442\u043E\u044F\u0449\u0435\u0435 \u0441\u0440\u0435\u0434\u043D\u0435\u0435 \u043D\u0438\u0436\u0435 \u043F\u043E\u043A\u0430\u0437\u0430\u043D\u043D\u043E\u0433\u043E, \u0441\u0430\u043C\u043E\u0435 \u0431\u043E\u043B\u044C\u0448\u0435\u0435 \u0432\xA01,75\xA0\u0440\u0430\u0437\u0430.`
    );
  }
  const { rise, fall, days } = topic.story.rule;
  sentences.push(`\u0412\u043E\u043B\u043D\u0430\xA0\u2014 \u043F\u043E\u0434\u044A\u0451\u043C \u0441\u0440\u0435\u0434\u043D\u0435\u0433\u043E \u0447\u0438\u0441\u043B\u0430 \u0441\u043B\u0443\u0447\u0430\u0435\u0432 \u0445\u043E\u0442\u044F \u0431\u044B \u0432\xA0${formatNumber(rise)}\xA0${plural(rise, TIMES)}, \u0434\u043B\u0438\u0432\u0448\u0438\u0439\u0441\u044F \u043D\u0435 \u043C\u0435\u043D\u044C\u0448\u0435 ${countOf(days, DAYS)}, \u043F\u043E\u0441\u043B\u0435 \u043A\u043E\u0442\u043E\u0440\u043E\u0433\u043E \u043E\u043D\u043E \u0441\u043D\u0438\u0437\u0438\u043B\u043E\u0441\u044C \u0445\u043E\u0442\u044F \u0431\u044B \u043D\u0430 ${formatPercent(fall, 0)}; \u0442\u043E\u0447\u043A\u0438\xA0\u2014 \u043F\u0438\u043A\u0438 \u0432\u043E\u043B\u043D.`);
  return sentences.join(" ");
}
function longDate(iso) {
  return `${formatLongDate(parseIsoDate(iso))}\xA0\u0433\u043E\u0434\u0430`;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

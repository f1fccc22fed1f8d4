import { formatLocale } from "../../_node/d3-format@3.1.3/index.ded23b25.js";
import { timeFormatLocale } from "../../_node/d3-time-format@4.1.1/index.88bcefb7.js";
import { MONTHS, SHORT_MONTHS, SHORT_MONTHS_GENITIVE } from "../shared/dates.7b5ccf1c.js";
const numbers = formatLocale({ decimal: ",", thousands: "\xA0", grouping: [3], currency: ["", "\xA0\u20BD"], minus: "\u2212" });
export const russianDates = timeFormatLocale({
  dateTime: "%A, %e %B %Y \u0433. %X",
  date: "%d.%m.%Y",
  time: "%H:%M:%S",
  periods: ["AM", "PM"],
  days: ["\u0432\u043E\u0441\u043A\u0440\u0435\u0441\u0435\u043D\u044C\u0435", "\u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A", "\u0432\u0442\u043E\u0440\u043D\u0438\u043A", "\u0441\u0440\u0435\u0434\u0430", "\u0447\u0435\u0442\u0432\u0435\u0440\u0433", "\u043F\u044F\u0442\u043D\u0438\u0446\u0430", "\u0441\u0443\u0431\u0431\u043E\u0442\u0430"],
  shortDays: ["\u0432\u0441", "\u043F\u043D", "\u0432\u0442", "\u0441\u0440", "\u0447\u0442", "\u043F\u0442", "\u0441\u0431"],
  months: [...MONTHS],
  shortMonths: [...SHORT_MONTHS]
});
const integer = numbers.format(",d");
const decimal = numbers.format(",.2~f");
export function formatNumber(value) {
  if (value === null || value === void 0 || Number.isNaN(value)) return "\u2014";
  return Number.isInteger(value) ? integer(value) : decimal(value);
}
export function formatPercent(fraction, digits = 1) {
  if (fraction === null || fraction === void 0 || !Number.isFinite(fraction)) return "\u2014";
  return `${numbers.format(`.${digits}f`)(fraction * 100)}\xA0%`;
}
export function formatDate(date) {
  return `${formatDay(date)} ${date.getUTCFullYear()}`;
}
export function formatDay(date) {
  return `${date.getUTCDate()} ${SHORT_MONTHS_GENITIVE[date.getUTCMonth()]}`;
}
export const formatLongDate = russianDates.utcFormat("%-d %B %Y");
const shortMonth = russianDates.utcFormat("%b");
const year = russianDates.utcFormat("%Y");
export function formatTick(date) {
  return date.getUTCMonth() === 0 ? year(date) : shortMonth(date);
}
export function tickFormat(unit) {
  return unit === "%" ? (v) => `${numbers.format(".0~f")(v * 100)}\xA0%` : compactTick;
}
const thousands = numbers.format(",.1~f");
function compactTick(value, _index, ticks = [value]) {
  let largest = 0;
  for (let i = 0; i < ticks.length; ++i) largest = Math.max(largest, Math.abs(ticks[i]));
  return largest >= 1e4 && value !== 0 ? `${thousands(value / 1e3)}\xA0\u0442\u044B\u0441.` : formatNumber(value);
}

// Russian formats for every figure on the site: 1 234 567, 3,5 %, 12 янв 2021.
import {formatLocale} from "d3-format";
import {timeFormatLocale} from "d3-time-format";
import {MONTHS, SHORT_MONTHS, SHORT_MONTHS_GENITIVE} from "../shared/dates.js";

const numbers = formatLocale({decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", "\u00a0₽"], minus: "−"});
export const russianDates = timeFormatLocale({
  dateTime: "%A, %e %B %Y г. %X",
  date: "%d.%m.%Y",
  time: "%H:%M:%S",
  periods: ["AM", "PM"],
  days: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
  shortDays: ["вс", "пн", "вт", "ср", "чт", "пт", "сб"],
  months: [...MONTHS],
  shortMonths: [...SHORT_MONTHS]
});

const integer = numbers.format(",d");
const decimal = numbers.format(",.2~f");

/** 1 234 567; decimals only where the value has them. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return Number.isInteger(value) ? integer(value) : decimal(value);
}

const oneDecimal = numbers.format(",.1f");

/** A value that is an average or a rate, not a count: one decimal always, «1,0» beside «1,7». */
export function formatAverage(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return Math.abs(value) >= 1000 ? integer(Math.round(value)) : oneDecimal(value);
}

/** A share given as a fraction: 0.035 → «3,5 %». */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return "—";
  return `${numbers.format(`.${digits}f`)(fraction * 100)}\u00a0%`;
}

/** 12 янв 2021 */
export function formatDate(date: Date): string {
  return `${formatDay(date)} ${date.getUTCFullYear()}`;
}

/** 12 мая */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${SHORT_MONTHS_GENITIVE[date.getUTCMonth()]}`;
}
/** 12 января 2021 */
export const formatLongDate = russianDates.utcFormat("%-d %B %Y");
const shortMonth = russianDates.utcFormat("%b");
const year = russianDates.utcFormat("%Y");
/** Date-axis ticks: the year in January, the month otherwise. */
export function formatTick(date: Date): string {
  return date.getUTCMonth() === 0 ? year(date) : shortMonth(date);
}

/** The y-axis tick format for a unit; Plot passes each tick with its index and the axis's ticks. */
export function tickFormat(unit: string | undefined): (value: number, index?: number, ticks?: ArrayLike<number>) => string {
  return unit === "%" ? (v) => `${numbers.format(".0~f")(v * 100)}\u00a0%` : compactTick;
}

const thousands = numbers.format(",.1~f");

/** In thousands on an axis that reaches 10 000, every tick alike: one axis never shows «9 000» beside «14 тыс.». */
function compactTick(value: number, _index?: number, ticks: ArrayLike<number> = [value]): string {
  let largest = 0;
  for (let i = 0; i < ticks.length; ++i) largest = Math.max(largest, Math.abs(ticks[i]));
  return largest >= 10_000 && value !== 0 ? `${thousands(value / 1000)}\u00a0тыс.` : formatNumber(value);
}

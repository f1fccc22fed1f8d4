// The overview's headline figures, as the original's sidebar had them: each with where it comes from.
import type {Meta} from "../shared/meta.js";
import type {CardOptions} from "./card.js";
import {formatDate, formatLongDate, formatNumber, formatPercent} from "./format.js";
import {formatLongIsoDate, parseIsoDate} from "../shared/dates.js";
import {POPULATION} from "../shared/population.js";
import {formatReadTime, isArchive} from "../shared/status.js";
import {has, lastReported, max, sum, type Topic} from "../shared/topic.js";

const NO_DATA = "нет данных";

/** a / b as a share, with the site's one decimal; «—» when b is 0 or missing. */
function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || !b ? "—" : formatPercent(a / b);
}

/** «на 5 августа 2022 года»: a figure that stopped changing carries the day it last changed. */
function onDay(iso: string): string {
  return `на ${formatLongIsoDate(iso)}\u00a0года`;
}

const POPULATION_NOTE = `население — ${formatNumber(POPULATION)} человек по переписи 2020 года (проведена в октябре 2021 года)`;

function missing(title: string, note: string): CardOptions {
  return {title, value: "—", detail: NO_DATA, note};
}

/** The totals since the start, then the three counts of deaths side by side; an absent column says «нет данных». */
export function caseCards(daily: Topic, rosstat: Topic, meta: Meta): CardOptions[] {
  const cases = has(daily, "newCases") ? sum(daily.series.newCases) : undefined;
  return [
    updated(daily, meta),
    has(daily, "newCases")
      ? {title: "Выявлено случаев", value: formatNumber(cases), detail: `${ratio(cases, POPULATION)} населения области`, note: `Сумма столбца «всего» за дни, когда о случаях сообщали; ${POPULATION_NOTE}.`}
      : missing("Выявлено случаев", "Сумма столбца «всего»."),
    has(daily, "recovered")
      ? {title: "Выписаны", value: formatNumber(sum(daily.series.recovered)), detail: "по официальной сводке", note: "Сумма столбца «выписали» за дни, когда о выписанных сообщали. Закончилось ли лечение у всех выписанных, достоверно неизвестно."}
      : missing("Выписаны", "Сумма столбца «выписали»."),
    deaths(daily, cases),
    rosstatDeaths(daily, rosstat),
    wardDeaths(daily)
  ];
}

/** Doses given, and how many of the vaccinated fell ill and died. */
export function vaccinationCards(daily: Topic): CardOptions[] {
  return [
    dose(daily, "firstDose", "Привиты первым компонентом", "компонент 1"),
    dose(daily, "secondDose", "Привиты вторым компонентом", "компонент 2"),
    vaccinatedCases(daily),
    vaccinatedDeaths(daily)
  ];
}

function updated(daily: Topic, meta: Meta): CardOptions {
  const last = daily.dates.at(-1);
  const table = meta.tables.daily;
  const read = table?.fetchedAt ? formatReadTime(table.fetchedAt) : "—";
  return {
    title: isArchive(meta) ? "Данные до" : "Данные по",
    value: last ? formatDate(parseIsoDate(last)) : "—",
    detail: table?.status === "stale" ? `сохранённый снимок, прочитан ${read}` : `таблица прочитана ${read}`,
    note: "День последней строки ежедневной сводки и время, когда её прочитали. Подробнее — на странице «Данные»."
  };
}

function deaths(daily: Topic, cases: number | undefined): CardOptions {
  const title = "Умерли, по официальным данным";
  if (!has(daily, "deaths")) return missing(title, "Сумма столбца «умерли от ковид».");
  const total = sum(daily.series.deaths);
  return {title, value: formatNumber(total), detail: `летальность ${ratio(total, cases)}`, note: "Сумма столбца «умерли от ковид» за дни, когда о смертях сообщали; летальность — умершие к выявленным случаям."};
}

function dose(daily: Topic, key: string, title: string, header: string): CardOptions {
  const note = `Последнее значение столбца «${header}» (нарастающий итог): позже его не сообщали. Доля — от населения по переписи 2020 года.`;
  const last = lastReported(daily, key);
  if (!last) return missing(title, note);
  return {title, value: formatNumber(last.value), detail: `${onDay(last.date)} · ${ratio(last.value, POPULATION)} населения`, note};
}

function vaccinatedCases(daily: Topic): CardOptions {
  const title = "Заболели среди привитых";
  const note = "Последнее значение столбца «привитых» (нарастающий итог): позже его не сообщали. Доли — от случаев, выявленных к тому же дню, и от привитых вторым компонентом к тому же дню.";
  const last = lastReported(daily, "vaccinatedCases");
  if (!last) return missing(title, note);
  const at = daily.dates.indexOf(last.date);
  const cases = has(daily, "newCases") ? sum(daily.series.newCases, at) : undefined;
  const fully = reportedBy(daily, "secondDose", at);
  return {
    title,
    value: formatNumber(last.value),
    detail: `${onDay(last.date)} · ${ratio(last.value, cases)} случаев, выявленных к этому дню · ${ratio(last.value, fully)} привитых вторым компонентом · ${ratio(last.value, POPULATION)} населения`,
    note
  };
}

function vaccinatedDeaths(daily: Topic): CardOptions {
  const title = "Умерли среди привитых";
  const note = "Последнее значение столбца «привитых умерло» (нарастающий итог): позже его не сообщали. Летальность — к заболевшим привитым к тому же дню.";
  const last = lastReported(daily, "vaccinatedDeaths");
  if (!last) return missing(title, note);
  const ill = reportedBy(daily, "vaccinatedCases", daily.dates.indexOf(last.date));
  return {title, value: formatNumber(last.value), detail: `${onDay(last.date)} · летальность среди заболевших привитых ${ratio(last.value, ill)}`, note};
}

/** A running total as it stood on day `at`: its last report on or before that day. */
function reportedBy(daily: Topic, key: string, at: number): number | undefined {
  const values = daily.series[key] ?? [];
  for (let i = at; i >= 0; --i) if (values[i] !== null && values[i] !== undefined) return values[i]!;
  return undefined;
}

function rosstatDeaths(daily: Topic, rosstat: Topic): CardOptions {
  const title = "Смерти, связанные с COVID-19, по Росстату";
  const note = "Сумма всех четырёх категорий Росстата за все месяцы, включая умерших от других причин, у которых был вирус. Летальность — к случаям с начала эпидемии до конца того же месяца.";
  const keys = Object.keys(rosstat.series).filter((key) => has(rosstat, key));
  let lastMonth = -1;
  rosstat.dates.forEach((_, i) => keys.some((key) => rosstat.series[key][i] !== null) && (lastMonth = i));
  if (lastMonth < 0) return missing(title, note);
  const total = keys.reduce((total, key) => total + sum(rosstat.series[key]), 0);
  const month = parseIsoDate(rosstat.dates[lastMonth]);
  const nextMonth = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const casesUntil = has(daily, "newCases") ? sum(daily.series.newCases, lastIndexBefore(daily.dates, nextMonth)) : undefined;
  const monthName = formatLongDate(month).replace(/^\d+ /, "");
  return {title, value: formatNumber(total), detail: `до конца ${monthName} года · ${ratio(total, casesUntil)} от выявленных за тот же срок`, note};
}

function wardDeaths(daily: Topic): CardOptions {
  const title = "Умерли в палатах для COVID-19 и пневмонии";
  const note = "Наибольшее значение столбца «умерли в палатах для ковид/пневмония с 1 апреля»: нарастающий итог с 1 апреля 2020 года, по запросу «Нового Калининграда». Летальность — к случаям до той же даты.";
  const most = max(daily.series.wardDeathsSinceApril);
  // A sparse column: 0 there means "not reported".
  if (!most || most.value === 0) return missing(title, note);
  const casesUntil = has(daily, "newCases") ? sum(daily.series.newCases, most.index) : undefined;
  return {title, value: formatNumber(most.value), detail: `${onDay(daily.dates[most.index])} · ${ratio(most.value, casesUntil)} от выявленных к этому дню`, note};
}

/** The index of the last ISO date before `iso` (−1 when none is). */
function lastIndexBefore(dates: string[], iso: string): number {
  let at = -1;
  dates.forEach((d, i) => d < iso && (at = i));
  return at;
}

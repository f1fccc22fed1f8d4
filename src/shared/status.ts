// The line at the top of every page, from meta.json: how old the data are, and whether this build could read the sheet.
import {MONTHS, formatLongIsoDate} from "./dates.js";
import type {Meta, TableName, TableStatus} from "./meta.js";

/** A snapshot whose newest day is older than this when it is built is an archive: the site stops speaking of current data. */
export const ARCHIVE_AFTER_DAYS = 60;

const DAY_MS = 86_400_000;

const TABLE_TITLES: Record<TableName, string> = {
  daily: "ежедневная сводка",
  deaths: "сведения об умерших",
  rosstat: "данные Росстата",
  municipalities: "таблица муниципалитетов"
};

/** The newest day of the daily table: the day the data end, whenever they were read. */
export function lastDay(meta: Meta): string | null {
  return meta.tables.daily?.lastDate ?? null;
}

/** Whether the data ended long before this snapshot was built. */
export function isArchive(meta: Meta): boolean {
  const last = lastDay(meta);
  return last !== null && Date.parse(meta.generatedAt) - Date.parse(last) > ARCHIVE_AFTER_DAYS * DAY_MS;
}

const STATUS_WORDS: Record<TableStatus, string> = {
  fresh: "прочитана из таблицы при сборке сайта",
  stale: "сохранённый снимок: при сборке таблицу прочитать не удалось"
};

export function statusWords(status: TableStatus): string {
  return STATUS_WORDS[status] ?? status;
}

// Kaliningrad has kept UTC+2, with no summer time, since 26 October 2014, before any snapshot: a fixed offset, not an
// ICU time-zone format, which takes a phone tens of milliseconds to build.
const KALININGRAD_OFFSET_MS = 2 * 3_600_000;

/** When a table was read, in Kaliningrad time: «27 ноября 2026 г. в 22:36»; a dash when unknown. */
export function formatReadTime(iso: string | null | undefined): string {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return "—";
  const local = new Date(time + KALININGRAD_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} г. в ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** The sentences of the status line; none when the data are current and fresh from the sheet. */
export function statusSentences(meta: Meta): string[] {
  const sentences: string[] = [];
  const last = lastDay(meta);
  if (last && isArchive(meta)) sentences.push(`Данные до ${formatLongIsoDate(last)} года: сбор данных прекращён.`);
  const stale = (Object.keys(meta.tables) as TableName[]).filter((name) => meta.tables[name]?.status === "stale");
  if (stale.length) {
    const which = stale.length === Object.keys(meta.tables).length ? "таблицу с данными" : stale.map((name) => `«${TABLE_TITLES[name]}»`).join(", ");
    sentences.push(`При этой сборке сайта не удалось прочитать ${which}: показан последний сохранённый снимок.`);
  }
  return sentences;
}

/** The status line as HTML, the same at build time and in the browser; empty when there is nothing to say. Only our words and dates go in. */
export function statusHtml(meta: Meta, dataPage = "/data"): string {
  const sentences = statusSentences(meta);
  if (!sentences.length) return "";
  return `<p class="data-status" role="note">${sentences.join(" ")} <a href="${dataPage}">О данных</a></p>`;
}

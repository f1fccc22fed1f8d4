import { MONTHS, formatLongIsoDate } from "./dates.7b5ccf1c.js";
export const ARCHIVE_AFTER_DAYS = 60;
const DAY_MS = 864e5;
const TABLE_TITLES = {
  daily: "\u0435\u0436\u0435\u0434\u043D\u0435\u0432\u043D\u0430\u044F \u0441\u0432\u043E\u0434\u043A\u0430",
  deaths: "\u0441\u0432\u0435\u0434\u0435\u043D\u0438\u044F \u043E\u0431 \u0443\u043C\u0435\u0440\u0448\u0438\u0445",
  rosstat: "\u0434\u0430\u043D\u043D\u044B\u0435 \u0420\u043E\u0441\u0441\u0442\u0430\u0442\u0430",
  municipalities: "\u0442\u0430\u0431\u043B\u0438\u0446\u0430 \u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u0438\u0442\u0435\u0442\u043E\u0432"
};
export function lastDay(meta) {
  return meta.tables.daily?.lastDate ?? null;
}
export function isArchive(meta) {
  const last = lastDay(meta);
  return last !== null && Date.parse(meta.generatedAt) - Date.parse(last) > ARCHIVE_AFTER_DAYS * DAY_MS;
}
const STATUS_WORDS = {
  fresh: "\u043F\u0440\u043E\u0447\u0438\u0442\u0430\u043D\u0430 \u0438\u0437 \u0442\u0430\u0431\u043B\u0438\u0446\u044B \u043F\u0440\u0438 \u0441\u0431\u043E\u0440\u043A\u0435 \u0441\u0430\u0439\u0442\u0430",
  stale: "\u0441\u043E\u0445\u0440\u0430\u043D\u0451\u043D\u043D\u044B\u0439 \u0441\u043D\u0438\u043C\u043E\u043A: \u043F\u0440\u0438 \u0441\u0431\u043E\u0440\u043A\u0435 \u0442\u0430\u0431\u043B\u0438\u0446\u0443 \u043F\u0440\u043E\u0447\u0438\u0442\u0430\u0442\u044C \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C"
};
export function statusWords(status) {
  return STATUS_WORDS[status] ?? status;
}
const KALININGRAD_OFFSET_MS = 2 * 36e5;
export function formatReadTime(iso) {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return "\u2014";
  const local = new Date(time + KALININGRAD_OFFSET_MS);
  const pad = (n) => String(n).padStart(2, "0");
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} \u0433. \u0432 ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
export function statusSentences(meta) {
  const sentences = [];
  const last = lastDay(meta);
  if (last && isArchive(meta)) sentences.push(`\u0414\u0430\u043D\u043D\u044B\u0435 \u0434\u043E ${formatLongIsoDate(last)} \u0433\u043E\u0434\u0430: \u0441\u0431\u043E\u0440 \u0434\u0430\u043D\u043D\u044B\u0445 \u043F\u0440\u0435\u043A\u0440\u0430\u0449\u0451\u043D.`);
  const stale = Object.keys(meta.tables).filter((name) => meta.tables[name]?.status === "stale");
  if (stale.length) {
    const which = stale.length === Object.keys(meta.tables).length ? "\u0442\u0430\u0431\u043B\u0438\u0446\u0443 \u0441 \u0434\u0430\u043D\u043D\u044B\u043C\u0438" : stale.map((name) => `\xAB${TABLE_TITLES[name]}\xBB`).join(", ");
    sentences.push(`\u041F\u0440\u0438 \u044D\u0442\u043E\u0439 \u0441\u0431\u043E\u0440\u043A\u0435 \u0441\u0430\u0439\u0442\u0430 \u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043F\u0440\u043E\u0447\u0438\u0442\u0430\u0442\u044C ${which}: \u043F\u043E\u043A\u0430\u0437\u0430\u043D \u043F\u043E\u0441\u043B\u0435\u0434\u043D\u0438\u0439 \u0441\u043E\u0445\u0440\u0430\u043D\u0451\u043D\u043D\u044B\u0439 \u0441\u043D\u0438\u043C\u043E\u043A.`);
  }
  return sentences;
}
export function statusHtml(meta, dataPage = "/data") {
  const sentences = statusSentences(meta);
  if (!sentences.length) return "";
  return `<p class="data-status" role="note">${sentences.join(" ")} <a href="${dataPage}">\u041E \u0434\u0430\u043D\u043D\u044B\u0445</a></p>`;
}

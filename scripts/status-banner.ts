// The notice on every page when what it shows is not fresh from the sheet. Written into the HTML at build time,
// so it is there at first paint and nothing moves when it appears.
import type {Meta} from "../src/data/pipeline/snapshot.js";

const TABLE_TITLES: Record<string, string> = {
  daily: "ежедневная сводка",
  deaths: "умершие",
  rosstat: "данные Росстата",
  municipalities: "муниципалитеты"
};

const MONTHS = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

function formatDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Empty when every table is fresh. Only table titles and dates go in: no text from the sheet. */
export function statusBannerHtml(meta: Meta): string {
  const tables = Object.entries(meta.tables);
  const sample = tables.filter(([, t]) => t?.status === "sample").map(([name]) => TABLE_TITLES[name] ?? name);
  const stale = tables.filter(([, t]) => t?.status === "stale");
  if (!sample.length && !stale.length) return "";
  const lines = [
    ...(sample.length ? [`<p><strong>Демонстрационные данные.</strong> Таблица недоступна, поэтому ${sample.join(", ")} — это <em>сгенерированный пример</em>, а не реальные цифры.</p>`] : []),
    ...stale.map(([name, t]) => `<p><strong>Данные могут быть устаревшими:</strong> ${TABLE_TITLES[name] ?? name} — последний удачный снимок ${t?.fetchedAt ? `от ${formatDate(t.fetchedAt)}` : "неизвестной даты"}; обновить не удалось.</p>`),
    `<p><a href="./data.html">Подробнее о состоянии данных</a></p>`
  ];
  return `<div class="status-banner" role="status">\n${lines.join("\n")}\n</div>\n`;
}

// Tells the reader when what they see is not fresh from the sheet: an old snapshot or the bundled sample.
import {html} from "htl";
import {formatDate} from "./format.js";
// Types only: erased from the browser bundle; meta.json is what the pipeline writes.
import type {Meta} from "../data/pipeline/snapshot.js";

export const TABLE_TITLES: Record<string, string> = {
  daily: "ежедневная сводка",
  deaths: "умершие",
  rosstat: "данные Росстата",
  municipalities: "муниципалитеты"
};

/** A banner when any table is stale or the sample; nothing when all are fresh. */
export function statusBanner(meta: Meta): HTMLElement | string {
  const entries = Object.entries(meta.tables);
  const sample = entries.filter(([, t]) => t.status === "sample").map(([name]) => TABLE_TITLES[name] ?? name);
  const stale = entries.filter(([, t]) => t.status === "stale");
  if (!sample.length && !stale.length) return "";
  return html`<div class="status-banner" role="status">
    ${sample.length ? html`<p><strong>Демонстрационные данные.</strong> Таблица недоступна, поэтому ${sample.join(", ")} — это <em>сгенерированный пример</em>, а не реальные цифры.</p>` : ""}
    ${stale.map(([name, t]) => html`<p><strong>Данные могут быть устаревшими:</strong> ${TABLE_TITLES[name] ?? name} — последний удачный снимок ${t.fetchedAt ? `от ${formatDate(new Date(t.fetchedAt))}` : "неизвестной даты"}; обновить не удалось.</p>`)}
    <p><a href="./data.html">Подробнее о состоянии данных</a></p>
  </div>` as HTMLElement;
}

// The data status in words: what the pipeline's fresh / stale / sample mean to a reader.
import type {TableMeta} from "../data/pipeline/snapshot.js";

const STATUS_WORDS: Record<TableMeta["status"], string> = {
  fresh: "свежие",
  stale: "устаревшие",
  sample: "демонстрационные"
};

export function statusWord(status: string): string {
  return STATUS_WORDS[status as TableMeta["status"]] ?? status;
}

// Built on first use: an ICU date format with a time zone takes a phone tens of milliseconds to build.
let fetchedFormat: Intl.DateTimeFormat | undefined;

/** When a table was read from the sheet, in Kaliningrad time: «27 ноября 2026 г. в 22:36». */
export function formatFetchedAt(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : (fetchedFormat ??= new Intl.DateTimeFormat("ru-RU", {timeZone: "Europe/Kaliningrad", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit"})).format(date);
}

// The data status in words: what the pipeline's fresh / stale / sample mean to a reader.
import type {TableMeta} from "../data/pipeline/snapshot.js";
import {russianDates} from "./format.js";

const STATUS_WORDS: Record<TableMeta["status"], string> = {
  fresh: "свежие",
  stale: "устаревшие",
  sample: "демонстрационные"
};

export function statusWord(status: string): string {
  return STATUS_WORDS[status as TableMeta["status"]] ?? status;
}

// Kaliningrad has kept UTC+2, with no summer time, since 26 October 2014, before any snapshot: a fixed offset and d3's
// Russian months, not an ICU date format with a time zone, which takes a phone tens of milliseconds to build.
const KALININGRAD_OFFSET_MS = 2 * 3_600_000;
const fetchedFormat = russianDates.utcFormat("%-d %B %Y г. в %H:%M");

/** When a table was read from the sheet, in Kaliningrad time: «27 ноября 2026 г. в 22:36». */
export function formatFetchedAt(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : fetchedFormat(new Date(date.getTime() + KALININGRAD_OFFSET_MS));
}

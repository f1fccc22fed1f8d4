// The status line and the read time: how old the data are, in the reader's words, and Kaliningrad time without ICU in the browser.
import assert from "node:assert/strict";
import {test} from "node:test";
import type {Meta, TableMeta} from "../src/shared/meta.js";
import {ARCHIVE_AFTER_DAYS, formatReadTime, isArchive, statusHtml, statusSentences} from "../src/shared/status.js";

test("a read time is told in Kaliningrad time, day and month in Russian", () => {
  assert.equal(formatReadTime("2026-11-27T20:36:00.000Z"), "27 ноября 2026 г. в 22:36");
  assert.equal(formatReadTime("2021-12-31T23:05:00Z"), "1 января 2022 г. в 01:05", "past midnight in Kaliningrad it is the next day");
});

test("the fixed offset agrees with the time-zone database on every day from 2015 to 2030", () => {
  const zone = new Intl.DateTimeFormat("ru-RU", {timeZone: "Europe/Kaliningrad", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit"});
  for (let t = Date.UTC(2015, 0, 1, 21, 59); t < Date.UTC(2031, 0, 1); t += 86_400_000 + 3_600_000) {
    const iso = new Date(t).toISOString();
    assert.equal(formatReadTime(iso), zone.format(new Date(t)), iso);
  }
});

test("a missing or unreadable time is a dash", () => {
  assert.equal(formatReadTime(null), "—");
  assert.equal(formatReadTime(undefined), "—");
  assert.equal(formatReadTime("вчера"), "—");
});

const table = (lastDate: string, status: TableMeta["status"] = "fresh"): TableMeta => ({status, source: "s", fetchedAt: "2026-12-02T08:00:00Z", rows: 1, firstDate: "2020-03-08", lastDate, warnings: []});
const meta = (generatedAt: string, tables: Meta["tables"]): Meta => ({generatedAt, tables});

test("data that ended long before the build are an archive: every page says when they end, and that collection stopped", () => {
  const archived = meta("2026-12-02T08:00:00Z", {daily: table("2023-06-07")});
  assert.equal(isArchive(archived), true);
  assert.deepEqual(statusSentences(archived), ["Данные до 7 июня 2023 года: сбор данных прекращён."]);
  assert.equal(statusHtml(archived, "../data.html"), '<p class="data-status" role="note">Данные до 7 июня 2023 года: сбор данных прекращён. <a href="../data.html">О данных</a></p>');
});

test(`the archive threshold is ${ARCHIVE_AFTER_DAYS} days, in one place`, () => {
  const day = 86_400_000;
  const at = (days: number) => meta(new Date(Date.parse("2026-06-01T00:00:00Z") + days * day).toISOString(), {daily: table("2026-06-01")});
  assert.equal(isArchive(at(ARCHIVE_AFTER_DAYS)), false);
  assert.equal(isArchive(at(ARCHIVE_AFTER_DAYS + 1)), true);
  assert.deepEqual(statusSentences(at(1)), [], "current data read at this build need no line");
  assert.equal(statusHtml(at(1)), "");
});

test("a table the build could not read is named; when none could be read, the line says the table", () => {
  const one = meta("2026-12-02T08:00:00Z", {daily: table("2026-12-01"), rosstat: table("2026-11-01", "stale")});
  assert.deepEqual(statusSentences(one), ["При этой сборке сайта не удалось прочитать «данные Росстата»: показан последний сохранённый снимок."]);
  const all = meta("2026-12-02T08:00:00Z", {daily: table("2023-06-07", "stale"), rosstat: table("2022-07-01", "stale")});
  assert.deepEqual(statusSentences(all), ["Данные до 7 июня 2023 года: сбор данных прекращён.", "При этой сборке сайта не удалось прочитать таблицу с данными: показан последний сохранённый снимок."]);
});

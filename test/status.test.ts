// When a table was read, in the reader's words: Kaliningrad time without ICU's time-zone data in the browser.
import assert from "node:assert/strict";
import {test} from "node:test";
import {formatReadTime} from "../src/shared/status.js";

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

// The overview's story: the waves found in the 7-day average of new cases, and the summary that tells them, on small
// hand-made series and on the bundled real snapshot read as the build reads it.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {fileURLToPath} from "node:url";
import {storyNote, storySummary} from "../src/components/narrative.js";
import {readSnapshot} from "../src/data/pipeline/published.js";
import {findWaves, overview, storyOf} from "../src/data/topics/overview.js";
import {WAVE_RULE} from "../src/shared/story.js";
import type {Topic, Values} from "../src/shared/topic.js";

const NBSP = "\u00a0";
const BUNDLED = fileURLToPath(new URL("../src/data/bundled", import.meta.url));

function daysFrom(start: string, n: number): string[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({length: n}, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}

/** A run of `days` days going evenly from `from` to `to`, whole numbers. */
function ramp(from: number, to: number, days: number): number[] {
  return Array.from({length: days}, (_, i) => Math.round(from + ((to - from) * (i + 1)) / days));
}

/** A hand-made topic of consecutive days from 1 March 2021, with a story. */
function topicOf(series: Record<string, Values>): Topic {
  const days = Math.max(...Object.values(series).map((v) => v.length));
  const fields = Object.fromEntries(Object.keys(series).map((key) => [key, {key, title: key, label: key, description: ""}]));
  return {dates: daysFrom("2021-03-01", days), fields, series};
}

describe("findWaves on a hand-made series", () => {
  // Two waves: 10 a day rising to 100 over 30 days and back to 20; then up to 60 and down to 10. Between them a bump
  // from 20 to 30 (not a doubling) that belongs to no wave.
  const cases = [...Array(14).fill(10), ...ramp(10, 100, 30), ...ramp(100, 20, 30), ...ramp(20, 30, 10), ...ramp(30, 20, 10), ...ramp(20, 60, 20), ...ramp(60, 10, 20)];
  const dates = daysFrom("2021-03-01", cases.length);

  test("finds the two waves, their peaks and dates", () => {
    const waves = findWaves(dates, cases);
    assert.equal(waves.length, 2);
    const [first, second] = waves;
    // The 7-day average peaks three days after the daily count: 100 on day 43, (88 + … + 100) / 7 on day 46.
    assert.equal(first.topDay.date, dates[43]);
    assert.equal(first.topDay.value, 100);
    assert.equal(first.peak.date, dates[46]);
    assert.ok(Math.abs(first.peak.value - 95.1) < 0.1, `${first.peak.value}`);
    // The last day of the flat 10 a day before the rise.
    assert.equal(first.start.date, dates[13]);
    assert.equal(first.start.value, 10);
    assert.equal(second.topDay.value, 60);
    assert.equal(second.topDay.date, dates[113]);
    // The first ends where the second starts: its lowest point between the two.
    assert.equal(first.end.date, second.start.date);
    assert.ok(second.start.value < 25, `${second.start.value}`);
    assert.equal(second.end.date, dates.at(-1));
  });

  test("blanks are not zeros: a week needs 4 reported days, and a blank does not end a wave", () => {
    const blanked: Values = cases.map((v, i) => (i % 3 === 1 ? null : v));
    const waves = findWaves(dates, blanked);
    assert.equal(waves.length, 2);
    assert.ok(Math.abs(waves[0].peak.value - 95) < 3);
    // Three days of seven reported: no average, so no wave at all.
    assert.deepEqual(findWaves(dates, cases.map((v, i) => (i % 7 < 3 ? v : null))), []);
  });

  test("a spike of a few days is not a wave, nor a rise that never falls back", () => {
    // A week's reports on one day: the average jumps for a week, then drops back.
    const spike = [...Array(30).fill(10), 150, ...Array(30).fill(10)];
    assert.deepEqual(findWaves(daysFrom("2021-03-01", spike.length), spike), []);
    const rising = [...Array(10).fill(10), ...ramp(10, 100, 40)];
    assert.deepEqual(findWaves(daysFrom("2021-03-01", rising.length), rising), []);
  });

  test("a fall of less than a quarter, or a rise to less than twice, is part of the wave around it", () => {
    // 60 falls by a third: a wave. The rise from 40 to 70 is not a doubling: part of no wave.
    const third = [...Array(14).fill(10), ...ramp(10, 60, 30), ...ramp(60, 40, 20), ...ramp(40, 70, 20), ...ramp(70, 10, 30)];
    const [wave, ...more] = findWaves(daysFrom("2021-03-01", third.length), third);
    assert.equal(more.length, 0);
    assert.ok(wave.peak.value < 60, `${wave.peak.value}`);
    // 60 falls to 50 only, a sixth: the wave goes on to 70.
    const sixth = [...Array(14).fill(10), ...ramp(10, 60, 30), ...ramp(60, 50, 20), ...ramp(50, 70, 20), ...ramp(70, 10, 30)];
    const waves = findWaves(daysFrom("2021-03-01", sixth.length), sixth);
    assert.equal(waves.length, 1);
    assert.ok(waves[0].peak.value > 65, `${waves[0].peak.value}`);
    assert.equal(waves[0].topDay.value, 70);
  });

  test("nothing to find", () => {
    assert.deepEqual(findWaves([], []), []);
    assert.deepEqual(findWaves(daysFrom("2021-03-01", 3), [null, null, null]), []);
  });
});

describe("storySummary on a hand-made topic", () => {
  const cases = [...Array(14).fill(10), ...ramp(10, 100, 30), ...ramp(100, 20, 30), ...ramp(20, 60, 20), ...ramp(60, 10, 20)];
  const deaths: Values = cases.map((v, i) => (i % 2 ? null : Math.round(v / 10)));
  const base = topicOf({newCases: cases, deaths});
  const topic = {...base, story: storyOf(base)};

  test("totals, the waves and the end of the data", () => {
    const text = storySummary(topic, {archive: true});
    const total = cases.reduce((a, b) => a + b, 0);
    const died = deaths.reduce((a: number, b) => a + (b ?? 0), 0);
    assert.ok(text.startsWith(`С 1 марта по 22 июня 2021${NBSP}года в${NBSP}области выявили`), text);
    assert.ok(text.includes(`выявили ${total.toLocaleString("ru-RU").replace(/\s/g, NBSP)}${NBSP}`), text);
    assert.ok(text.includes(`по официальной сводке, ${died}${NBSP}`), text);
    assert.ok(text.includes("Волн заболеваемости было две."), text);
    assert.ok(text.includes(`Выше всего заболеваемость поднялась в${NBSP}апреле 2021${NBSP}года: в${NBSP}среднем за 7${NBSP}дней выявляли 95${NBSP}случаев в${NBSP}день, а 13 апреля${NBSP}— 100${NBSP}случаев, больше, чем в${NBSP}любой другой день.`), text);
    assert.ok(text.includes(`Пик другой волны, в${NBSP}среднем за 7${NBSP}дней: июнь 2021${NBSP}года${NBSP}— 56${NBSP}случаев в${NBSP}день.`), text);
    assert.ok(text.endsWith(`после этого сбор данных прекратился.`), text);
    assert.ok(!storySummary(topic).includes("прекратился"));
  });

  test("without waves or deaths it still speaks", () => {
    const flat = topicOf({newCases: Array(30).fill(5)});
    const text = storySummary({...flat, story: storyOf(flat)});
    assert.equal(text, `С 1 по 30 марта 2021${NBSP}года в${NBSP}области выявили 150${NBSP}случаев COVID-19. Последние сведения${NBSP}— за 30 марта 2021${NBSP}года.`);
    const empty = topicOf({deaths: [1]});
    assert.equal(storySummary({...empty, story: storyOf(empty)}), "Сведений о новых случаях нет.");
  });

  test("the note counts the days with a report of deaths and states the rule", () => {
    const note = storyNote(topic);
    assert.ok(note.includes(`Сведения о${NBSP}смертях есть за ${Math.ceil(cases.length / 2)}${NBSP}`), note);
    assert.ok(note.includes(`хотя бы в${NBSP}2${NBSP}раза, длившийся не меньше 14${NBSP}дней, после которого оно снизилось хотя бы на 25${NBSP}%`), note);
  });
});

describe("the bundled real snapshot", async () => {
  const data = overview(await readSnapshot(BUNDLED));
  const {waves, casesRecord, deathsPeak} = data.story;

  test("seven waves, with the peaks of their 7-day averages", () => {
    const peaks = waves.map((w) => [w.peak.date, Math.round(w.peak.value)]);
    assert.deepEqual(peaks, [
      ["2020-06-02", 45],
      ["2021-01-03", 218],
      ["2021-07-23", 233],
      ["2021-11-02", 396],
      ["2022-02-18", 2042],
      ["2022-09-24", 398],
      ["2023-02-20", 202]
    ]);
    assert.deepEqual(WAVE_RULE, data.story.rule);
  });

  test("the Omicron peak: 2 050 cases on 17 February 2022, the most of any day", () => {
    assert.deepEqual(casesRecord, {date: "2022-02-17", value: 2050});
    assert.deepEqual(waves[4].topDay, casesRecord);
    // Each wave's biggest day lies within it.
    for (const w of waves) assert.ok(w.start.date <= w.topDay.date && w.topDay.date <= w.end.date, w.peak.date);
  });

  test("the deadliest week: 68 deaths over 3–9 November 2021, every day reported", () => {
    assert.equal(deathsPeak?.date, "2021-11-09");
    assert.ok(Math.abs(deathsPeak!.value - 68 / 7) < 1e-9);
  });

  test("the summary tells it", () => {
    const text = storySummary(data, {archive: true});
    assert.ok(text.startsWith(`С 8 марта 2020 по 7 июня 2023${NBSP}года в${NBSP}области выявили 206${NBSP}984${NBSP}случая COVID-19; умерли от него, по официальной сводке, 2${NBSP}147${NBSP}человек.`), text);
    assert.ok(text.includes("Волн заболеваемости было семь."), text);
    assert.ok(text.includes(`в${NBSP}феврале 2022${NBSP}года: в${NBSP}среднем за 7${NBSP}дней выявляли 2${NBSP}042${NBSP}случая в${NBSP}день, а 17 февраля${NBSP}— 2${NBSP}050${NBSP}случаев, больше, чем в${NBSP}любой другой день.`), text);
    assert.ok(text.includes(`июнь 2020${NBSP}года${NBSP}— 45${NBSP}случаев в${NBSP}день, январь 2021${NBSP}— 218, июль 2021${NBSP}— 233, ноябрь 2021${NBSP}— 396, сентябрь 2022${NBSP}— 398, февраль 2023${NBSP}— 202.`), text);
    assert.ok(text.includes(`Больше всего умирали в${NBSP}ноябре 2021${NBSP}года: в${NBSP}среднем 9,7${NBSP}человека в${NBSP}день за 7${NBSP}дней по 9 ноября.`), text);
    assert.ok(text.endsWith(`Последние сведения${NBSP}— за 7 июня 2023${NBSP}года: после этого сбор данных прекратился.`), text);
    assert.ok(storyNote(data).includes(`Сведения о${NBSP}смертях есть за 668${NBSP}дней из 1${NBSP}187`));
  });
});

// The overview's sentences and headline figures, on small hand-made topics: Russian plurals, the last week of the data, missing values.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import type {Meta} from "../src/shared/meta.js";
import {caseCards, vaccinationCards} from "../src/components/headlines.js";
import {CASES, DAYS, compareWeeks, countOf, dateRange, fromUntil, plural, weekSentence} from "../src/components/narrative.js";
import type {Topic, Values} from "../src/shared/topic.js";

const NBSP = "\u00a0";

/** A topic of consecutive days from 2023-06-01, one series per key. */
function topicOf(series: Record<string, Values>, start = "2023-06-01"): Topic {
  const days = Math.max(...Object.values(series).map((v) => v.length));
  const first = new Date(`${start}T00:00:00Z`).getTime();
  const dates = Array.from({length: days}, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
  const fields = Object.fromEntries(Object.keys(series).map((key) => [key, {key, title: key, label: key, description: ""}]));
  return {dates, fields, series};
}

const week = (v: number | null): Values => Array(7).fill(v);

describe("plural", () => {
  test("agrees with the number as Russian does", () => {
    const cases: [number, string][] = [
      [0, "случаев"], [1, "случай"], [2, "случая"], [4, "случая"], [5, "случаев"],
      [11, "случаев"], [12, "случаев"], [14, "случаев"], [21, "случай"], [22, "случая"],
      [101, "случай"], [111, "случаев"], [112, "случаев"], [1234, "случая"], [1_000_000, "случаев"]
    ];
    for (const [n, word] of cases) assert.equal(plural(n, CASES), word, `${n}`);
  });

  test("days, negatives and fractions", () => {
    assert.equal(plural(1, DAYS), "день");
    assert.equal(plural(3, DAYS), "дня");
    assert.equal(plural(7, DAYS), "дней");
    assert.equal(plural(-21, DAYS), "день");
    assert.equal(plural(1.5, CASES), "случая");
  });

  test("countOf keeps the number and the word together", () => {
    assert.equal(countOf(1234, CASES), `1${NBSP}234${NBSP}случая`);
    assert.equal(countOf(21, DAYS), `21${NBSP}день`);
  });
});

describe("dateRange", () => {
  test("shortens within a month and a year", () => {
    assert.equal(dateRange("2023-06-01", "2023-06-07"), "1–7 июня 2023");
    assert.equal(dateRange("2023-05-29", "2023-06-04"), `29 мая${NBSP}– 4 июня 2023`);
    assert.equal(dateRange("2022-12-29", "2023-01-04"), `29 декабря 2022${NBSP}– 4 января 2023`);
  });
});

describe("compareWeeks", () => {
  test("the last 7 days against the 7 before", () => {
    const c = compareWeeks(topicOf({newCases: [...week(10), ...week(20)]}))!;
    assert.equal(c.previous!.total, 70);
    assert.equal(c.current.total, 140);
    assert.equal(c.current.from, "2023-06-08");
    assert.equal(c.current.until, "2023-06-14");
    assert.equal(c.change, 1);
    assert.equal(c.trend, "up");
  });

  test("missing days are not zeros: they are counted as not reported", () => {
    const c = compareWeeks(topicOf({newCases: [...week(10), 5, null, 5, null, 5, 5, 5]}))!;
    assert.equal(c.current.total, 25);
    assert.equal(c.current.reportedDays, 5);
    assert.equal(c.trend, "down");
  });

  test("a zero previous week has no percentage", () => {
    const c = compareWeeks(topicOf({newCases: [...week(0), ...week(3)]}))!;
    assert.equal(c.change, undefined);
    assert.equal(c.trend, "up");
  });

  test("too little data or an absent column", () => {
    assert.equal(compareWeeks(topicOf({newCases: week(4)}))!.previous, undefined);
    assert.equal(compareWeeks(topicOf({newCases: week(4)}))!.trend, "unknown");
    assert.equal(compareWeeks(topicOf({deaths: week(1)})), undefined);
    assert.equal(compareWeeks({dates: [], fields: {}, series: {}}), undefined);
  });
});

describe("fromUntil", () => {
  test("names the month and the year once where they are shared", () => {
    assert.equal(fromUntil("2023-06-01", "2023-06-07"), `С 1 по 7 июня 2023${NBSP}года`);
    assert.equal(fromUntil("2023-05-29", "2023-06-04"), `С 29 мая по 4 июня 2023${NBSP}года`);
    assert.equal(fromUntil("2020-03-08", "2023-06-07"), `С 8 марта 2020 по 7 июня 2023${NBSP}года`);
  });
});

describe("weekSentence", () => {
  test("a fall, in words and per cent, in the past tense", () => {
    const text = weekSentence(topicOf({newCases: [...week(20), ...week(15)]}));
    assert.equal(
      text,
      `За 7${NBSP}дней (8–14 июня 2023${NBSP}года) выявили 105${NBSP}случаев. Это на${NBSP}25,0${NBSP}% меньше, чем за 7${NBSP}дней до них (140${NBSP}случаев): заболеваемость снижалась.`
    );
  });

  test("a share of change has one decimal", () => {
    assert.match(weekSentence(topicOf({newCases: [...week(30), ...week(20)]})), /на\u00a033,3\u00a0% меньше/);
  });

  test("a rise of more than twice is said in times", () => {
    const text = weekSentence(topicOf({newCases: [...week(1), ...week(3)]}));
    assert.match(text, /выявили 21\u00a0случай\./);
    assert.match(text, new RegExp(`в${NBSP}3${NBSP}раза больше, чем за 7${NBSP}дней до них \\(7${NBSP}случаев\\): заболеваемость росла\\.`));
  });

  test("one case", () => {
    assert.match(weekSentence(topicOf({newCases: [...week(0), 1, 0, 0, 0, 0, 0, 0]})), /выявили 1\u00a0случай\./);
  });

  test("a zero week before", () => {
    assert.match(weekSentence(topicOf({newCases: [...week(0), ...week(2)]})), /За 7\u00a0дней до них новых случаев не было, так что заболеваемость росла\./);
    const none = weekSentence(topicOf({newCases: [...week(0), ...week(0)]}));
    assert.match(none, /новых случаев не выявили\. За 7\u00a0дней до них их тоже не было\./);
  });

  test("partial weeks are said to be partial", () => {
    const text = weekSentence(topicOf({newCases: [10, null, null, 10, 10, 10, 10, ...week(10).map((v, i) => (i < 4 ? v : null))]}));
    assert.match(text, /выявили 40\u00a0случаев \(сведения есть только за 4\u00a0дня из 7\)\./);
    assert.match(text, /Сравнение приблизительное: за 7\u00a0дней до них сведения есть только за 5\u00a0дней из 7\./);
  });

  test("nothing reported, nothing to compare, nothing at all", () => {
    assert.match(weekSentence(topicOf({newCases: [...week(5), ...week(null)]})), /о новых случаях не сообщалось\.$/);
    assert.match(weekSentence(topicOf({newCases: [...week(null), ...week(5)]})), /Сравнить не с чем: за 7\u00a0дней до них сведений нет\.$/);
    assert.match(weekSentence(topicOf({newCases: week(5)})), /Сравнить не с чем/);
    assert.equal(weekSentence(topicOf({deaths: week(1)})), "Сведений о новых случаях нет.");
  });
});

describe("headline cards", () => {
  const meta: Meta = {generatedAt: "2023-06-08T00:00:00Z", tables: {daily: {status: "stale", source: "https://example.org/export", fetchedAt: "2023-06-08T06:00:00Z", rows: 14, firstDate: "2023-05-25", lastDate: "2023-06-07", warnings: []}}};
  const rosstat: Topic = {dates: ["2023-06-01"], fields: {}, series: {covidConfirmed: [3], covidSuspected: [null], otherCauseVirusContributed: [1], otherCauseVirusNotContributed: [0]}};

  test("sums, shares and the Rosstat month", () => {
    const daily = topicOf({newCases: [...week(10), ...week(20)], deaths: [...week(null), 1, 0, 0, 0, 0, 0, 1], secondDose: [...week(0), 50, 0, 0, 0, 0, 0, 0]}, "2023-05-25");
    const cards = [...caseCards(daily, rosstat, meta), ...vaccinationCards(daily)];
    const byTitle = Object.fromEntries(cards.map((c) => [c.title, c]));
    assert.equal(byTitle["Данные по"].value, "7 июн 2023");
    assert.equal(byTitle["Данные по"].detail, "сохранённый снимок, прочитан 8 июня 2023 г. в 08:00");
    assert.equal(byTitle["Выявлено случаев"].value, "210");
    assert.equal(byTitle["Выявлено случаев"].detail, `0,0${NBSP}% населения области`);
    // One decimal, as everywhere on the site, the trailing 0 kept: 2 / 210 = 0,95 %.
    assert.equal(byTitle["Умерли, по официальным данным"].detail, `летальность 1,0${NBSP}%`);
    assert.equal(byTitle["Привиты вторым компонентом"].value, "50");
    assert.equal(byTitle["Привиты вторым компонентом"].detail, `на 1 июня 2023${NBSP}года · 0,0${NBSP}% населения`);
    // 4 Rosstat deaths against the cases of 25 May to 7 June (the data end before the month does).
    assert.equal(byTitle["Смерти, связанные с COVID-19, по Росстату"].value, "4");
    assert.match(byTitle["Смерти, связанные с COVID-19, по Росстату"].detail!, /до конца июня 2023 года · 1,9\u00a0% от выявленных/);
  });

  test("a figure that stopped is dated, and divided by what stood on that same day", () => {
    const daily = topicOf(
      {
        newCases: [...week(10), ...week(20)],
        vaccinatedCases: [null, null, 2, 2, 7, null, null],
        vaccinatedDeaths: [null, null, null, null, 1],
        secondDose: [100, null, null, 140, null, null, 300]
      },
      "2023-05-25"
    );
    const byTitle = Object.fromEntries(vaccinationCards(daily).map((c) => [c.title, c]));
    // 7 on 29 May: against the 50 cases to that day, not the 210 to the end; against the 140 fully vaccinated of 28 May, not the 300 later.
    assert.equal(byTitle["Заболели среди привитых"].value, "7");
    assert.match(byTitle["Заболели среди привитых"].detail!, new RegExp(`^на 29 мая 2023${NBSP}года · 14,0${NBSP}% случаев, выявленных к этому дню · 5,0${NBSP}% привитых вторым компонентом`));
    assert.equal(byTitle["Умерли среди привитых"].detail, `на 29 мая 2023${NBSP}года · летальность среди заболевших привитых 14,3${NBSP}%`);
  });

  test("absent columns say so instead of throwing", () => {
    const daily = topicOf({newCases: week(1)});
    const cards = [...caseCards(daily, {dates: [], fields: {}, series: {}}, {generatedAt: "", tables: {}}), ...vaccinationCards(daily)];
    assert.equal(cards.length, 10);
    assert.equal(cards.filter((c) => c.detail === "нет данных").length, 8);
  });
});

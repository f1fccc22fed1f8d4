// The overview's sentences and headline figures, on small hand-made topics: Russian plurals, week comparison, missing values.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import type {Meta} from "../src/shared/meta.js";
import {caseCards, vaccinationCards} from "../src/components/headlines.js";
import {CASES, DAYS, compareWeeks, countOf, dateRange, plural, rateSentence, rateTrend, weekSentence} from "../src/components/narrative.js";
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

describe("weekSentence", () => {
  test("a fall, in words and per cent", () => {
    const text = weekSentence(topicOf({newCases: [...week(20), ...week(15)]}));
    assert.equal(
      text,
      `За последние 7${NBSP}дней (8–14 июня 2023) выявлено 105${NBSP}случаев. Это на${NBSP}25${NBSP}% меньше, чем за предыдущие 7${NBSP}дней (140${NBSP}случаев): заболеваемость снижается.`
    );
  });

  test("a rise of more than twice is said in times", () => {
    const text = weekSentence(topicOf({newCases: [...week(1), ...week(3)]}));
    assert.match(text, /выявлен 21\u00a0случай\./);
    assert.match(text, new RegExp(`в${NBSP}3${NBSP}раза больше, чем за предыдущие 7${NBSP}дней \\(7${NBSP}случаев\\): заболеваемость растёт\\.`));
  });

  test("one case agrees in the verb too", () => {
    assert.match(weekSentence(topicOf({newCases: [...week(0), 1, 0, 0, 0, 0, 0, 0]})), /выявлен 1\u00a0случай\./);
  });

  test("a zero previous week", () => {
    assert.match(weekSentence(topicOf({newCases: [...week(0), ...week(2)]})), /За предыдущие 7\u00a0дней новых случаев не было, так что заболеваемость растёт\./);
    const none = weekSentence(topicOf({newCases: [...week(0), ...week(0)]}));
    assert.match(none, /новых случаев не выявлено\. За предыдущие 7\u00a0дней их тоже не было\./);
  });

  test("partial weeks are said to be partial", () => {
    const text = weekSentence(topicOf({newCases: [10, null, null, 10, 10, 10, 10, ...week(10).map((v, i) => (i < 4 ? v : null))]}));
    assert.match(text, /выявлено 40\u00a0случаев \(данные есть только за 4\u00a0дня из 7\)\./);
    assert.match(text, /Сравнение приблизительное: за предыдущие 7\u00a0дней данные есть только за 5\u00a0дней из 7\./);
  });

  test("nothing reported, nothing to compare, nothing at all", () => {
    assert.match(weekSentence(topicOf({newCases: [...week(5), ...week(null)]})), /о новых случаях не сообщалось\.$/);
    assert.match(weekSentence(topicOf({newCases: [...week(null), ...week(5)]})), /Сравнить не с чем: за предыдущие 7\u00a0дней данных нет\.$/);
    assert.match(weekSentence(topicOf({newCases: week(5)})), /Сравнить не с чем/);
    assert.equal(weekSentence(topicOf({deaths: week(1)})), "Данных о новых случаях пока нет.");
  });
});

describe("rateSentence", () => {
  test("below 1 and falling over the week", () => {
    const topic = topicOf({infectionRate: [1.2, 1.1, 1, 0.95, 0.9, 0.85, 0.82, 0.8]});
    assert.equal(rateTrend(topic)!.direction, "down");
    const text = rateSentence(topic);
    assert.match(text, /^Индекс распространения IR4 на 8 июня 2023\u00a0года — 0,8, ниже 1:/);
    assert.match(text, /За неделю он снизился с 1,2 до 0,8, опустившись ниже 1\.$/);
  });

  test("above 1, rising, with missing days", () => {
    const text = rateSentence(topicOf({infectionRate: [null, null, 0.9, null, 1, 1.1, 1.3, null]}));
    assert.match(text, /на 7 июня 2023\u00a0года — 1,3, выше 1:/);
    assert.match(text, /С 3 июня 2023\u00a0года он вырос с 0,9 до 1,3, поднявшись до 1 и выше\.$/);
  });

  test("hardly changed, a single value, none", () => {
    assert.match(rateSentence(topicOf({infectionRate: [0.98, 0.99, 1.01, 1, 0.99, 1, 1, 1.01]})), /За неделю он почти не изменился: был 0,98\.$/);
    assert.equal(rateTrend(topicOf({infectionRate: [null, 1.1]}))!.direction, "unknown");
    assert.equal(rateSentence(topicOf({newCases: [1]})), "Индекс распространения IR4 в данных не сообщается.");
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
    assert.equal(byTitle["Умерли, по официальным данным"].detail, `летальность 0,95${NBSP}%`);
    assert.equal(byTitle["Привиты вторым компонентом"].value, "50");
    // 4 Rosstat deaths against the cases of 25 May to 7 June (the data end before the month does).
    assert.equal(byTitle["Смерти, связанные с COVID-19, по Росстату"].value, "4");
    assert.match(byTitle["Смерти, связанные с COVID-19, по Росстату"].detail!, /до конца июня 2023 года · 1,9\u00a0% от выявленных/);
  });

  test("absent columns say so instead of throwing", () => {
    const daily = topicOf({newCases: week(1)});
    const cards = [...caseCards(daily, {dates: [], fields: {}, series: {}}, {generatedAt: "", tables: {}}), ...vaccinationCards(daily)];
    assert.equal(cards.length, 10);
    assert.equal(cards.filter((c) => c.detail === "нет данных").length, 8);
  });
});

// The page's view and its address; what a chart shows in a view; running totals that stopped.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {shownSeries, weekAverage} from "../src/shared/shown.js";
import {endAtLastChange, rollingSum, type Topic} from "../src/shared/topic.js";
import {DEFAULT_VIEW, parseView, periodSpan, viewQuery, type View} from "../src/shared/view.js";

describe("the view in the address", () => {
  test("a view goes into the query string and comes back the same", () => {
    const view: View = {period: {kind: "range", from: "2021-03-01", to: "2021-06-30"}, weekAverage: true, perCapita: true, logScale: true, picked: {"new-cases": "respiratory", "b-chart": "deaths"}};
    const query = viewQuery(view);
    assert.equal(query, "?period=2021-03-01_2021-06-30&avg=7&per=100k&scale=log&pick=b-chart.deaths&pick=new-cases.respiratory");
    assert.deepEqual(parseView(query), view);
    assert.equal(viewQuery(DEFAULT_VIEW), "");
    assert.deepEqual(parseView("?period=6m"), {...DEFAULT_VIEW, period: {kind: "last", months: 6}});
  });

  test("what a link gets wrong is ignored, never an error", () => {
    for (const query of ["?period=99m", "?period=2021-02-31_2021-03-01", "?period=2021-06-01_2021-03-01", "?period=x_y_z", "?avg=8&per=1k&scale=lin", "?pick=..%2Fx", "?pick=a.b.c", "?pick=Chart.x", "?%E0%A4%A"]) {
      const view = parseView(query);
      assert.deepEqual({...view, picked: {}}, {...DEFAULT_VIEW, picked: {}}, query);
      assert.deepEqual(view.picked, {}, query);
    }
  });

  test("the last N months count back from the data's last day, not from today", () => {
    assert.deepEqual(periodSpan({kind: "last", months: 3}, "2020-03-08", "2023-06-07"), {from: "2023-03-08", to: "2023-06-07"});
    assert.deepEqual(periodSpan({kind: "last", months: 12}, "2023-01-01", "2023-06-07"), {from: "2023-01-01", to: "2023-06-07"}, "not before the data begin");
    assert.deepEqual(periodSpan({kind: "range", from: "2019-01-01", to: "2030-01-01"}, "2020-03-08", "2023-06-07"), {from: "2020-03-08", to: "2023-06-07"});
  });
});

describe("what a chart shows in a view", () => {
  const dates = Array.from({length: 10}, (_, i) => `2021-01-${String(i + 1).padStart(2, "0")}`);
  const topic: Topic = {
    dates,
    fields: {
      newCases: {key: "newCases", title: "всего", label: "Новые случаи", description: "", unit: "чел.", measure: "daily"},
      casesTotal: {key: "casesTotal", title: "", label: "Случаи всего", description: "", unit: "чел.", measure: "total"},
      rate: {key: "rate", title: "", label: "IR4", description: "", measure: "rate"},
      town: {key: "town", title: "", label: "Город", description: "", unit: "чел.", measure: "daily", population: 50_000}
    },
    series: {
      newCases: [10, 20, null, 30, 40, null, null, 50, 60, 70],
      casesTotal: [10, 10, 30, 60, 60, 60, 60, 100, 150, 210],
      rate: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5],
      town: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    }
  };

  test("a 7-day average needs 4 reported days in the week, and averages only those", () => {
    assert.deepEqual(weekAverage([10, 20, null, 30, 40, null, null, 50]), [null, null, null, null, 25, 25, 25, 35]);
    assert.deepEqual(weekAverage([10, null, 20, 30, null, null, null, 40]), Array(8).fill(null), "never 4 reports in a week");
  });

  test("averaging and per 100 000 touch only the series they fit; the subtitle says what was done", () => {
    const shown = shownSeries(topic, ["newCases", "casesTotal", "rate", "town"], {...DEFAULT_VIEW, weekAverage: true, perCapita: true});
    const [cases, total, rate, town] = shown.series;
    assert.deepEqual(shown.words, ["7-дневное среднее", "на 100 000 жителей"]);
    assert.equal(cases.values[4], (25 * 100_000) / 1_029_966, "the region's population");
    assert.equal(cases.values[3], null, "a week of 3 reports has no average");
    assert.equal(total.values[9], (210 * 100_000) / 1_029_966, "a running total is not averaged");
    assert.deepEqual(rate.values, topic.series.rate, "a rate is neither averaged nor put per 100 000");
    assert.equal(town.values[3], ((1 + 2 + 3 + 4) / 4) * 2, "a town by its own population");
    assert.equal(cases.unit, "на 100 000 жителей");
  });

  test("a period narrows the days; the average still counts the week before the period", () => {
    const shown = shownSeries(topic, ["newCases"], {...DEFAULT_VIEW, weekAverage: true, period: {kind: "range", from: "2021-01-08", to: "2021-01-09"}});
    assert.deepEqual(shown.dates, ["2021-01-08", "2021-01-09"]);
    assert.deepEqual(shown.series[0].values, [(20 + 30 + 40 + 50) / 4, (30 + 40 + 50 + 60) / 4]);
  });
});

describe("series computed from others", () => {
  test("a running total ends at its last change: the repeats after it are not reports", () => {
    assert.deepEqual(endAtLastChange([5, null, 7, 7, null, 7]), [5, null, 7, null, null, null]);
    assert.deepEqual(endAtLastChange([1, 2, 3]), [1, 2, 3]);
    assert.deepEqual(endAtLastChange([4, 4, 4]), [4, null, null]);
    assert.deepEqual(endAtLastChange([null, null]), [null, null]);
  });

  test("a rolling sum adds what was reported, and has nothing for a window without a report", () => {
    assert.deepEqual(rollingSum([1, null, 2, 3, null, null, null], 2), [1, 1, 2, 5, 3, null, null]);
  });
});

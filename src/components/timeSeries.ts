// Daily series on a shared date axis: lines, areas, steps, stacks or dots, with a hover rule and a tip for every series.
import type {Markish} from "@observablehq/plot";
import {bisectLeft, bisectRight} from "d3-array";
import {PALETTE} from "./colors.js";
import {chartFrame, legendOf, noData, type FrameOptions} from "./figure.js";
import {formatDate, formatDay, formatNumber, formatPercent, formatTick, tickFormat} from "./format.js";
import {Plot} from "./plot.js";
import {datesOf, has, type Topic} from "../shared/topic.js";

export type SeriesMark = "line" | "area" | "stack" | "step" | "stepArea" | "dots";

export interface TimeSeriesOptions extends FrameOptions {
  width: number;
  keys: string[];
  mark?: SeriesMark;
  /** A reference line, such as IR = 1. */
  rule?: number;
  /** A trailing 7-day average of the first series. */
  trend?: boolean;
  /** Only from this ISO date on. */
  from?: string;
  until?: string;
  height?: number;
  yLabel?: string;
  /** Treat 0 as "not reported" for every series (beds, doses), not only for sparse columns. */
  zeroAsMissing?: boolean;
}

interface Point {
  date: Date;
  label: string;
  value: number;
}

export function timeSeries(topic: Topic, options: TimeSeriesOptions): HTMLElement {
  const keys = options.keys.filter((key) => has(topic, key));
  const days = shownDays(topic, keys, options);
  if (!days) return noData(options);
  const labels = keys.map((key) => topic.fields[key].label);
  const unit = options.yLabel ?? topic.fields[keys[0]].unit;
  const percent = unit === "%";
  const format = percent ? (v: number) => formatPercent(v) : formatNumber;
  const mark = options.mark ?? "line";
  const height = options.height ?? Math.max(220, Math.min(360, options.width * 0.5));
  // The points and the span are gathered when the chart is first drawn: a chart far down the page costs nothing until it is seen.
  let series: {points: Point[]; trend: Point[]; first: Date; last: Date} | undefined;
  let byDate: DateGroup[] | undefined;
  return chartFrame(options, legendOf(labels), (selected, pointer) => {
    if (!series) {
      const points = seriesPoints(topic, keys, options, days);
      const dates = datesOf(topic);
      series = {points, trend: options.trend ? trailingMean(points.filter((p) => p.label === labels[0])) : [], first: dates[days.first], last: dates[days.last()]};
    }
    const {points, trend, first, last} = series;
    const short = last.getTime() - first.getTime() < 120 * 86_400_000;
    // The days for the tip are grouped only once the reader points at the chart.
    if (pointer) byDate ??= [...groupByDate(points).values()];
    return Plot.plot({
      width: options.width,
      height,
      marginLeft: 56,
      ariaLabel: options.title,
      ariaDescription: `${options.subtitle ?? ""} Ряды: ${labels.join(", ")}. С ${formatDate(first)} по ${formatDate(last)}.`.trim(),
      // A span of a few weeks is labelled by day; longer ones by month and year.
      x: {type: "utc", label: null, ticks: Math.max(2, Math.floor(options.width / (short ? 110 : 90))), tickFormat: short ? formatDay : formatTick},
      y: {grid: true, label: percent ? "%" : unit ?? null, tickFormat: tickFormat(percent ? "%" : unit), nice: true},
      color: {domain: labels, range: PALETTE},
      marks: [
        ...seriesMarks(mark, points, selected),
        ...(options.rule !== undefined ? [Plot.ruleY([options.rule], {stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.7})] : []),
        ...(trend.length ? [Plot.lineY(trend, {x: "date", y: "value", stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "6 3"})] : []),
        Plot.ruleY([0], {strokeOpacity: 0.3}),
        ...(byDate && pointer ? hoverMarks(byDate, labels, trend, format) : [])
      ]
    });
  }, height);
}

/** A rule and a tip listing every series on the day under the pointer. */
function hoverMarks(byDate: DateGroup[], labels: string[], trend: Point[], format: (v: number) => string): Markish[] {
  return [
    Plot.ruleX(byDate, Plot.pointerX({x: "date", stroke: "currentColor", strokeOpacity: 0.4})),
    Plot.tip(
      byDate,
      Plot.pointerX({
        x: "date",
        y: "top",
        title: (d: DateGroup) => [formatDate(d.date), ...labels.filter((l) => l in d.values).map((l) => `${l}: ${format(d.values[l])}`), ...trendLine(trend, d.date, format)].join("\n")
      })
    )
  ];
}

/** Whether a value is drawn: missing is missing, and in a sparse series 0 means "not reported" too. */
function shown(topic: Topic, key: string, value: number | null, options: TimeSeriesOptions): value is number {
  return value !== null && !(value === 0 && (topic.fields[key].sparse || options.zeroAsMissing));
}

interface ShownDays {
  /** The index of the first day from `from` on with a value to draw. */
  first: number;
  /** The index of the last such day until `until`, found when asked: a series that stopped early is a long scan. */
  last: () => number;
  /** One past the last index up to `until`. */
  end: number;
}

/** The days with a value to draw, or undefined when there are none: the page shows «нет данных». */
function shownDays(topic: Topic, keys: string[], options: TimeSeriesOptions): ShownDays | undefined {
  // The pipeline publishes days in order and ISO dates sort as text: the range is two binary searches, not a test per day.
  const start = bisectLeft(topic.dates, options.from ?? "");
  const end = options.until ? bisectRight(topic.dates, options.until) : topic.dates.length;
  const shownOn = (i: number) => keys.some((key) => shown(topic, key, topic.series[key][i], options));
  let first = start;
  while (first < end && !shownOn(first)) ++first;
  if (first === end) return undefined;
  return {
    first,
    end,
    last: () => {
      let last = end - 1;
      while (!shownOn(last)) --last;
      return last;
    }
  };
}

function seriesPoints(topic: Topic, keys: string[], options: TimeSeriesOptions, days: ShownDays): Point[] {
  const points: Point[] = [];
  const dates = datesOf(topic);
  for (let i = days.first; i < days.end; ++i) {
    for (const key of keys) {
      const value = topic.series[key][i];
      if (shown(topic, key, value, options)) points.push({date: dates[i], label: topic.fields[key].label, value});
    }
  }
  return points;
}

function seriesMarks(mark: SeriesMark, points: Point[], selected: string | null): Markish[] {
  const common = {x: "date", y: "value", z: "label"};
  // With none selected every series looks alike: a constant, not an opacity computed for each of thousands of points.
  const opacity = (full: number) => (selected ? (d: Point) => (d.label === selected ? full : full * 0.15) : full);
  switch (mark) {
    case "dots":
      return [Plot.dot(points, {...common, fill: "label", r: 2.5, fillOpacity: opacity(1), stroke: null})];
    case "stack":
      return [Plot.areaY(points, {...common, fill: "label", fillOpacity: opacity(0.85), curve: "step-after"})];
    case "area":
    case "stepArea": {
      const curve = mark === "stepArea" ? "step-after" : "linear";
      return [
        Plot.areaY(points, {x: "date", y1: 0, y2: "value", z: "label", fill: "label", fillOpacity: opacity(0.35), curve}),
        Plot.lineY(points, {...common, stroke: "label", strokeWidth: 1, strokeOpacity: opacity(1), curve})
      ];
    }
    case "step":
    case "line":
      return [Plot.lineY(points, {...common, stroke: "label", strokeWidth: 1.5, strokeOpacity: opacity(1), curve: mark === "step" ? "step-after" : "linear"})];
  }
}

interface DateGroup {
  date: Date;
  top: number;
  values: Record<string, number>;
}

function groupByDate(points: Point[]): Map<number, DateGroup> {
  const groups = new Map<number, DateGroup>();
  for (const p of points) {
    const key = p.date.getTime();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = {date: p.date, top: p.value, values: {}}));
    group.values[p.label] = p.value;
    group.top = Math.max(group.top, p.value);
  }
  return groups;
}

/** Mean of the last 7 days that reported, where at least 4 of them did. */
function trailingMean(points: Point[]): Point[] {
  const week = 7 * 86_400_000;
  return points.flatMap((p, i) => {
    const window = points.slice(Math.max(0, i - 6), i + 1).filter((q) => p.date.getTime() - q.date.getTime() < week);
    return window.length >= 4 ? [{date: p.date, label: "7-дневное среднее", value: window.reduce((a, q) => a + q.value, 0) / window.length}] : [];
  });
}

function trendLine(trend: Point[], date: Date, format: (v: number) => string): string[] {
  const point = trend.find((p) => p.date.getTime() === date.getTime());
  return point ? [`среднее за 7 дней: ${format(Math.round(point.value * 10) / 10)}`] : [];
}

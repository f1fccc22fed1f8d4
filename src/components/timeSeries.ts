// Daily series on a shared date axis, in the page's view: lines, areas, steps, stacks or dots. A day nothing was reported
// is a gap, never a 0: lines and areas break there, a lone report is a dot, and the tip says «нет данных».
import type {Markish, PlotOptions} from "@observablehq/plot";
import {DEFAULT_VIEW, type View} from "../shared/view.js";
import {shownSeries, viewApplied, type Shown} from "../shared/shown.js";
import {parseIsoDate} from "../shared/dates.js";
import {has, type Topic} from "../shared/topic.js";
import {colorOf} from "../shared/palette.js";
import {sketchedFrame, noData, NOTHING_IN_PERIOD, type ChartData, type FrameOptions} from "./figure.js";
import {formatAverage, formatDate, formatDay, formatNumber, formatPercent, formatTick, tickFormat} from "./format.js";
import {Plot} from "./plot.js";

export type SeriesMark = "line" | "area" | "stack" | "step" | "dots";

export interface TimeSeriesOptions extends FrameOptions, Omit<PlotOptions, "width" | "height" | "title" | "subtitle"> {
  width: number;
  keys: string[];
  mark?: SeriesMark;
  /** The page's view (period, 7-day average, per 100 000, scale); the whole series, daily, when absent. */
  view?: View;
  /** A reference line, such as IR = 1. */
  rule?: number;
  /** Only from / until these ISO days, whatever the view. */
  from?: string;
  until?: string;
  height?: number;
  yLabel?: string;
}

interface Point {
  date: Date;
  key: string;
  label: string;
  value: number;
}

interface Day {
  date: Date;
  top: number;
  values: (number | null)[];
}

export function timeSeries(topic: Topic, options: TimeSeriesOptions): HTMLElement {
  const {id, title, subtitle, note, width, keys: asked, mark = "line", view = DEFAULT_VIEW, rule, from, until, height: givenHeight, yLabel, ...plotOptions} = options;
  const keys = asked.filter((key) => has(topic, key));
  if (!keys.length) return noData(options);
  // Layers on a log scale would not add up: a stack keeps a linear scale.
  const chartView = mark === "stack" ? {...view, logScale: false} : view;
  const fields = keys.map((key) => topic.fields[key]);
  const colors = fields.map((field, i) => field.color ?? colorOf(i));
  const legend = fields.map((field, i) => ({key: field.key, label: field.label, color: colors[i]}));
  const labels = fields.map((field) => field.label);
  const height = givenHeight ?? Math.max(220, Math.min(360, width * 0.5));
  const {words} = viewApplied(fields, chartView);
  const prerendered = isDefault(view);
  // The values are read when the frame is built: a chart far down the page costs nothing while the page loads.
  return sketchedFrame(options, {legend, height, words, prerendered}, () => {
    const shown = shownSeries(topic, keys, chartView, {from, until});
    if (!shown.dates.length || shown.series.every((s) => s.values.every((v) => v === null))) return noData(options, view.period.kind === "all" ? undefined : NOTHING_IN_PERIOD);
    const unit = yLabel ?? shown.series[0].unit;
    const percent = unit === "%";
    // Counts as counts; an average or a rate per 100 000 with one decimal, the same on every line of a tip.
    const counts = !shown.weekAverage && !shown.perCapita && shown.series.every((s) => s.values.every((v) => v === null || Number.isInteger(v)));
    const format = percent ? (v: number) => formatPercent(v) : counts ? formatNumber : formatAverage;
    // Points and days are gathered when the chart is first drawn: a chart built but not yet seen does not gather them.
    let drawn: {points: Point[]; lone: Point[]; days: Day[]; top: number} | undefined;
    return {
      legend,
      height,
      words,
      prerendered,
      data: () => chartData(shown, unit),
      draw(picked, pointer) {
        drawn ??= gather(shown, mark);
        const {points, lone, days, top} = drawn;
        const dates = days.map((d) => d.date);
        const short = dates[dates.length - 1].getTime() - dates[0].getTime() < 120 * 86_400_000;
        const signed = !shown.logScale && points.some((p) => p.value < 0);
        return Plot.plot({
          width,
          height,
          marginLeft: 56,
          ariaLabel: title,
          ariaDescription: `${[subtitle, ...words].filter(Boolean).join("; ")}. Ряды: ${labels.join(", ")}. С ${formatDate(dates[0])} по ${formatDate(dates[dates.length - 1])}. Числа — в таблице графика.`,
          // A span of a few weeks is labelled by day; longer ones by month and year.
          x: {type: "utc", label: null, domain: [dates[0], dates[dates.length - 1]], ticks: Math.max(2, Math.floor(width / (short ? 110 : 90))), tickFormat: short ? formatDay : formatTick},
          y: shown.logScale
            ? {type: "log", grid: true, label: unit ?? null, tickFormat: tickFormat(unit), ticks: logTicks(points)}
            : {grid: true, label: percent ? "%" : unit ?? null, tickFormat: tickFormat(percent ? "%" : unit), nice: true, zero: !signed},
          color: {domain: labels, range: colors},
          ...plotOptions,
          marks: [
            // An area down to 0 cannot be drawn on a log scale: its line stays.
            ...seriesMarks(shown.logScale && mark === "area" ? "line" : mark, points, lone, picked && labels[shown.series.findIndex((s) => s.key === picked)]),
            ...(rule !== undefined ? [Plot.ruleY([rule], {stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.7})] : []),
            ...(shown.logScale ? [] : [Plot.ruleY([0], {strokeOpacity: 0.3})]),
            ...(pointer ? hoverMarks(days, labels, top, format, mark === "stack") : []),
            ...((plotOptions.marks as Markish[] | undefined) ?? [])
          ]
        });
      }
    };
  });
}

/** 1, 2 and 5 in every decade the values cover, so that each tick of a log axis has its label; fewer on a wide span. */
function logTicks(points: Point[]): number[] {
  let [low, high] = [Infinity, -Infinity];
  for (const {value} of points) if (value > 0) [low, high] = [Math.min(low, value), Math.max(high, value)];
  if (!Number.isFinite(low)) return [];
  const decades = Math.ceil(Math.log10(high)) - Math.floor(Math.log10(low));
  const steps = decades > 4 ? [1] : decades > 2 ? [1, 3] : [1, 2, 5];
  const ticks: number[] = [];
  for (let decade = 10 ** Math.floor(Math.log10(low)); decade <= high * 10; decade *= 10) {
    for (const step of steps) if (step * decade >= low && step * decade <= high) ticks.push(step * decade);
  }
  return ticks;
}

function isDefault(view: View): boolean {
  return view.period.kind === "all" && !view.weekAverage && !view.perCapita && !view.logScale;
}

/** The numbers the chart shows, a row a day: «нет данных» where a series has none. */
function chartData(shown: Shown, unit?: string): ChartData {
  return {
    head: ["Дата", ...shown.series.map((s) => ((s.unit ?? unit) ? `${s.label}, ${s.unit ?? unit}` : s.label))],
    rows: shown.dates.map((date, i) => [date, ...shown.series.map((s) => s.values[i])])
  };
}

/**
 * Every day of every series, NaN where nothing was reported so that Plot breaks the line there; a lone report between two
 * gaps is drawn as a dot. In a stack a day missing one part is missing whole: its other parts would sit too low.
 */
function gather(shown: Shown, mark: SeriesMark): {points: Point[]; lone: Point[]; days: Day[]; top: number} {
  const dates = shown.dates.map(parseIsoDate);
  const usable = (v: number | null): v is number => v !== null && Number.isFinite(v) && (!shown.logScale || v > 0);
  const partMissing = mark === "stack" ? dates.map((_, i) => shown.series.some((s) => !usable(s.values[i]))) : [];
  const points: Point[] = [];
  const lone: Point[] = [];
  let top = -Infinity;
  const days: Day[] = dates.map((date, i) => {
    let dayTop = mark === "stack" ? 0 : -Infinity;
    const values = shown.series.map((s) => {
      const v = s.values[i];
      const value = usable(v) && !partMissing[i] ? v : NaN;
      points.push({date, key: s.key, label: s.label, value});
      if (!Number.isNaN(value)) {
        dayTop = mark === "stack" ? dayTop + value : Math.max(dayTop, value);
        if (mark !== "stack" && mark !== "dots" && !usable(s.values[i - 1]) && !usable(s.values[i + 1])) lone.push({date, key: s.key, label: s.label, value});
      }
      return usable(v) ? v : null;
    });
    top = Math.max(top, dayTop);
    return {date, top: dayTop, values};
  });
  return {points, lone, days, top: Number.isFinite(top) ? top : 1};
}

function seriesMarks(mark: SeriesMark, points: Point[], lone: Point[], picked: string | null | undefined): Markish[] {
  const common = {x: "date", y: "value", z: "label"};
  // With none picked every series looks alike: a constant, not an opacity computed for each of thousands of points.
  const opacity = (full: number) => (picked ? (d: Point) => (d.label === picked ? full : full * 0.15) : full);
  const dots = lone.length ? [Plot.dot(lone, {...common, fill: "label", r: 2, fillOpacity: opacity(1), stroke: null})] : [];
  switch (mark) {
    case "dots":
      return [Plot.dot(points, {...common, fill: "label", r: 2.5, fillOpacity: opacity(1), stroke: null})];
    case "stack":
      return [Plot.areaY(points, {...common, fill: "label", fillOpacity: opacity(0.85), curve: "step-after"})];
    case "area":
      return [
        Plot.areaY(points, {x: "date", y1: 0, y2: "value", z: "label", fill: "label", fillOpacity: opacity(0.3)}),
        Plot.lineY(points, {...common, stroke: "label", strokeWidth: 1.2, strokeOpacity: opacity(1)}),
        ...dots
      ];
    case "step":
    case "line":
      return [Plot.lineY(points, {...common, stroke: "label", strokeWidth: 1.5, strokeOpacity: opacity(1), curve: mark === "step" ? "step-after" : "linear"}), ...dots];
  }
}

/** A rule and a tip listing every series on the day under the pointer, «нет данных» where it has none; a stack's layers top down, with their total. */
function hoverMarks(days: Day[], labels: string[], top: number, format: (v: number) => string, stack: boolean): Markish[] {
  const order = stack ? labels.map((_, i) => labels.length - 1 - i) : labels.map((_, i) => i);
  return [
    Plot.ruleX(days, Plot.pointerX({x: "date", stroke: "currentColor", strokeOpacity: 0.4})),
    Plot.tip(
      days,
      Plot.pointerX({
        x: "date",
        // A day with nothing reported has no top of its own: its tip sits at the chart's.
        y: (d: Day) => (Number.isFinite(d.top) ? d.top : top),
        title: (d: Day) => {
          const lines = order.map((i) => `${labels[i]}: ${d.values[i] === null ? "нет данных" : format(d.values[i]!)}`);
          const total = stack && d.values.every((v) => v !== null) ? [`Всего: ${format(d.values.reduce((a, v) => a! + v!, 0)!)}`] : [];
          return [formatDate(d.date), ...lines, ...total].join("\n");
        }
      })
    )
  ];
}

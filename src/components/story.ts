// The overview's chart: the epidemic at a glance. New cases and deaths, each a 7-day average per 100 000 residents, in two
// panels on one date axis (deaths are a hundred times fewer: one scale would flatten them), the waves of new cases marked
// at their peaks. One SVG holding both panels, so that the table, the files and the build's drawing treat it as one chart.
import type {Markish} from "@observablehq/plot";
import type {DayValue, Story} from "../shared/story.js";
import {SHORT_MONTHS, parseIsoDate} from "../shared/dates.js";
import {POPULATION} from "../shared/population.js";
import {shownSeries, type ShownSeries} from "../shared/shown.js";
import {has, type Topic} from "../shared/topic.js";
import {DEFAULT_VIEW} from "../shared/view.js";
import {chartFrame, noData, type ChartData, type FrameOptions} from "./figure.js";
import {formatDate, formatNumber, formatTick, tickFormat} from "./format.js";
import {Plot} from "./plot.js";

export interface StoryOptions extends FrameOptions {
  width: number;
}

/** The chart's own view, whatever the address says: it has no controls. */
const VIEW = {...DEFAULT_VIEW, weekAverage: true, perCapita: true};
const MARGIN = {left: 44, right: 14, top: 24};
const AXIS_HEIGHT = 26;
const SVG_NS = "http://www.w3.org/2000/svg";
/** A label's line height, px. */
const LINE = 13;

interface Point {
  date: Date;
  value: number;
}

/** A wave's label above its peak, lifted above the labels it would cover. */
interface Label {
  date: Date;
  value: number;
  /** Where the label's baseline sits, in the panel's units. */
  at: number;
  text: string;
}

export function storyChart(topic: Topic & {story: Story}, options: StoryOptions): HTMLElement {
  const {width, title, subtitle} = options;
  if (!has(topic, "newCases")) return noData(options);
  const shown = shownSeries(topic, ["newCases", "deaths"].filter((key) => has(topic, key)), VIEW);
  const [cases, deaths] = shown.series;
  const dates = shown.dates.map(parseIsoDate);
  const casesHeight = Math.round(Math.max(190, Math.min(300, width * 0.42)));
  const deathsHeight = deaths ? Math.round(casesHeight * 0.5) + AXIS_HEIGHT : 0;
  const height = casesHeight + (deaths ? deathsHeight : AXIS_HEIGHT);
  const data = (): ChartData => ({
    head: ["Дата", ...shown.series.map((s) => `${s.label}, 7-дневное среднее на 100 000 жителей`)],
    rows: shown.dates.map((date, i) => [date, ...shown.series.map((s) => s.values[i])])
  });
  return chartFrame(options, {
    legend: [],
    height,
    words: shown.words,
    data,
    draw(_picked, pointer) {
      const svg = document.createElementNS(SVG_NS, "svg");
      for (const [name, value] of Object.entries({width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title})) svg.setAttribute(name, String(value));
      svg.setAttribute("aria-description", `${subtitle ?? ""}; ${shown.words.join("; ")}. С ${formatDate(dates[0])} по ${formatDate(dates[dates.length - 1])}. Числа — в таблице графика.`);
      const tip = pointer ? tipText(shown.series, dates) : undefined;
      svg.append(panel(cases, {dates, width, height: deaths ? casesHeight : casesHeight + AXIS_HEIGHT, axis: !deaths, tip, peaks: topic.story.waves.map((wave) => wave.peak)}));
      if (deaths) {
        const lower = panel(deaths, {dates, width, height: deathsHeight, axis: true, tip, peaks: topic.story.deathsPeak ? [topic.story.deathsPeak] : []});
        lower.setAttribute("y", String(casesHeight));
        svg.append(lower);
      }
      return svg;
    }
  });
}

interface PanelOptions {
  dates: Date[];
  width: number;
  height: number;
  /** Whether this panel carries the date axis (the lower one does). */
  axis: boolean;
  tip?: (i: number) => string;
  /** The peaks to mark, in the topic's own units (cases a day). */
  peaks: DayValue[];
}

/** One series as a line over a light area, a gap where the average has too few reports; its name on its own y axis. */
function panel(series: ShownSeries, {dates, width, height, axis, tip, peaks}: PanelOptions): SVGSVGElement {
  const points: Point[] = dates.map((date, i) => ({date, value: series.values[i] ?? NaN}));
  const lone = points.filter((p, i) => !Number.isNaN(p.value) && Number.isNaN(points[i - 1]?.value ?? NaN) && Number.isNaN(points[i + 1]?.value ?? NaN));
  const ticks = Math.max(2, Math.floor(width / 90));
  const color = series.color ?? "currentColor";
  const index = dates.map((_, i) => i);
  const marginBottom = axis ? AXIS_HEIGHT : 4;
  const [t0, t1] = [dates[0].getTime(), dates[dates.length - 1].getTime()];
  const xOf = (date: Date) => MARGIN.left + ((date.getTime() - t0) / (t1 - t0 || 1)) * (width - MARGIN.left - MARGIN.right);
  const extra = peakMarks(peaks, series, xOf, height - MARGIN.top - marginBottom);
  const plot = Plot.plot({
    width,
    height,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom,
    ariaLabel: series.label,
    x: {type: "utc", domain: [dates[0], dates[dates.length - 1]], axis: null},
    y: {domain: [0, extra.top], label: `${series.label} на 100 000 жителей`, grid: true, ticks: Math.max(3, Math.round(height / 50)), tickFormat: tickFormat(undefined), labelAnchor: "top"},
    marks: [
      Plot.gridX({ticks, strokeOpacity: 0.08}),
      Plot.areaY(points, {x: "date", y1: 0, y2: "value", fill: color, fillOpacity: 0.18}),
      Plot.lineY(points, {x: "date", y: "value", stroke: color, strokeWidth: 1.5}),
      Plot.dot(lone, {x: "date", y: "value", fill: color, r: 1.5}),
      Plot.ruleY([0], {strokeOpacity: 0.3}),
      ...(axis ? [Plot.axisX({ticks, tickFormat: formatTick, label: null})] : []),
      ...extra.marks,
      ...(tip
        ? [
            Plot.ruleX(index, Plot.pointerX({x: (i: number) => dates[i], stroke: "currentColor", strokeOpacity: 0.4})),
            Plot.tip(index, Plot.pointerX({x: (i: number) => dates[i], y: (i: number) => (Number.isNaN(points[i].value) ? 0 : points[i].value), title: tip, lineWidth: 40}))
          ]
        : [])
    ]
  }) as SVGSVGElement;
  // Plot's own style makes a plot as tall as its box: nested, each panel keeps its height.
  plot.style.height = `${height}px`;
  plot.style.maxWidth = "none";
  // A nested SVG has no box of its own to catch the pointer: without this, only its drawn shapes would show the tip.
  const catcher = document.createElementNS(SVG_NS, "rect");
  for (const [name, value] of Object.entries({width, height, fill: "transparent"})) catcher.setAttribute(name, String(value));
  plot.insertBefore(catcher, plot.querySelector(":scope > style")?.nextSibling ?? plot.firstChild);
  return plot;
}

/** The day's numbers of every series, per 100 000 and per day; why a day has none. */
function tipText(series: ShownSeries[], dates: Date[]): (i: number) => string {
  const per = POPULATION / 100_000;
  return (i) =>
    [
      formatDate(dates[i]),
      ...series.map((s) => {
        const v = s.values[i];
        if (v === null) return `${s.label}: нет данных (меньше 4 дней со сводкой за неделю)`;
        const digits = v < 10 ? 100 : 10;
        return `${s.label}: ${formatNumber(Math.round(v * digits) / digits)} на 100 000 (${formatNumber(round(v * per))} в день)`;
      })
    ].join("\n");
}

function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}

/**
 * A dot at each peak and its month and year above it; a label that would cover an earlier one is lifted above it. Returns
 * the marks and the top of the y domain, raised so that the highest label fits. `inner`: the plot's height in px.
 */
function peakMarks(peaks: DayValue[], series: ShownSeries, xOf: (date: Date) => number, inner: number): {marks: Markish[]; top: number} {
  const per = 100_000 / POPULATION;
  let max = 0;
  for (const v of series.values) if (v !== null && v > max) max = v;
  let top = max * 1.1 || 1;
  let labels: Label[] = [];
  // Lifting a label may need a taller domain, which lowers every peak: placed again until it fits.
  for (let pass = 0; pass < 3; ++pass) {
    const placed: {left: number; right: number; bottom: number}[] = [];
    labels = peaks.map(({date: iso, value}) => {
      const date = parseIsoDate(iso);
      const text = `${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
      const [x, half] = [xOf(date), text.length * 3 + 3];
      let bottom = ((value * per) / top) * inner + 5;
      for (let moved = true; moved; ) {
        moved = false;
        for (const box of placed) {
          if (box.right > x - half && box.left < x + half && box.bottom < bottom + LINE && bottom < box.bottom + LINE) {
            bottom = box.bottom + LINE;
            moved = true;
          }
        }
      }
      placed.push({left: x - half, right: x + half, bottom});
      return {date, value: value * per, at: (bottom / inner) * top, text};
    });
    const needed = Math.max(0, ...placed.map((box) => ((box.bottom + LINE) / inner) * top));
    if (needed <= top) break;
    top = needed;
  }
  return {
    top,
    marks: [
      Plot.ruleX(labels, {x: "date", y1: "value", y2: "at", stroke: "currentColor", strokeOpacity: 0.35}),
      Plot.dot(labels, {x: "date", y: "value", r: 2.5, fill: "currentColor"}),
      Plot.text(labels, {x: "date", y: "at", text: "text", lineAnchor: "bottom", fontSize: 10, stroke: "var(--theme-background, white)", strokeWidth: 3, paintOrder: "stroke", fill: "currentColor"})
    ]
  };
}

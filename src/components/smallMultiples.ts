// One short chart per series (municipality, occupation), on a shared date axis, each with its own scale and its own
// name above it, in the page's view. Gaps are gaps here too.
import {DEFAULT_VIEW, type View} from "../shared/view.js";
import {shownSeries, viewApplied, type Shown} from "../shared/shown.js";
import {parseIsoDate} from "../shared/dates.js";
import {has, type Topic} from "../shared/topic.js";
import {colorOf} from "../shared/palette.js";
import {element} from "./dom.js";
import {frameHeading, noData, NOTHING_IN_PERIOD, whenVisible, withGroupRoles, type ChartData, type FrameOptions} from "./figure.js";
import {builtNear} from "./near.js";
import {formatDate, formatNumber, formatTick, tickFormat} from "./format.js";
import {Plot} from "./plot.js";

const CELL_HEIGHT = 110;
/** A cell's title and total above its plot, in px. */
const CELL_HEADING = 34;

export interface SmallMultiplesOptions extends FrameOptions {
  width: number;
  keys: string[];
  view?: View;
  from?: string;
  /** Where each cell's title links to, such as the municipality's own page. */
  href?: (key: string) => string | undefined;
}

interface Point {
  date: Date;
  value: number;
}

export function smallMultiples(topic: Topic, options: SmallMultiplesOptions): HTMLElement {
  const {width, view = DEFAULT_VIEW, from, href} = options;
  const keys = options.keys.filter((key) => has(topic, key));
  if (keys.length === 0) return noData(options);
  // The days alone tell whether the period has any; the series are read when the grid is built, near the reader.
  if (!shownSeries(topic, [], view, {from}).dates.length) return noData(options, view.period.kind === "all" ? undefined : NOTHING_IN_PERIOD);
  let read: Shown | undefined;
  const readShown = () => (read ??= shownSeries(topic, keys, view, {from}));
  const columns = width >= 900 ? 3 : width >= 560 ? 2 : 1;
  const cellWidth = Math.floor((width - (columns - 1) * 16) / columns);
  const data = (): ChartData => {
    const shown = readShown();
    return {
      head: ["Дата", ...shown.series.map((s) => (s.unit ? `${s.label}, ${s.unit}` : s.label))],
      rows: shown.dates.map((date, i) => [date, ...shown.series.map((s) => s.values[i])])
    };
  };
  const cells = () => {
    const shown = readShown();
    const dates = shown.dates.map(parseIsoDate);
    const domain = [dates[0], dates[dates.length - 1]];
    return shown.series.map((series, i) => {
      const color = series.color ?? colorOf(i);
      let total = 0;
      for (const v of series.values) total += v ?? 0;
      const slot = element("div", {style: {"min-height": `${CELL_HEIGHT}px`}});
      const draw = () => {
        // Every day, NaN where nothing was reported, so that the line breaks there.
        const points: Point[] = dates.map((date, j) => ({date, value: series.values[j] ?? NaN}));
        const lone = points.filter((p, j) => !Number.isNaN(p.value) && Number.isNaN(points[j - 1]?.value ?? NaN) && Number.isNaN(points[j + 1]?.value ?? NaN));
        return Plot.plot({
          width: cellWidth,
          height: CELL_HEIGHT,
          marginLeft: 44,
          marginTop: 8,
          ariaLabel: series.label,
          ariaDescription: `${topic.fields[series.key].description}. С ${formatDate(domain[0])} по ${formatDate(domain[1])}. Числа — в таблице графика.`,
          x: {type: "utc", domain, label: null, ticks: 3, tickFormat: formatTick},
          y: {label: null, ticks: 3, grid: true, tickFormat: tickFormat(series.unit), zero: true},
          marks: [
            Plot.areaY(points, {x: "date", y: "value", fill: color, fillOpacity: 0.25}),
            Plot.lineY(points, {x: "date", y: "value", stroke: color, strokeWidth: 1}),
            Plot.dot(lone, {x: "date", y: "value", fill: color, r: 1.5}),
            Plot.tip(points, Plot.pointerX({x: "date", y: (d: Point) => (Number.isNaN(d.value) ? 0 : d.value), title: (d: Point) => `${formatDate(d.date)}\n${series.label}: ${Number.isNaN(d.value) ? "нет данных" : formatNumber(Math.round(d.value * 10) / 10)}`}))
          ]
        });
      };
      whenVisible(slot, () => slot.append(withGroupRoles(draw())));
      const link = href?.(series.key);
      return element(
        "div",
        {class: "small-multiple"},
        element("h4", {class: "small-multiple-title"}, link ? element("a", {attrs: {href: link}}, series.label) : series.label),
        element("p", {class: "small-multiple-detail"}, shown.weekAverage ? "" : `всего ${formatNumber(Math.round(total))}${shown.perCapita ? " на 100 000 жителей" : ""}`),
        slot
      );
    });
  };
  // The cells wait for the reader to come near; their rows' space is kept meanwhile.
  const rows = Math.ceil(keys.length / columns);
  const grid = builtNear(
    () => element("div", {class: "small-multiples", style: {"grid-template-columns": `repeat(${columns}, minmax(0, 1fr))`}}, cells()),
    rows * (CELL_HEIGHT + CELL_HEADING) + (rows - 1) * 16
  );
  const note = options.note ? element("figcaption", {class: "chart-note"}, options.note) : null;
  return element("figure", {class: "chart", attrs: {id: options.id}}, ...frameHeading(options, {data, words: viewApplied(keys.map((key) => topic.fields[key]), view).words}), grid, note);
}

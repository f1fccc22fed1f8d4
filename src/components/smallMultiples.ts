// One short chart per series (municipality, occupation), on a shared date axis, each with its own scale.
import {bisectLeft} from "d3-array";
import {colorOf} from "../shared/palette.js";
import {element} from "./dom.js";
import {frameHeading, noData, whenVisible, withGroupRoles, type FrameOptions} from "./figure.js";
import {builtNear} from "./near.js";
import {formatDate, formatNumber, formatTick, tickFormat} from "./format.js";
import {parseIsoDate} from "../shared/dates.js";
import {Plot} from "./plot.js";
import {datesOf, has, type Topic} from "../shared/topic.js";

const CELL_HEIGHT = 110;
/** A cell's title and total above its plot, in px. */
const CELL_HEADING = 34;

export interface SmallMultiplesOptions extends FrameOptions {
  width: number;
  keys: string[];
  from?: string;
}

export function smallMultiples(topic: Topic, options: SmallMultiplesOptions): HTMLElement {
  const keys = options.keys.filter((key) => has(topic, key));
  if (keys.length === 0) return noData(options);
  const columns = options.width >= 900 ? 3 : options.width >= 560 ? 2 : 1;
  const cellWidth = Math.floor((options.width - (columns - 1) * 16) / columns);
  const domain = [parseIsoDate(options.from ?? topic.dates[0]), parseIsoDate(topic.dates[topic.dates.length - 1])];
  // Every cell sums its series when it is built: from an index, not by comparing thousands of Dates per cell.
  const start = bisectLeft(topic.dates, options.from ?? "");
  const cells = (dates: Date[]) => keys.map((key, i) => {
    const field = topic.fields[key];
    const values = topic.series[key];
    let total = 0;
    for (let j = start; j < values.length; ++j) total += values[j] ?? 0;
    const slot = element("div", {style: {"min-height": `${CELL_HEIGHT}px`}});
    const draw = () => {
      const points = values.flatMap((value, j) => (value === null || j < start ? [] : [{date: dates[j], value}]));
      return Plot.plot({
        width: cellWidth,
        height: CELL_HEIGHT,
        marginLeft: 44,
        marginTop: 8,
        ariaLabel: field.label,
        ariaDescription: `${field.description}. Всего ${formatNumber(total)}.`,
        x: {type: "utc", domain, label: null, ticks: 3, tickFormat: formatTick},
        y: {label: null, ticks: 3, grid: true, tickFormat: tickFormat(field.unit)},
        marks: [
          Plot.areaY(points, {x: "date", y: "value", fill: colorOf(i), fillOpacity: 0.25, curve: "step-after"}),
          Plot.lineY(points, {x: "date", y: "value", stroke: colorOf(i), strokeWidth: 1, curve: "step-after"}),
          Plot.tip(points, Plot.pointerX({x: "date", y: "value", title: (d: {date: Date; value: number}) => `${formatDate(d.date)}\n${field.label}: ${formatNumber(d.value)}`}))
        ]
      });
    };
    whenVisible(slot, () => slot.append(withGroupRoles(draw())));
    return element(
      "div",
      {class: "small-multiple"},
      element("h4", {class: "small-multiple-title"}, field.label),
      element("p", {class: "small-multiple-detail"}, `всего ${formatNumber(total)}`),
      slot
    );
  });
  // The cells wait for the reader to come near; their rows' space is kept meanwhile.
  const rows = Math.ceil(keys.length / columns);
  const grid = builtNear(
    () => element("div", {class: "small-multiples", style: {"grid-template-columns": `repeat(${columns}, minmax(0, 1fr))`}}, cells(datesOf(topic))),
    rows * (CELL_HEIGHT + CELL_HEADING) + (rows - 1) * 16
  );
  return element("figure", {class: "chart"}, ...frameHeading(options), grid, options.note && element("figcaption", {class: "chart-note"}, options.note));
}

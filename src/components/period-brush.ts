// The period picked by brushing a small overview of the page's main series (Framework's d3.brushX pattern).
// Fetched when a reader opens «Даты…», so no page pays for it on loading.
import {brushX, type D3BrushEvent} from "d3-brush";
import {select} from "d3-selection";
import {parseIsoDate} from "../shared/dates.js";
import {formatTick} from "./format.js";
import {Plot, withPlot} from "./plot.js";

export interface Overview {
  dates: string[];
  values: (number | null)[];
}

const HEIGHT = 64;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A slot that becomes the overview once Plot is loaded; `onPick` gets the brushed days; the period already picked, if any, is shown brushed. */
export function periodBrush(overview: Overview, width: number, picked: {from: string; to: string} | undefined, onPick: (from: string, to: string) => void): HTMLElement {
  const slot = document.createElement("div");
  slot.className = "view-brush";
  slot.style.minHeight = `${HEIGHT}px`;
  withPlot(
    () => slot.append(draw(overview, width, picked, onPick)),
    () => {}
  );
  return slot;
}

function draw(overview: Overview, width: number, picked: {from: string; to: string} | undefined, onPick: (from: string, to: string) => void): SVGSVGElement {
  const points = overview.dates.map((date, i) => ({date: parseIsoDate(date), value: overview.values[i] ?? NaN}));
  const plot = Plot.plot({
    width,
    height: HEIGHT,
    marginLeft: 8,
    marginRight: 8,
    marginTop: 4,
    ariaLabel: "Обзор всего времени: протяните по нему, чтобы выбрать период",
    x: {type: "utc", label: null, ticks: Math.max(2, Math.floor(width / 90)), tickFormat: formatTick},
    y: {axis: null},
    marks: [Plot.areaY(points, {x: "date", y: "value", fill: "currentColor", fillOpacity: 0.2}), Plot.lineY(points, {x: "date", y: "value", strokeWidth: 1})]
  }) as SVGSVGElement & {scale(name: "x"): {apply(value: Date): number; invert(value: number): Date}};
  const x = plot.scale("x");
  const [left, right] = [x.apply(points[0].date), x.apply(points[points.length - 1].date)];
  const brush = brushX<unknown>()
    .extent([[left, 0.5], [right, HEIGHT - 20]])
    .on("end", (event: D3BrushEvent<unknown>) => {
      // Only a reader's brushing picks a period: moving the brush to the period chosen elsewhere does not.
      if (!event.sourceEvent || !event.selection) return;
      const [a, b] = event.selection as [number, number];
      onPick(iso(x.invert(a)), iso(x.invert(b)));
    });
  const group = select(plot).append("g").attr("aria-hidden", "true").call(brush);
  if (picked) group.call(brush.move, [x.apply(parseIsoDate(picked.from)), x.apply(parseIsoDate(picked.to))]);
  return plot;
}

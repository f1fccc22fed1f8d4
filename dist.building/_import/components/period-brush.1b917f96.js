import { brushX } from "../../_node/d3-brush@3.0.1/index.47c91d7a.js";
import { select } from "../../_node/d3-selection@3.0.1/index.33231c3e.js";
import { parseIsoDate } from "../shared/dates.7b5ccf1c.js";
import { formatTick } from "./format.433aa8d8.js";
import { Plot, withPlot } from "./plot.72611f3d.js";
const HEIGHT = 64;
const iso = (date) => date.toISOString().slice(0, 10);
export function periodBrush(overview, width, picked, onPick) {
  const slot = document.createElement("div");
  slot.className = "view-brush";
  slot.style.minHeight = `${HEIGHT}px`;
  withPlot(
    () => slot.append(draw(overview, width, picked, onPick)),
    () => {
    }
  );
  return slot;
}
function draw(overview, width, picked, onPick) {
  const points = overview.dates.map((date, i) => ({ date: parseIsoDate(date), value: overview.values[i] ?? NaN }));
  const plot = Plot.plot({
    width,
    height: HEIGHT,
    marginLeft: 8,
    marginRight: 8,
    marginTop: 4,
    ariaLabel: "\u041E\u0431\u0437\u043E\u0440 \u0432\u0441\u0435\u0433\u043E \u0432\u0440\u0435\u043C\u0435\u043D\u0438: \u043F\u0440\u043E\u0442\u044F\u043D\u0438\u0442\u0435 \u043F\u043E \u043D\u0435\u043C\u0443, \u0447\u0442\u043E\u0431\u044B \u0432\u044B\u0431\u0440\u0430\u0442\u044C \u043F\u0435\u0440\u0438\u043E\u0434",
    x: { type: "utc", label: null, ticks: Math.max(2, Math.floor(width / 90)), tickFormat: formatTick },
    y: { axis: null },
    marks: [Plot.areaY(points, { x: "date", y: "value", fill: "currentColor", fillOpacity: 0.2 }), Plot.lineY(points, { x: "date", y: "value", strokeWidth: 1 })]
  });
  const x = plot.scale("x");
  const [left, right] = [x.apply(points[0].date), x.apply(points[points.length - 1].date)];
  const brush = brushX().extent([[left, 0.5], [right, HEIGHT - 20]]).on("end", (event) => {
    if (!event.sourceEvent || !event.selection) return;
    const [a, b] = event.selection;
    onPick(iso(x.invert(a)), iso(x.invert(b)));
  });
  const group = select(plot).append("g").attr("aria-hidden", "true").call(brush);
  if (picked) group.call(brush.move, [x.apply(parseIsoDate(picked.from)), x.apply(parseIsoDate(picked.to))]);
  return plot;
}

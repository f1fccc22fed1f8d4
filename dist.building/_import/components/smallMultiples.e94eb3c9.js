import { DEFAULT_VIEW } from "../shared/view.3ac69d6f.js";
import { shownSeries } from "../shared/shown.ac2913fc.js";
import { parseIsoDate } from "../shared/dates.7b5ccf1c.js";
import { has } from "../shared/topic.125ac0e5.js";
import { colorOf } from "../shared/palette.f949aba3.js";
import { element } from "./dom.1506c9a9.js";
import { frameHeading, noData, NOTHING_IN_PERIOD, whenVisible, withGroupRoles } from "./figure.f1252a09.js";
import { builtNear } from "./near.82c93562.js";
import { formatDate, formatNumber, formatTick, tickFormat } from "./format.433aa8d8.js";
import { Plot } from "./plot.72611f3d.js";
const CELL_HEIGHT = 110;
const CELL_HEADING = 34;
export function smallMultiples(topic, options) {
  const { width, view = DEFAULT_VIEW, from, href } = options;
  const keys = options.keys.filter((key) => has(topic, key));
  if (keys.length === 0) return noData(options);
  const shown = shownSeries(topic, keys, view, { from });
  if (!shown.dates.length) return noData(options, view.period.kind === "all" ? void 0 : NOTHING_IN_PERIOD);
  const columns = width >= 900 ? 3 : width >= 560 ? 2 : 1;
  const cellWidth = Math.floor((width - (columns - 1) * 16) / columns);
  const dates = shown.dates.map(parseIsoDate);
  const domain = [dates[0], dates[dates.length - 1]];
  const data = () => ({
    head: ["\u0414\u0430\u0442\u0430", ...shown.series.map((s) => s.unit ? `${s.label}, ${s.unit}` : s.label)],
    rows: shown.dates.map((date, i) => [date, ...shown.series.map((s) => s.values[i])])
  });
  const cells = () => shown.series.map((series, i) => {
    const color = series.color ?? colorOf(i);
    let total = 0;
    for (const v of series.values) total += v ?? 0;
    const slot = element("div", { style: { "min-height": `${CELL_HEIGHT}px` } });
    const draw = () => {
      const points = dates.map((date, j) => ({ date, value: series.values[j] ?? NaN }));
      const lone = points.filter((p, j) => !Number.isNaN(p.value) && Number.isNaN(points[j - 1]?.value ?? NaN) && Number.isNaN(points[j + 1]?.value ?? NaN));
      return Plot.plot({
        width: cellWidth,
        height: CELL_HEIGHT,
        marginLeft: 44,
        marginTop: 8,
        ariaLabel: series.label,
        ariaDescription: `${topic.fields[series.key].description}. \u0421 ${formatDate(domain[0])} \u043F\u043E ${formatDate(domain[1])}. \u0427\u0438\u0441\u043B\u0430 \u2014 \u0432 \u0442\u0430\u0431\u043B\u0438\u0446\u0435 \u0433\u0440\u0430\u0444\u0438\u043A\u0430.`,
        x: { type: "utc", domain, label: null, ticks: 3, tickFormat: formatTick },
        y: { label: null, ticks: 3, grid: true, tickFormat: tickFormat(series.unit), zero: true },
        marks: [
          Plot.areaY(points, { x: "date", y: "value", fill: color, fillOpacity: 0.25 }),
          Plot.lineY(points, { x: "date", y: "value", stroke: color, strokeWidth: 1 }),
          Plot.dot(lone, { x: "date", y: "value", fill: color, r: 1.5 }),
          Plot.tip(points, Plot.pointerX({ x: "date", y: (d) => Number.isNaN(d.value) ? 0 : d.value, title: (d) => `${formatDate(d.date)}
${series.label}: ${Number.isNaN(d.value) ? "\u043D\u0435\u0442 \u0434\u0430\u043D\u043D\u044B\u0445" : formatNumber(Math.round(d.value * 10) / 10)}` }))
        ]
      });
    };
    whenVisible(slot, () => slot.append(withGroupRoles(draw())));
    const link = href?.(series.key);
    return element(
      "div",
      { class: "small-multiple" },
      element("h4", { class: "small-multiple-title" }, link ? element("a", { attrs: { href: link } }, series.label) : series.label),
      element("p", { class: "small-multiple-detail" }, shown.weekAverage ? "" : `\u0432\u0441\u0435\u0433\u043E ${formatNumber(Math.round(total))}${shown.perCapita ? " \u043D\u0430 100 000 \u0436\u0438\u0442\u0435\u043B\u0435\u0439" : ""}`),
      slot
    );
  });
  const rows = Math.ceil(keys.length / columns);
  const grid = builtNear(
    () => element("div", { class: "small-multiples", style: { "grid-template-columns": `repeat(${columns}, minmax(0, 1fr))` } }, cells()),
    rows * (CELL_HEIGHT + CELL_HEADING) + (rows - 1) * 16
  );
  const note = options.note ? element("figcaption", { class: "chart-note" }, options.note) : null;
  return element("figure", { class: "chart", attrs: { id: options.id } }, ...frameHeading(options, { data, words: shown.words }), grid, note);
}

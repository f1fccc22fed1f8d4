import { DEFAULT_VIEW } from "../shared/view.3ac69d6f.js";
import { shownSeries } from "../shared/shown.ac2913fc.js";
import { parseIsoDate } from "../shared/dates.7b5ccf1c.js";
import { has } from "../shared/topic.125ac0e5.js";
import { colorOf } from "../shared/palette.f949aba3.js";
import { chartFrame, noData, NOTHING_IN_PERIOD } from "./figure.f1252a09.js";
import { formatDate, formatDay, formatNumber, formatPercent, formatTick, tickFormat } from "./format.433aa8d8.js";
import { Plot } from "./plot.72611f3d.js";
export function timeSeries(topic, options) {
  const { id, title, subtitle, note, width, keys: asked, mark = "line", view = DEFAULT_VIEW, rule, from, until, height: givenHeight, yLabel, ...plotOptions } = options;
  const keys = asked.filter((key) => has(topic, key));
  if (!keys.length) return noData(options);
  const shown = shownSeries(topic, keys, mark === "stack" ? { ...view, logScale: false } : view, { from, until });
  if (!shown.dates.length || shown.series.every((s) => s.values.every((v) => v === null))) return noData(options, view.period.kind === "all" ? void 0 : NOTHING_IN_PERIOD);
  const labels = shown.series.map((s) => s.label);
  const colors = shown.series.map((s, i) => s.color ?? colorOf(i));
  const unit = yLabel ?? shown.series[0].unit;
  const percent = unit === "%";
  const format = percent ? (v) => formatPercent(v) : (v) => formatNumber(round(v));
  const height = givenHeight ?? Math.max(220, Math.min(360, width * 0.5));
  let drawn;
  const words = shown.words;
  return chartFrame(options, {
    legend: shown.series.map((s, i) => ({ key: s.key, label: s.label, color: colors[i] })),
    height,
    words,
    prerendered: isDefault(view),
    data: () => chartData(shown, unit),
    draw(picked, pointer) {
      drawn ??= gather(shown, mark);
      const { points, lone, days, top } = drawn;
      const dates = days.map((d) => d.date);
      const short = dates[dates.length - 1].getTime() - dates[0].getTime() < 120 * 864e5;
      const signed = !shown.logScale && points.some((p) => p.value < 0);
      return Plot.plot({
        width,
        height,
        marginLeft: 56,
        ariaLabel: title,
        ariaDescription: `${[subtitle, ...words].filter(Boolean).join("; ")}. \u0420\u044F\u0434\u044B: ${labels.join(", ")}. \u0421 ${formatDate(dates[0])} \u043F\u043E ${formatDate(dates[dates.length - 1])}. \u0427\u0438\u0441\u043B\u0430 \u2014 \u0432 \u0442\u0430\u0431\u043B\u0438\u0446\u0435 \u0433\u0440\u0430\u0444\u0438\u043A\u0430.`,
        // A span of a few weeks is labelled by day; longer ones by month and year.
        x: { type: "utc", label: null, domain: [dates[0], dates[dates.length - 1]], ticks: Math.max(2, Math.floor(width / (short ? 110 : 90))), tickFormat: short ? formatDay : formatTick },
        y: shown.logScale ? { type: "log", grid: true, label: unit ?? null, tickFormat: tickFormat(unit), ticks: logTicks(points) } : { grid: true, label: percent ? "%" : unit ?? null, tickFormat: tickFormat(percent ? "%" : unit), nice: true, zero: !signed },
        color: { domain: labels, range: colors },
        ...plotOptions,
        marks: [
          // An area down to 0 cannot be drawn on a log scale: its line stays.
          ...seriesMarks(shown.logScale && mark === "area" ? "line" : mark, points, lone, picked && labels[shown.series.findIndex((s) => s.key === picked)]),
          ...rule !== void 0 ? [Plot.ruleY([rule], { stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.7 })] : [],
          ...shown.logScale ? [] : [Plot.ruleY([0], { strokeOpacity: 0.3 })],
          ...pointer ? hoverMarks(days, labels, top, format) : [],
          ...plotOptions.marks ?? []
        ]
      });
    }
  });
}
function logTicks(points) {
  let [low, high] = [Infinity, -Infinity];
  for (const { value } of points) if (value > 0) [low, high] = [Math.min(low, value), Math.max(high, value)];
  if (!Number.isFinite(low)) return [];
  const decades = Math.ceil(Math.log10(high)) - Math.floor(Math.log10(low));
  const steps = decades > 4 ? [1] : decades > 2 ? [1, 3] : [1, 2, 5];
  const ticks = [];
  for (let decade = 10 ** Math.floor(Math.log10(low)); decade <= high * 10; decade *= 10) {
    for (const step of steps) if (step * decade >= low && step * decade <= high) ticks.push(step * decade);
  }
  return ticks;
}
function isDefault(view) {
  return view.period.kind === "all" && !view.weekAverage && !view.perCapita && !view.logScale;
}
function round(value) {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}
function chartData(shown, unit) {
  return {
    head: ["\u0414\u0430\u0442\u0430", ...shown.series.map((s) => s.unit ?? unit ? `${s.label}, ${s.unit ?? unit}` : s.label)],
    rows: shown.dates.map((date, i) => [date, ...shown.series.map((s) => s.values[i])])
  };
}
function gather(shown, mark) {
  const dates = shown.dates.map(parseIsoDate);
  const usable = (v) => v !== null && Number.isFinite(v) && (!shown.logScale || v > 0);
  const partMissing = mark === "stack" ? dates.map((_, i) => shown.series.some((s) => !usable(s.values[i]))) : [];
  const points = [];
  const lone = [];
  let top = -Infinity;
  const days = dates.map((date, i) => {
    let dayTop = mark === "stack" ? 0 : -Infinity;
    const values = shown.series.map((s) => {
      const v = s.values[i];
      const value = usable(v) && !partMissing[i] ? v : NaN;
      points.push({ date, key: s.key, label: s.label, value });
      if (!Number.isNaN(value)) {
        dayTop = mark === "stack" ? dayTop + value : Math.max(dayTop, value);
        if (mark !== "stack" && mark !== "dots" && !usable(s.values[i - 1]) && !usable(s.values[i + 1])) lone.push({ date, key: s.key, label: s.label, value });
      }
      return usable(v) ? v : null;
    });
    top = Math.max(top, dayTop);
    return { date, top: dayTop, values };
  });
  return { points, lone, days, top: Number.isFinite(top) ? top : 1 };
}
function seriesMarks(mark, points, lone, picked) {
  const common = { x: "date", y: "value", z: "label" };
  const opacity = (full) => picked ? (d) => d.label === picked ? full : full * 0.15 : full;
  const dots = lone.length ? [Plot.dot(lone, { ...common, fill: "label", r: 2, fillOpacity: opacity(1), stroke: null })] : [];
  switch (mark) {
    case "dots":
      return [Plot.dot(points, { ...common, fill: "label", r: 2.5, fillOpacity: opacity(1), stroke: null })];
    case "stack":
      return [Plot.areaY(points, { ...common, fill: "label", fillOpacity: opacity(0.85), curve: "step-after" })];
    case "area":
      return [
        Plot.areaY(points, { x: "date", y1: 0, y2: "value", z: "label", fill: "label", fillOpacity: opacity(0.3) }),
        Plot.lineY(points, { ...common, stroke: "label", strokeWidth: 1.2, strokeOpacity: opacity(1) }),
        ...dots
      ];
    case "step":
    case "line":
      return [Plot.lineY(points, { ...common, stroke: "label", strokeWidth: 1.5, strokeOpacity: opacity(1), curve: mark === "step" ? "step-after" : "linear" }), ...dots];
  }
}
function hoverMarks(days, labels, top, format) {
  return [
    Plot.ruleX(days, Plot.pointerX({ x: "date", stroke: "currentColor", strokeOpacity: 0.4 })),
    Plot.tip(
      days,
      Plot.pointerX({
        x: "date",
        // A day with nothing reported has no top of its own: its tip sits at the chart's.
        y: (d) => Number.isFinite(d.top) ? d.top : top,
        title: (d) => [formatDate(d.date), ...labels.map((label, i) => `${label}: ${d.values[i] === null ? "\u043D\u0435\u0442 \u0434\u0430\u043D\u043D\u044B\u0445" : format(d.values[i])}`)].join("\n")
      })
    )
  ];
}

import { SHORT_MONTHS, parseIsoDate } from "../shared/dates.7b5ccf1c.js";
import { POPULATION } from "../shared/population.9ddf832d.js";
import { shownSeries } from "../shared/shown.ac2913fc.js";
import { has } from "../shared/topic.125ac0e5.js";
import { DEFAULT_VIEW } from "../shared/view.3ac69d6f.js";
import { chartFrame, noData } from "./figure.f1252a09.js";
import { formatDate, formatNumber, formatTick, tickFormat } from "./format.433aa8d8.js";
import { Plot } from "./plot.72611f3d.js";
const VIEW = { ...DEFAULT_VIEW, weekAverage: true, perCapita: true };
const MARGIN = { left: 44, right: 14, top: 24 };
const AXIS_HEIGHT = 26;
const SVG_NS = "http://www.w3.org/2000/svg";
const LINE = 13;
export function storyChart(topic, options) {
  const { width, title, subtitle } = options;
  if (!has(topic, "newCases")) return noData(options);
  const shown = shownSeries(topic, ["newCases", "deaths"].filter((key) => has(topic, key)), VIEW);
  const [cases, deaths] = shown.series;
  const dates = shown.dates.map(parseIsoDate);
  const casesHeight = Math.round(Math.max(190, Math.min(300, width * 0.42)));
  const deathsHeight = deaths ? Math.round(casesHeight * 0.5) + AXIS_HEIGHT : 0;
  const height = casesHeight + (deaths ? deathsHeight : AXIS_HEIGHT);
  const data = () => ({
    head: ["\u0414\u0430\u0442\u0430", ...shown.series.map((s) => `${s.label}, 7-\u0434\u043D\u0435\u0432\u043D\u043E\u0435 \u0441\u0440\u0435\u0434\u043D\u0435\u0435 \u043D\u0430 100 000 \u0436\u0438\u0442\u0435\u043B\u0435\u0439`)],
    rows: shown.dates.map((date, i) => [date, ...shown.series.map((s) => s.values[i])])
  });
  return chartFrame(options, {
    legend: [],
    height,
    words: shown.words,
    data,
    draw(_picked, pointer) {
      const svg = document.createElementNS(SVG_NS, "svg");
      for (const [name, value] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": title })) svg.setAttribute(name, String(value));
      svg.setAttribute("aria-description", `${subtitle ?? ""}; ${shown.words.join("; ")}. \u0421 ${formatDate(dates[0])} \u043F\u043E ${formatDate(dates[dates.length - 1])}. \u0427\u0438\u0441\u043B\u0430 \u2014 \u0432 \u0442\u0430\u0431\u043B\u0438\u0446\u0435 \u0433\u0440\u0430\u0444\u0438\u043A\u0430.`);
      const tip = pointer ? tipText(shown.series, dates) : void 0;
      svg.append(panel(cases, { dates, width, height: deaths ? casesHeight : casesHeight + AXIS_HEIGHT, axis: !deaths, tip, peaks: topic.story.waves.map((wave) => wave.peak) }));
      if (deaths) {
        const lower = panel(deaths, { dates, width, height: deathsHeight, axis: true, tip, peaks: topic.story.deathsPeak ? [topic.story.deathsPeak] : [] });
        lower.setAttribute("y", String(casesHeight));
        svg.append(lower);
      }
      return svg;
    }
  });
}
function panel(series, { dates, width, height, axis, tip, peaks }) {
  const points = dates.map((date, i) => ({ date, value: series.values[i] ?? NaN }));
  const lone = points.filter((p, i) => !Number.isNaN(p.value) && Number.isNaN(points[i - 1]?.value ?? NaN) && Number.isNaN(points[i + 1]?.value ?? NaN));
  const ticks = Math.max(2, Math.floor(width / 90));
  const color = series.color ?? "currentColor";
  const index = dates.map((_, i) => i);
  const marginBottom = axis ? AXIS_HEIGHT : 4;
  const [t0, t1] = [dates[0].getTime(), dates[dates.length - 1].getTime()];
  const xOf = (date) => MARGIN.left + (date.getTime() - t0) / (t1 - t0 || 1) * (width - MARGIN.left - MARGIN.right);
  const extra = peakMarks(peaks, series, xOf, height - MARGIN.top - marginBottom);
  const plot = Plot.plot({
    width,
    height,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom,
    ariaLabel: series.label,
    x: { type: "utc", domain: [dates[0], dates[dates.length - 1]], axis: null },
    y: { domain: [0, extra.top], label: `${series.label} \u043D\u0430 100 000 \u0436\u0438\u0442\u0435\u043B\u0435\u0439`, grid: true, ticks: Math.max(3, Math.round(height / 50)), tickFormat: tickFormat(void 0), labelAnchor: "top" },
    marks: [
      Plot.gridX({ ticks, strokeOpacity: 0.08 }),
      Plot.areaY(points, { x: "date", y1: 0, y2: "value", fill: color, fillOpacity: 0.18 }),
      Plot.lineY(points, { x: "date", y: "value", stroke: color, strokeWidth: 1.5 }),
      Plot.dot(lone, { x: "date", y: "value", fill: color, r: 1.5 }),
      Plot.ruleY([0], { strokeOpacity: 0.3 }),
      ...axis ? [Plot.axisX({ ticks, tickFormat: formatTick, label: null })] : [],
      ...extra.marks,
      ...tip ? [
        Plot.ruleX(index, Plot.pointerX({ x: (i) => dates[i], stroke: "currentColor", strokeOpacity: 0.4 })),
        Plot.tip(index, Plot.pointerX({ x: (i) => dates[i], y: (i) => Number.isNaN(points[i].value) ? 0 : points[i].value, title: tip, lineWidth: 40 }))
      ] : []
    ]
  });
  plot.style.height = `${height}px`;
  plot.style.maxWidth = "none";
  const catcher = document.createElementNS(SVG_NS, "rect");
  for (const [name, value] of Object.entries({ width, height, fill: "transparent" })) catcher.setAttribute(name, String(value));
  plot.insertBefore(catcher, plot.querySelector(":scope > style")?.nextSibling ?? plot.firstChild);
  return plot;
}
function tipText(series, dates) {
  const per = POPULATION / 1e5;
  return (i) => [
    formatDate(dates[i]),
    ...series.map((s) => {
      const v = s.values[i];
      if (v === null) return `${s.label}: \u043D\u0435\u0442 \u0434\u0430\u043D\u043D\u044B\u0445 (\u043C\u0435\u043D\u044C\u0448\u0435 4 \u0434\u043D\u0435\u0439 \u0441\u043E \u0441\u0432\u043E\u0434\u043A\u043E\u0439 \u0437\u0430 \u043D\u0435\u0434\u0435\u043B\u044E)`;
      const digits = v < 10 ? 100 : 10;
      return `${s.label}: ${formatNumber(Math.round(v * digits) / digits)} \u043D\u0430 100 000 (${formatNumber(round(v * per))} \u0432 \u0434\u0435\u043D\u044C)`;
    })
  ].join("\n");
}
function round(value) {
  return value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}
function peakMarks(peaks, series, xOf, inner) {
  const per = 1e5 / POPULATION;
  let max = 0;
  for (const v of series.values) if (v !== null && v > max) max = v;
  let top = max * 1.1 || 1;
  let labels = [];
  for (let pass = 0; pass < 3; ++pass) {
    const placed = [];
    labels = peaks.map(({ date: iso, value }) => {
      const date = parseIsoDate(iso);
      const text = `${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
      const [x, half] = [xOf(date), text.length * 3 + 3];
      let bottom = value * per / top * inner + 5;
      for (let moved = true; moved; ) {
        moved = false;
        for (const box of placed) {
          if (box.right > x - half && box.left < x + half && box.bottom < bottom + LINE && bottom < box.bottom + LINE) {
            bottom = box.bottom + LINE;
            moved = true;
          }
        }
      }
      placed.push({ left: x - half, right: x + half, bottom });
      return { date, value: value * per, at: bottom / inner * top, text };
    });
    const needed = Math.max(0, ...placed.map((box) => (box.bottom + LINE) / inner * top));
    if (needed <= top) break;
    top = needed;
  }
  return {
    top,
    marks: [
      Plot.ruleX(labels, { x: "date", y1: "value", y2: "at", stroke: "currentColor", strokeOpacity: 0.35 }),
      Plot.dot(labels, { x: "date", y: "value", r: 2.5, fill: "currentColor" }),
      Plot.text(labels, { x: "date", y: "at", text: "text", lineAnchor: "bottom", fontSize: 10, stroke: "var(--theme-background, white)", strokeWidth: 3, paintOrder: "stroke", fill: "currentColor" })
    ]
  };
}

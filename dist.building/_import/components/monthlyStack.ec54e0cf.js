import { MONTHS_ALONE } from "../shared/dates.7b5ccf1c.js";
import { PALETTE } from "../shared/palette.f949aba3.js";
import { chartFrame, noData } from "./figure.f1252a09.js";
import { formatNumber, formatTick, tickFormat } from "./format.433aa8d8.js";
import { Plot } from "./plot.72611f3d.js";
import { datesOf, has } from "../shared/topic.125ac0e5.js";
function formatMonth(date) {
  return `${MONTHS_ALONE[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
export function monthlyStack(topic, options) {
  const keys = options.keys.filter((key) => has(topic, key));
  if (keys.length === 0) return noData(options);
  const labels = keys.map((key) => topic.fields[key].label);
  const unit = topic.fields[keys[0]].unit;
  const parts = [];
  const months = [];
  datesOf(topic).forEach((month, i) => {
    const values = {};
    keys.forEach((key, k) => {
      const value = topic.series[key][i];
      if (value === null) return;
      values[labels[k]] = value;
      parts.push({ month, key, label: labels[k], value });
    });
    const reported = Object.values(values);
    if (reported.length) {
      const middle = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 15));
      months.push({ middle, name: formatMonth(month), total: reported.reduce((a, v) => a + v, 0), values });
    }
  });
  if (months.length === 0) return noData(options);
  const description = `${options.subtitle ?? ""} \u0420\u044F\u0434\u044B: ${labels.join(", ")}. \u0421 ${months[0].name} \u043F\u043E ${months[months.length - 1].name}.`.trim();
  const height = options.height ?? Math.max(220, Math.min(360, options.width * 0.5));
  const colors = keys.map((key, i) => topic.fields[key].color ?? PALETTE[i]);
  const data = () => ({ head: ["\u041C\u0435\u0441\u044F\u0446", ...labels.map((l) => unit ? `${l}, ${unit}` : l), "\u0412\u0441\u0435\u0433\u043E"], rows: months.map((m) => [m.name, ...labels.map((l) => m.values[l] ?? null), m.total]) });
  return chartFrame(options, {
    legend: keys.map((key, i) => ({ key, label: labels[i], color: colors[i] })),
    height,
    data,
    draw: (picked) => Plot.plot({
      width: options.width,
      height,
      marginLeft: 56,
      ariaLabel: options.title,
      ariaDescription: description,
      x: { type: "utc", label: null, ticks: Math.max(2, Math.floor(options.width / 90)), tickFormat: formatTick },
      y: { grid: true, label: unit ?? null, tickFormat: tickFormat(unit), nice: true },
      color: { domain: labels, range: colors },
      marks: [
        Plot.rectY(parts, {
          x: "month",
          interval: "month",
          y: "value",
          fill: "label",
          order: labels,
          insetLeft: 0.5,
          insetRight: 0.5,
          fillOpacity: (d) => picked && d.key !== picked ? 0.15 : 0.9
        }),
        Plot.ruleY([0], { strokeOpacity: 0.3 }),
        Plot.tip(
          months,
          Plot.pointerX({
            x: "middle",
            y: "total",
            title: (m) => [m.name, ...labels.filter((l) => l in m.values).map((l) => `${l}: ${formatNumber(m.values[l])}`), `\u0432\u0441\u0435\u0433\u043E: ${formatNumber(m.total)}`].join("\n")
          })
        )
      ]
    })
  });
}

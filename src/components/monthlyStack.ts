// Monthly counts (Rosstat) as stacked bars, one bar a month, so the last month is as wide as the others.
import {MONTHS_ALONE} from "../shared/dates.js";
import {PALETTE} from "../shared/palette.js";
import {chartFrame, noData, type FrameOptions} from "./figure.js";
import {formatNumber, formatTick, tickFormat} from "./format.js";
import {Plot} from "./plot.js";
import {datesOf, has, type Topic} from "../shared/topic.js";

export interface MonthlyStackOptions extends FrameOptions {
  width: number;
  keys: string[];
  height?: number;
}

interface Part {
  month: Date;
  key: string;
  label: string;
  value: number;
}

interface Month {
  middle: Date;
  name: string;
  total: number;
  values: Record<string, number>;
}


/** «июль 2022» */
function formatMonth(date: Date): string {
  return `${MONTHS_ALONE[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function monthlyStack(topic: Topic, options: MonthlyStackOptions): HTMLElement {
  const keys = options.keys.filter((key) => has(topic, key));
  if (keys.length === 0) return noData(options);
  const labels = keys.map((key) => topic.fields[key].label);
  const unit = topic.fields[keys[0]].unit;
  const parts: Part[] = [];
  const months: Month[] = [];
  datesOf(topic).forEach((month, i) => {
    const values: Record<string, number> = {};
    keys.forEach((key, k) => {
      const value = topic.series[key][i];
      if (value === null) return;
      values[labels[k]] = value;
      parts.push({month, key, label: labels[k], value});
    });
    const reported = Object.values(values);
    if (reported.length) {
      const middle = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 15));
      months.push({middle, name: formatMonth(month), total: reported.reduce((a, v) => a + v, 0), values});
    }
  });
  if (months.length === 0) return noData(options);
  const description = `${options.subtitle ?? ""} Ряды: ${labels.join(", ")}. С ${months[0].name} по ${months[months.length - 1].name}.`.trim();
  const height = options.height ?? Math.max(220, Math.min(360, options.width * 0.5));
  const colors = keys.map((key, i) => topic.fields[key].color ?? PALETTE[i]);
  const data = () => ({head: ["Месяц", ...labels.map((l) => (unit ? `${l}, ${unit}` : l)), "Всего"], rows: months.map((m) => [m.name, ...labels.map((l) => m.values[l] ?? null), m.total])});
  return chartFrame(options, {legend: keys.map((key, i) => ({key, label: labels[i], color: colors[i]})), height, data, draw: (picked) =>
    Plot.plot({
      width: options.width,
      height,
      marginLeft: 56,
      ariaLabel: options.title,
      ariaDescription: description,
      x: {type: "utc", label: null, ticks: Math.max(2, Math.floor(options.width / 90)), tickFormat: formatTick},
      y: {grid: true, label: unit ?? null, tickFormat: tickFormat(unit), nice: true},
      color: {domain: labels, range: colors},
      marks: [
        Plot.rectY(parts, {
          x: "month",
          interval: "month",
          y: "value",
          fill: "label",
          order: labels,
          insetLeft: 0.5,
          insetRight: 0.5,
          fillOpacity: (d: Part) => (picked && d.key !== picked ? 0.15 : 0.9)
        }),
        Plot.ruleY([0], {strokeOpacity: 0.3}),
        Plot.tip(
          months,
          Plot.pointerX({
            x: "middle",
            y: "total",
            title: (m: Month) => [m.name, ...labels.filter((l) => l in m.values).map((l) => `${l}: ${formatNumber(m.values[l])}`), `всего: ${formatNumber(m.total)}`].join("\n")
          })
        )
      ]
    })
  });
}

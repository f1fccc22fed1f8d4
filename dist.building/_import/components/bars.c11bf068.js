import { COLORS } from "../shared/palette.f949aba3.js";
import { chartFrame, noData } from "./figure.f1252a09.js";
import { formatNumber, formatPercent } from "./format.433aa8d8.js";
import { Plot } from "./plot.72611f3d.js";
const SEXES = [
  // The colours of the daily sheet's «мужчины» and «женщины» (columns.ts), so that a sex looks the same on every page.
  { key: "male", label: "\u041C\u0443\u0436\u0447\u0438\u043D\u044B", color: COLORS.blue },
  { key: "female", label: "\u0416\u0435\u043D\u0449\u0438\u043D\u044B", color: COLORS.red },
  { key: "unknownSex", label: "\u041F\u043E\u043B \u043D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D", color: COLORS.grey }
];
export function ageSexBars(bins, options) {
  const sexes = SEXES.filter((s) => bins.some((b) => b[s.key] > 0));
  if (!bins.length || !sexes.length) return noData(options);
  const label = (b) => `${b.from}\u2013${b.to}`;
  const bars = bins.flatMap((b) => sexes.map((s) => ({ bin: label(b), key: s.key, sex: s.label, count: b[s.key], total: b.male + b.female + b.unknownSex })));
  const legend = sexes.map((s) => ({ key: s.key, label: s.label, color: s.color }));
  const description = `${options.subtitle ?? ""} ${bins.map((b) => `${label(b)} \u043B\u0435\u0442: ${sexes.map((s) => `${s.label.toLowerCase()} ${formatNumber(b[s.key])}`).join(", ")}`).join("; ")}.`.trim();
  const narrow = (options.width - 64) / bins.length < 40;
  const height = options.height ?? Math.max(240, Math.min(360, options.width * 0.55));
  const data = () => ({ head: ["\u0412\u043E\u0437\u0440\u0430\u0441\u0442, \u043B\u0435\u0442", ...sexes.map((s) => `${s.label}, \u0447\u0435\u043B.`), "\u0412\u0441\u0435\u0433\u043E, \u0447\u0435\u043B."], rows: bins.map((b) => [label(b), ...sexes.map((s) => b[s.key]), b.male + b.female + b.unknownSex]) });
  return chartFrame(options, {
    legend,
    height,
    data,
    draw: (picked) => Plot.plot({
      width: options.width,
      height,
      marginLeft: 44,
      marginBottom: 40,
      ariaLabel: options.title,
      ariaDescription: description,
      x: { type: "band", domain: bins.map(label), label: narrow ? "\u0412\u043E\u0437\u0440\u0430\u0441\u0442, \u043B\u0435\u0442 (\u043D\u0430\u0447\u0430\u043B\u043E \u0434\u0435\u0441\u044F\u0442\u0438\u043B\u0435\u0442\u0438\u044F)" : "\u0412\u043E\u0437\u0440\u0430\u0441\u0442, \u043B\u0435\u0442", labelAnchor: "center", labelOffset: 34, padding: 0.15, tickFormat: (bin) => narrow ? bin.split("\u2013")[0] : bin },
      y: { grid: true, label: "\u0447\u0435\u043B.", tickFormat: formatNumber, nice: true },
      color: { domain: sexes.map((s) => s.label), range: sexes.map((s) => s.color) },
      marks: [
        Plot.barY(bars, { x: "bin", y: "count", fill: "sex", fillOpacity: (d) => picked && d.key !== picked ? 0.15 : 1, order: sexes.map((s) => s.label) }),
        Plot.ruleY([0], { strokeOpacity: 0.3 }),
        Plot.tip(
          bins,
          Plot.pointerX({
            x: label,
            y: (b) => b.male + b.female + b.unknownSex,
            title: (b) => [`${label(b)} \u043B\u0435\u0442: ${formatNumber(b.male + b.female + b.unknownSex)}`, ...sexes.map((s) => `${s.label}: ${formatNumber(b[s.key])}`)].join("\n")
          })
        )
      ]
    })
  });
}
export function shareBars(items, options) {
  if (!items.length) return noData(options);
  const sorted = [...items].sort((a, b) => b.share - a.share);
  const text = (d) => `${formatPercent(d.share)} (${formatNumber(d.count)})`;
  const longest = Math.max(...sorted.map((d) => d.label.length));
  const description = `${options.subtitle ?? ""} ${sorted.map((d) => `${d.label}: ${text(d)}`).join("; ")}.`.trim();
  const height = options.height ?? sorted.length * 34 + 40;
  const data = () => ({ head: ["", "\u0414\u043E\u043B\u044F", "\u0427\u0435\u043B\u043E\u0432\u0435\u043A"], rows: sorted.map((d) => [d.label, d.share, d.count]) });
  return chartFrame(options, {
    legend: [],
    height,
    data,
    draw: () => Plot.plot({
      width: options.width,
      height,
      // Room for the longest label on the left and for «28,3 % (34)» after the longest bar.
      marginLeft: Math.min(Math.round(options.width * 0.4), longest * 7.5 + 12),
      marginRight: 88,
      ariaLabel: options.title,
      ariaDescription: description,
      // The subtitle says what the bars measure: an axis label would sit outside the plot, after its last tick.
      x: { domain: [0, Math.max(...sorted.map((d) => d.share), 0.01)], label: null, tickFormat: (v) => `${Math.round(v * 100)}\xA0%`, ticks: Math.max(2, Math.floor(options.width / 120)), grid: true },
      y: { domain: sorted.map((d) => d.label), label: null, tickSize: 0 },
      marks: [
        Plot.barX(sorted, { x: "share", y: "label", fill: COLORS.blue }),
        Plot.text(sorted, { x: "share", y: "label", text, textAnchor: "start", dx: 4, fill: "currentColor" }),
        Plot.ruleX([0], { strokeOpacity: 0.3 })
      ]
    })
  });
}

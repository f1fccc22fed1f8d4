// Bars for tables that are not date-keyed: ages of the deceased by sex, shares of the deceased with each comorbidity.
import {COLORS} from "../shared/palette.js";
import {chartFrame, noData, type FrameOptions, type LegendItem} from "./figure.js";
import {formatNumber, formatPercent} from "./format.js";
import {Plot} from "./plot.js";
import type {AgeBin} from "../shared/deceased.js";

export interface ShareItem {
  key: string;
  label: string;
  count: number;
  /** A fraction: 0.28 is 28 %. */
  share: number;
}

export interface BarsOptions extends FrameOptions {
  width: number;
  height?: number;
}

const SEXES: {key: "male" | "female" | "unknownSex"; label: string; color: string}[] = [
  // The colours of the daily sheet's «мужчины» and «женщины» (columns.ts), so that a sex looks the same on every page.
  {key: "male", label: "Мужчины", color: COLORS.blue},
  {key: "female", label: "Женщины", color: COLORS.red},
  {key: "unknownSex", label: "Пол не указан", color: COLORS.grey}
];

interface AgeBar {
  bin: string;
  key: string;
  sex: string;
  count: number;
  total: number;
}

/** Stacked bars: one per age bin, split by sex; a sex with no one in it is left out of the legend. */
export function ageSexBars(bins: AgeBin[], options: BarsOptions): HTMLElement {
  const sexes = SEXES.filter((s) => bins.some((b) => b[s.key] > 0));
  if (!bins.length || !sexes.length) return noData(options);
  const label = (b: AgeBin) => `${b.from}–${b.to}`;
  const bars: AgeBar[] = bins.flatMap((b) => sexes.map((s) => ({bin: label(b), key: s.key, sex: s.label, count: b[s.key], total: b.male + b.female + b.unknownSex})));
  const legend: LegendItem[] = sexes.map((s) => ({key: s.key, label: s.label, color: s.color}));
  const description = `${options.subtitle ?? ""} ${bins
    .map((b) => `${label(b)} лет: ${sexes.map((s) => `${s.label.toLowerCase()} ${formatNumber(b[s.key])}`).join(", ")}`)
    .join("; ")}.`.trim();
  // On a phone, ten bins leave no room for «60–69» under each bar: the first age is enough.
  const narrow = (options.width - 64) / bins.length < 40;
  const height = options.height ?? Math.max(240, Math.min(360, options.width * 0.55));
  const data = () => ({head: ["Возраст, лет", ...sexes.map((s) => `${s.label}, чел.`), "Всего, чел."], rows: bins.map((b) => [label(b), ...sexes.map((s) => b[s.key]), b.male + b.female + b.unknownSex])});
  return chartFrame(options, {legend, height, data, draw: (picked) =>
    Plot.plot({
      width: options.width,
      height,
      marginLeft: 44,
      marginBottom: 40,
      ariaLabel: options.title,
      ariaDescription: description,
      x: {type: "band", domain: bins.map(label), label: narrow ? "Возраст, лет (начало десятилетия)" : "Возраст, лет", labelAnchor: "center", labelOffset: 34, padding: 0.15, tickFormat: (bin: string) => (narrow ? bin.split("–")[0] : bin)},
      y: {grid: true, label: "чел.", tickFormat: formatNumber, nice: true},
      color: {domain: sexes.map((s) => s.label), range: sexes.map((s) => s.color)},
      marks: [
        Plot.barY(bars, {x: "bin", y: "count", fill: "sex", fillOpacity: (d: AgeBar) => (picked && d.key !== picked ? 0.15 : 1), order: sexes.map((s) => s.label)}),
        Plot.ruleY([0], {strokeOpacity: 0.3}),
        Plot.tip(
          bins,
          Plot.pointerX({
            x: label,
            y: (b: AgeBin) => b.male + b.female + b.unknownSex,
            title: (b: AgeBin) => [`${label(b)} лет: ${formatNumber(b.male + b.female + b.unknownSex)}`, ...sexes.map((s) => `${s.label}: ${formatNumber(b[s.key])}`)].join("\n")
          })
        )
      ]
    })
  });
}

/** Horizontal bars of shares, largest first, each labelled with its percentage and count. */
export function shareBars(items: ShareItem[], options: BarsOptions): HTMLElement {
  if (!items.length) return noData(options);
  const sorted = [...items].sort((a, b) => b.share - a.share);
  const text = (d: ShareItem) => `${formatPercent(d.share)} (${formatNumber(d.count)})`;
  const longest = Math.max(...sorted.map((d) => d.label.length));
  const description = `${options.subtitle ?? ""} ${sorted.map((d) => `${d.label}: ${text(d)}`).join("; ")}.`.trim();
  const height = options.height ?? sorted.length * 34 + 40;
  const data = () => ({head: ["", "Доля", "Человек"], rows: sorted.map((d) => [d.label, d.share, d.count])});
  return chartFrame(options, {legend: [], height, data, draw: () =>
    Plot.plot({
      width: options.width,
      height,
      // Room for the longest label on the left and for «28,3 % (34)» after the longest bar.
      marginLeft: Math.min(Math.round(options.width * 0.4), longest * 7.5 + 12),
      marginRight: 88,
      ariaLabel: options.title,
      ariaDescription: description,
      // The subtitle says what the bars measure: an axis label would sit outside the plot, after its last tick.
      x: {domain: [0, Math.max(...sorted.map((d) => d.share), 0.01)], label: null, tickFormat: (v: number) => `${Math.round(v * 100)}\u00a0%`, ticks: Math.max(2, Math.floor(options.width / 120)), grid: true},
      y: {domain: sorted.map((d) => d.label), label: null, tickSize: 0},
      marks: [
        Plot.barX(sorted, {x: "share", y: "label", fill: COLORS.blue}),
        Plot.text(sorted, {x: "share", y: "label", text, textAnchor: "start", dx: 4, fill: "currentColor"}),
        Plot.ruleX([0], {strokeOpacity: 0.3})
      ]
    })
  });
}


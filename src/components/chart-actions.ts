// What a chart's actions do: its numbers as a sortable table or a CSV, the chart as SVG or PNG (title, legend and source
// included), and a link to it in this view. Fetched when a reader first uses one, so no page pays for it on loading.
import {element} from "./dom.js";
import {tablesShown, type ChartData, type FrameOptions} from "./figure.js";
import {formatAverage, formatNumber} from "./format.js";
import {chartLink, currentView} from "./url-view.js";
import {viewQuery} from "../shared/view.js";
import {formatLongIsoDate} from "../shared/dates.js";
import {PLOT_SLOT_CLASS} from "../shared/lazy.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function runAction(action: string, button: HTMLButtonElement, options: FrameOptions, data: () => ChartData, words: string[]): Promise<void> {
  const figure = button.closest("figure")!;
  switch (action) {
    case "table":
      return toggleTable(figure, button, options, data());
    case "csv":
      return download(new Blob(["\ufeff", chartCsv(data())], {type: "text/csv;charset=utf-8"}), `${fileName(options.id)}.csv`);
    case "svg":
      return download(new Blob([chartSvg(figure, options, words)], {type: "image/svg+xml"}), `${fileName(options.id)}.svg`);
    case "png":
      return download(await chartPng(chartSvg(figure, options, words)), `${fileName(options.id)}.png`);
    case "link":
      return copyLink(button, options.id);
  }
}

/** The chart's id and its view: «new-cases_avg-7_per-100k.csv». */
function fileName(id: string): string {
  const {picked: _, ...view} = currentView();
  const query = viewQuery({...view, picked: {}}).slice(1);
  return query ? `${id}_${query.replace(/[=&]/g, "-").replace(/[^\w.-]/g, "")}` : id;
}

/** UTF-8 with a byte-order mark (added by the caller) so that Excel reads Cyrillic; numbers as they are, not formatted. */
export function chartCsv({head, rows}: ChartData): string {
  const cell = (value: string | number | null) => {
    if (value === null) return "";
    const text = String(value);
    return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [head, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

function formatCell(value: string | number | null): string {
  if (value === null) return "нет данных";
  if (typeof value === "number") return Number.isInteger(value) ? formatNumber(value) : formatAverage(value);
  return ISO_DAY.test(value) ? formatLongIsoDate(value) : value;
}

/** The chart's numbers in place of its plot (and back): a table whose columns sort by a click on their heading. */
function toggleTable(figure: HTMLElement, button: HTMLButtonElement, options: FrameOptions, data: ChartData): void {
  const shown = figure.querySelector<HTMLElement>(":scope > .chart-table");
  // A class, not hidden parts: a plot built later, as the reader scrolls, stays hidden too.
  figure.classList.toggle("chart--table", !shown);
  button.setAttribute("aria-pressed", String(!shown));
  button.textContent = shown ? "Таблица" : "График";
  if (shown) {
    tablesShown.delete(options.id);
    return shown.remove();
  }
  tablesShown.add(options.id);
  const table = sortableTable(`Числа графика «${options.title}»`, data);
  figure.insertBefore(table, figure.querySelector(":scope > .chart-note"));
  if (figure.contains(document.activeElement)) table.focus();
}

function sortableTable(label: string, {head, rows}: ChartData): HTMLElement {
  let order = {column: 0, descending: false};
  const body = element("tbody", {});
  const headings = head.map((text, i) => {
    const sort = element("button", {class: "chart-table-sort", attrs: {type: "button"}}, text);
    const th = element("th", {class: i > 0 ? "num" : undefined, attrs: {scope: "col", "aria-sort": i === 0 ? "ascending" : "none"}}, sort);
    sort.addEventListener("click", () => {
      order = {column: i, descending: order.column === i ? !order.descending : i > 0};
      fill();
    });
    return th;
  });
  function fill() {
    const {column, descending} = order;
    // Missing values last, whichever way the column sorts.
    const sorted = [...rows].sort((a, b) => (a[column] === null ? 1 : b[column] === null ? -1 : (a[column]! < b[column]! ? -1 : a[column]! > b[column]! ? 1 : 0) * (descending ? -1 : 1)));
    body.replaceChildren(...sorted.map((row) => element("tr", {}, row.map((value, i) => (i === 0 ? element("th", {attrs: {scope: "row"}}, formatCell(value)) : element("td", {class: value === null ? "num missing" : "num"}, formatCell(value)))))));
    headings.forEach((th, i) => th.setAttribute("aria-sort", i === column ? (descending ? "descending" : "ascending") : "none"));
  }
  fill();
  return element(
    "div",
    {class: "chart-table table-scroll", attrs: {tabindex: "-1", role: "region", "aria-label": label}},
    element("table", {}, element("thead", {}, element("tr", {}, headings)), body)
  );
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** Lines of at most about `width` px of text at `size` px: a chart's file has no browser to wrap its words. */
function wrap(text: string, width: number, size: number): string[] {
  // Cyrillic letters run wider than Latin ones: about 0.62 of the font size each in a sans-serif.
  const perLine = Math.max(10, Math.floor(width / (size * 0.62)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart as the reader sees it, in light colours, as one SVG file: title, subtitle, legend, plot, note and source. */
export function chartSvg(figure: HTMLElement, options: FrameOptions, words: string[]): string {
  const plot = figure.querySelector<SVGSVGElement>(`:scope > .${PLOT_SLOT_CLASS} > svg`);
  const width = Math.max(320, Math.round(figure.getBoundingClientRect().width) || Number(plot?.getAttribute("width") ?? 640));
  const parts: string[] = [];
  let y = 0;
  const text = (content: string, size: number, {weight = 400, color = "#1b1e23"} = {}) => {
    for (const line of wrap(content, width, size)) {
      y += size * 1.35;
      parts.push(`<text x="0" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`);
    }
  };
  text(options.title, 17, {weight: 600});
  const subtitle = [options.subtitle, ...words].filter(Boolean).join("; ");
  if (subtitle) text(subtitle, 13, {color: "#555"});
  const legend = [...figure.querySelectorAll<HTMLElement>(":scope > .chart-legend .chart-legend-item")];
  if (legend.length) {
    y += 10;
    let x = 0;
    for (const item of legend) {
      const label = item.textContent ?? "";
      const itemWidth = label.length * 7 + 24;
      if (x > 0 && x + itemWidth > width) [x, y] = [0, y + 20];
      const color = item.querySelector<HTMLElement>(".chart-swatch")?.style.background ?? "#888";
      parts.push(`<rect x="${x}" y="${y + 2}" width="11" height="11" rx="2" fill="${escapeXml(color)}"/><text x="${x + 16}" y="${y + 12}" font-size="12" fill="#1b1e23">${escapeXml(label)}</text>`);
      x += itemWidth;
    }
    y += 20;
  }
  const place = (svg: SVGSVGElement, x: number, top: number) => {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("x", String(x));
    copy.setAttribute("y", String(top));
    copy.style.color = "#1b1e23";
    copy.style.background = "#fff";
    parts.push(new XMLSerializer().serializeToString(copy));
  };
  if (plot) {
    place(plot, 0, y + 6);
    y += 6 + Number(plot.getAttribute("height") ?? 300);
  }
  // Small multiples: each cell under its name, in the columns the page shows.
  const cells = [...figure.querySelectorAll<HTMLElement>(":scope > .small-multiples > .small-multiple")].filter((cell) => cell.querySelector("svg"));
  if (cells.length) {
    const cellWidth = Number(cells[0].querySelector("svg")!.getAttribute("width"));
    const columns = Math.max(1, Math.round(width / (cellWidth + 16)));
    const cellHeight = Number(cells[0].querySelector("svg")!.getAttribute("height")) + 22;
    cells.forEach((cell, i) => {
      const [x, top] = [(i % columns) * (cellWidth + 16), y + 10 + Math.floor(i / columns) * (cellHeight + 8)];
      parts.push(`<text x="${x}" y="${top + 13}" font-size="12" font-weight="600" fill="#1b1e23">${escapeXml(cell.querySelector("h4")?.textContent ?? "")}</text>`);
      place(cell.querySelector("svg")!, x, top + 20);
    });
    y += 10 + Math.ceil(cells.length / columns) * (cellHeight + 8);
  }
  y += 6;
  if (options.note) text(options.note, 12, {color: "#555"});
  text(`Источник: официальные сводки по Калининградской области, собранные волонтёрами; ${location.href.split("#")[0]}`, 11, {color: "#777"});
  const height = Math.ceil(y + 8);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" style="color:#1b1e23;background:#fff"><rect width="100%" height="100%" fill="#fff"/>${parts.join("")}</svg>`;
}

/** The SVG drawn at twice its size, for a sharp picture to share. */
function chartPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], {type: "image/svg+xml"}));
  return new Promise<Blob>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = image.width * 2;
      canvas.height = image.height * 2;
      const context = canvas.getContext("2d")!;
      context.scale(2, 2);
      context.drawImage(image, 0, 0);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the picture could not be made"))), "image/png");
    };
    image.onerror = () => reject(new Error("the chart could not be drawn as a picture"));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = element("a", {attrs: {href: url, download: name}});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copyLink(button: HTMLButtonElement, id: string): Promise<void> {
  const link = chartLink(id);
  try {
    await navigator.clipboard.writeText(link);
    button.textContent = "Скопировано";
  } catch {
    // No clipboard (an http page, a refusal): show the link to copy by hand.
    window.prompt("Ссылка на этот график:", link);
  }
  setTimeout(() => (button.textContent = "Ссылка"), 2000);
}

import { element } from "./dom.1506c9a9.js";
import { tablesShown } from "./figure.f1252a09.js";
import { formatNumber } from "./format.433aa8d8.js";
import { chartLink, currentView } from "./url-view.f167d601.js";
import { viewQuery } from "../shared/view.3ac69d6f.js";
import { formatLongIsoDate } from "../shared/dates.7b5ccf1c.js";
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export async function runAction(action, button, options, data, words) {
  const figure = button.closest("figure");
  switch (action) {
    case "table":
      return toggleTable(figure, button, options, data());
    case "csv":
      return download(new Blob(["\uFEFF", chartCsv(data())], { type: "text/csv;charset=utf-8" }), `${fileName(options.id)}.csv`);
    case "svg":
      return download(new Blob([chartSvg(figure, options, words)], { type: "image/svg+xml" }), `${fileName(options.id)}.svg`);
    case "png":
      return download(await chartPng(chartSvg(figure, options, words)), `${fileName(options.id)}.png`);
    case "link":
      return copyLink(button, options.id);
  }
}
function fileName(id) {
  const { picked: _, ...view } = currentView();
  const query = viewQuery({ ...view, picked: {} }).slice(1);
  return query ? `${id}_${query.replace(/[=&]/g, "-").replace(/[^\w.-]/g, "")}` : id;
}
export function chartCsv({ head, rows }) {
  const cell = (value) => {
    if (value === null) return "";
    const text = String(value);
    return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [head, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
function formatCell(value) {
  if (value === null) return "\u043D\u0435\u0442 \u0434\u0430\u043D\u043D\u044B\u0445";
  if (typeof value === "number") return formatNumber(Math.round(value * 100) / 100);
  return ISO_DAY.test(value) ? formatLongIsoDate(value) : value;
}
function toggleTable(figure, button, options, data) {
  const shown = figure.querySelector(":scope > .chart-table");
  figure.classList.toggle("chart--table", !shown);
  button.setAttribute("aria-pressed", String(!shown));
  button.textContent = shown ? "\u0422\u0430\u0431\u043B\u0438\u0446\u0430" : "\u0413\u0440\u0430\u0444\u0438\u043A";
  if (shown) {
    tablesShown.delete(options.id);
    return shown.remove();
  }
  tablesShown.add(options.id);
  const table = sortableTable(`\u0427\u0438\u0441\u043B\u0430 \u0433\u0440\u0430\u0444\u0438\u043A\u0430 \xAB${options.title}\xBB`, data);
  figure.insertBefore(table, figure.querySelector(":scope > .chart-note"));
  if (figure.contains(document.activeElement)) table.focus();
}
function sortableTable(label, { head, rows }) {
  let order = { column: 0, descending: false };
  const body = element("tbody", {});
  const headings = head.map((text, i) => {
    const sort = element("button", { class: "chart-table-sort", attrs: { type: "button" } }, text);
    const th = element("th", { class: i > 0 ? "num" : void 0, attrs: { scope: "col", "aria-sort": i === 0 ? "ascending" : "none" } }, sort);
    sort.addEventListener("click", () => {
      order = { column: i, descending: order.column === i ? !order.descending : i > 0 };
      fill();
    });
    return th;
  });
  function fill() {
    const { column, descending } = order;
    const sorted = [...rows].sort((a, b) => a[column] === null ? 1 : b[column] === null ? -1 : (a[column] < b[column] ? -1 : a[column] > b[column] ? 1 : 0) * (descending ? -1 : 1));
    body.replaceChildren(...sorted.map((row) => element("tr", {}, row.map((value, i) => i === 0 ? element("th", { attrs: { scope: "row" } }, formatCell(value)) : element("td", { class: value === null ? "num missing" : "num" }, formatCell(value))))));
    headings.forEach((th, i) => th.setAttribute("aria-sort", i === column ? descending ? "descending" : "ascending" : "none"));
  }
  fill();
  return element(
    "div",
    { class: "chart-table table-scroll", attrs: { tabindex: "-1", role: "region", "aria-label": label } },
    element("table", {}, element("thead", {}, element("tr", {}, headings)), body)
  );
}
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";
function escapeXml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
function wrap(text, width, size) {
  const perLine = Math.max(10, Math.floor(width / (size * 0.62)));
  const lines = [];
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
export function chartSvg(figure, options, words) {
  const plot = figure.querySelector(":scope > .chart-plot > svg");
  const width = Math.max(320, Math.round(figure.getBoundingClientRect().width) || Number(plot?.getAttribute("width") ?? 640));
  const parts = [];
  let y = 0;
  const text = (content, size, { weight = 400, color = "#1b1e23" } = {}) => {
    for (const line of wrap(content, width, size)) {
      y += size * 1.35;
      parts.push(`<text x="0" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`);
    }
  };
  text(options.title, 17, { weight: 600 });
  const subtitle = [options.subtitle, ...words].filter(Boolean).join("; ");
  if (subtitle) text(subtitle, 13, { color: "#555" });
  const legend = [...figure.querySelectorAll(":scope > .chart-legend .chart-legend-item")];
  if (legend.length) {
    y += 10;
    let x = 0;
    for (const item of legend) {
      const label = item.textContent ?? "";
      const itemWidth = label.length * 7 + 24;
      if (x > 0 && x + itemWidth > width) [x, y] = [0, y + 20];
      const color = item.querySelector(".chart-swatch")?.style.background ?? "#888";
      parts.push(`<rect x="${x}" y="${y + 2}" width="11" height="11" rx="2" fill="${escapeXml(color)}"/><text x="${x + 16}" y="${y + 12}" font-size="12" fill="#1b1e23">${escapeXml(label)}</text>`);
      x += itemWidth;
    }
    y += 20;
  }
  const place = (svg, x, top) => {
    const copy = svg.cloneNode(true);
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
  const cells = [...figure.querySelectorAll(":scope > .small-multiples > .small-multiple")].filter((cell) => cell.querySelector("svg"));
  if (cells.length) {
    const cellWidth = Number(cells[0].querySelector("svg").getAttribute("width"));
    const columns = Math.max(1, Math.round(width / (cellWidth + 16)));
    const cellHeight = Number(cells[0].querySelector("svg").getAttribute("height")) + 22;
    cells.forEach((cell, i) => {
      const [x, top] = [i % columns * (cellWidth + 16), y + 10 + Math.floor(i / columns) * (cellHeight + 8)];
      parts.push(`<text x="${x}" y="${top + 13}" font-size="12" font-weight="600" fill="#1b1e23">${escapeXml(cell.querySelector("h4")?.textContent ?? "")}</text>`);
      place(cell.querySelector("svg"), x, top + 20);
    });
    y += 10 + Math.ceil(cells.length / columns) * (cellHeight + 8);
  }
  y += 6;
  if (options.note) text(options.note, 12, { color: "#555" });
  text(`\u0418\u0441\u0442\u043E\u0447\u043D\u0438\u043A: \u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0435 \u0441\u0432\u043E\u0434\u043A\u0438 \u043F\u043E \u041A\u0430\u043B\u0438\u043D\u0438\u043D\u0433\u0440\u0430\u0434\u0441\u043A\u043E\u0439 \u043E\u0431\u043B\u0430\u0441\u0442\u0438, \u0441\u043E\u0431\u0440\u0430\u043D\u043D\u044B\u0435 \u0432\u043E\u043B\u043E\u043D\u0442\u0451\u0440\u0430\u043C\u0438; ${location.href.split("#")[0]}`, 11, { color: "#777" });
  const height = Math.ceil(y + 8);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" style="color:#1b1e23;background:#fff"><rect width="100%" height="100%" fill="#fff"/>${parts.join("")}</svg>`;
}
function chartPng(svg) {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = image.width * 2;
      canvas.height = image.height * 2;
      const context = canvas.getContext("2d");
      context.scale(2, 2);
      context.drawImage(image, 0, 0);
      canvas.toBlob((blob) => blob ? resolve(blob) : reject(new Error("the picture could not be made")), "image/png");
    };
    image.onerror = () => reject(new Error("the chart could not be drawn as a picture"));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = element("a", { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
async function copyLink(button, id) {
  const link = chartLink(id);
  try {
    await navigator.clipboard.writeText(link);
    button.textContent = "\u0421\u043A\u043E\u043F\u0438\u0440\u043E\u0432\u0430\u043D\u043E";
  } catch {
    window.prompt("\u0421\u0441\u044B\u043B\u043A\u0430 \u043D\u0430 \u044D\u0442\u043E\u0442 \u0433\u0440\u0430\u0444\u0438\u043A:", link);
  }
  setTimeout(() => button.textContent = "\u0421\u0441\u044B\u043B\u043A\u0430", 2e3);
}

// The frame every chart shares: title and its actions (table, CSV, SVG, PNG, link), subtitle, a legend that picks a
// series, the plot, a note on the data's limits. The actions' code is fetched when a reader first uses one.
import {element} from "./dom.js";
import {builtNear} from "./near.js";
import {DRAW_AHEAD_PX, PLOT_SLOT_CLASS} from "../shared/lazy.js";
import {loadPlotOnFirstMove, withPlot} from "./plot.js";
import {currentView, onViewPopped, pushView} from "./url-view.js";

export interface FrameOptions {
  /** The chart's name in links (#new-cases), in the address's picks and in file names: lowercase latin, digits and hyphens. */
  id: string;
  title: string;
  subtitle?: string;
  note?: string;
  /** The plot's width: a plot the build drew at this width is shown without running Plot (scripts/prerender.ts). */
  width?: number;
}

export interface LegendItem {
  /** The series' key, as a link names the picked one. */
  key: string;
  label: string;
  color: string;
}

/** The numbers a chart shows in its current view: the table, the CSV and a screen reader's way into the chart. */
export interface ChartData {
  /** Column headings, units included: «Дата», «Новые случаи, чел.». */
  head: string[];
  /** One row per day or category; the first cell names it. A missing value is null. */
  rows: (string | number | null)[][];
}

export interface FrameParts {
  legend: LegendItem[];
  /** The plot, with the series of key `picked` brought forward (null: all alike). `pointer` is false until the reader first points at it. */
  draw(picked: string | null, pointer: boolean): Element;
  /** The plot's height in px, kept from the start so nothing below moves when it is drawn. */
  height: number;
  data(): ChartData;
  /** The view words to add to the subtitle («7-дневное среднее, на 100 000 жителей»). */
  words?: string[];
  /** False when the view is not the default: the build's plot shows another view and is not used. */
  prerendered?: boolean;
}

/** The charts a reader turned into tables: a chart drawn again (a new width, a new view) stays a table. */
export const tablesShown = new Set<string>();

/** What keeps a frame's space until it is built: its legend, its plot's height and the view's words. */
export type FrameSketch = Pick<FrameParts, "legend" | "height" | "words" | "prerendered">;

/**
 * A figure whose plot is drawn when it comes near the screen, or taken from the build for this width and id. Further down
 * the page the whole frame waits for the reader, its space kept: a page of ten charts builds two or three while it loads.
 */
export function chartFrame(options: FrameOptions, parts: FrameParts): HTMLElement {
  return sketchedFrame(options, parts, () => parts);
}

/**
 * A chart frame whose parts are worked out only when it is built, from `sketch` until then: a page's charts further down
 * cost nothing while it loads. `parts` may find nothing to draw and give the element that says so instead (noData).
 */
export function sketchedFrame(options: FrameOptions, sketch: FrameSketch, parts: () => FrameParts | HTMLElement): HTMLElement {
  const prerendered = sketch.prerendered === false ? undefined : prerenderedPlot(options);
  const frame = () => {
    const made = parts();
    if (made instanceof HTMLElement) return made;
    const note = options.note ? element("figcaption", {class: "chart-note"}, options.note) : null;
    const body = () => frameBody(options, made, prerendered);
    const figure = element("figure", {class: "chart", attrs: {id: options.id}}, ...frameHeading(options, made), prerendered ? body() : builtNear(body, legendHeight(made.legend, options.width) + made.height), note);
    if (tablesShown.has(options.id)) figure.querySelector<HTMLButtonElement>('.chart-action[data-action="table"]')!.click();
    return figure;
  };
  if (prerendered) loadPlotOnFirstMove();
  // A link to a chart: every frame is built at once, so the ones above it keep their height once it is scrolled to.
  if (prerendered || location.hash) {
    const figure = frame();
    // The browser looked for the linked chart before the page drew it.
    if (location.hash === `#${options.id}`) requestAnimationFrame(() => figure.scrollIntoView());
    return figure;
  }
  const pending = builtNear(frame, frameHeight(options, sketch));
  // The title stays on the page meanwhile: the browser's find and a screen reader's list of headings still reach it.
  if (!(pending instanceof HTMLElement && pending.matches("figure"))) pending.append(element("h3", {class: "chart-title"}, options.title));
  return pending;
}

/** The title with its actions, and the subtitle with the view's words. */
export function frameHeading(options: FrameOptions, parts?: Pick<FrameParts, "data" | "words">): HTMLElement[] {
  const title = element("h3", {class: "chart-title"}, options.title);
  const heading = parts ? element("div", {class: "chart-heading"}, title, chartActions(options, parts)) : title;
  const subtitle = [options.subtitle, ...(parts?.words ?? [])].filter(Boolean).join("; ");
  return subtitle ? [heading, element("p", {class: "chart-subtitle"}, subtitle)] : [heading];
}

const ACTIONS: [string, string, string][] = [
  ["table", "Таблица", "числа графика таблицей вместо графика"],
  ["csv", "CSV", "скачать числа графика"],
  ["svg", "SVG", "скачать график рисунком"],
  ["png", "PNG", "скачать график картинкой"],
  ["link", "Ссылка", "скопировать ссылку на график в этом виде"]
];

function chartActions(options: FrameOptions, parts: Pick<FrameParts, "data" | "words">): HTMLElement {
  const buttons = ACTIONS.map(([action, label, title]) => {
    // The accessible name starts with the visible word, as speech control and axe expect.
    const button = element("button", {class: "chart-action", attrs: {type: "button", "data-action": action, title: `${label}: ${title}`, "aria-label": `${label}: ${title} «${options.title}»`}}, label);
    if (action === "table") button.setAttribute("aria-pressed", "false");
    // A listener, not an onclick attribute: the Content-Security-Policy forbids inline handlers.
    button.addEventListener("click", () => import("./chart-actions.js").then(({runAction}) => runAction(action, button, options, parts.data, parts.words ?? [])));
    return button;
  });
  return element("div", {class: "chart-actions", attrs: {role: "group", "aria-label": `Действия с графиком «${options.title}»`}}, buttons);
}

/** The legend and the plot's slot of a chart frame; the plot is the build's, or drawn when the slot comes into view. */
function frameBody(options: FrameOptions, {legend, draw, height}: FrameParts, prerendered?: Element): DocumentFragment {
  const pickedFromView = () => legend.find((item) => item.key === currentView().picked[options.id])?.key ?? null;
  let picked = pickedFromView();
  let pointer = false;
  const slot = element("div", {class: PLOT_SLOT_CLASS, style: {"min-height": `${height}px`}});
  // If Plot cannot be fetched, a plot the build drew stays; an empty slot says why.
  const redraw = () => withPlot(() => slot.replaceChildren(withGroupRoles(draw(picked, pointer))), (error) => notLoaded([slot], error));
  const buttons = legend.map((item) => {
    const button = element(
      "button",
      {class: "chart-legend-item", attrs: {type: "button", "aria-pressed": String(item.key === picked)}},
      element("span", {class: "chart-swatch", style: {background: item.color}, attrs: {"aria-hidden": "true"}}),
      item.label
    );
    button.addEventListener("click", () => pick(picked === item.key ? null : item.key, true));
    return button;
  });
  function pick(key: string | null, remember: boolean) {
    if (key === picked) return;
    picked = key;
    buttons.forEach((b, i) => b.setAttribute("aria-pressed", String(legend[i].key === picked)));
    if (remember) {
      const view = currentView();
      const {[options.id]: _, ...others} = view.picked;
      pushView({...view, picked: key ? {...others, [options.id]: key} : others});
    }
    redraw();
  }
  // A frame drawn again for a new view or width leaves this one behind: it no longer listens.
  onViewPopped(() => slot.isConnected && pick(pickedFromView(), false));
  // Pointing draws the build's plot live, once; a slot that says Plot did not load asks for it again at every touch.
  const point = () => {
    if (pointer && !slot.querySelector(":scope > .chart-no-data")) return;
    pointer = true;
    if (slot.childElementCount) redraw();
  };
  slot.addEventListener("pointerenter", point);
  slot.addEventListener("pointerdown", point);
  // The build drew the plot with no series picked.
  if (prerendered && !picked) slot.append(prerendered);
  else whenVisible(slot, () => slot.childElementCount || redraw());
  const body = document.createDocumentFragment();
  if (legend.length > 1) body.append(element("div", {class: "chart-legend", attrs: {role: "group", "aria-label": "Ряды: нажмите, чтобы выделить"}}, buttons));
  body.append(slot);
  return body;
}

/** About the height of a whole frame at this width, from its texts' length: the space kept for one not yet built. */
function frameHeight(options: FrameOptions, parts: FrameSketch): number {
  const width = options.width ?? 640;
  // Lines of a text in a font of this size, at about half an em a letter.
  const lines = (text: string, px: number) => Math.ceil((text.length * px * 0.55) / width);
  const subtitle = [options.subtitle, ...(parts.words ?? [])].filter(Boolean).join("; ");
  // The five actions go under the title on a phone.
  const heading = lines(options.title, 17) * 22 + (width < 560 ? 30 : 0);
  return heading + (subtitle ? lines(subtitle, 14.4) * 19.5 + 11 : 0) + legendHeight(parts.legend, width) + parts.height + (options.note ? lines(options.note, 13.6) * 19 + 6 : 0);
}

/** About the height of a legend of these labels at this width, wrapped as the CSS wraps it: the space kept for one not yet built. */
function legendHeight(legend: LegendItem[], width = 640): number {
  if (legend.length < 2) return 0;
  let rows = 1;
  let x = 0;
  for (const {label} of legend) {
    const item = label.length * 7 + 40;
    if (x > 0 && x + item > width) [rows, x] = [rows + 1, 0];
    x += item + 8;
  }
  return rows * 32 + 12;
}

let prerendered: Map<string, HTMLTemplateElement> | undefined;

/** The plot the build drew for this chart at this width, taken out of its template. */
function prerenderedPlot({id, width}: FrameOptions): Element | undefined {
  if (width === undefined) return undefined;
  // The templates are found in one pass over the page, not one per chart.
  if (!prerendered) {
    prerendered = new Map();
    for (const t of document.querySelectorAll<HTMLTemplateElement>("template.prerendered-chart")) prerendered.set(`${t.dataset.width} ${t.dataset.chart}`, t);
  }
  const key = `${width} ${id}`;
  const template = prerendered.get(key);
  if (!template) return undefined;
  prerendered.delete(key);
  template.remove();
  return template.content.firstElementChild ?? undefined;
}

/** What a chart shows when it has nothing to draw, and why: the sheet lacks its columns, or the chosen period has no report. The page still renders. */
export function noData(options: FrameOptions, reason = "нет данных"): HTMLElement {
  const note = options.note ? element("figcaption", {class: "chart-note"}, options.note) : null;
  return element("figure", {class: "chart chart--empty", attrs: {id: options.id}}, ...frameHeading(options), element("p", {class: "chart-no-data"}, reason), note);
}

export const NOTHING_IN_PERIOD = "За выбранный период нет данных: выберите другой период вверху страницы.";

/** Plot labels its mark groups with aria-label, which a plain <g> may not carry: give them the group role. */
export function withGroupRoles<T extends Element>(plot: T): T {
  for (const g of plot.querySelectorAll("g[aria-label]")) g.setAttribute("role", "group");
  return plot;
}

/**
 * Runs `draw` when the element comes near the screen: a page of twenty charts draws the one or two
 * a phone shows first, and the rest as the reader scrolls.
 */
export function whenVisible(element: Element, draw: () => void): void {
  loadPlotOnFirstMove();
  if (typeof IntersectionObserver === "undefined") return drawSoon(element, draw);
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      drawSoon(element, draw);
    },
    {rootMargin: `${DRAW_AHEAD_PX}px 0px`}
  );
  observer.observe(element);
}

const queue: {slot: Element; draw: () => void}[] = [];

/** One chart per task, once Plot is loaded: the page stays responsive while several charts come into view at once. */
function drawSoon(slot: Element, draw: () => void): void {
  if (queue.push({slot, draw}) > 1) return;
  withPlot(
    () => setTimeout(drawNext, 0),
    (error) => notLoaded(queue.splice(0).map((waiting) => waiting.slot), error)
  );
}

function drawNext(): void {
  try {
    queue[0].draw();
  } finally {
    queue.shift();
    if (queue.length) setTimeout(drawNext, 0);
  }
}

/** What empty plot slots show when Plot could not be fetched (a dropped connection): the rest of the page works. */
function notLoaded(slots: Element[], error: unknown): void {
  console.error(error);
  for (const slot of slots) if (!slot.childElementCount) slot.append(element("p", {class: "chart-no-data"}, "График не загрузился: проверьте связь и обновите страницу"));
}

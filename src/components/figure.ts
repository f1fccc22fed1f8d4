// The frame every chart shares: title, one-line subtitle, clickable legend, the plot, a note on the data's limits.
import {element} from "./dom.js";
import {colorAt} from "./colors.js";
import {builtNear} from "./near.js";
import {loadPlotWhenIdle, withPlot} from "./plot.js";

export interface FrameOptions {
  title: string;
  subtitle?: string;
  note?: string;
  /** The plot's width: a plot the build drew at this width is shown without running Plot (scripts/prerender.ts). */
  width?: number;
}

export interface LegendItem {
  label: string;
  color: string;
}

/**
 * A figure whose plot is redrawn when a legend entry is clicked: `draw(selected)` dims
 * every series but the selected one; a second click shows all again.
 * `pointer` is false until the reader first points at or touches the plot: a chart may leave out
 * its hover marks until then, which spares the page's load the cost of building them.
 */
export function chartFrame(options: FrameOptions, legend: LegendItem[], draw: (selected: string | null, pointer: boolean) => Element, plotHeight?: number): HTMLElement {
  const note = options.note ? element("figcaption", {class: "chart-note"}, options.note) : null;
  const figure = element("figure", {class: "chart"}, ...frameHeading(options), note);
  // Drawn by the build for this width: Plot runs only when the reader points at it or picks a series.
  const prerendered = prerenderedPlot(options);
  if (prerendered) {
    figure.insertBefore(frameBody(legend, draw, plotHeight, prerendered), note);
    loadPlotWhenIdle();
    return figure;
  }
  // Further down the page the legend and plot wait for the reader; their space is kept meanwhile.
  figure.insertBefore(builtNear(() => frameBody(legend, draw, plotHeight), legendHeight(legend, options.width) + (plotHeight ?? 300)), note);
  return figure;
}

/** The legend and the plot's slot of a chart frame; the plot is the build's, or drawn when the slot comes into view. */
function frameBody(legend: LegendItem[], draw: (selected: string | null, pointer: boolean) => Element, plotHeight?: number, prerendered?: Element): DocumentFragment {
  let selected: string | null = null;
  let pointer = false;
  // The plot's space is kept from the start so nothing below it jumps when it is drawn.
  const slot = element("div", {class: "chart-plot", style: plotHeight ? {"min-height": `${plotHeight}px`} : {}});
  // If Plot cannot be fetched, a plot the build drew stays; an empty slot says why.
  const redraw = () => withPlot(() => slot.replaceChildren(withGroupRoles(draw(selected, pointer))), (error) => notLoaded([slot], error));
  const buttons = legend.map((item) => {
    const button = element(
      "button",
      {class: "chart-legend-item", attrs: {type: "button", "aria-pressed": "false"}},
      element("span", {class: "chart-swatch", style: {background: item.color}, attrs: {"aria-hidden": "true"}}),
      item.label
    );
    // A listener, not an onclick attribute: the Content-Security-Policy forbids inline handlers.
    button.addEventListener("click", () => select(item.label));
    return button;
  });
  function select(label: string) {
    selected = selected === label ? null : label;
    buttons.forEach((b, i) => b.setAttribute("aria-pressed", String(legend[i].label === selected)));
    redraw();
  }
  const point = () => {
    if (pointer) return;
    pointer = true;
    if (slot.childElementCount) redraw();
  };
  slot.addEventListener("pointerenter", point);
  slot.addEventListener("pointerdown", point);
  if (prerendered) slot.append(prerendered);
  else whenVisible(slot, () => slot.childElementCount || redraw());
  const body = document.createDocumentFragment();
  if (legend.length > 1) body.append(element("div", {class: "chart-legend", attrs: {role: "group", "aria-label": "Ряды: нажмите, чтобы выделить"}}, buttons));
  body.append(slot);
  return body;
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
function prerenderedPlot({title, width}: FrameOptions): Element | undefined {
  if (width === undefined) return undefined;
  // The templates are found in one pass over the page, not one per chart.
  if (!prerendered) {
    prerendered = new Map();
    for (const t of document.querySelectorAll<HTMLTemplateElement>("template.prerendered-chart")) {
      const key = `${t.dataset.width} ${t.dataset.title}`;
      if (!prerendered.has(key)) prerendered.set(key, t);
    }
  }
  const key = `${width} ${title}`;
  const template = prerendered.get(key);
  if (!template) return undefined;
  prerendered.delete(key);
  template.remove();
  return template.content.firstElementChild ?? undefined;
}

/** What a chart shows when the sheet has none of its columns: the page still renders. */
export function noData(options: FrameOptions): HTMLElement {
  return element("figure", {class: "chart chart--empty"}, ...frameHeading(options), element("p", {class: "chart-no-data"}, "нет данных"));
}

/** The title and subtitle every chart and chart group starts with. */
export function frameHeading(options: FrameOptions): HTMLElement[] {
  const title = element("h3", {class: "chart-title"}, options.title);
  return options.subtitle ? [title, element("p", {class: "chart-subtitle"}, options.subtitle)] : [title];
}

export function legendOf(labels: string[]): LegendItem[] {
  return labels.map((label, i) => ({label, color: colorAt(i)}));
}

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
  loadPlotWhenIdle();
  if (typeof IntersectionObserver === "undefined") return drawSoon(element, draw);
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      drawSoon(element, draw);
    },
    {rootMargin: "200px 0px"}
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

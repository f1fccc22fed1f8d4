import { element } from "./dom.1506c9a9.js";
import { builtNear } from "./near.82c93562.js";
import { loadPlotWhenIdle, withPlot } from "./plot.72611f3d.js";
import { currentView, onViewPopped, pushView } from "./url-view.f167d601.js";
export const tablesShown = /* @__PURE__ */ new Set();
export function chartFrame(options, parts) {
  const note = options.note ? element("figcaption", { class: "chart-note" }, options.note) : null;
  const figure = element("figure", { class: "chart", attrs: { id: options.id } }, ...frameHeading(options, parts), note);
  const prerendered2 = parts.prerendered === false ? void 0 : prerenderedPlot(options);
  const body = () => frameBody(options, parts, prerendered2);
  figure.insertBefore(prerendered2 ? body() : builtNear(body, legendHeight(parts.legend, options.width) + parts.height), note);
  if (prerendered2) loadPlotWhenIdle();
  if (location.hash === `#${options.id}`) requestAnimationFrame(() => figure.scrollIntoView());
  if (tablesShown.has(options.id)) figure.querySelector('.chart-action[data-action="table"]').click();
  return figure;
}
export function frameHeading(options, parts) {
  const title = element("h3", { class: "chart-title" }, options.title);
  const heading = parts ? element("div", { class: "chart-heading" }, title, chartActions(options, parts)) : title;
  const subtitle = [options.subtitle, ...parts?.words ?? []].filter(Boolean).join("; ");
  return subtitle ? [heading, element("p", { class: "chart-subtitle" }, subtitle)] : [heading];
}
const ACTIONS = [
  ["table", "\u0422\u0430\u0431\u043B\u0438\u0446\u0430", "\u0447\u0438\u0441\u043B\u0430 \u0433\u0440\u0430\u0444\u0438\u043A\u0430 \u0442\u0430\u0431\u043B\u0438\u0446\u0435\u0439 \u0432\u043C\u0435\u0441\u0442\u043E \u0433\u0440\u0430\u0444\u0438\u043A\u0430"],
  ["csv", "CSV", "\u0441\u043A\u0430\u0447\u0430\u0442\u044C \u0447\u0438\u0441\u043B\u0430 \u0433\u0440\u0430\u0444\u0438\u043A\u0430"],
  ["svg", "SVG", "\u0441\u043A\u0430\u0447\u0430\u0442\u044C \u0433\u0440\u0430\u0444\u0438\u043A \u0440\u0438\u0441\u0443\u043D\u043A\u043E\u043C"],
  ["png", "PNG", "\u0441\u043A\u0430\u0447\u0430\u0442\u044C \u0433\u0440\u0430\u0444\u0438\u043A \u043A\u0430\u0440\u0442\u0438\u043D\u043A\u043E\u0439"],
  ["link", "\u0421\u0441\u044B\u043B\u043A\u0430", "\u0441\u043A\u043E\u043F\u0438\u0440\u043E\u0432\u0430\u0442\u044C \u0441\u0441\u044B\u043B\u043A\u0443 \u043D\u0430 \u0433\u0440\u0430\u0444\u0438\u043A \u0432 \u044D\u0442\u043E\u043C \u0432\u0438\u0434\u0435"]
];
function chartActions(options, parts) {
  const buttons = ACTIONS.map(([action, label, title]) => {
    const button = element("button", { class: "chart-action", attrs: { type: "button", "data-action": action, title: `${label}: ${title}`, "aria-label": `${label}: ${title} \xAB${options.title}\xBB` } }, label);
    if (action === "table") button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => import("./chart-actions.a47d4ed7.js").then(({ runAction }) => runAction(action, button, options, parts.data, parts.words ?? [])));
    return button;
  });
  return element("div", { class: "chart-actions", attrs: { role: "group", "aria-label": `\u0414\u0435\u0439\u0441\u0442\u0432\u0438\u044F \u0441 \u0433\u0440\u0430\u0444\u0438\u043A\u043E\u043C \xAB${options.title}\xBB` } }, buttons);
}
function frameBody(options, { legend, draw, height }, prerendered2) {
  const pickedFromView = () => legend.find((item) => item.key === currentView().picked[options.id])?.key ?? null;
  let picked = pickedFromView();
  let pointer = false;
  const slot = element("div", { class: "chart-plot", style: { "min-height": `${height}px` } });
  const redraw = () => withPlot(() => slot.replaceChildren(withGroupRoles(draw(picked, pointer))), (error) => notLoaded([slot], error));
  const buttons = legend.map((item) => {
    const button = element(
      "button",
      { class: "chart-legend-item", attrs: { type: "button", "aria-pressed": String(item.key === picked) } },
      element("span", { class: "chart-swatch", style: { background: item.color }, attrs: { "aria-hidden": "true" } }),
      item.label
    );
    button.addEventListener("click", () => pick(picked === item.key ? null : item.key, true));
    return button;
  });
  function pick(key, remember) {
    if (key === picked) return;
    picked = key;
    buttons.forEach((b, i) => b.setAttribute("aria-pressed", String(legend[i].key === picked)));
    if (remember) {
      const view = currentView();
      const { [options.id]: _, ...others } = view.picked;
      pushView({ ...view, picked: key ? { ...others, [options.id]: key } : others });
    }
    redraw();
  }
  onViewPopped(() => slot.isConnected && pick(pickedFromView(), false));
  const point = () => {
    if (pointer) return;
    pointer = true;
    if (slot.childElementCount) redraw();
  };
  slot.addEventListener("pointerenter", point);
  slot.addEventListener("pointerdown", point);
  if (prerendered2 && !picked) slot.append(prerendered2);
  else whenVisible(slot, () => slot.childElementCount || redraw());
  const body = document.createDocumentFragment();
  if (legend.length > 1) body.append(element("div", { class: "chart-legend", attrs: { role: "group", "aria-label": "\u0420\u044F\u0434\u044B: \u043D\u0430\u0436\u043C\u0438\u0442\u0435, \u0447\u0442\u043E\u0431\u044B \u0432\u044B\u0434\u0435\u043B\u0438\u0442\u044C" } }, buttons));
  body.append(slot);
  return body;
}
function legendHeight(legend, width = 640) {
  if (legend.length < 2) return 0;
  let rows = 1;
  let x = 0;
  for (const { label } of legend) {
    const item = label.length * 7 + 40;
    if (x > 0 && x + item > width) [rows, x] = [rows + 1, 0];
    x += item + 8;
  }
  return rows * 32 + 12;
}
let prerendered;
function prerenderedPlot({ id, width }) {
  if (width === void 0) return void 0;
  if (!prerendered) {
    prerendered = /* @__PURE__ */ new Map();
    for (const t of document.querySelectorAll("template.prerendered-chart")) prerendered.set(`${t.dataset.width} ${t.dataset.chart}`, t);
  }
  const key = `${width} ${id}`;
  const template = prerendered.get(key);
  if (!template) return void 0;
  prerendered.delete(key);
  template.remove();
  return template.content.firstElementChild ?? void 0;
}
export function noData(options, reason = "\u043D\u0435\u0442 \u0434\u0430\u043D\u043D\u044B\u0445") {
  const note = options.note ? element("figcaption", { class: "chart-note" }, options.note) : null;
  return element("figure", { class: "chart chart--empty", attrs: { id: options.id } }, ...frameHeading(options), element("p", { class: "chart-no-data" }, reason), note);
}
export const NOTHING_IN_PERIOD = "\u0417\u0430 \u0432\u044B\u0431\u0440\u0430\u043D\u043D\u044B\u0439 \u043F\u0435\u0440\u0438\u043E\u0434 \u043D\u0435\u0442 \u0434\u0430\u043D\u043D\u044B\u0445: \u0432\u044B\u0431\u0435\u0440\u0438\u0442\u0435 \u0434\u0440\u0443\u0433\u043E\u0439 \u043F\u0435\u0440\u0438\u043E\u0434 \u0432\u0432\u0435\u0440\u0445\u0443 \u0441\u0442\u0440\u0430\u043D\u0438\u0446\u044B.";
export function withGroupRoles(plot) {
  for (const g of plot.querySelectorAll("g[aria-label]")) g.setAttribute("role", "group");
  return plot;
}
export function whenVisible(element2, draw) {
  loadPlotWhenIdle();
  if (typeof IntersectionObserver === "undefined") return drawSoon(element2, draw);
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      drawSoon(element2, draw);
    },
    { rootMargin: "200px 0px" }
  );
  observer.observe(element2);
}
const queue = [];
function drawSoon(slot, draw) {
  if (queue.push({ slot, draw }) > 1) return;
  withPlot(
    () => setTimeout(drawNext, 0),
    (error) => notLoaded(queue.splice(0).map((waiting) => waiting.slot), error)
  );
}
function drawNext() {
  try {
    queue[0].draw();
  } finally {
    queue.shift();
    if (queue.length) setTimeout(drawNext, 0);
  }
}
function notLoaded(slots, error) {
  console.error(error);
  for (const slot of slots) if (!slot.childElementCount) slot.append(element("p", { class: "chart-no-data" }, "\u0413\u0440\u0430\u0444\u0438\u043A \u043D\u0435 \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u043B\u0441\u044F: \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u0441\u0432\u044F\u0437\u044C \u0438 \u043E\u0431\u043D\u043E\u0432\u0438\u0442\u0435 \u0441\u0442\u0440\u0430\u043D\u0438\u0446\u0443"));
}

import { element } from "./dom.1506c9a9.js";
export function figureCard({ title, value, detail, note }) {
  return element(
    "div",
    { class: "card figure-card" },
    element("h2", { class: "figure-card-title" }, title),
    element("p", { class: "figure-card-value" }, value),
    detail && element("p", { class: "figure-card-detail" }, detail),
    note && element("p", { class: "figure-card-note" }, note)
  );
}
export function cardGrid(cards) {
  return element("div", { class: "card-grid" }, cards);
}

// A headline figure: the number large, what it is above it, its context below.
import {element} from "./dom.js";

export interface CardOptions {
  title: string;
  value: string;
  /** A second line: a share, a date, a comparison. */
  detail?: string;
  /** Where the figure comes from, or its limits. */
  note?: string;
}

export function figureCard({title, value, detail, note}: CardOptions): HTMLElement {
  return element(
    "div",
    {class: "card figure-card"},
    element("h2", {class: "figure-card-title"}, title),
    element("p", {class: "figure-card-value"}, value),
    detail && element("p", {class: "figure-card-detail"}, detail),
    note && element("p", {class: "figure-card-note"}, note)
  );
}

/** Cards side by side, as many per row as the width allows. */
export function cardGrid(cards: HTMLElement[]): HTMLElement {
  return element("div", {class: "card-grid"}, cards);
}

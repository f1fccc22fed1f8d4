// A headline figure: the number large, what it is above it, its context below.
import {html} from "htl";

export interface CardOptions {
  title: string;
  value: string;
  /** A second line: a share, a date, a comparison. */
  detail?: string;
  /** Where the figure comes from, or its limits. */
  note?: string;
}

export function figureCard({title, value, detail, note}: CardOptions): HTMLElement {
  return html`<div class="card figure-card">
    <h2 class="figure-card-title">${title}</h2>
    <p class="figure-card-value">${value}</p>
    ${detail ? html`<p class="figure-card-detail">${detail}</p>` : ""}
    ${note ? html`<p class="figure-card-note">${note}</p>` : ""}
  </div>` as HTMLElement;
}

/** Cards side by side, as many per row as the width allows. */
export function cardGrid(cards: HTMLElement[]): HTMLElement {
  return html`<div class="card-grid">${cards}</div>` as HTMLElement;
}

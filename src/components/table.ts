// A table that scrolls sideways on a phone, built with the DOM API: hundreds of htl rows held up a page's first render.
import {element, type Child} from "./dom.js";

export interface TableOptions {
  /** What a screen reader calls the scrolling region. */
  label: string;
  head: string[];
  /** Cells of each row; the first cell of a row is its header when `rowHeaders` is set. */
  rows: (Child | Child[])[][];
  rowHeaders?: boolean;
  /** Columns (by index) right-aligned as numbers. */
  numeric?: number[];
  class?: string;
}

export function scrollingTable({label, head, rows, rowHeaders = false, numeric = [], class: className}: TableOptions): HTMLElement {
  const cellClass = (i: number) => (numeric.includes(i) ? "num" : undefined);
  const body = rows.map((cells) =>
    element(
      "tr",
      {},
      cells.map((cell, i) => (rowHeaders && i === 0 ? element("th", {attrs: {scope: "row"}}, cell) : element("td", {class: cellClass(i)}, cell)))
    )
  );
  return element(
    "div",
    {class: "table-scroll", attrs: {tabindex: "0", role: "region", "aria-label": label}},
    element(
      "table",
      {class: className},
      element("thead", {}, element("tr", {}, head.map((text, i) => element("th", {class: cellClass(i), attrs: {scope: "col"}}, text)))),
      element("tbody", {}, body)
    )
  );
}

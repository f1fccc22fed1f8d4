import { element } from "./dom.1506c9a9.js";
export function scrollingTable({ label, head, rows, rowHeaders = false, numeric = [], class: className }) {
  const cellClass = (i) => numeric.includes(i) ? "num" : void 0;
  const body = rows.map(
    (cells) => element(
      "tr",
      {},
      cells.map((cell, i) => rowHeaders && i === 0 ? element("th", { attrs: { scope: "row" } }, cell) : element("td", { class: cellClass(i) }, cell))
    )
  );
  return element(
    "div",
    { class: "table-scroll", attrs: { tabindex: "0", role: "region", "aria-label": label } },
    element(
      "table",
      { class: className },
      element("thead", {}, element("tr", {}, head.map((text, i) => element("th", { class: cellClass(i), attrs: { scope: "col" } }, text)))),
      element("tbody", {}, body)
    )
  );
}

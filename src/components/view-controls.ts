// The bar at the top of a chart page: the period, daily values or a 7-day average, per 100 000, the scale. Its value is
// the page's view, which charts react to (Framework's `view()`), and every change goes into the address.
import {DEFAULT_VIEW, PERIOD_MONTHS, type Period, type View} from "../shared/view.js";
import {element} from "./dom.js";
import type {Overview} from "./period-brush.js";
import {currentView, onViewPopped, pushView} from "./url-view.js";

export type Control = "period" | "weekAverage" | "perCapita" | "logScale";

export interface ViewControlsOptions {
  /** The controls this page's charts answer to. */
  controls: Control[];
  /** The data's first and last day, the bounds of a period typed by hand. */
  first: string;
  last: string;
  /** The page's main series, drawn small under «Даты…» so that a period can be brushed on it. */
  overview?: Overview;
}

export interface ViewControls extends HTMLElement {
  value: View;
}

let groups = 0;

/** Radio buttons as one segmented control: a fieldset a screen reader names by its legend. */
function segmented<T extends string>(legend: string, choices: [T, string][], checked: T, onChange: (value: T) => void): HTMLFieldSetElement & {set(value: T): void} {
  const name = `view-${++groups}`;
  const inputs = choices.map(([value]) => element("input", {attrs: {type: "radio", name, value}}));
  const fieldset = element(
    "fieldset",
    {class: "view-control view-segmented"},
    element("legend", {}, legend),
    choices.map(([, label], i) => element("label", {}, inputs[i], element("span", {}, label)))
  ) as HTMLFieldSetElement & {set(value: T): void};
  fieldset.set = (value) => inputs.forEach((input) => (input.checked = input.value === value));
  fieldset.set(checked);
  fieldset.addEventListener("change", (event) => onChange((event.target as HTMLInputElement).value as T));
  return fieldset;
}

/** A toggle; `name` is its full name where the label is shortened to keep the bar one row. */
function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void, name = label): HTMLLabelElement & {set(checked: boolean): void} {
  const input = element("input", {attrs: {type: "checkbox", ...(name !== label ? {"aria-label": name} : {})}});
  const control = element("label", {class: "view-control view-toggle", attrs: name !== label ? {title: name} : {}}, input, element("span", {}, label)) as HTMLLabelElement & {set(checked: boolean): void};
  control.set = (value) => (input.checked = value);
  control.set(checked);
  input.addEventListener("change", () => onChange(input.checked));
  return control;
}

const periodChoice = (period: Period) => (period.kind === "all" ? "all" : period.kind === "last" ? `${period.months}m` : "range");

/** The bar; `value` is the view from the address, then the reader's. */
export function viewControls({controls, first, last, overview}: ViewControlsOptions): ViewControls {
  let view: View = currentView();
  // «Даты…» picked, before two dates make a period of them.
  let choosingDates = false;
  const bar = element("form", {class: "view-controls", attrs: {"aria-label": "Вид графиков на странице"}}) as unknown as ViewControls;
  const change = (next: Partial<View>) => {
    view = {...view, ...next};
    pushView(view);
    show();
    bar.value = view;
    bar.dispatchEvent(new Event("input", {bubbles: true}));
  };
  const range = element("div", {class: "view-range"});
  let dates: [HTMLInputElement, HTMLInputElement] | undefined;
  // Chromium builds a date field from the locale's calendar, which costs a phone more than the rest of the bar: made when first shown.
  const dateInputs = () => {
    if (dates) return dates;
    dates = [element("input", {attrs: {type: "date", min: first, max: last, "aria-label": "С какого дня"}}), element("input", {attrs: {type: "date", min: first, max: last, "aria-label": "По какой день"}})];
    for (const input of dates) input.addEventListener("change", typedRange);
    range.append(element("span", {}, "с"), dates[0], element("span", {}, "по"), dates[1]);
    return dates;
  };
  const brushSlot = element("div", {class: "view-brush-slot"});
  // The overview to brush is fetched and drawn only when a reader asks for dates.
  const showBrush = () => {
    if (!overview || range.hidden) return brushSlot.replaceChildren();
    const span = view.period.kind === "range" ? view.period : undefined;
    import("./period-brush.js").then(({periodBrush}) =>
      brushSlot.replaceChildren(periodBrush(overview, Math.max(240, bar.clientWidth - 24), span, (from, to) => change({period: {kind: "range", from, to}})))
    );
  };
  const typedRange = () => {
    const [from, to] = dateInputs().map((input) => input.value);
    if (from && to && from <= to) change({period: {kind: "range", from, to}});
  };
  const period = segmented("Период", [["all", "Всё"], ...PERIOD_MONTHS.map((m) => [`${m}m`, `${m} мес.`] as [string, string]), ["range", "Даты…"]], periodChoice(view.period), (choice) => {
    if (choice === "range") {
      choosingDates = true;
      range.hidden = false;
      showBrush();
      const [fromInput, toInput] = dateInputs();
      fromInput.value ||= view.period.kind === "range" ? view.period.from : first;
      toInput.value ||= view.period.kind === "range" ? view.period.to : last;
      // The period changes when the reader types a date or brushes the overview, not before.
      return fromInput.focus();
    }
    choosingDates = false;
    change({period: choice === "all" ? {kind: "all"} : {kind: "last", months: parseInt(choice)}});
  });
  const average = checkbox("Среднее за 7 дней", view.weekAverage, (checked) => change({weekAverage: checked}));
  const perCapita = checkbox("На 100 000 жителей", view.perCapita, (checked) => change({perCapita: checked}));
  const logScale = checkbox("Лог. шкала", view.logScale, (checked) => change({logScale: checked}), "Логарифмическая шкала");
  const parts: Record<Control, HTMLElement> = {period, weekAverage: average, perCapita, logScale};
  const reset = element("button", {class: "view-reset", attrs: {type: "button"}}, "Сбросить");
  reset.addEventListener("click", () => change({...DEFAULT_VIEW, picked: view.picked}));
  // One row that scrolls sideways where it does not fit, so its height is known before it is drawn (the page keeps it);
  // the dates and the overview open under it when asked for.
  bar.append(element("div", {class: "view-row"}, controls.map((control) => parts[control]), reset), range, brushSlot);
  function show() {
    period.set(periodChoice(view.period));
    const wasHidden = range.hidden;
    range.hidden = view.period.kind !== "range" && !choosingDates;
    if (wasHidden !== range.hidden || view.period.kind === "range") showBrush();
    if (view.period.kind === "range") {
      const [fromInput, toInput] = dateInputs();
      [fromInput.value, toInput.value] = [view.period.from, view.period.to];
    }
    average.set(view.weekAverage);
    perCapita.set(view.perCapita);
    logScale.set(view.logScale);
    reset.hidden = view.period.kind === "all" && !view.weekAverage && !view.perCapita && !view.logScale;
  }
  show();
  bar.addEventListener("submit", (event) => event.preventDefault());
  onViewPopped((popped) => {
    view = popped;
    show();
    bar.value = view;
    bar.dispatchEvent(new Event("input", {bubbles: true}));
  });
  bar.value = view;
  return bar;
}

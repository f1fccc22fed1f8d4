import { DEFAULT_VIEW, PERIOD_MONTHS } from "../shared/view.3ac69d6f.js";
import { element } from "./dom.1506c9a9.js";
import { currentView, onViewPopped, pushView } from "./url-view.f167d601.js";
let groups = 0;
function segmented(legend, choices, checked, onChange) {
  const name = `view-${++groups}`;
  const inputs = choices.map(([value]) => element("input", { attrs: { type: "radio", name, value } }));
  const fieldset = element(
    "fieldset",
    { class: "view-control view-segmented" },
    element("legend", {}, legend),
    choices.map(([, label], i) => element("label", {}, inputs[i], element("span", {}, label)))
  );
  fieldset.set = (value) => inputs.forEach((input) => input.checked = input.value === value);
  fieldset.set(checked);
  fieldset.addEventListener("change", (event) => onChange(event.target.value));
  return fieldset;
}
function checkbox(label, checked, onChange, name = label) {
  const input = element("input", { attrs: { type: "checkbox", ...name !== label ? { "aria-label": name } : {} } });
  const control = element("label", { class: "view-control view-toggle", attrs: name !== label ? { title: name } : {} }, input, element("span", {}, label));
  control.set = (value) => input.checked = value;
  control.set(checked);
  input.addEventListener("change", () => onChange(input.checked));
  return control;
}
const periodChoice = (period) => period.kind === "all" ? "all" : period.kind === "last" ? `${period.months}m` : "range";
export function viewControls({ controls, first, last, overview }) {
  let view = currentView();
  let choosingDates = false;
  const bar = element("form", { class: "view-controls", attrs: { "aria-label": "\u0412\u0438\u0434 \u0433\u0440\u0430\u0444\u0438\u043A\u043E\u0432 \u043D\u0430 \u0441\u0442\u0440\u0430\u043D\u0438\u0446\u0435" } });
  const change = (next) => {
    view = { ...view, ...next };
    pushView(view);
    show();
    bar.value = view;
    bar.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const fromInput = element("input", { attrs: { type: "date", min: first, max: last, "aria-label": "\u0421 \u043A\u0430\u043A\u043E\u0433\u043E \u0434\u043D\u044F" } });
  const toInput = element("input", { attrs: { type: "date", min: first, max: last, "aria-label": "\u041F\u043E \u043A\u0430\u043A\u043E\u0439 \u0434\u0435\u043D\u044C" } });
  const range = element("div", { class: "view-range" }, element("span", {}, "\u0441"), fromInput, element("span", {}, "\u043F\u043E"), toInput);
  const brushSlot = element("div", { class: "view-brush-slot" });
  const showBrush = () => {
    if (!overview || range.hidden) return brushSlot.replaceChildren();
    const span = view.period.kind === "range" ? view.period : void 0;
    import("./period-brush.1b917f96.js").then(
      ({ periodBrush }) => brushSlot.replaceChildren(periodBrush(overview, Math.max(240, bar.clientWidth - 24), span, (from, to) => change({ period: { kind: "range", from, to } })))
    );
  };
  const typedRange = () => {
    const [from, to] = [fromInput.value, toInput.value];
    if (from && to && from <= to) change({ period: { kind: "range", from, to } });
  };
  fromInput.addEventListener("change", typedRange);
  toInput.addEventListener("change", typedRange);
  const period = segmented("\u041F\u0435\u0440\u0438\u043E\u0434", [["all", "\u0412\u0441\u0451"], ...PERIOD_MONTHS.map((m) => [`${m}m`, `${m} \u043C\u0435\u0441.`]), ["range", "\u0414\u0430\u0442\u044B\u2026"]], periodChoice(view.period), (choice) => {
    if (choice === "range") {
      choosingDates = true;
      range.hidden = false;
      showBrush();
      fromInput.value ||= view.period.kind === "range" ? view.period.from : first;
      toInput.value ||= view.period.kind === "range" ? view.period.to : last;
      return fromInput.focus();
    }
    choosingDates = false;
    change({ period: choice === "all" ? { kind: "all" } : { kind: "last", months: parseInt(choice) } });
  });
  const average = checkbox("\u0421\u0440\u0435\u0434\u043D\u0435\u0435 \u0437\u0430 7 \u0434\u043D\u0435\u0439", view.weekAverage, (checked) => change({ weekAverage: checked }));
  const perCapita = checkbox("\u041D\u0430 100 000 \u0436\u0438\u0442\u0435\u043B\u0435\u0439", view.perCapita, (checked) => change({ perCapita: checked }));
  const logScale = checkbox("\u041B\u043E\u0433. \u0448\u043A\u0430\u043B\u0430", view.logScale, (checked) => change({ logScale: checked }), "\u041B\u043E\u0433\u0430\u0440\u0438\u0444\u043C\u0438\u0447\u0435\u0441\u043A\u0430\u044F \u0448\u043A\u0430\u043B\u0430");
  const parts = { period, weekAverage: average, perCapita, logScale };
  const reset = element("button", { class: "view-reset", attrs: { type: "button" } }, "\u0421\u0431\u0440\u043E\u0441\u0438\u0442\u044C");
  reset.addEventListener("click", () => change({ ...DEFAULT_VIEW, picked: view.picked }));
  bar.append(element("div", { class: "view-row" }, controls.map((control) => parts[control]), reset), range, brushSlot);
  function show() {
    period.set(periodChoice(view.period));
    const wasHidden = range.hidden;
    range.hidden = view.period.kind !== "range" && !choosingDates;
    if (wasHidden !== range.hidden || view.period.kind === "range") showBrush();
    if (view.period.kind === "range") [fromInput.value, toInput.value] = [view.period.from, view.period.to];
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
    bar.dispatchEvent(new Event("input", { bubbles: true }));
  });
  bar.value = view;
  return bar;
}

export const DEFAULT_VIEW = { period: { kind: "all" }, weekAverage: false, perCapita: false, logScale: false, picked: {} };
export const PERIOD_MONTHS = [12, 6, 3];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^[A-Za-z][A-Za-z0-9]*$/;
function isDay(text) {
  return ISO_DAY.test(text) && (/* @__PURE__ */ new Date(`${text}T00:00:00Z`)).toISOString().startsWith(text);
}
export function parsePeriod(text) {
  if (!text || text === "all") return { kind: "all" };
  const months = /^(\d+)m$/.exec(text);
  if (months && PERIOD_MONTHS.includes(Number(months[1]))) return { kind: "last", months: Number(months[1]) };
  const [from, to, ...rest] = text.split("_");
  if (!rest.length && from && to && isDay(from) && isDay(to) && from <= to) return { kind: "range", from, to };
  return { kind: "all" };
}
export function formatPeriod(period) {
  return period.kind === "all" ? "all" : period.kind === "last" ? `${period.months}m` : `${period.from}_${period.to}`;
}
export function parseView(search) {
  const params = new URLSearchParams(search);
  const picked = {};
  for (const pick of params.getAll("pick")) {
    const [chart, series, ...rest] = pick.split(".");
    if (!rest.length && chart && series && ID.test(chart) && KEY.test(series)) picked[chart] = series;
  }
  return {
    period: parsePeriod(params.get("period")),
    weekAverage: params.get("avg") === "7",
    perCapita: params.get("per") === "100k",
    logScale: params.get("scale") === "log",
    picked
  };
}
export function viewQuery(view) {
  const params = new URLSearchParams();
  if (view.period.kind !== "all") params.set("period", formatPeriod(view.period));
  if (view.weekAverage) params.set("avg", "7");
  if (view.perCapita) params.set("per", "100k");
  if (view.logScale) params.set("scale", "log");
  for (const chart of Object.keys(view.picked).sort()) params.append("pick", `${chart}.${view.picked[chart]}`);
  const query = params.toString();
  return query ? `?${query}` : "";
}
export function periodSpan(period, first, last) {
  if (period.kind === "range") return { from: period.from < first ? first : period.from, to: period.to > last ? last : period.to };
  if (period.kind === "all") return { from: first, to: last };
  const end = /* @__PURE__ */ new Date(`${last}T00:00:00Z`);
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - period.months, end.getUTCDate() + 1));
  const from = start.toISOString().slice(0, 10);
  return { from: from < first ? first : from, to: last };
}

// A page's view of its charts: the period, daily values or a 7-day average, absolute or per 100 000, the scale, and the
// series picked on each chart; and the link that keeps it. One format, in the query string:
//   ?period=12m | 6m | 3m | 2021-03-01_2021-06-30   &avg=7   &per=100k   &scale=log   &pick=<chart>.<series> (one per chart)
// A chart is linked to by its id in the fragment: #new-cases. What a link gets wrong is ignored, never an error.

export type Period = {kind: "all"} | {kind: "last"; months: number} | {kind: "range"; from: string; to: string};

export interface View {
  period: Period;
  /** A trailing 7-day average instead of daily values, where the series is daily. */
  weekAverage: boolean;
  /** Per 100 000 residents, where the series counts people, tests or doses. */
  perCapita: boolean;
  logScale: boolean;
  /** The series picked (highlighted) on each chart, by chart id. */
  picked: Record<string, string>;
}

export const DEFAULT_VIEW: View = {period: {kind: "all"}, weekAverage: false, perCapita: false, logScale: false, picked: {}};

/** The choices of the period control, in months back from the data's last day. */
export const PERIOD_MONTHS = [12, 6, 3];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

function isDay(text: string): boolean {
  return ISO_DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

export function parsePeriod(text: string | null): Period {
  if (!text || text === "all") return {kind: "all"};
  const months = /^(\d+)m$/.exec(text);
  if (months && PERIOD_MONTHS.includes(Number(months[1]))) return {kind: "last", months: Number(months[1])};
  const [from, to, ...rest] = text.split("_");
  if (!rest.length && from && to && isDay(from) && isDay(to) && from <= to) return {kind: "range", from, to};
  return {kind: "all"};
}

export function formatPeriod(period: Period): string {
  return period.kind === "all" ? "all" : period.kind === "last" ? `${period.months}m` : `${period.from}_${period.to}`;
}

/** The view a query string asks for; anything unknown or malformed leaves the default. */
export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const picked: Record<string, string> = {};
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

/** The query string of a view: only what differs from the default, always in the same order; "" for the default. */
export function viewQuery(view: View): string {
  const params = new URLSearchParams();
  if (view.period.kind !== "all") params.set("period", formatPeriod(view.period));
  if (view.weekAverage) params.set("avg", "7");
  if (view.perCapita) params.set("per", "100k");
  if (view.logScale) params.set("scale", "log");
  for (const chart of Object.keys(view.picked).sort()) params.append("pick", `${chart}.${view.picked[chart]}`);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The days a period covers within data from `first` to `last` (ISO days): the last N months count back from the data's end, not from today. */
export function periodSpan(period: Period, first: string, last: string): {from: string; to: string} {
  if (period.kind === "range") return {from: period.from < first ? first : period.from, to: period.to > last ? last : period.to};
  if (period.kind === "all") return {from: first, to: last};
  const end = new Date(`${last}T00:00:00Z`);
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - period.months, end.getUTCDate() + 1));
  const from = start.toISOString().slice(0, 10);
  return {from: from < first ? first : from, to: last};
}

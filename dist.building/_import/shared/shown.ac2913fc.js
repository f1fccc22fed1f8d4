import { POPULATION } from "./population.9ddf832d.js";
import { periodSpan } from "./view.3ac69d6f.js";
export function canAverage(field) {
  return (field.measure ?? "daily") === "daily";
}
export function canPerCapita(field) {
  return (field.measure ?? "daily") !== "rate";
}
export function weekAverage(values) {
  return values.map((_, i) => {
    let sum = 0;
    let reported = 0;
    for (let j = Math.max(0, i - 6); j <= i; ++j) {
      const v = values[j];
      if (v !== null && Number.isFinite(v)) {
        sum += v;
        ++reported;
      }
    }
    return reported >= 4 ? sum / reported : null;
  });
}
export function shownSeries(topic, keys, view, days = {}) {
  const fields = keys.map((key) => topic.fields[key]);
  const weekAverageApplies = view.weekAverage && fields.some(canAverage);
  const perCapitaApplies = view.perCapita && fields.some(canPerCapita);
  const period = periodSpan(view.period, topic.dates[0], topic.dates[topic.dates.length - 1]);
  const from = days.from && days.from > period.from ? days.from : period.from;
  const until = days.until && days.until < period.to ? days.until : period.to;
  const start = lowerBound(topic.dates, from);
  const end = lowerBound(topic.dates, until, true);
  const series = fields.map((field) => {
    let values = topic.series[field.key];
    if (weekAverageApplies && canAverage(field)) values = weekAverage(values);
    values = values.slice(start, Math.max(start, end));
    if (perCapitaApplies && canPerCapita(field)) {
      const per = 1e5 / (field.population ?? POPULATION);
      values = values.map((v) => v === null ? null : v * per);
    }
    return { key: field.key, label: field.label, unit: perCapitaApplies && canPerCapita(field) ? "\u043D\u0430 100 000 \u0436\u0438\u0442\u0435\u043B\u0435\u0439" : field.unit, color: field.color, values };
  });
  const logScale = view.logScale && fields.every((f) => f.measure !== "rate");
  return {
    dates: topic.dates.slice(start, Math.max(start, end)),
    series,
    words: [weekAverageApplies ? "7-\u0434\u043D\u0435\u0432\u043D\u043E\u0435 \u0441\u0440\u0435\u0434\u043D\u0435\u0435" : "", perCapitaApplies ? "\u043D\u0430 100 000 \u0436\u0438\u0442\u0435\u043B\u0435\u0439" : "", logScale ? "\u043B\u043E\u0433\u0430\u0440\u0438\u0444\u043C\u0438\u0447\u0435\u0441\u043A\u0430\u044F \u0448\u043A\u0430\u043B\u0430" : ""].filter(Boolean),
    weekAverage: weekAverageApplies,
    perCapita: perCapitaApplies,
    logScale
  };
}
function lowerBound(dates, day, after = false) {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (dates[mid] < day || after && dates[mid] === day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

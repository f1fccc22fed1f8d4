import { parseIsoDate } from "./dates.7b5ccf1c.js";
const parsedDates = /* @__PURE__ */ new WeakMap();
export function datesOf(topic) {
  let dates = parsedDates.get(topic.dates);
  if (!dates) parsedDates.set(topic.dates, dates = topic.dates.map(parseIsoDate));
  return dates;
}
export function has(topic, key) {
  return key in topic.series && topic.series[key].some((v) => v !== null);
}
export function withSeries(topic, field, values) {
  return { ...topic, fields: { ...topic.fields, [field.key]: { title: field.label, ...field } }, series: { ...topic.series, [field.key]: values } };
}
export function share(topic, key, of, label) {
  if (!has(topic, key) || !has(topic, of)) return topic;
  const whole = topic.series[of];
  const values = topic.series[key].map((v, i) => v === null || !whole[i] ? null : v / whole[i]);
  const part = topic.fields[key];
  return withSeries(topic, { key: `${key}Share`, label, description: `${part.label}: \u0434\u043E\u043B\u044F \u043E\u0442 \xAB${topic.fields[of].label}\xBB`, unit: "%", measure: "rate", color: part.color }, values);
}
export function rollingSum(values, days) {
  let total = 0;
  let reported = 0;
  return values.map((v, i) => {
    if (v !== null) [total, reported] = [total + v, reported + 1];
    const out = values[i - days];
    if (i >= days && out !== void 0 && out !== null) [total, reported] = [total - out, reported - 1];
    return reported ? total : null;
  });
}
export function endAtLastChange(values) {
  let last = values.length - 1;
  while (last >= 0 && values[last] === null) --last;
  let change = last;
  for (let i = last - 1; i >= 0 && (values[i] === null || values[i] === values[last]); --i) if (values[i] !== null) change = i;
  return values.map((v, i) => i > change ? null : v);
}
export function runningTotal(topic, key, label) {
  if (!has(topic, key)) return topic;
  let total = 0;
  return withSeries(topic, { key: `${key}Total`, label, description: `${topic.fields[key].label}, \u043D\u0430\u0440\u0430\u0441\u0442\u0430\u044E\u0449\u0438\u043C \u0438\u0442\u043E\u0433\u043E\u043C`, unit: topic.fields[key].unit }, topic.series[key].map((v) => total += v ?? 0));
}
export function firstReported(topic, key) {
  const values = topic.series[key] ?? [];
  const i = values.findIndex((v) => v !== null);
  return i < 0 ? void 0 : { value: values[i], date: topic.dates[i] };
}
export function lastReported(topic, key, accept = (v) => v !== 0) {
  const values = topic.series[key] ?? [];
  for (let i = values.length - 1; i >= 0; --i) if (values[i] !== null && accept(values[i])) return { value: values[i], date: topic.dates[i] };
  return void 0;
}
export function byTotal(topic, keys) {
  const totals = new Map(keys.map((key) => [key, sum(topic.series[key])]));
  return [...keys].sort((a, b) => totals.get(b) - totals.get(a));
}
export function sum(values, until = Infinity) {
  let total = 0;
  values?.forEach((v, i) => i <= until && (total += v ?? 0));
  return total;
}
export function max(values) {
  let best;
  values?.forEach((v, index) => v !== null && (!best || v > best.value) && (best = { value: v, index }));
  return best;
}

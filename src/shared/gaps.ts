// Series reshaped for charts that must not join across unreported days: gaps kept open, blanks of a published breakdown read as 0, whole weeks summed for stacks.
import {datesOf, type Topic, type Values} from "./topic.js";

const DAY_MS = 86_400_000;

/**
 * NaN on the first day of every run of at least `minDays` unreported days, so a line or an area
 * stops there instead of drawing a flat step across weeks nobody reported (NaN is not a value to Plot).
 * Shorter holes, a weekend without a report, are bridged as before.
 */
export function openGaps(topic: Topic, keys: string[], minDays = 7): Topic {
  const series = {...topic.series};
  for (const key of keys) {
    const values = topic.series[key];
    if (!values) continue;
    const open = values.slice();
    for (let i = 1; i < values.length; ++i) {
      if (values[i] !== null || values[i - 1] === null) continue;
      let end = i;
      while (end < values.length && values[end] === null) ++end;
      if (end - i >= minDays) open[i] = NaN;
    }
    series[key] = open;
  }
  return {...topic, series};
}

/**
 * A blank read as 0 on a day when another series of the group reported: the breakdown was published
 * that day, and a town or an occupation left out of it had no cases. A day when none reported stays blank.
 */
export function zeroWhereAnyReported(topic: Topic, keys: string[]): Topic {
  const kept = keys.filter((key) => key in topic.series);
  const reported = topic.dates.map((_, i) => kept.some((key) => topic.series[key][i] !== null));
  const series = {...topic.series};
  for (const key of kept) series[key] = topic.series[key].map((v, i) => (v === null && reported[i] ? 0 : v));
  return {...topic, series};
}

/**
 * Sums by week, Monday to Sunday; a part week at either end is left out, as it would look like a drop. In a week when any of `keys` reported,
 * an unreported key counts as 0, so every layer of a stack is continuous; a week when none reported stays empty.
 */
export function weeklySums(topic: Topic, keys: string[]): Topic {
  const weeks = new Map<string, number[]>();
  datesOf(topic).forEach((day, i) => {
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
    if (!weeks.has(monday)) weeks.set(monday, []);
    weeks.get(monday)!.push(i);
  });
  const all = [...weeks];
  const full = all.filter(([, days], w) => days.length === 7 || (w > 0 && w < all.length - 1));
  const kept = keys.filter((key) => key in topic.series);
  const reported = full.map(([, days]) => days.some((i) => kept.some((key) => topic.series[key][i] !== null)));
  const series: Record<string, Values> = Object.fromEntries(
    kept.map((key) => [key, full.map(([, days], w) => (reported[w] ? days.reduce((total, i) => total + (topic.series[key][i] ?? 0), 0) : null))])
  );
  return {
    dates: full.map(([monday]) => monday),
    fields: Object.fromEntries(kept.map((key) => [key, {...topic.fields[key], sparse: false}])),
    series
  };
}

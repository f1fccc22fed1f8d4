// Whole weeks summed, for a stack of series whose reports fell on varying days of the week.
import {datesOf, type Topic, type Values} from "./topic.js";

const DAY_MS = 86_400_000;

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

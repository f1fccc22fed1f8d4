// The demographics page's groups read two ways: as reported, for lines and dots, and as breakdowns, for stacks.
// Made on the page from the one copy its data file carries: computing them costs less than decoding a second copy.
import {has, share, withSeries, type Topic, type Values} from "./topic.js";

/** The groups as the data file carries them: one topic, and the keys of each breakdown (status, ages, source). */
export interface GroupsFile {
  demographics: Topic;
  groups: Record<string, string[]>;
}

/** What the page draws: the groups as reported with the unknown source's share of the day and of the week, and as breakdowns. */
export function groupReadings({demographics, groups}: GroupsFile): {demographics: Topic; breakdowns: Topic} {
  // Shares only where both the part and the day's cases were reported: a day without the source is a gap, not 0 %.
  const daily = share(demographics, "sourceUnknown", "newCases", "Источник не установлен");
  return {
    demographics: weekShare(daily, "sourceUnknown", "newCases", "Источник не установлен, за 7 дней"),
    breakdowns: Object.values(groups).reduce((topic, keys) => asBreakdown(topic, keys), demographics)
  };
}

/**
 * A group of series read as one breakdown of the day's cases. On a day when any of `keys` was reported the breakdown was
 * published, and a key left blank that day counts as 0, if the day lies between the key's own first and last report:
 * the sheet's keepers left a group with no cases blank rather than type 0. Before a key was first named or after it was
 * last named it stays blank (the report did not list it then), and so does every day without the breakdown.
 */
export function asBreakdown(topic: Topic, keys: string[]): Topic {
  const ranges = keys.flatMap((key) => {
    const range = reportedRange(topic.series[key] ?? []);
    return range ? [{key, range}] : [];
  });
  const published = topic.dates.map((_, i) => ranges.some(({key}) => topic.series[key][i] !== null));
  const series = {...topic.series};
  for (const {key, range: [first, last]} of ranges) series[key] = topic.series[key].map((v, i) => (v === null && published[i] && i >= first && i <= last ? 0 : v));
  return {...topic, series};
}

/**
 * The share of `part` in `whole` over the last 7 days: both summed over the days of the window that reported both, where at
 * least 4 did. Steadier than a day's share when a day has few cases.
 */
export function weekShare(topic: Topic, part: string, whole: string, label: string): Topic {
  if (!has(topic, part) || !has(topic, whole)) return topic;
  const p = topic.series[part];
  const w = topic.series[whole];
  const values: Values = topic.dates.map((_, i) => {
    let parts = 0;
    let wholes = 0;
    let days = 0;
    for (let j = Math.max(0, i - 6); j <= i; ++j) {
      if (p[j] === null || w[j] === null) continue;
      parts += p[j]!;
      wholes += w[j]!;
      ++days;
    }
    return days >= 4 && wholes > 0 ? parts / wholes : null;
  });
  const field = topic.fields[part];
  return withSeries(topic, {key: `${part}WeekShare`, label, description: `${field.label}: доля от «${topic.fields[whole].label}» за последние 7 дней`, unit: "%", measure: "rate", color: field.color}, values);
}

/** The indices of the first and the last reported value. */
export function reportedRange(values: Values): [number, number] | undefined {
  const first = values.findIndex((v) => v !== null);
  if (first < 0) return undefined;
  let last = values.length - 1;
  while (values[last] === null) --last;
  return [first, last];
}

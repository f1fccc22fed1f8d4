// The overview's data: the columns of its cards, and the story of the epidemic told by its chart and summary: the waves
// of new cases, the day with the most cases and the week with the most deaths. Found here, once at build time.
import {weekAverage} from "../../shared/shown.js";
import type {Topic, Values} from "../../shared/topic.js";
import {WAVE_RULE, type DayValue, type Story, type Wave} from "../../shared/story.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

const DAY_MS = 86_400_000;

const daysBetween = (from: string, until: string) => Math.round((Date.parse(until) - Date.parse(from)) / DAY_MS);

/** The waves of a daily count, found in its 7-day average (the project's rule: a week needs 4 days with a report). */
export function findWaves(dates: string[], daily: Values, rule = WAVE_RULE): Wave[] {
  const average = weekAverage(daily);
  const found: {start: number; peak: number}[] = [];
  // The lowest point since the last wave, and the highest since that point.
  let start = -1;
  let peak = -1;
  average.forEach((value, i) => {
    if (value === null) return;
    if (start < 0) {
      start = peak = i;
    } else if (value > average[peak]!) {
      peak = i;
    } else if (value <= average[peak]! * (1 - rule.fall) && average[peak]! >= average[start]! * rule.rise && daysBetween(dates[start], dates[peak]) >= rule.days) {
      found.push({start, peak});
      start = peak = i;
    } else if (value <= average[start]!) {
      // Level with the lowest point or below it: the rise, if one comes, starts here.
      start = peak = i;
    }
  });
  const at = (i: number): DayValue => ({date: dates[i], value: average[i]!});
  return found.map(({start, peak}, k) => {
    // A wave ends where the next one starts, the last one at its lowest point after the peak.
    const end = k + 1 < found.length ? found[k + 1].start : lowest(average, peak);
    return {start: at(start), peak: at(peak), end: at(end), topDay: highestDay(dates, daily, start, end)!};
  });
}

/** The index of the lowest reported value after `from`. */
function lowest(values: Values, from: number): number {
  let best = from;
  for (let i = from + 1; i < values.length; ++i) if (values[i] !== null && values[i]! < values[best]!) best = i;
  return best;
}

/** The day with the highest reported value from `from` to `until`, both included. */
function highestDay(dates: string[], values: Values, from = 0, until = values.length - 1): DayValue | undefined {
  let best: DayValue | undefined;
  for (let i = from; i <= until; ++i) if (values[i] !== null && (!best || values[i]! > best.value)) best = {date: dates[i], value: values[i]!};
  return best;
}

/** The story the overview's chart and summary tell: the waves of new cases, the record day, the deadliest week. */
export function storyOf(topic: Topic): Story {
  const cases = topic.series.newCases ?? [];
  const deaths = topic.series.deaths ?? [];
  return {
    waves: findWaves(topic.dates, cases),
    rule: WAVE_RULE,
    casesRecord: highestDay(topic.dates, cases),
    deathsPeak: highestDay(topic.dates, weekAverage(deaths))
  };
}

export function overview(snapshot: Snapshot) {
  const topic = topicOf(snapshot, {keys: ["newCases", "deaths", "recovered", "firstDose", "secondDose", "vaccinatedCases", "vaccinatedDeaths", "wardDeathsSinceApril"]});
  return {...topic, story: storyOf(topic)};
}

// The story of the epidemic the overview tells: its waves and records, as the build finds them (src/data/topics/overview.ts) and the page draws them.

export interface DayValue {
  /** ISO day. */
  date: string;
  value: number;
}

/** A rise and fall of the 7-day average of new cases. */
export interface Wave {
  /** The lowest 7-day average before the rise. */
  start: DayValue;
  /** The highest 7-day average of the wave. */
  peak: DayValue;
  /** The lowest 7-day average after the peak: where the next wave starts, or the lowest point before the data end. */
  end: DayValue;
  /** The day with the most cases reported from the wave's start to its end. */
  topDay: DayValue;
}

export interface Story {
  waves: Wave[];
  /** What made them waves: WAVE_RULE, for the chart's note. */
  rule: typeof WAVE_RULE;
  /** The day with the most new cases of all. */
  casesRecord?: DayValue;
  /** The highest 7-day average of deaths (a week needs 4 days with a report). */
  deathsPeak?: DayValue;
}

/**
 * What makes a wave: the 7-day average at least doubled from its lowest point since the wave before (`rise`), took at
 * least `days` days to get there (a week's reports published on one day make a spike, not a wave), and then fell by at
 * least a quarter (`fall`) from its peak. A smaller rise and fall is part of the wave around it.
 */
export const WAVE_RULE = {rise: 2, fall: 0.25, days: 14};

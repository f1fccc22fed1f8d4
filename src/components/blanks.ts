// Daily counts where the sheet leaves a cell blank on a day with nothing to report (deaths, Invitro tests): blank means none.
import {withSeries, type Topic} from "../shared/topic.js";

/**
 * The same series with blanks read as 0 between its first and its last reported day, so that a
 * step or a 7-day average does not carry one day's value across the empty days after it.
 */
export function blanksAsZero(topic: Topic, key: string): Topic {
  const values = topic.series[key];
  const field = topic.fields[key];
  if (!values || !field) return topic;
  const first = values.findIndex((v) => v !== null);
  if (first < 0) return topic;
  let last = values.length - 1;
  while (values[last] === null) --last;
  return withSeries(topic, field, values.map((v, i) => (v === null && i > first && i < last ? 0 : v)));
}

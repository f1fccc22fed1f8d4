import {weeklySums, zeroWhereAnyReported} from "../../shared/gaps.js";
import {byTotal, has, sum, type Topic} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "../pipeline/topic.js";

// Two tables: the daily sheet's municipal columns, and the separate municipal sheet (cumulative counts turned into daily ones).
// The reshaping the charts need is done here, once at build time, rather than on every reader's phone.
export function municipalities(snapshot: Snapshot) {
  const dailyColumns = topicOf(snapshot, {keys: ["kaliningrad", "outsideKaliningrad"], groups: ["municipalities"]});
  const munic = topicOf(snapshot, {table: "municipalities", groups: ["municipalities"]});
  // A town missing from a day's breakdown had no cases that day; a day without any breakdown stays blank.
  const daily = zeroWhereAnyReported(dailyColumns, Object.keys(dailyColumns.fields));
  const regions = (topic: Topic) => Object.keys(topic.fields).filter((key) => key !== "outsideKaliningrad");
  // Stacks of 22 daily layers are too jagged to read: whole weeks are summed.
  const dailyByWeek = weeklySums(daily, regions(daily));
  const municByWeek = weeklySums(munic, regions(munic));
  // Kaliningrad first, the rest by name: a reader looks for their own town. Sorted here, as a Russian Intl.Collator
  // takes a phone a fifth of a second to build.
  const collator = new Intl.Collator("ru");
  const reported = (topic: Topic) => regions(topic).filter((key) => has(topic, key));
  const kaliningradFirst = (topic: Topic) =>
    reported(topic).sort((a, b) => Number(b === "kaliningrad") - Number(a === "kaliningrad") || collator.compare(topic.fields[a].label, topic.fields[b].label));
  const byName = {daily: kaliningradFirst(daily), munic: kaliningradFirst(munic)};
  // Largest total first, so the big bands lie at the bottom of a stack.
  const byCases = {daily: byTotal(daily, reported(daily)), munic: byTotal(munic, reported(munic))};
  const years = [...new Set(daily.dates.map((date) => date.slice(0, 4)))];
  const yearTotals = Object.fromEntries(
    Object.entries(daily.series).map(([key, values]) => [key, years.map((year) => sum(values.map((v, i) => (daily.dates[i].startsWith(year) ? v : null))))])
  );
  return {daily, dailyByWeek, munic, municByWeek, byName, byCases, years, yearTotals};
}

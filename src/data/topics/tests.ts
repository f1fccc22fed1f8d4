import {COLORS} from "../../shared/palette.js";
import {withSeries, type Topic, type Values} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

/** Days in the window of cases per test. */
export const POSITIVITY_DAYS = 7;
/** Days in the window of Invitro's share of positives, and the fewest tests a share may rest on: the lab did a few a day. */
export const INVITRO_SHARE_DAYS = 30;
export const INVITRO_SHARE_MIN_TESTS = 30;

export function tests(snapshot: Snapshot): Topic {
  const topic = topicOf(snapshot, {
    keys: ["tests", "examined", "testsTotal", "testedTotal", "newCases", "respiratory", "pneumonia", "asymptomatic", "recovered", "invitroTests", "invitroPositive", "invitroNegative", "invitroTestsTotal", "invitroPositiveTotal", "invitroNegativeTotal", "casesTotal"]
  });
  const s = topic.series;
  if (!s.tests || !s.newCases || !s.invitroTests || !s.invitroPositive || !s.invitroNegative) return topic;
  const positive = completedKind(s.invitroPositive, s.invitroNegative, s.invitroTests);
  const negative = completedKind(s.invitroNegative, s.invitroPositive, s.invitroTests);
  let out = withSeries(topic, {...topic.fields.invitroPositive}, positive);
  out = withSeries(out, {...topic.fields.invitroNegative}, negative);
  // A day without a count of tests or people examined went into the next day's count: a week's mean runs from report to report.
  for (const key of ["tests", "examined"]) {
    const field = topic.fields[key];
    if (field) out = withSeries(out, {...field, key: `${key}WeekAverage`, description: `${field.description}: среднее за 7 дней`, measure: "level"}, carriedMean(s[key], 7));
  }
  out = withSeries(
    out,
    {key: "casesPer100Tests", label: "Случаи за 7 дней", description: "Новые случаи за 7 дней (или от сводки о тестах до сводки) на 100 тестов за те же дни", unit: "на 100 тестов", measure: "rate", color: topic.fields.newCases?.color},
    positivity(s.newCases, s.tests, POSITIVITY_DAYS).map((v) => (v === null ? null : v * 100))
  );
  out = withSeries(
    out,
    {key: "invitroPositiveShare", label: "За 30 дней", description: "Доля положительных тестов Invitro за последние 30 дней", unit: "%", measure: "rate", color: topic.fields.invitroPositive?.color},
    windowShare(positive, s.invitroTests, INVITRO_SHARE_DAYS, INVITRO_SHARE_MIN_TESTS)
  );
  if (s.invitroPositiveTotal && s.invitroTestsTotal) {
    const [part, whole] = [s.invitroPositiveTotal, s.invitroTestsTotal];
    out = withSeries(
      out,
      {key: "invitroPositiveTotalShare", label: "С начала наблюдений", description: "Доля положительных среди всех тестов Invitro с начала наблюдений", unit: "%", measure: "rate", color: COLORS.brown},
      part.map((v, i) => (v === null || whole[i] === null || whole[i]! < INVITRO_SHARE_MIN_TESTS ? null : v / whole[i]!))
    );
  }
  return out;
}

/**
 * One kind of the lab's results (positive or negative) on the days it reported tests. The sheet leaves a kind blank when
 * there were none of it; where the other kind makes up all the day's tests, that blank is a reported 0. Other blanks stay.
 */
export function completedKind(kind: Values, other: Values, tests: Values): Values {
  return kind.map((v, i) => (v !== null ? v : tests[i] !== null && other[i] !== null && other[i] === tests[i] ? 0 : null));
}

/**
 * A count whose unreported days went into the next report (its running total did not move) covers, on a day it was
 * reported, the days since the report before. The span of at least `days` days that ends on day `i`'s report and starts
 * after an earlier one: the first day of that span, or undefined where `i` has no report or none comes within twice `days`.
 */
export function closedSpan(values: Values, i: number, days: number): number | undefined {
  if (values[i] === null) return undefined;
  for (let k = i - days; k >= 0 && k >= i - 2 * days; --k) if (values[k] !== null) return k + 1;
  return undefined;
}

/** The mean a day of such a count over the closed span of at least `days` days to each report. */
export function carriedMean(values: Values, days = 7): Values {
  return values.map((_, i) => {
    const start = closedSpan(values, i, days);
    if (start === undefined) return null;
    let total = 0;
    for (let j = start; j <= i; ++j) total += values[j] ?? 0;
    return total / (i - start + 1);
  });
}

/** New cases per test over the closed span of tests of at least `days` days to each report; every day of it must report its cases. */
export function positivity(cases: Values, tests: Values, days: number): Values {
  return tests.map((_, i) => {
    const start = closedSpan(tests, i, days);
    if (start === undefined) return null;
    let caseSum = 0;
    let testSum = 0;
    for (let j = start; j <= i; ++j) {
      if (cases[j] === null) return null;
      caseSum += cases[j]!;
      testSum += tests[j] ?? 0;
    }
    return testSum > 0 ? caseSum / testSum : null;
  });
}

/** part / whole over the last `days` days, from the days that report both; none where those days hold fewer than `minimum` of the whole. */
export function windowShare(part: Values, whole: Values, days: number, minimum: number): Values {
  return whole.map((_, i) => {
    let partSum = 0;
    let wholeSum = 0;
    for (let j = Math.max(0, i - days + 1); j <= i; ++j) {
      if (part[j] === null || whole[j] === null) continue;
      partSum += part[j]!;
      wholeSum += whole[j]!;
    }
    return wholeSum >= minimum && wholeSum > 0 ? partSum / wholeSum : null;
  });
}

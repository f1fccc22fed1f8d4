import {POPULATION} from "../../shared/population.js";
import {rollingSum, withSeries} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";
import {topicOf} from "./select.js";

export function cases(snapshot: Snapshot) {
  const topic = topicOf(snapshot, {keys: ["newCases", "respiratory", "pneumonia", "asymptomatic", "severe", "casesTotal", "underObservation", "invitroPositive", "invitroPositiveTotal", "vaccinatedCases"]});
  // Summed from the day's cases, not the sheet's «30days_1000», which it rounded to hundredths of a case per 1000: a staircase.
  const per100k = rollingSum(topic.series.newCases ?? [], 30).map((v) => (v === null ? null : (v * 100_000) / POPULATION));
  return withSeries(topic, {key: "cases30dPer100k", label: "Случаи за 30 дней на 100 000", description: "Подтверждённые случаи за последние 30 дней на 100 000 жителей", unit: "на 100 000 жителей", measure: "rate", color: topic.fields.newCases?.color}, per100k);
}

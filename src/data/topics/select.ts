// A page's compact data: only the columns it draws, as arrays, with their labels, units and colours from the column descriptions.
import type {TableName} from "../../shared/meta.js";
import {endAtLastChange, type Topic} from "../../shared/topic.js";
import type {Snapshot} from "../pipeline/published.js";

export interface TopicSelection {
  table?: TableName;
  /** Field names, in the order the page lists them. */
  keys?: string[];
  /** Every field of these groups (occupations, municipalities, …). */
  groups?: string[];
}

/** {dates, fields, series} of the chosen columns; a selected column the snapshot lacks is simply absent. */
export function topicOf(snapshot: Snapshot, {table = "daily", keys = [], groups = []}: TopicSelection): Topic {
  const published = snapshot.table(table);
  const dateField = published.fields.find((f) => f.type === "date");
  const chosen = published.fields.filter((f) => f !== dateField && (keys.includes(f.name) || (f.group !== undefined && groups.includes(f.group))));
  chosen.sort((a, b) => order(keys, a.name) - order(keys, b.name));
  return {
    dates: dateField ? published.column(dateField.name) : [],
    fields: Object.fromEntries(
      chosen.map((f) => [f.name, {key: f.name, title: f.title, label: f.label ?? f.title, description: f.description ?? "", unit: f.unit, sparse: f.sparse, color: f.color, measure: f.measure, population: f.population}])
    ),
    series: Object.fromEntries(
      chosen.map((f) => {
        const values = published.column(f.name).map((cell) => (cell === "" ? null : Number(cell)));
        // A running total the sheet kept repeating after its last report ends at that report (the CSV keeps the repeats).
        return [f.name, f.measure === "total" ? endAtLastChange(values) : values];
      })
    )
  };
}

function order(keys: string[], name: string): number {
  const at = keys.indexOf(name);
  return at < 0 ? keys.length : at;
}

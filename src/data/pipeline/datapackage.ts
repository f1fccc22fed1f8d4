// The Frictionless description of the snapshot, made from the same column descriptions that cleaned it.
import type {TableMeta} from "../../shared/meta.js";
import {valueRequired, type Column} from "./columns.js";
import type {Source} from "./sources.js";

export interface Resource {
  name: string;
  path: string;
  [property: string]: unknown;
}

/**
 * A table's description; `status` says, beside meta.json, whether the file is fresh from the sheet or a kept older copy.
 * When it was read stays in meta.json: a time here would change the description on every run of the scheduled refresh.
 */
export function tableResource(source: Source, fields: Column[], meta: Pick<TableMeta, "status" | "source" | "firstDate" | "lastDate">): Resource {
  const key = fields.find((f) => f.unique);
  return {
    name: source.table,
    path: `${source.table}.csv`,
    profile: "tabular-data-resource",
    title: source.title,
    description: source.description,
    sources: [{title: source.title, path: meta.source}],
    status: meta.status,
    ...(meta.firstDate ? {temporalCoverage: {start: meta.firstDate, end: meta.lastDate}} : {}),
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    schema: {
      fields: fields.map(schemaField),
      missingValues: [""],
      ...(key ? {primaryKey: [key.key]} : {})
    }
  };
}

function schemaField(column: Column) {
  const constraints = {
    ...(valueRequired(column) ? {required: true} : {}),
    ...(column.unique ? {unique: true} : {}),
    ...((column.type === "integer" || column.type === "number") && !column.signed ? {minimum: 0} : {}),
    ...(column.maximum !== undefined ? {maximum: column.maximum} : {})
  };
  return {
    name: column.key,
    type: column.type,
    title: column.header,
    description: column.description,
    label: column.label,
    ...(column.unit ? {unit: column.unit} : {}),
    ...(column.derived ? {derived: true} : {}),
    ...(column.sparse ? {sparse: true} : {}),
    ...(column.group ? {group: column.group} : {}),
    ...(column.color ? {color: column.color} : {}),
    ...(column.measure ? {measure: column.measure} : {}),
    ...(column.population ? {population: column.population} : {}),
    ...(Object.keys(constraints).length ? {constraints} : {})
  };
}

export function dataPackage(resources: Resource[]) {
  return {
    profile: "tabular-data-package",
    name: "covid39",
    title: "COVID-19 в Калининградской области",
    description: "Снимок публичной Google-таблицы с ежедневными данными о COVID-19 в Калининградской области, очищенный и проверенный",
    licenses: [{name: "MIT", path: "https://opensource.org/licenses/MIT", title: "MIT License"}],
    resources
  };
}

// What meta.json says of each published table: read by the pipeline, the build and the pages.

/** fresh: read from the sheet by this run; stale: the sheet could not be read or failed the checks, so the last good file stays. */
export type TableStatus = "fresh" | "stale";

export type TableName = "daily" | "deaths" | "rosstat" | "municipalities";

export interface TableMeta {
  status: TableStatus;
  /** Where the file's rows were read from: the export URL, or the publication a bundled snapshot carries. */
  source: string;
  /** When the published rows were read from their source. */
  fetchedAt: string | null;
  rows: number;
  /** The table's first and newest day (ISO), if it has dates: the data end here, whenever they were read. */
  firstDate: string | null;
  lastDate: string | null;
  /** Why this run could not publish the table fresh. */
  error?: string;
  warnings: string[];
}

export interface Meta {
  generatedAt: string;
  tables: Partial<Record<TableName, TableMeta>>;
}

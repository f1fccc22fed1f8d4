// npm run data -- --out DIR [--strict] [--offline] [--only daily,municipalities]
import {parseArgs} from "node:util";
import {allFresh, runPipeline} from "./snapshot.js";
import {SOURCES, type TableName} from "./sources.js";

const {values} = parseArgs({
  options: {
    out: {type: "string"},
    strict: {type: "boolean", default: false},
    offline: {type: "boolean", default: process.env.SHEET_OFFLINE === "1"},
    only: {type: "string"}
  }
});

if (!values.out) {
  console.error("usage: npm run data -- --out DIR [--strict] [--offline] [--only daily,deaths,rosstat,municipalities]");
  process.exit(2);
}
const only = values.only?.split(",").map((t) => t.trim()) as TableName[] | undefined;
const unknown = only?.filter((t) => !SOURCES.some((s) => s.table === t));
if (unknown?.length) {
  console.error(`unknown table ${unknown.join(", ")}; the tables are ${SOURCES.map((s) => s.table).join(", ")}`);
  process.exit(2);
}

const meta = await runPipeline({outDir: values.out, strict: values.strict, offline: values.offline, only, log: (line) => console.error(line)});
if (values.strict && !allFresh(meta, only)) {
  console.error("not every table is fresh (--strict): see the lines above");
  process.exit(1);
}

// npm run data: the pipeline alone, into a folder; a mistake in the command line gets one line and the usage, never a stack trace.
import {parseArgs} from "node:util";
import type {TableName} from "../../shared/meta.js";
import {runPipeline} from "./snapshot.js";
import {SOURCES} from "./sources.js";

const TABLES = SOURCES.map((s) => s.table);

const USAGE = `usage: npm run data -- --out DIR [--strict] [--offline] [--only TABLE,...]

Fetches the sheet's tabs, cleans and checks them, and writes the snapshot into DIR
(${TABLES.map((t) => `${t}.csv`).join(", ")}, datapackage.json, meta.json).
A table that cannot be read keeps its last good file in DIR, marked stale.

  --out DIR      the snapshot folder, written in place (made if missing)
  --strict       all or nothing: unless every table comes fresh, write nothing and exit 1
  --offline      fetch nothing: keep DIR's snapshot as it is (also SHEET_OFFLINE=1)
  --only TABLES  only these tables, comma-separated: ${TABLES.join(", ")}
  --help         this text

Exit status: 0 when every table asked for was published, 1 when one was not (or, with
--strict, was not fresh), 2 for a mistake in the command line.`;

class UsageError extends Error {}

interface Command {
  out: string;
  strict: boolean;
  offline: boolean;
  only?: TableName[];
}

/** The command line as options, or "help"; a UsageError says in one line what is wrong. */
function parseCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Command | "help" {
  let values;
  try {
    ({values} = parseArgs({
      args,
      options: {out: {type: "string"}, strict: {type: "boolean"}, offline: {type: "boolean"}, only: {type: "string"}, help: {type: "boolean", short: "h"}},
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    // Node's own wording, without its error code: "Unknown option '--bogus'", "Option '--out <value>' argument missing".
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  if (values.help) return "help";
  if (!values.out) throw new UsageError("--out DIR is required: the folder to write the snapshot into");
  const only = values.only?.split(",").map((t) => t.trim());
  const unknown = only?.filter((t) => !TABLES.includes(t as TableName));
  if (unknown?.length) throw new UsageError(`unknown table ${unknown.map((t) => `«${t}»`).join(", ")}: the tables are ${TABLES.join(", ")}`);
  return {out: values.out, strict: values.strict ?? false, offline: values.offline ?? env.SHEET_OFFLINE === "1", only: only as TableName[] | undefined};
}

async function main(args: string[]): Promise<number> {
  let command: Command | "help";
  try {
    command = parseCommand(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`npm run data: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command === "help") {
    console.log(USAGE);
    return 0;
  }
  const result = await runPipeline({outDir: command.out, strict: command.strict, offline: command.offline, only: command.only, log: (line) => console.error(line)});
  if (command.strict && result.notFresh.length) return 1;
  return result.missing.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));

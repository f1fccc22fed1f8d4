// Refreshes the `datasets` branch: runs the pipeline strictly into a git checkout, commits the data files if they changed, pushes.
// Usage: npm run refresh -- --datasets DIR [--no-push]
import {spawnSync, type SpawnSyncOptions} from "node:child_process";
import {appendFileSync, existsSync, readFileSync} from "node:fs";
import {basename, dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import type {Meta} from "../src/shared/meta.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PIPELINE = join(ROOT, "scripts/pipeline.mjs");

/** Pathspecs of everything the pipeline publishes: the only files this script ever stages, restores or cleans. */
const DATA_FILES = ["*.csv", "datapackage.json", "meta.json"];
/** Its timestamps change on every run, so on its own it is not a change. */
const META = "meta.json";
const BOT = {name: "covid39-bot", email: "covid39-bot@users.noreply.github.com"};

const USAGE = "usage: npm run refresh -- --datasets DIR [--no-push]";

class RefreshError extends Error {}
/** A mistake in the command line: one line and the usage, exit 2. */
class UsageError extends Error {}

function git(dir: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync("git", args, {cwd: dir, encoding: "utf8", ...options});
  if (result.error) throw result.error;
  if (result.status !== 0) throw new RefreshError(`git ${args.join(" ")} failed:\n${result.stderr}`);
  return String(result.stdout ?? "");
}

/** `git` that answers a yes/no question by its exit code. */
function gitSucceeds(dir: string, args: string[]): boolean {
  return spawnSync("git", args, {cwd: dir, stdio: "ignore"}).status === 0;
}

/** The pipeline's own output goes to stderr so that stdout carries only the `changed=` line. */
function runPipeline(dir: string): number {
  const result = spawnSync(process.execPath, [PIPELINE, "--out", dir, "--strict"], {cwd: ROOT, stdio: ["ignore", 2, 2]});
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function hasCommits(dir: string): boolean {
  return gitSucceeds(dir, ["rev-parse", "--verify", "--quiet", "HEAD"]);
}

/** Puts the data files back as last committed, so a failed or meaningless run leaves nothing behind to push. */
function restoreDataFiles(dir: string, pathspecs = DATA_FILES): void {
  const tracked = hasCommits(dir) ? pathspecs.filter((pathspec) => isTracked(dir, pathspec)) : [];
  if (tracked.length > 0) git(dir, ["checkout", "HEAD", "--", ...tracked]);
  git(dir, ["clean", "-f", "-q", "--", ...pathspecs]);
}

/** git refuses to check out a pathspec that matches nothing it knows. */
function isTracked(dir: string, pathspec: string): boolean {
  return git(dir, ["ls-files", "--", pathspec]).trim() !== "";
}

/** Data files that differ from the last commit, new ones included. */
function changedDataFiles(dir: string): string[] {
  return git(dir, ["status", "--porcelain", "--untracked-files=all", "--", ...DATA_FILES])
    .split("\n")
    .filter(Boolean)
    .map((line) => line.slice(3));
}

/** `daily.csv` → `daily`; a changed datapackage.json is named only when no table changed, as it describes them. */
function changedTables(files: string[]): string[] {
  const tables = files.filter((file) => file.endsWith(".csv")).map((file) => basename(file, ".csv"));
  return tables.length === 0 && files.includes("datapackage.json") ? ["datapackage"] : tables;
}

/** The daily table's newest day, as the pipeline recorded it. */
function newestDate(dir: string): string | undefined {
  const meta = JSON.parse(readFileSync(join(dir, META), "utf8")) as Meta;
  return meta.tables.daily?.lastDate ?? undefined;
}

function commitMessage(tables: string[], newest: string | undefined): string {
  return `data: ${tables.join(", ")}${newest ? ` to ${newest}` : ""}`;
}

/** The bot signs the commit only where git has no identity of its own (a CI runner). */
function identityArgs(dir: string): string[] {
  const configured = gitSucceeds(dir, ["config", "user.name"]) && gitSucceeds(dir, ["config", "user.email"]);
  return configured ? [] : ["-c", `user.name=${BOT.name}`, "-c", `user.email=${BOT.email}`];
}

function commitDataFiles(dir: string, message: string): void {
  git(dir, ["add", "--all", "--", ...DATA_FILES]);
  git(dir, [...identityArgs(dir), "commit", "--quiet", "--message", message]);
}

/** HEAD as refspec pushes the current branch to its namesake, which also creates it on the first run. */
function push(dir: string): void {
  git(dir, ["push", "--quiet", "origin", "HEAD"], {stdio: ["ignore", 2, 2]});
}

/** The workflow's deploy job reads this as `needs.refresh.outputs.changed`. */
function reportChanged(changed: boolean): void {
  const line = `changed=${changed}`;
  console.log(line);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${line}\n`);
}

function refresh(dir: string, {pushToOrigin}: {pushToOrigin: boolean}): void {
  const status = runPipeline(dir);
  if (status !== 0) {
    restoreDataFiles(dir);
    throw new RefreshError(`pipeline exited with ${status}: the sheet could not be refreshed; nothing committed, ${dir} restored`);
  }
  const tables = changedTables(changedDataFiles(dir));
  if (tables.length === 0) {
    restoreDataFiles(dir, [META]);
    reportChanged(false);
    return;
  }
  const message = commitMessage(tables, newestDate(dir));
  commitDataFiles(dir, message);
  if (pushToOrigin) push(dir);
  console.error(`${message}${pushToOrigin ? "" : " (not pushed: --no-push)"}`);
  reportChanged(true);
}

function main(): void {
  let values;
  try {
    ({values} = parseArgs({options: {datasets: {type: "string"}, "no-push": {type: "boolean", default: false}}}));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.datasets) throw new UsageError("--datasets DIR is required: a checkout of the datasets branch");
  const dir = resolve(values.datasets);
  if (!existsSync(dir)) throw new RefreshError(`${dir} does not exist: check out the datasets branch there first`);
  refresh(dir, {pushToOrigin: !values["no-push"]});
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`npm run refresh: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(`refresh: ${error instanceof RefreshError ? error.message : error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
}

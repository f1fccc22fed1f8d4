// Shared pieces for the fault, kill and property tests: the bundled sample as records, snapshot folders, the CLI as a child.
import {spawn} from "node:child_process";
import {existsSync, readFileSync} from "node:fs";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import Papa from "papaparse";
import type {FetchOptions} from "../../src/data/pipeline/fetch.js";
import type {Meta} from "../../src/shared/meta.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SAMPLE_DIR = join(ROOT, "test/fixtures/sample");
export const TABS = ["data", "destrib", "rosstat", "munic"] as const;
export type Tab = (typeof TABS)[number];
export const TABLE_FILES = ["daily.csv", "deaths.csv", "rosstat.csv", "municipalities.csv"] as const;
const SET_FILES = [...TABLE_FILES, "datapackage.json", "meta.json"] as const;
export const JOURNAL = ".snapshot-journal.json";

/** Short waits, for the faults that are about waiting (a hang, a trickle): a test takes a second or two. */
export const FAST: FetchOptions = {timeoutMs: 2000, retries: 0, baseDelayMs: 10};
/**
 * For runs where the fault is not about time: a generous per-attempt timeout costs nothing when the server answers,
 * and keeps a machine loaded by parallel builds from turning a good tab into a timeout.
 */
export const PATIENT: FetchOptions = {timeoutMs: 20000, retries: 0, baseDelayMs: 10};
/** The first (good) run and the later (faulty) run happen on different days, so a kept table's fetchedAt is visibly the old one. */
export const DAY1 = new Date("2024-01-01T09:00:00.000Z");
export const DAY2 = new Date("2024-01-02T09:00:00.000Z");

const texts = new Map<string, string>();
/** The bundled export of a tab, exactly as the loopback server sends it. */
export function sampleText(tab: Tab): string {
  let text = texts.get(tab);
  if (text === undefined) texts.set(tab, (text = readFileSync(join(SAMPLE_DIR, `${tab}.csv`), "utf8")));
  return text;
}

export function sampleAnswers(): Record<Tab, string> {
  return Object.fromEntries(TABS.map((tab) => [tab, sampleText(tab)])) as Record<Tab, string>;
}

/** A gviz export as records (record 0 is the header, i.e. sheet row 1); the blank record after the final newline is dropped. */
export function records(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, {delimiter: ",", newline: "\n", skipEmptyLines: false}).data;
  if (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  return rows;
}

/** Records back to the gviz shape: every field quoted, LF line ends, a final newline (the sample round-trips byte for byte). */
export function toCsv(rows: string[][]): string {
  return Papa.unparse(rows, {quotes: true, newline: "\n"}) + "\n";
}

/** A published snapshot table (unquoted where possible, LF, final newline) as records, header included. */
export function parseSnapshotCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, {delimiter: ",", newline: "\n", skipEmptyLines: false});
  if (parsed.errors.length) throw new Error(`not valid CSV: ${parsed.errors.map((e) => `${e.code} at row ${e.row}: ${e.message}`).join("; ")}`);
  const rows = parsed.data;
  if (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  return rows;
}

export async function tempDir(prefix: string): Promise<{dir: string; remove: () => Promise<void>}> {
  const dir = await mkdtemp(join(tmpdir(), `covid39-${prefix}-`));
  return {dir, remove: () => rm(dir, {recursive: true, force: true})};
}

/** The bytes of every snapshot file present in the folder. */
export async function readSet(dir: string): Promise<Map<string, Buffer>> {
  const set = new Map<string, Buffer>();
  for (const name of SET_FILES) if (existsSync(join(dir, name))) set.set(name, await readFile(join(dir, name)));
  return set;
}

export async function readMeta(dir: string): Promise<Meta> {
  return JSON.parse(await readFile(join(dir, "meta.json"), "utf8")) as Meta;
}

export interface ChildRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The pipeline's CLI as a child process; asynchronous, so that a loopback server in this process keeps answering. */
export function runCli(args: string[], env: Record<string, string>): Promise<ChildRun> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), ["src/data/pipeline/cli.ts", ...args], {cwd: ROOT, env: {...process.env, ...env}});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (status, signal) => done({status, signal, stdout, stderr, ms: Date.now() - started}));
  });
}

/** A loopback port with nothing listening on it (bound, then released). */
export function closedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const {port} = server.address() as {port: number};
      server.close(() => done(port));
    });
  });
}

// cp1251 for what the sample holds: Cyrillic А–я at 0xC0–0xFF, Ё/ё, no-break space, em dash, №.
const CP1251: Record<string, number> = {"\u0401": 0xa8, "\u0451": 0xb8, "\u00a0": 0xa0, "\u202f": 0xa0, "\u2014": 0x97, "\u2116": 0xb9};

/** The text as a Windows-1251 export would have it; throws on a character this small table does not know. */
export function encodeCp1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (CP1251[ch] !== undefined) bytes.push(CP1251[ch]);
    else throw new Error(`no cp1251 byte for U+${code.toString(16).padStart(4, "0")}`);
  }
  return Buffer.from(bytes);
}

/** Environment for the CLI: the loopback template and short waits. */
export function cliEnv(template: string, fetch: FetchOptions = PATIENT): Record<string, string> {
  return {SHEET_URL: template, SHEET_TIMEOUT_MS: String(fetch.timeoutMs), SHEET_RETRIES: String(fetch.retries), SHEET_BACKOFF_MS: String(fetch.baseDelayMs), SHEET_OFFLINE: ""};
}

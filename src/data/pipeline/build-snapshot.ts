// The snapshot one build (or one preview session) shows: the pipeline runs once, and every loader reads its result.
import {existsSync, readdirSync} from "node:fs";
import {copyFile, mkdir, readFile, rm, stat, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {setTimeout as sleep} from "node:timers/promises";
import {recover} from "./atomic.js";
import {runPipeline} from "./snapshot.js";

const WORK_DIR = resolve(process.env.SNAPSHOT_WORK_DIR ?? ".snapshot");
const LOCK = `${WORK_DIR}.lock`;
const RUN_MARKER = join(WORK_DIR, ".run");
// A lock older than this was left by a killed build.
const STALE_LOCK_MS = 10 * 60_000;

/** The folder holding this build's snapshot, made on the first call of the build. */
export async function buildSnapshot(): Promise<string> {
  const run = process.env.SNAPSHOT_RUN;
  if (run && (await readRun()) === run) return WORK_DIR;
  await acquireLock();
  try {
    if (!run || (await readRun()) !== run) await refresh(run);
  } finally {
    await rm(LOCK, {recursive: true, force: true});
  }
  return WORK_DIR;
}

export async function publishedFile(name: string): Promise<string> {
  return readFile(join(await buildSnapshot(), name), "utf8");
}

async function refresh(run: string | undefined) {
  await mkdir(WORK_DIR, {recursive: true});
  const seed = process.env.SNAPSHOT_DIR;
  if (seed) await seedFrom(resolve(seed));
  await runPipeline({outDir: WORK_DIR, offline: process.env.SHEET_OFFLINE === "1", log: (line) => console.error(line)});
  await writeFile(RUN_MARKER, run ?? "");
}

/** The datasets checkout is the last good snapshot; it is copied, never written to. */
async function seedFrom(dir: string) {
  if (!existsSync(dir)) throw new Error(`SNAPSHOT_DIR=${dir} does not exist`);
  await recover(dir);
  for (const name of readdirSync(dir)) if (/\.(csv|json)$/.test(name)) await copyFile(join(dir, name), join(WORK_DIR, name));
}

async function readRun(): Promise<string | undefined> {
  return readFile(RUN_MARKER, "utf8").catch(() => undefined);
}

async function acquireLock() {
  for (;;) {
    try {
      await mkdir(LOCK);
      return;
    } catch {
      const age = Date.now() - ((await stat(LOCK).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) await rm(LOCK, {recursive: true, force: true});
      else await sleep(200);
    }
  }
}

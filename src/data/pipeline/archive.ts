// The snapshot a build shows, as one zip: the pipeline runs once, and every table, description and page's data file comes out of it.
import {existsSync} from "node:fs";
import {cp, mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import JSZip from "jszip";
import {TOPIC_FOLDERS, TOPICS} from "../topics/index.js";
import {recover} from "./atomic.js";
import {readSnapshot} from "./published.js";
import {runPipeline} from "./snapshot.js";
import {SOURCES} from "./sources.js";
import {topicJson} from "./topic-json.js";

/** The real data to 7 June 2023, carried from the original's last publication: the last good snapshot a clone starts from. */
export const BUNDLED_DIR = fileURLToPath(new URL("../bundled/", import.meta.url));

// Entries carry a fixed date, so that the same snapshot makes the same bytes.
const ENTRY_DATE = new Date("2020-03-08T00:00:00Z");

export interface ArchiveOptions {
  /** The last good snapshot to start from: the datasets checkout in the scheduled job, else the bundled one. */
  lastGood?: string;
  offline?: boolean;
  log?: (line: string) => void;
}

/** Runs the pipeline on a copy of the last good snapshot and zips what it published with every page's data file. */
export async function snapshotArchive({lastGood = process.env.SNAPSHOT_DIR || BUNDLED_DIR, offline = process.env.SHEET_OFFLINE === "1", log = () => {}}: ArchiveOptions = {}): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), "covid39-snapshot-"));
  try {
    await copySnapshot(resolve(lastGood), work);
    const {missing} = await runPipeline({outDir: work, offline, log});
    if (missing.length) throw new Error(`no data for ${missing.join(", ")}: the sheet could not be read and ${lastGood} has no last good file to show instead`);
    const zip = new JSZip();
    const add = (name: string, content: string) => zip.file(name, content, {date: ENTRY_DATE});
    for (const name of [...SOURCES.map((s) => `${s.table}.csv`), "datapackage.json", "meta.json"]) add(name, await readFile(join(work, name), "utf8"));
    const snapshot = await readSnapshot(work);
    // The status line of every page needs only the tables' dates and states, not their warnings.
    add("status.json", JSON.stringify({...snapshot.meta, tables: Object.fromEntries(Object.entries(snapshot.meta.tables).map(([name, {warnings, error, ...table}]) => [name, table]))}));
    for (const [name, topic] of Object.entries(TOPICS)) add(`topics/${name}.json`, topicJson(topic(snapshot)));
    for (const [folder, files] of Object.entries(TOPIC_FOLDERS)) for (const [name, data] of Object.entries(files(snapshot))) add(`topics/${folder}/${name}.json`, topicJson(data));
    return await zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
  } finally {
    await rm(work, {recursive: true, force: true});
  }
}

/** The last good files, copied: the datasets checkout and the bundled snapshot are never written to. */
async function copySnapshot(from: string, to: string): Promise<void> {
  if (!existsSync(from)) throw new Error(`the last good snapshot ${from} does not exist (SNAPSHOT_DIR?)`);
  await recover(from);
  await cp(from, to, {recursive: true, filter: (path) => path === from || /\.(csv|json)$/.test(path)});
}

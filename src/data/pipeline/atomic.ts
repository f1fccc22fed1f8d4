// A set of files replaced together: all are written aside first, then a journal makes the swap finish even after a kill.
import {existsSync, readdirSync} from "node:fs";
import {open, readFile, rename, unlink} from "node:fs/promises";
import {join} from "node:path";

const JOURNAL = ".snapshot-journal.json";
const TEMP = /\.tmp-\d+$/;

async function writeDurably(path: string, content: string): Promise<void> {
  const file = await open(path, "w");
  try {
    await file.writeFile(content);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** Writes every file, or (if killed) none until recover() rolls the journal forward. */
export async function replaceFiles(dir: string, files: Map<string, string>): Promise<void> {
  const renames: [string, string][] = [];
  for (const [name, content] of files) {
    const temp = `${name}.tmp-${process.pid}`;
    await writeDurably(join(dir, temp), content);
    renames.push([temp, name]);
  }
  await writeDurably(join(dir, `${JOURNAL}.tmp-${process.pid}`), JSON.stringify(renames));
  await rename(join(dir, `${JOURNAL}.tmp-${process.pid}`), join(dir, JOURNAL));
  await finishJournal(dir, renames);
}

async function finishJournal(dir: string, renames: [string, string][]): Promise<void> {
  for (const [temp, name] of renames) if (existsSync(join(dir, temp))) await rename(join(dir, temp), join(dir, name));
  await unlink(join(dir, JOURNAL));
}

/** Finishes a swap that a killed run left half done, and drops files it left half written. */
export async function recover(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  if (existsSync(join(dir, JOURNAL))) {
    const renames = JSON.parse(await readFile(join(dir, JOURNAL), "utf8")) as [string, string][];
    await finishJournal(dir, renames);
  }
  for (const name of readdirSync(dir)) if (TEMP.test(name)) await unlink(join(dir, name)).catch(() => {});
}

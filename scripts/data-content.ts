// A data file as far as it decides what a page shows, for the keys of the build-time charts and of the whole site.
import type {Meta} from "../src/shared/meta.js";
import {isArchive} from "../src/shared/status.js";

/**
 * meta.json and status.json carry the time the snapshot was written, new at every build, which a page uses only to tell
 * an archive from current data (src/shared/status.ts).
 */
export function drawnContent(file: Buffer): Buffer | string {
  if (!file.includes('"generatedAt"')) return file;
  const meta = JSON.parse(file.toString("utf8")) as Meta;
  if (typeof meta.generatedAt !== "string" || typeof meta.tables !== "object") return file;
  return JSON.stringify({...meta, generatedAt: isArchive(meta) ? "archive" : "current"});
}

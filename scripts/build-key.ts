// What a built site is made of, in one hash: the same key makes the same site, so a build that finds it kept has nothing to do.
import {createHash} from "node:crypto";
import {existsSync, readdirSync, statSync} from "node:fs";
import {readFile, writeFile} from "node:fs/promises";
import {join, relative, sep} from "node:path";
import JSZip from "jszip";
import {drawnContent} from "./data-content.js";

/** Where a build records the key of the site it made, beside Framework's own cache. */
const RECORD = ".observablehq/cache/build.json";
/** The config reads these for the footer's repository link. */
const ENV = ["GITHUB_REPOSITORY", "GITHUB_SERVER_URL"];

export interface BuildInputs {
  /** Framework's source root: pages, components, styles and the data loaders' code. */
  root: string;
  /** The project's build code, config and lockfile, hashed as files or folders. */
  project: string[];
  /** The data the pages load: the snapshot archive the loader wrote. */
  archive: Buffer;
  /** Anything else the build depends on, such as the browser that draws the charts. */
  extra?: string;
}

/** The hash of every input; the snapshot's time of writing counts only as archive or current, as for the build-time charts. */
export async function buildKey({root, project, archive, extra = ""}: BuildInputs): Promise<string> {
  const hash = createHash("sha256").update(`${process.version}\n${extra}\n`);
  for (const name of ENV) hash.update(`${name}=${process.env[name] ?? ""}\n`);
  for (const file of [...filesOf(root, root), ...project.flatMap((path) => filesOf(path, join(path, "..")))]) {
    hash.update(`${file.name}\n`).update(await readFile(file.path));
  }
  const zip = await JSZip.loadAsync(archive);
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry.dir) hash.update(`${name}\n`).update(drawnContent(await entry.async("nodebuffer")));
  }
  return hash.digest("hex");
}

/** The files under `path` (or `path` itself), sorted, named relative to `base`; Framework's cache is not an input. */
function filesOf(path: string, base: string): {path: string; name: string}[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [{path, name: relative(base, path).split(sep).join("/")}];
  return readdirSync(path, {recursive: true, encoding: "utf8"})
    .filter((name) => !name.split(sep).includes(".observablehq") && statSync(join(path, name)).isFile())
    .sort()
    .map((name) => ({path: join(path, name), name: relative(base, join(path, name)).split(sep).join("/")}));
}

/** The built folder as it stands: every file's name and size, so that a site changed or removed since is not taken for the one built. */
function outline(out: string): string {
  if (!existsSync(join(out, "index.html"))) return "";
  const files = readdirSync(out, {recursive: true, encoding: "utf8"}).filter((name) => statSync(join(out, name)).isFile()).sort();
  return createHash("sha256")
    .update(files.map((name) => `${name} ${statSync(join(out, name)).size}`).join("\n"))
    .digest("hex");
}

/** Whether `out` holds the site the last build made from the inputs of `key`, untouched since. */
export async function builtWith(root: string, out: string, key: string): Promise<boolean> {
  const recorded = await readFile(join(root, RECORD), "utf8").then((text) => JSON.parse(text) as {key?: string; outline?: string}, () => null);
  return recorded?.key === key && recorded.outline === outline(out) && recorded.outline !== "";
}

/** Records that `out` now holds the site of `key`. */
export async function recordBuild(root: string, out: string, key: string): Promise<void> {
  await writeFile(join(root, RECORD), JSON.stringify({key, outline: outline(out)}));
}

// What the project adds to Framework's pages: lang, zoom, a Content-Security-Policy, an accessible sidebar, and each page's
// status line written in ahead. Every edit must find what it edits: a Framework whose output changed shape fails the build here.
import {createHash} from "node:crypto";
import {readdirSync} from "node:fs";
import {readFile, writeFile} from "node:fs/promises";
import {join, relative, sep} from "node:path";
import type {Meta} from "../src/shared/meta.js";
import {statusHtml} from "../src/shared/status.js";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Only this host: scripts by hash (Framework inlines one per page), styles inline for Plot's attributes. */
function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

/** One edit of Framework's output, which must match exactly once. */
function edit(html: string, page: string, what: string, pattern: string | RegExp, replacement: string | ((match: string) => string)): string {
  const matches = typeof pattern === "string" ? html.split(pattern).length - 1 : (html.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? []).length;
  if (matches !== 1) throw new Error(`${page}: ${what}: expected Framework's output to hold ${pattern} once, found it ${matches} times; has Framework changed? (scripts/finish-pages.ts)`);
  return typeof replacement === "string" ? html.replace(pattern, () => replacement) : html.replace(pattern, replacement);
}

/** The page as published, from the page as Framework wrote it; `page` is its path in dist, for the status line's link and for errors. */
export function finishPage(html: string, page: string, meta: Meta): string {
  const depth = page.split("/").length - 1;
  const status = statusHtml(meta, `${depth ? "../".repeat(depth) : "./"}data.html`);
  let out = html;
  out = edit(out, page, "lang", "<html>", '<html lang="ru">');
  // Framework forbids zooming (maximum-scale=1); readers with poor sight need it.
  out = edit(out, page, "zoom", '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  // Framework names the sidebar toggle only by an English title and puts its close button inside the list: axe calls both serious.
  out = edit(out, page, "sidebar toggle", '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">', '<input id="observablehq-sidebar-toggle" type="checkbox" title="Оглавление" aria-label="Показать или скрыть оглавление">');
  out = edit(out, page, "sidebar close", /<ol>\s*(<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>)/, (match) => `${match.slice(match.indexOf("<label"))}\n  <ol>`);
  out = edit(out, page, "search box", '<input type="search" placeholder="Search">', '<input type="search" placeholder="Поиск" aria-label="Поиск по сайту">');
  // The status line is there at the first paint; the page's own cell finds it and keeps it (src/components/data-status.ts).
  out = edit(out, page, "status line", '<div class="data-status-cell">\n<div class="observablehq observablehq--block">', (match) => match + status);
  const policy = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(out)}">`;
  return edit(out, page, "content security policy", '<meta charset="utf-8">', (charset) => `${charset}\n${policy}`);
}

/** The status the pages show: the archive's status.json as the build copied it into dist. */
async function builtStatus(dir: string): Promise<Meta> {
  const folder = join(dir, "_file/data/snapshot");
  const name = readdirSync(folder).find((file) => /^status\.[0-9a-f]+\.json$/.test(file));
  if (!name) throw new Error(`${folder} has no status.json: the pages lost their status line (src/data/snapshot.zip.ts)`);
  return JSON.parse(await readFile(join(folder, name), "utf8")) as Meta;
}

/** Framework's search module, which tells the reader how many pages it found in English. */
export function finishSearch(code: string, file = "search.js"): string {
  const found = edit(code, file, "search: no results", '"<div>no results</div>"', '"<div>ничего не найдено</div>"');
  return edit(found, file, "search: results", /<div>\$\{(\w+)\.length\.toLocaleString\("en-US"\)\} result\$\{\1\.length===1\?"":"s"\}<\/div>/, (match) => `<div>найдено страниц: \${${match.match(/\{(\w+)\./)![1]}.length}</div>`);
}

/** Every built page in `dir`, finished in place, and the search module they load. */
export async function finishPages(dir: string): Promise<void> {
  const search = readdirSync(join(dir, "_observablehq")).find((file) => /^search\.[0-9a-f]+\.js$/.test(file));
  if (search) await writeFile(join(dir, "_observablehq", search), finishSearch(await readFile(join(dir, "_observablehq", search), "utf8"), search));
  const meta = await builtStatus(dir);
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    await writeFile(path, finishPage(await readFile(path, "utf8"), relative(dir, path).split(sep).join("/"), meta));
  }
}

// Framework leaves out <html lang> and a Content-Security-Policy; every built page gets both.
import {createHash} from "node:crypto";
import {readdirSync} from "node:fs";
import {readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {statusBannerHtml} from "./status-banner.js";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Only this host: scripts by hash (Framework inlines one per page), styles inline for Plot's attributes. */
function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

/** Framework's sidebar puts its close button inside the list and names its toggle only by a title: axe calls both serious. */
function accessibleSidebar(html: string): string {
  return html
    .replace('<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">', '<input id="observablehq-sidebar-toggle" type="checkbox" title="Оглавление" aria-label="Показать или скрыть оглавление">')
    .replace(/<ol>\s*(<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>)/, '$1\n  <ol>');
}

function finishPage(html: string, banner = ""): string {
  const page = accessibleSidebar(html)
    .replace(/(<main id="observablehq-main"[^>]*>\n?)/, `$1${banner}`)
    .replace(/<html>/, '<html lang="ru">')
    // Framework forbids zooming (maximum-scale=1); readers with poor sight need it.
    .replace('<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  const policy = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page)}">`;
  return page.replace(/<meta charset="utf-8">/, (charset) => `${charset}\n${policy}`);
}

/** Every built page, with the status banner of the snapshot the build showed (from its meta.json). */
export async function finishPages(dir: string, snapshotDir: string): Promise<void> {
  const banner = statusBannerHtml(JSON.parse(await readFile(join(snapshotDir, "meta.json"), "utf8")));
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = join(entry.parentPath, entry.name);
    await writeFile(path, finishPage(await readFile(path, "utf8"), banner));
  }
}

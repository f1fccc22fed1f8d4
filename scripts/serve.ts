// Two loopback servers for the benchmark, the browser tests and the screenshots: the sheet's tabs streamed from files on disk, and the built site from dist/.
import {createReadStream, existsSync, readFileSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, resolve} from "node:path";
import {gzipSync} from "node:zlib";

export interface Served {
  /** For the sheet server: a SHEET_URL template; for the site: its origin. */
  url: string;
  close(): Promise<void>;
}

/** The gviz endpoint stand-in (same URL shape as test/support/sheet-server.ts), but streaming from disk so a 190 MB tab costs no memory here. */
export async function serveSheet(tabs: Record<string, string>): Promise<Served> {
  const server = createServer((req, res) => {
    const tab = new URL(req.url ?? "/", "http://localhost").searchParams.get("sheet") ?? "";
    const file = tabs[tab];
    if (!file || !existsSync(file)) {
      res.writeHead(404, {"content-type": "text/plain"}).end("no such tab");
      return;
    }
    // With a length, not chunked: Python's http.client decodes chunks slowly (2.5 s vs 0.8 s for 190 MB), a cost of this stand-in, not of pandas.
    res.writeHead(200, {"content-type": "text/csv; charset=utf-8", "content-length": String(statSync(file).size)});
    createReadStream(file).on("error", () => res.destroy()).pipe(res);
  });
  const origin = await listen(server);
  return {url: `${origin}/spreadsheets/d/{id}/gviz/tq?tqx=out:csv&headers=1&sheet={sheet}`, close: () => close(server)};
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".zip": "application/zip",
  ".parquet": "application/vnd.apache.parquet"
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The built site as GitHub Pages serves it: clean URLs (/page → page.html), gzip for text, 404.html for misses. */
export async function serveSite(root: string): Promise<Served> {
  const base = resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = findFile(base, path);
    const status = file ? 200 : 404;
    const target = file ?? join(base, "404.html");
    if (!existsSync(target)) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    const type = TYPES[extname(target)] ?? "application/octet-stream";
    let body: Buffer = readFileSync(target);
    const headers: Record<string, string> = {"content-type": type, "cache-control": "max-age=600"};
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      if (!gzipped.has(target)) gzipped.set(target, gzipSync(body));
      body = gzipped.get(target)!;
      headers["content-encoding"] = "gzip";
      headers["vary"] = "accept-encoding";
    }
    res.writeHead(status, {...headers, "content-length": String(body.length)}).end(body);
  });
  return {url: await listen(server), close: () => close(server)};
}

function findFile(base: string, path: string): string | null {
  const local = normalize(join(base, path));
  if (!local.startsWith(base)) return null; // no escaping dist/ with ../
  for (const candidate of [local, `${local}.html`, join(local, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

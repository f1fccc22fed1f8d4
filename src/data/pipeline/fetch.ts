// Fetches one tab's CSV export: bounded waiting, retries for what is transient, and a clear word for what is not.
import {get as httpGet, type IncomingMessage} from "node:http";
import {get as httpsGet} from "node:https";
import {addAbortSignal, type Readable} from "node:stream";
import {setTimeout as sleep} from "node:timers/promises";
import {createGunzip} from "node:zlib";

export interface FetchOptions {
  /** Per attempt, body included. */
  timeoutMs: number;
  retries: number;
  /** Backoff before retry n is baseDelayMs * 2^n, unless the server says Retry-After. */
  baseDelayMs: number;
}

export function fetchOptionsFromEnv(env = process.env): FetchOptions {
  return {
    timeoutMs: wholeNumber(env.SHEET_TIMEOUT_MS, 20000, "SHEET_TIMEOUT_MS"),
    retries: wholeNumber(env.SHEET_RETRIES, 3, "SHEET_RETRIES"),
    baseDelayMs: wholeNumber(env.SHEET_BACKOFF_MS, 1000, "SHEET_BACKOFF_MS")
  };
}

function wholeNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${text}: expected a whole number of 0 or more`);
  return value;
}

// Bounds the whole fetch: (retries + 1) timeouts plus at most this much waiting before each retry.
const MAX_WAIT_MS = 60_000;

/** A failure worth another try: rate limit, server error, network hiccup, a body cut short. */
export class TransientError extends Error {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
  }
}

/**
 * Fetches the export and hands its bytes to `consume` as a stream (the municipal tab can be 190 MB);
 * a transient failure while fetching or reading starts over, up to `retries` times.
 */
export async function fetchSheetCsv<T>(url: string, options: FetchOptions, consume: (bytes: AsyncIterable<Uint8Array>) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; ++attempt) {
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      return await consume(await fetchOnce(url, signal));
    } catch (raw) {
      const error = asTransient(raw, options.timeoutMs) ?? raw;
      if (!(error instanceof TransientError)) throw error;
      if (attempt >= options.retries) throw new Error(`${error.message} (${attempt + 1} attempt${attempt ? "s" : ""})`);
      const delay = error.retryAfterMs ?? options.baseDelayMs * 2 ** attempt;
      if (delay > MAX_WAIT_MS) throw new Error(`${error.message}; the server asks to wait ${Math.round(delay / 1000)} s, more than the ${MAX_WAIT_MS / 1000} s allowed`);
      await sleep(delay);
    }
  }
}

// Google answers /export with a redirect to its content host; a private sheet redirects to a login page.
const MAX_REDIRECTS = 5;

async function fetchOnce(url: string, signal: AbortSignal): Promise<AsyncIterable<Uint8Array>> {
  let response = await request(url, signal);
  for (let redirects = 0; isRedirect(response.message) && response.message.headers.location; ++redirects) {
    response.message.resume();
    if (redirects === MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects from ${url}`);
    response = await request(new URL(response.message.headers.location, response.url).href, signal);
  }
  const {message, url: finalUrl} = response;
  const status = message.statusCode ?? 0;
  const refuse = (error: Error) => {
    message.destroy();
    throw error;
  };
  if (status === 429 || status >= 500) {
    const text = `HTTP ${status}${status === 429 ? " (too many requests)" : " (server error)"}`;
    return refuse(new TransientError(text, retryAfterMs(message.headers["retry-after"])));
  }
  if (status < 200 || status > 299) return refuse(new Error(`HTTP ${status}: the sheet or the tab was not found (check the sheet id in SHEET_URL)`));
  const type = message.headers["content-type"] ?? "";
  if (/html/i.test(type) || /accounts\.google\.com|ServiceLogin/.test(finalUrl)) {
    return refuse(new Error(`got an HTML page (${type || "no content type"}) instead of CSV: the sheet is probably not shared publicly ("anyone with the link can view")`));
  }
  if (!/csv/i.test(type)) return refuse(new Error(`got content type "${type}" instead of text/csv: not a sheet export`));
  const body = message.headers["content-encoding"] === "gzip" ? gunzipped(message) : message;
  // The timeout covers the body too: a sheet that trickles its answer is cut off like one that never answers.
  addAbortSignal(signal, body);
  return refuseEmptyOrHtml(body);
}

/** One GET with node:http(s), resolved once the headers are in: fetch (undici) would add 0.3 s and 40 MiB to every start. */
function request(url: string, signal: AbortSignal): Promise<{message: IncomingMessage; url: string}> {
  const get = url.startsWith("https:") ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    get(url, {signal, headers: {accept: "text/csv", "accept-encoding": "gzip"}}, (message) => resolve({message, url})).on("error", reject);
  });
}

function gunzipped(message: IncomingMessage): Readable {
  const gunzip = createGunzip();
  message.on("error", (error) => gunzip.destroy(error));
  return message.pipe(gunzip);
}

function isRedirect(message: IncomingMessage): boolean {
  return [301, 302, 303, 307, 308].includes(message.statusCode ?? 0);
}

/** The bytes as they come, once their text is seen to start with something other than white space or an HTML tag. */
async function* refuseEmptyOrHtml(bytes: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  // Only the start is decoded: the readers of the tabs decode what they need.
  const decoder = new TextDecoder("utf-8");
  let started = false;
  for await (const chunk of bytes) {
    if (!started) {
      const text = decoder.decode(chunk, {stream: true});
      if (text.trim() !== "") {
        started = true;
        if (text.trimStart().startsWith("<")) throw new Error("got HTML instead of CSV: the sheet is probably not shared publicly");
      }
    }
    yield chunk;
  }
  if (!started && decoder.decode().trim() === "") throw new Error("empty response: the export sent no data (an empty or unpublished tab?)");
}

/** Network-level failures, whether they happen before the answer or while reading its body. */
function asTransient(error: unknown, timeoutMs: number): TransientError | undefined {
  if (error instanceof TransientError) return error;
  const {name, message, code} = error as Error & {code?: string};
  if (name === "TimeoutError" || name === "AbortError") return new TransientError(`no complete answer within ${timeoutMs} ms (SHEET_TIMEOUT_MS)`);
  // An unknown host is not worth waiting for (offline, or a typo in SHEET_URL); EAI_AGAIN is a DNS hiccup.
  if (code === "ENOTFOUND") throw new Error(`cannot resolve the sheet's host (ENOTFOUND): no network, or a typo in SHEET_URL?`);
  if (code === "EAI_AGAIN") return new TransientError(`cannot resolve the sheet's host (EAI_AGAIN): DNS did not answer`);
  if (code === "ECONNREFUSED") return new TransientError("connection refused by the sheet's host");
  if (code === "ECONNRESET" || code === "EPIPE" || code === "ETIMEDOUT" || code === "Z_BUF_ERROR" || code === "Z_DATA_ERROR") return new TransientError(`network error: ${message} (${code})`);
  return undefined;
}

function retryAfterMs(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

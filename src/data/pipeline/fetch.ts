// Fetches one tab's CSV export: bounded waiting, retries for what is transient, and a clear word for what is not.
import {setTimeout as sleep} from "node:timers/promises";

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
 * Fetches the export and hands its text to `consume` as a stream (the municipal tab can be 190 MB);
 * a transient failure while fetching or reading starts over, up to `retries` times.
 */
export async function fetchSheetCsv<T>(url: string, options: FetchOptions, consume: (text: ReadableStream<string>) => Promise<T>): Promise<T> {
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

async function fetchOnce(url: string, signal: AbortSignal): Promise<ReadableStream<string>> {
  const response = await fetch(url, {signal, redirect: "follow", headers: {accept: "text/csv"}});
  const refuse = async (message: string, error: Error = new Error(message)) => {
    await response.body?.cancel().catch(() => {});
    throw error;
  };
  if (response.status === 429 || response.status >= 500) {
    const message = `HTTP ${response.status}${response.status === 429 ? " (too many requests)" : " (server error)"}`;
    return refuse(message, new TransientError(message, retryAfterMs(response.headers.get("retry-after"))));
  }
  if (!response.ok) return refuse(`HTTP ${response.status}: the sheet or the tab was not found (check the sheet id in SHEET_URL)`);
  const type = response.headers.get("content-type") ?? "";
  if (/html/i.test(type) || /accounts\.google\.com|ServiceLogin/.test(response.url)) {
    return refuse(`got an HTML page (${type || "no content type"}) instead of CSV: the sheet is probably not shared publicly ("anyone with the link can view")`);
  }
  if (!/csv/i.test(type)) return refuse(`got content type "${type}" instead of text/csv: not a sheet export`);
  if (!response.body) return refuse("empty response: the export sent no data");
  return response.body.pipeThrough(new TextDecoderStream("utf-8")).pipeThrough(refuseEmptyOrHtml());
}

function refuseEmptyOrHtml(): TransformStream<string, string> {
  let started = false;
  return new TransformStream({
    transform(chunk, controller) {
      if (!started && chunk.trim() !== "") {
        started = true;
        if (chunk.trimStart().startsWith("<")) throw new Error("got HTML instead of CSV: the sheet is probably not shared publicly");
      }
      controller.enqueue(chunk);
    },
    flush() {
      if (!started) throw new Error("empty response: the export sent no data (an empty or unpublished tab?)");
    }
  });
}

/** Network-level failures, whether they happen before the answer or while reading its body. */
function asTransient(error: unknown, timeoutMs: number): TransientError | undefined {
  if (error instanceof TransientError) return error;
  const {name, message} = error as Error;
  const cause = (error as {cause?: {code?: string; message?: string}}).cause;
  if (name === "TimeoutError" || name === "AbortError") return new TransientError(`no complete answer within ${timeoutMs} ms (SHEET_TIMEOUT_MS)`);
  // An unknown host is not worth waiting for (offline, or a typo in SHEET_URL); EAI_AGAIN is a DNS hiccup.
  if (cause?.code === "ENOTFOUND") throw new Error(`cannot resolve the sheet's host (ENOTFOUND): no network, or a typo in SHEET_URL?`);
  if (cause?.code === "EAI_AGAIN") return new TransientError(`cannot resolve the sheet's host (EAI_AGAIN): DNS did not answer`);
  if (cause?.code === "ECONNREFUSED") return new TransientError("connection refused by the sheet's host");
  if (name === "TypeError" && /fetch failed|terminated|other side closed/i.test(message)) return new TransientError(`network error: ${cause?.message ?? message}`);
  return undefined;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

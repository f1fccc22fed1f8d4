// Splits a CSV export into records with papaparse, as strings: each column is converted later by its declared type.
import {Readable} from "node:stream";
import type {ReadableStream as WebStream} from "node:stream/web";
import Papa from "papaparse";
import {TransientError} from "./fetch.js";

/**
 * Calls `onRecord` for every record, with its row number as a person sees it in the sheet
 * (record 0 is the header, row 1). Blank records are counted but not passed on.
 */
export function parseCsv(text: ReadableStream<string>, onRecord: (cells: string[], sheetRow: number) => void): Promise<number> {
  let sheetRow = 0;
  let fields = 0;
  let failure: Error | undefined;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(Readable.fromWeb(text.pipeThrough(normalizeText()) as WebStream<string>), {
      delimiter: ",",
      newline: "\n",
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      // Blank records still count as sheet rows, so they are skipped here, not by papaparse.
      skipEmptyLines: false,
      step(results, parser) {
        ++sheetRow;
        const quoteError = results.errors.find((e) => e.code === "MissingQuotes");
        if (quoteError) {
          failure = new TransientError(`the export ends inside a quoted field at row ${sheetRow}: the answer was cut short`);
          parser.abort();
          return;
        }
        const cells = results.data;
        if (sheetRow === 1) fields = cells.length;
        else if (cells.length !== fields && cells.some((cell) => cell !== "")) {
          // gviz sends every field of every row: fewer means the answer was cut short.
          failure = new TransientError(`row ${sheetRow} has ${cells.length} fields where the header has ${fields}: the answer was cut short or is not a sheet export`);
          parser.abort();
          return;
        }
        if (cells.some((cell) => cell !== "")) {
          try {
            onRecord(cells, sheetRow);
          } catch (error) {
            failure = error as Error;
            parser.abort();
          }
        }
      },
      complete: () => (failure ? reject(failure) : resolve(sheetRow)),
      error: (error: Error) => reject(error)
    });
  });
}

/** Drops a byte order mark at the very start and turns CRLF line ends into LF, so that newline can be set to "\n". */
function normalizeText(): TransformStream<string, string> {
  let first = true;
  let pendingCR = false;
  return new TransformStream({
    transform(chunk, controller) {
      if (first && chunk !== "") {
        first = false;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      if (pendingCR) chunk = "\r" + chunk;
      // A CR at the end of a chunk may be the first half of a CRLF split across chunks.
      pendingCR = chunk.endsWith("\r");
      if (pendingCR) chunk = chunk.slice(0, -1);
      controller.enqueue(chunk.includes("\r\n") ? chunk.replaceAll("\r\n", "\n") : chunk);
    },
    flush(controller) {
      if (pendingCR) controller.enqueue("\r");
    }
  });
}

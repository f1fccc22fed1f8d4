// Splits a CSV export into records with papaparse, as strings: each column is converted later by its declared type.
import {Readable} from "node:stream";
import Papa from "papaparse";
import {TransientError} from "./fetch.js";

/**
 * Calls `onRecord` for every record, with its row number as a person sees it in the sheet
 * (record 0 is the header, row 1). Blank records are counted but not passed on.
 */
export function parseCsv(text: AsyncIterable<string>, onRecord: (cells: string[], sheetRow: number) => void): Promise<number> {
  let sheetRow = 0;
  let fields = 0;
  let failure: Error | undefined;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(normalizeText(text)), {
      delimiter: ",",
      newline: "\n",
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      // Blank records still count as sheet rows, so they are skipped here, not by papaparse.
      skipEmptyLines: false,
      // Rows come a chunk at a time: a callback per row costs more than the parsing itself.
      chunk(results, parser) {
        const stop = (error: Error) => {
          failure = error;
          parser.abort();
        };
        if (results.errors.some((e) => e.code === "MissingQuotes")) {
          return stop(new TransientError(`the export ends inside a quoted field at row ${sheetRow + results.data.length}: the answer was cut short`));
        }
        for (const cells of results.data) {
          ++sheetRow;
          if (sheetRow === 1) fields = cells.length;
          const blank = cells.every((cell) => cell === "");
          // gviz sends every field of every row: fewer means the answer was cut short.
          if (cells.length !== fields && !blank) return stop(new TransientError(`row ${sheetRow} has ${cells.length} fields where the header has ${fields}: the answer was cut short or is not a sheet export`));
          if (blank) continue;
          try {
            onRecord(cells, sheetRow);
          } catch (error) {
            return stop(error as Error);
          }
        }
      },
      complete: () => (failure ? reject(failure) : resolve(sheetRow)),
      error: (error: Error) => reject(error)
    });
  });
}

/** Drops a byte order mark at the very start and turns CRLF line ends into LF, so that newline can be set to "\n". */
async function* normalizeText(text: AsyncIterable<string>): AsyncIterable<string> {
  let first = true;
  let pendingCR = false;
  for await (let chunk of text) {
    if (first && chunk !== "") {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (pendingCR) chunk = "\r" + chunk;
    // A CR at the end of a chunk may be the first half of a CRLF split across chunks.
    pendingCR = chunk.endsWith("\r");
    if (pendingCR) chunk = chunk.slice(0, -1);
    yield chunk.includes("\r\n") ? chunk.replaceAll("\r\n", "\n") : chunk;
  }
  if (pendingCR) yield "\r";
}

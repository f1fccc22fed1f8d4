// Splits a CSV export into records, as strings: each column is converted later by its declared type.
import {TransientError} from "./fetch.js";
import {CsvRecords, CsvSyntaxError} from "./csv-reader.js";

/**
 * Calls `onRecord` for every record, with its row number as a person sees it in the sheet
 * (record 0 is the header, row 1). Blank records are counted but not passed on.
 */
export async function parseCsv(text: AsyncIterable<string>, onRecord: (cells: string[], sheetRow: number) => void): Promise<number> {
  let fields = 0;
  let rows = 0;
  const records = new CsvRecords((cells, sheetRow) => {
    rows = sheetRow;
    if (sheetRow === 1) fields = cells.length;
    const blank = cells.every((cell) => cell === "");
    // gviz sends every field of every row: fewer means the answer was cut short.
    if (cells.length !== fields && !blank) throw new TransientError(`row ${sheetRow} has ${cells.length} fields where the header has ${fields}: the answer was cut short or is not a sheet export`);
    if (!blank) onRecord(cells, sheetRow);
  });
  for await (const chunk of normalizeText(text)) records.push(chunk);
  try {
    records.end();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new TransientError(`the export ends inside a quoted field at row ${error.row}: the answer was cut short`);
  }
  return rows;
}

/** Drops a byte order mark at the very start and turns CRLF line ends into LF, as CsvRecords expects. */
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

// CsvRecords, the streaming CSV reader of the sheet's exports: papaparse's records for any text cut into any chunks, and where it stops.
import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {readsAsPapaparse} from "./support/csv-oracle.js";
import {CsvRecords, CsvSyntaxError} from "../src/data/pipeline/csv-reader.js";

/** Reads `text` in chunks cut at `cuts` (positions, any order), as CsvRecords would get it from the network. */
function read(text: string, cuts: number[] = []): {records: string[][]; rows: number[]} {
  const records: string[][] = [];
  const rows: number[] = [];
  const reader = new CsvRecords((cells, row) => {
    records.push(cells);
    rows.push(row);
  });
  const at = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort((a, b) => a - b);
  let from = 0;
  for (const cut of [...at, text.length]) {
    reader.push(text.slice(from, cut));
    from = cut;
  }
  reader.end();
  return {records, rows};
}

function assertSyntaxError(text: string, row: number, message: string) {
  assert.throws(() => read(text), (error: unknown) => {
    assert.ok(error instanceof CsvSyntaxError);
    assert.equal(error.row, row);
    assert.equal(error.message, message);
    return true;
  });
}


describe("CsvRecords", () => {
  it("gives papaparse's records and the written cells for any table, quoted or not, cut into any chunks", () => {
    readsAsPapaparse(read, 400);
  });

  it("a doubled quote, a closing quote and a line break each split between two chunks", () => {
    const text = '"a""b","c"\n"x\ny",""\n';
    for (let cut = 0; cut <= text.length; ++cut) {
      assert.deepEqual(read(text, [cut]).records, [['a"b', "c"], ["x\ny", ""]], `cut at ${cut}`);
    }
  });

  it("a field that spans many chunks is read whole, chunk by chunk, one character at a time", () => {
    const long = "б,\"".repeat(10_000);
    const text = `"${long.replaceAll('"', '""')}","2"\n`;
    const cuts = Array.from({length: text.length}, (_, i) => i);
    assert.deepEqual(read(text, cuts).records, [[long, "2"]]);
  });

  it("a blank line is a record of one empty cell and keeps its row number; the last line needs no line end", () => {
    assert.deepEqual(read('"a","b"\n\n"c","d"'), {records: [["a", "b"], [""], ["c", "d"]], rows: [1, 2, 3]});
    assert.deepEqual(read('"a",\n'), {records: [["a", ""]], rows: [1]});
    assert.deepEqual(read(""), {records: [], rows: []});
  });

  it("text that ends inside a quoted field: a CsvSyntaxError with that record's row", () => {
    assertSyntaxError('"h1","h2"\n"1","2"\n"3","cut her', 3, "row 3: the text ends inside a quoted field");
  });

  it("text after a closing quote: a CsvSyntaxError that shows it", () => {
    assertSyntaxError('"h1","h2"\n"1"x,"2"\n', 2, 'row 2: a quoted field ends in "x,\\"2\\"\\n" instead of a comma or a line end');
  });
});

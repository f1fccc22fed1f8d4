// CsvByteRecords, the byte-level reader of the municipal tab: papaparse's records for any text cut into any chunks, and CsvRecords' own on CRLF text and errors.
import assert from "node:assert/strict";
import {describe, it} from "node:test";
import fc from "fast-check";
import {readsAsPapaparse} from "./support/csv-oracle.js";
import {CsvByteRecords} from "../src/data/pipeline/csv-bytes.js";
import {CsvRecords, CsvSyntaxError} from "../src/data/pipeline/csv-reader.js";

/** Reads the UTF-8 bytes of `text` in chunks cut at `cuts` (byte positions, any order), as the network would give them. */
function read(text: string, cuts: number[] = []): {records: string[][]; rows: number[]} {
  const bytes = new TextEncoder().encode(text);
  const records: string[][] = [];
  const rows: number[] = [];
  const reader = new CsvByteRecords((record, row) => {
    records.push(record.texts());
    rows.push(row);
  });
  const at = [...new Set(cuts.map((cut) => Math.min(cut, bytes.length)))].sort((a, b) => a - b);
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    reader.push(bytes.subarray(from, cut));
    from = cut;
  }
  reader.end();
  return {records, rows};
}

/** CsvRecords on the same text after parse.ts's CRLF step: the string reader the byte reader must match. */
function readText(text: string): {records: string[][]; rows: number[]} {
  const records: string[][] = [];
  const rows: number[] = [];
  const reader = new CsvRecords((cells, row) => {
    records.push(cells);
    rows.push(row);
  });
  reader.push(text.replaceAll("\r\n", "\n"));
  reader.end();
  return {records, rows};
}

function syntaxError(read: () => unknown): {row: number; message: string} {
  try {
    read();
  } catch (error) {
    assert.ok(error instanceof CsvSyntaxError);
    return {row: error.row, message: error.message};
  }
  assert.fail("no CsvSyntaxError");
}


describe("CsvByteRecords", () => {
  it("gives papaparse's records and the written cells for any table, quoted or not, cut into any chunks", () => {
    readsAsPapaparse(read, 600);
  });

  it("reads text with CR and CRLF anywhere as CsvRecords reads it once CRLF is LF, cut into any chunks", () => {
    const unit = fc.constantFrom("a", "Я", ",", '"', "\n", "\r", "\r\n", '""', "1");
    fc.assert(
      fc.property(fc.string({unit, maxLength: 40}), fc.array(fc.nat({max: 80})), (text, cuts) => {
        let expected: unknown;
        try {
          expected = readText(text);
        } catch (error) {
          if (!(error instanceof CsvSyntaxError)) throw error;
          expected = {row: error.row};
        }
        let actual: unknown;
        try {
          actual = read(text, cuts);
        } catch (error) {
          if (!(error instanceof CsvSyntaxError)) throw error;
          actual = {row: error.row};
        }
        assert.deepEqual(actual, expected, JSON.stringify(text));
      }),
      {numRuns: 3000}
    );
  });

  it("a doubled quote, a closing quote, a CRLF and a Cyrillic letter each split between two chunks", () => {
    const text = '"a""b","Яc"\r\n"x\r\ny",""\r\n';
    for (let cut = 0; cut <= text.length + 6; ++cut) {
      assert.deepEqual(read(text, [cut]).records, [['a"b', "Яc"], ["x\ny", ""]], `cut at ${cut}`);
    }
  });

  it("a field that spans many chunks is read whole, one byte at a time", () => {
    const long = "б,\"".repeat(3_000);
    const text = `"${long.replaceAll('"', '""')}","2"\n`;
    assert.deepEqual(read(text, Array.from({length: 3 * text.length}, (_, i) => i)).records, [[long, "2"]]);
  });

  it("a blank line is a record of one empty cell and keeps its row number; the last line needs no line end", () => {
    assert.deepEqual(read('"a","b"\n\n"c","d"'), {records: [["a", "b"], [""], ["c", "d"]], rows: [1, 2, 3]});
    assert.deepEqual(read('"a",\n'), {records: [["a", ""]], rows: [1]});
    assert.deepEqual(read('"a",'), {records: [["a", ""]], rows: [1]});
    assert.deepEqual(read(""), {records: [], rows: []});
  });

  it("broken UTF-8 is decoded as the streaming decoder decodes it, whatever the cuts", () => {
    const bytes = Uint8Array.from([0x22, 0xd0, 0x22, 0x2c, 0xe2, 0x82, 0x0a, 0xff, 0x61, 0x0a]);
    const text = new TextDecoder().decode(bytes);
    const records: string[][] = [];
    const reader = new CsvByteRecords((record) => records.push(record.texts()));
    for (const byte of bytes) reader.push(Uint8Array.of(byte));
    reader.end();
    assert.deepEqual(records, readText(text).records);
  });

  it("the same syntax errors as CsvRecords, with the record's row", () => {
    assert.deepEqual(syntaxError(() => read('"h1","h2"\n"1","2"\n"3","cut her')), {row: 3, message: "row 3: the text ends inside a quoted field"});
    const message = 'row 2: a quoted field ends in "x,\\"2\\"\\n" instead of a comma or a line end';
    assert.deepEqual(syntaxError(() => read('"h1","h2"\n"1"x,"2"\n')), {row: 2, message});
    assert.deepEqual(syntaxError(() => read('"h1","h2"\r\n"1"x,"2"\r\n')), {row: 2, message});
    assert.deepEqual(syntaxError(() => read('"h1"\r')), {row: 1, message: 'row 1: a quoted field ends in "\\r" instead of a comma or a line end'});
  });
});

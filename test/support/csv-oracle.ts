// What a CSV reader of the sheet's exports must give, by papaparse: shared by the tests of the text and the byte reader.
import assert from "node:assert/strict";
import fc from "fast-check";
import Papa from "papaparse";

/** papaparse's records for the same text; it reads a last empty line as one more record, which a sheet never has. */
export function papaparse(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, {delimiter: ",", newline: "\n", quoteChar: '"', skipEmptyLines: false}).data;
  return text.endsWith("\n") ? rows.slice(0, -1) : rows;
}

const cell = fc.oneof(fc.string({unit: fc.constantFrom("a", "Я", " ", ",", '"', "\n", "1", "\u00a0", "ё")}), fc.string({unit: "grapheme"}).map((s) => s.replaceAll("\r", "")));
const table = fc.array(fc.array(cell, {minLength: 1, maxLength: 6}), {minLength: 1, maxLength: 8});

/** Any table written by papaparse, quoted or not, read cut at any of up to `maxCut` chunk ends: papaparse's records and the written cells. */
export function readsAsPapaparse(read: (text: string, cuts: number[]) => {records: string[][]; rows: number[]}, maxCut: number): void {
  fc.assert(
    fc.property(table, fc.boolean(), fc.array(fc.nat({max: maxCut})), (cells, quotes, cuts) => {
      // Unquoted, a last record of one empty cell is no text at all: CSV cannot tell it apart (gviz quotes every cell).
      const last = cells[cells.length - 1];
      fc.pre(quotes || last.length > 1 || last[0] !== "");
      const text = Papa.unparse(cells, {quotes, newline: "\n"});
      const {records, rows} = read(text, cuts);
      assert.deepEqual(records, papaparse(text));
      // A record of one empty unquoted cell is an empty line, which papaparse and the readers both read as [""].
      assert.deepEqual(records, cells);
      assert.deepEqual(rows, cells.map((_, i) => i + 1));
    }),
    {numRuns: 1000}
  );
}

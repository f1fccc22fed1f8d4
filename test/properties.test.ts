// Properties over random input (fast-check): the sheet's display formats parse back exactly, cleaning is idempotent, and formulas never leak.
import assert from "node:assert/strict";
import {describe, it} from "node:test";
import fc from "fast-check";
import Papa from "papaparse";
import {TableCleaner, type Value} from "../src/data/pipeline/clean.js";
import {DAILY, type Column} from "../src/data/pipeline/columns.js";
import {formatCell, formatCsv, neutralizeFormula} from "../src/data/pipeline/csv-writer.js";
import {parseDayFirstDate, parseSheetNumber} from "../src/data/pipeline/values.js";

const RUNS = {numRuns: 500};
const DAY_FIRST = /^\d{1,2}\.\d{1,2}\.\d{4}$/;

/** Days in a month by the Gregorian rule, written out here rather than asked of Date. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number, pad: boolean) => (pad ? String(n).padStart(2, "0") : String(n));

/** Digit groups of three from the right, joined by `group`. */
function grouped(digits: string, group: string): string {
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(group);
}

describe("parseSheetNumber", () => {
  const displayed = fc.record({
    whole: fc.integer({min: 0, max: 1e12}),
    decimals: fc.constantFrom(0, 1, 2),
    fraction: fc.integer({min: 0, max: 99}),
    group: fc.constantFrom("\u00a0", "\u202f", " ", ""),
    trailingZeros: fc.boolean()
  });

  it("reads back any number in the sheet's Russian display format: groups of U+00A0, U+202F or space, decimal comma", () => {
    fc.assert(
      fc.property(displayed, ({whole, decimals, fraction, group, trailingZeros}) => {
        const digits = decimals === 0 ? "" : String(decimals === 1 ? fraction % 10 : fraction).padStart(decimals, "0");
        // `44 348,00`: a whole number shown with two zero decimals is the same number.
        const shownDigits = decimals === 0 && trailingZeros ? "00" : digits;
        const text = grouped(String(whole), group) + (shownDigits ? `,${shownDigits}` : "");
        const expected = Number(digits ? `${whole}.${digits}` : String(whole));
        assert.equal(parseSheetNumber(text), expected, JSON.stringify(text));
      }),
      RUNS
    );
  });

  it("reads back negative numbers (corrections) the same way", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 1e9}), fc.constantFrom("\u00a0", "\u202f", " ", ""), (whole, group) => {
        assert.equal(parseSheetNumber(`-${grouped(String(whole), group)}`), -whole);
      }),
      RUNS
    );
  });

  it("rejects text with anything but digits, groups, one comma and a leading minus", () => {
    const noisy = fc.tuple(fc.integer({min: 0, max: 1e6}), fc.constantFrom("12 (уточн.)", "нет", "1,2,3", "1.234,5", "--1", "1e5", "0x10", "∞", "12%", "+-1", ",", "-")).map(([n, junk]) => (junk.length > 3 ? `${n} ${junk}` : junk));
    fc.assert(fc.property(noisy, (text) => assert.equal(parseSheetNumber(text), null, JSON.stringify(text))), RUNS);
  });
});

describe("parseDayFirstDate", () => {
  it("round-trips any real date written DD.MM.YYYY, with or without leading zeros", () => {
    const dates = fc.date({min: new Date("1000-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true});
    fc.assert(
      fc.property(dates, fc.boolean(), fc.boolean(), (date, padDay, padMonth) => {
        const text = `${pad2(date.getUTCDate(), padDay)}.${pad2(date.getUTCMonth() + 1, padMonth)}.${date.getUTCFullYear()}`;
        assert.equal(parseDayFirstDate(text), date.toISOString().slice(0, 10), text);
      }),
      RUNS
    );
  });

  it("rejects every day the calendar does not have (31.04, 29.02 of a common year, 30.02 …)", () => {
    const missing = fc
      .record({year: fc.integer({min: 1000, max: 9999}), month: fc.constantFrom(2, 4, 6, 9, 11)})
      .chain(({year, month}) => fc.record({year: fc.constant(year), month: fc.constant(month), day: fc.integer({min: daysIn(year, month) + 1, max: 31})}));
    fc.assert(
      fc.property(missing, fc.boolean(), fc.boolean(), ({year, month, day}, padDay, padMonth) => {
        const text = `${pad2(day, padDay)}.${pad2(month, padMonth)}.${year}`;
        assert.equal(parseDayFirstDate(text), null, text);
      }),
      RUNS
    );
  });

  it("rejects any day 1..31 × month 1..12 × year that the calendar does not have, and day or month 0 or out of range", () => {
    const any = fc.record({day: fc.integer({min: 0, max: 99}), month: fc.integer({min: 0, max: 99}), year: fc.integer({min: 1000, max: 9999})});
    fc.assert(
      fc.property(any, fc.boolean(), ({day, month, year}, pad) => {
        const text = `${pad2(day, pad)}.${pad2(month, pad)}.${year}`;
        const real = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
        const parsed = parseDayFirstDate(text);
        if (real) assert.equal(parsed, `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, text);
        else assert.equal(parsed, null, text);
      }),
      {numRuns: 2000}
    );
  });

  it("rejects any text that is not DD.MM.YYYY", () => {
    const nearMisses = fc
      .tuple(fc.integer({min: 0, max: 999}), fc.integer({min: 0, max: 999}), fc.integer({min: 0, max: 99999}), fc.constantFrom(".", "/", "-", ",", ". ", ""), fc.constantFrom("", "г", " г.", "T00:00"))
      .map(([d, m, y, sep, tail]) => `${d}${sep}${m}${sep}${y}${tail}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: "grapheme"}), nearMisses), (text) => {
        fc.pre(!DAY_FIRST.test(text.trim()));
        assert.equal(parseDayFirstDate(text), null, JSON.stringify(text));
      }),
      {numRuns: 2000}
    );
  });
});

describe("TableCleaner is idempotent on its own output", () => {
  const TODAY = new Date("2024-01-01T00:00:00.000Z");
  const EPOCH = Date.UTC(2020, 2, 1);
  const byHeader = (header: string) => DAILY.find((c) => c.header === header)!;
  const required = [byHeader("дата"), byHeader("всего")];
  // Unsigned and signed counts, and two decimal columns.
  const optional = ["пневмония", "госпитализировано", "кол-во тестов", "умерли разница", "infection rate", "30days_1000"].map(byHeader);

  /** A value as the sheet shows it: groups of no-break spaces in big counts, a decimal comma. */
  function sheetText(value: number, column: Column, group: string): string {
    if (column.type === "integer") return value < 0 ? `-${grouped(String(-value), group)}` : grouped(String(value), group);
    return String(value).replace(".", ",");
  }

  const dayText = (iso: string) => iso.split("-").reverse().join(".");

  function valueOf(column: Column): fc.Arbitrary<number> {
    if (column.type === "number") return fc.integer({min: 0, max: 99999}).map((n) => n / 100);
    if (column.key === "newCases") return fc.integer({min: 0, max: 1_000_000});
    // Unsigned columns get negatives too: the first cleaning empties them with a warning, the second sees blanks.
    return fc.integer({min: -50, max: 5_000_000});
  }

  const tables = fc.subarray(optional).chain((extra) => {
    const columns = [...required, ...extra];
    const row = fc.tuple(...columns.slice(1).map((c) => fc.option(valueOf(c), {nil: null, freq: 3})));
    return fc.record({
      columns: fc.constant(columns),
      days: fc.uniqueArray(fc.integer({min: 0, max: 1400}), {minLength: 1, maxLength: 20}),
      rows: fc.array(row, {minLength: 20, maxLength: 20}),
      group: fc.constantFrom("\u00a0", "\u202f", " ", "")
    });
  });

  function clean(header: string[], body: string[][]) {
    const cleaner = new TableCleaner("data", DAILY, header, TODAY);
    body.forEach((cells, i) => cleaner.keep(cells, i + 2));
    return cleaner.finish();
  }

  it("cleaning, rendering back to the sheet's format and cleaning again gives the same fields and rows, and no warning", () => {
    fc.assert(
      fc.property(tables, ({columns, days, rows, group}) => {
        const header = columns.map((c) => c.header);
        const body = days.map((day, i) => [
          dayText(new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10)),
          ...rows[i].map((value, j) => (value === null ? "" : sheetText(value, columns[j + 1], group)))
        ]);
        const first = clean(header, body);
        const rendered = first.rows.map((row) => row.map((value, j) => renderBack(value, first.fields[j])));
        const second = clean(
          first.fields.map((f) => f.header),
          rendered
        );
        assert.deepEqual(
          second.fields.map((f) => f.key),
          first.fields.map((f) => f.key)
        );
        assert.deepEqual(second.rows, first.rows);
        assert.deepEqual(second.warnings, []);
      }),
      {numRuns: 300}
    );
  });

  function renderBack(value: Value, column: Column): string {
    if (value === null) return "";
    if (column.type === "date") return dayText(value as string);
    return typeof value === "number" ? String(value).replace(".", ",") : value;
  }
});

describe("csv-writer.ts never lets a formula through and never alters a number", () => {
  const text: Column = {key: "note", header: "заметка", type: "string", label: "Заметка", description: "Текст"};
  const count: Column = {key: "n", header: "n", type: "integer", label: "n", description: "Число"};
  const decimal: Column = {key: "x", header: "x", type: "number", label: "x", description: "Число", signed: true};
  const parse = (csv: string) => Papa.parse<string[]>(csv, {delimiter: ",", newline: "\n", skipEmptyLines: false}).data;

  const formulaLike = fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string()).map(([first, rest]) => first + rest);

  it("a text cell starting with = + - @ is written with a leading apostrophe, and reads back as exactly that", () => {
    fc.assert(
      fc.property(formulaLike, (cell) => {
        assert.equal(neutralizeFormula(cell), `'${cell}`);
        const rows = parse(formatCsv([text], [[cell]]));
        assert.equal(rows[1][0], `'${cell}`);
      }),
      RUNS
    );
  });

  it("other text is written as it is (quoted where CSV needs it) and reads back unchanged", () => {
    const plain = fc.string({unit: "grapheme"}).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(plain, (cell) => {
        assert.equal(neutralizeFormula(cell), cell);
        const rows = parse(formatCsv([text, count], [[cell, 1]]));
        assert.deepEqual(rows[1], [cell, "1"]);
      }),
      RUNS
    );
  });

  it("numbers are never altered, negative ones included, in any column type", () => {
    const numbers = fc.oneof(fc.integer({min: -1e9, max: 1e9}), fc.double({noNaN: true, noDefaultInfinity: true}));
    fc.assert(
      fc.property(numbers, (n) => {
        for (const column of [count, decimal, text]) {
          const written = formatCell(n, column);
          assert.ok(!written.startsWith("'"), `${n} in a ${column.type} column was written as ${written}`);
          // === rather than Object.is: -0 written as "0" is the same number in a CSV.
          assert.ok(Number(written) === n, `${n} written as ${written}`);
        }
        const rows = parse(formatCsv([decimal, text], [[n, "=1+1"]]));
        assert.ok(Number(rows[1][0]) === n, `${n} read back as ${rows[1][0]}`);
        assert.equal(rows[1][1], "'=1+1");
      }),
      RUNS
    );
  });
});

import assert from "node:assert/strict";
import {test} from "node:test";
import {cellRef, columnLetter, normalizeHeader, parseDayFirstDate, parseSheetNumber, roundHalfAway} from "../src/data/pipeline/values.js";

test("dates are day first, strict, and must exist", () => {
  assert.equal(parseDayFirstDate("08.03.2020"), "2020-03-08", "the 8th of March, not the 3rd of August");
  assert.equal(parseDayFirstDate("8.3.2020"), "2020-03-08");
  assert.equal(parseDayFirstDate(" 10.01.2021 "), "2021-01-10");
  assert.equal(parseDayFirstDate("29.02.2020"), "2020-02-29");
  assert.equal(parseDayFirstDate("31.02.2021"), null, "no rolling over into March");
  assert.equal(parseDayFirstDate("29.02.2021"), null);
  assert.equal(parseDayFirstDate("13.13.2021"), null);
  for (const text of ["2021-01-10", "10/01/2021", "10.01.21", "44348", "10.01.2021 12:00", ""]) assert.equal(parseDayFirstDate(text), null, text);
});

test("numbers in the sheet's display format", () => {
  assert.equal(parseSheetNumber("1,25"), 1.25);
  assert.equal(parseSheetNumber("410\u00a0024"), 410024);
  assert.equal(parseSheetNumber("410\u202f024"), 410024);
  assert.equal(parseSheetNumber("410 024"), 410024);
  assert.equal(parseSheetNumber("44\u00a0348,00"), 44348);
  assert.equal(parseSheetNumber("-3"), -3);
  assert.equal(parseSheetNumber("0700"), 700);
  for (const text of ["12 (уточн.)", "нет", "1,2,3", "1.234,5", "1e5", "", "−"]) assert.equal(parseSheetNumber(text), null, text);
});

test("rounding half away from zero, without float surprises", () => {
  assert.equal(roundHalfAway(1.005, 2), 1.01);
  assert.equal(roundHalfAway(2.675, 2), 2.68);
  assert.equal(roundHalfAway(1.625, 2), 1.63);
  assert.equal(roundHalfAway(-2.5, 0), -3);
  assert.equal(roundHalfAway(0.17, 2), 0.17);
});

test("cells are named as a person finds them", () => {
  assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter), ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  assert.equal(cellRef("data", 5, 402), "data!F402");
  assert.equal(normalizeHeader("  умерли\u00a0 от   ковид "), "умерли от ковид");
});

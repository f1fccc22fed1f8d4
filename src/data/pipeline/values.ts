// The sheet sends display strings in the Russian locale; these turn one cell into a value, strictly.

const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
// Digit groups: no-break space, narrow no-break space, thin space or a plain space.
const GROUP = /[\u00a0\u202f\u2009 ]/g;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** `10.01.2021` → `2021-01-10`, or null when it is not a real day-first date. */
export function parseDayFirstDate(text: string): string | null {
  const match = DAY_FIRST.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [+match[1], +match[2], +match[3]];
  const date = new Date(Date.UTC(year, month - 1, day));
  // A date that does not exist (31.02) rolls over in Date.UTC; the round trip catches it.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return toIsoDate(date);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `44 348,00` → 44348; null when the text is not a number in the sheet's display format. */
export function parseSheetNumber(text: string): number | null {
  const whole = wholeNumber(text);
  if (whole >= 0) return whole;
  const plain = text.trim().replace(GROUP, "").replace(",", ".");
  if (!NUMBER.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/**
 * Most cells are whole numbers of 0 or more, digit groups or not: read in one pass, without the copies the general
 * format needs; -1 for anything else. Up to 15 digits, which a double holds exactly.
 */
function wholeNumber(text: string): number {
  let value = 0;
  let digits = 0;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      ++digits;
    } else if (c !== 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x2009) return -1;
  }
  return digits > 0 && digits <= 15 ? value : -1;
}

/**
 * wholeNumber on a cell's UTF-8 bytes, for the municipal tab's counts: ASCII digits with plain or no-break spaces
 * (C2 A0) only; -1 for anything else, which then takes the text's way, errors and all.
 */
export function wholeNumberInBytes(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  let digits = 0;
  for (let i = start; i < end; ++i) {
    const c = bytes[i];
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      ++digits;
    } else if (c === 0xc2 && bytes[i + 1] === 0xa0 && i + 1 < end) ++i;
    else if (c !== 0x20) return -1;
  }
  return digits > 0 && digits <= 15 ? value : -1;
}

/** Round half away from zero (Math.round rounds -2.5 to -2, and 1.005 * 100 is 100.49999…). */
export function roundHalfAway(value: number, decimals: number): number {
  const scaled = Number(`${Math.abs(value)}e${decimals}`);
  return Math.sign(value) * Number(`${Math.round(scaled)}e-${decimals}`);
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `data!F402`: the cell as a person finds it in the sheet (row 1 is the header). */
export function cellRef(tab: string, columnIndex: number, sheetRow: number): string {
  return `${tab}!${columnLetter(columnIndex)}${sheetRow}`;
}

/** Headers are matched by name: trimmed, inner spaces collapsed, no-break spaces as spaces. */
export function normalizeHeader(header: string): string {
  return header.replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

// Splits CSV bytes into records without decoding them: a field is a range of bytes, decoded only when asked for.
// For the municipal tab, whose 2 million rows repeat a few thousand texts: most of its bytes are compared, never decoded.
// Reads as CsvRecords reads the decoded text (same records, rows and errors), CRLF line ends included.
import {CsvSyntaxError} from "./csv-reader.js";

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

const enum Mode {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted
}

// Fields keep a leading U+FEFF, as in the decoded stream; the text's own byte order marks are dropped by the caller.
const utf8 = new TextDecoder("utf-8", {ignoreBOM: true});

/**
 * Fields' bytes kept from earlier records, one after another in one buffer: compared with every row of the municipal
 * tab, they are read in the order they were kept rather than chased through an object each.
 */
export class SavedFields {
  private bytes = new Uint8Array(1 << 12);
  private view = new DataView(this.bytes.buffer);
  private used = 0;
  private starts: number[] = [];

  /** Keeps the record's field `i`; returns its number. */
  save(record: ByteRecord, i: number): number {
    const field = record.bytes.subarray(record.starts[i], record.ends[i]);
    if (this.used + field.length > this.bytes.length) {
      const room = new Uint8Array(2 * (this.used + field.length));
      room.set(this.bytes.subarray(0, this.used));
      [this.bytes, this.view] = [room, new DataView(room.buffer)];
    }
    this.bytes.set(field, this.used);
    this.starts.push(this.used, (this.used += field.length));
    return this.starts.length / 2 - 1;
  }

  /** Whether the record's field `i` has the bytes of saved field `id`, byte for byte; four at a time. */
  matches(record: ByteRecord, i: number, id: number): boolean {
    const start = record.starts[i];
    const from = this.starts[2 * id];
    const length = this.starts[2 * id + 1] - from;
    if (record.ends[i] - start !== length) return false;
    const [here, there] = [record.view, this.view];
    let k = 0;
    for (; k + 4 <= length; k += 4) if (here.getUint32(start + k) !== there.getUint32(from + k)) return false;
    for (; k < length; ++k) if (record.bytes[start + k] !== this.bytes[from + k]) return false;
    return true;
  }
}

/** One record's fields as byte ranges of `bytes`; valid only during the call that receives it. */
export class ByteRecord {
  private bytesNow: Uint8Array = new Uint8Array(0);
  private viewNow: DataView = new DataView(this.bytesNow.buffer);
  count = 0;
  starts = new Int32Array(8);
  ends = new Int32Array(8);
  /** Fields that were quoted with doubled quotes inside, to be undone when decoded. */
  doubled = new Uint8Array(8);

  /** The bytes the ranges point into: the reader's buffer, which grows now and then. */
  get bytes(): Uint8Array {
    return this.bytesNow;
  }

  set bytes(bytes: Uint8Array) {
    if (bytes === this.bytesNow) return;
    this.bytesNow = bytes;
    this.viewNow = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get view(): DataView {
    return this.viewNow;
  }

  /** The field's text, as CsvRecords gives it. */
  text(i: number): string {
    let text = utf8.decode(this.bytes.subarray(this.starts[i], this.ends[i]));
    if (text.includes("\r\n")) text = text.replaceAll("\r\n", "\n");
    return this.doubled[i] ? text.replaceAll('""', '"') : text;
  }

  texts(): string[] {
    return Array.from({length: this.count}, (_, i) => this.text(i));
  }

  /** Every field empty, as on a blank line. */
  isBlank(): boolean {
    for (let i = 0; i < this.count; ++i) if (this.ends[i] !== this.starts[i]) return false;
    return true;
  }

  push(start: number, end: number, doubled: boolean): void {
    if (this.count === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(old: T, room: T) => (room.set(old), room);
      this.starts = grow(this.starts, new Int32Array(2 * this.count));
      this.ends = grow(this.ends, new Int32Array(2 * this.count));
      this.doubled = grow(this.doubled, new Uint8Array(2 * this.count));
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.doubled[this.count++] = doubled ? 1 : 0;
  }
}

/**
 * Takes bytes in chunks cut anywhere and calls `onRecord` with each record and its row number (the header is 1).
 * Holds the record being read and copies each chunk once, behind what is left of the one before.
 */
export class CsvByteRecords {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private pos = 0;
  private recordStart = 0;
  private fieldStart = 0;
  private doubled = false;
  private mode = Mode.FieldStart;
  private readonly record = new ByteRecord();
  private row = 1;

  constructor(private readonly onRecord: (record: ByteRecord, row: number) => void) {}

  push(chunk: Uint8Array): void {
    this.append(chunk);
    const buffer = this.buffer;
    const n = this.length;
    const record = this.record;
    record.bytes = buffer;
    let pos = this.pos;
    while (pos < n) {
      switch (this.mode) {
        case Mode.FieldStart:
          pos = this.plainFields(pos);
          if (pos === n) break;
          this.fieldStart = pos;
          this.doubled = false;
          if (buffer[pos] === QUOTE) {
            this.mode = Mode.Quoted;
            this.fieldStart = ++pos;
          } else this.mode = Mode.Unquoted;
          break;
        case Mode.Unquoted: {
          let c = buffer[pos];
          while (c !== COMMA && c !== LF && ++pos < n) c = buffer[pos];
          if (pos === n) break;
          // A CR before the line end is the CRLF's, not the field's.
          const end = c === LF && pos > this.fieldStart && buffer[pos - 1] === CR ? pos - 1 : pos;
          record.push(this.fieldStart, end, false);
          this.mode = Mode.FieldStart;
          if (c === LF) this.endRecord(pos + 1);
          ++pos;
          break;
        }
        case Mode.Quoted: {
          while (pos < n && buffer[pos] !== QUOTE) ++pos;
          if (pos === n) break;
          this.mode = Mode.QuoteInQuoted;
          ++pos;
          break;
        }
        case Mode.QuoteInQuoted: {
          let c = buffer[pos];
          if (c === CR) {
            // A CR at the end of the bytes so far may be the first half of a CRLF: wait for the next byte.
            if (pos + 1 === n) {
              this.pos = pos;
              return;
            }
            if (buffer[pos + 1] === LF) c = buffer[++pos];
          }
          if (c === QUOTE) {
            this.doubled = true;
            this.mode = Mode.Quoted;
          } else if (c === COMMA || c === LF) {
            record.push(this.fieldStart, c === LF && buffer[pos - 1] === CR ? pos - 2 : pos - 1, this.doubled);
            this.mode = Mode.FieldStart;
            if (c === LF) this.endRecord(pos + 1);
          } else this.syntaxError(pos);
          ++pos;
          break;
        }
      }
    }
    this.pos = pos;
  }

  /**
   * From the start of a field, reads every quoted field with no quote inside that ends within the bytes so far (nearly
   * all of a gviz export) in one loop; returns where a field needs the state machine.
   */
  private plainFields(pos: number): number {
    const buffer = this.buffer;
    const n = this.length;
    while (pos < n && buffer[pos] === QUOTE) {
      let end = pos + 1;
      while (end < n && buffer[end] !== QUOTE) ++end;
      const delimiter = end + 1 < n ? buffer[end + 1] : -1;
      if (delimiter !== COMMA && delimiter !== LF) return pos;
      this.record.push(pos + 1, end, false);
      pos = end + 2;
      if (delimiter === LF) this.endRecord(pos);
    }
    return pos;
  }

  /** The bytes have ended: the last record needs no line end, but an open quote means the text was cut. */
  end(): void {
    const record = this.record;
    record.bytes = this.buffer;
    if (this.mode === Mode.Quoted) throw new CsvSyntaxError(`row ${this.row}: the text ends inside a quoted field`, this.row);
    if (this.mode === Mode.QuoteInQuoted && this.pos < this.length) this.syntaxError(this.pos);
    if (this.mode === Mode.Unquoted) record.push(this.fieldStart, this.length, false);
    else if (this.mode === Mode.QuoteInQuoted) record.push(this.fieldStart, this.length - 1, this.doubled);
    else if (record.count === 0) return;
    else record.push(this.length, this.length, false);
    this.mode = Mode.FieldStart;
    this.endRecord(this.length);
  }

  private endRecord(next: number) {
    this.onRecord(this.record, this.row++);
    this.record.count = 0;
    this.recordStart = next;
  }

  private syntaxError(pos: number): never {
    const after = utf8.decode(this.buffer.subarray(pos, Math.min(pos + 40, this.length))).replaceAll("\r\n", "\n").slice(0, 10);
    throw new CsvSyntaxError(`row ${this.row}: a quoted field ends in ${JSON.stringify(after)} instead of a comma or a line end`, this.row);
  }

  /** Moves the unfinished record to the front, then the chunk after it. */
  private append(chunk: Uint8Array) {
    const keep = this.length - this.recordStart;
    const shift = this.recordStart;
    if (keep + chunk.length > this.buffer.length) {
      const room = new Uint8Array(Math.max(2 * this.buffer.length, keep + chunk.length));
      room.set(this.buffer.subarray(shift, this.length));
      this.buffer = room;
    } else if (shift > 0) this.buffer.copyWithin(0, shift, this.length);
    this.buffer.set(chunk, keep);
    this.length = keep + chunk.length;
    this.pos -= shift;
    this.fieldStart -= shift;
    this.recordStart = 0;
    for (let i = 0; i < this.record.count; ++i) {
      this.record.starts[i] -= shift;
      this.record.ends[i] -= shift;
    }
  }
}

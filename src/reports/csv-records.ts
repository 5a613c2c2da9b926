/**
 * Reads report CSV (RFC 4180, as Graph writes it: UTF-8 with or without a BOM, CRLF or LF, a field quoted
 * when it holds a comma, quote or line break) into records, a batch per chunk of bytes. Each chunk is
 * decoded once and split at line breaks and commas with native string search; only a line that holds a
 * quote is read character by character. The general-purpose parser this replaced read every byte in
 * JavaScript and decoded every cell apart, which was over half of a cold 1,000,000-row answer.
 */
import { StringDecoder } from 'node:string_decoder';

/** What is wrong with a CSV that cannot be read. */
export type CsvProblem = 'quote-not-closed' | 'text-after-closing-quote' | 'quote-in-field' | 'field-count' | 'record-too-large';

/** The CSV cannot be read: what is wrong, and on which line (1-based, counting line breaks inside quotes). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly problem: CsvProblem,
    readonly line: number,
  ) {
    super(`CSV ${problem} at line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

/**
 * The records of `input`, in batches as each chunk completes them. Empty lines are skipped; every record
 * must have as many fields as the first (the header); a record longer than `maxRecordChars` is refused.
 */
export async function* readCsvRecords(input: AsyncIterable<Uint8Array | string>, maxRecordChars: number): AsyncGenerator<string[][]> {
  const decoder = new StringDecoder('utf8');
  const reader = new CsvRecordReader(maxRecordChars);
  for await (const chunk of input) {
    const records = reader.push(typeof chunk === 'string' ? chunk : decoder.write(chunk), false);
    if (records.length > 0) yield records;
  }
  const last = reader.push(decoder.end(), true);
  if (last.length > 0) yield last;
}

/** A record's fields and where the next record starts; undefined when the text ends inside the record. */
type ReadRecord = { readonly fields: string[]; readonly next: number } | undefined;

class CsvRecordReader {
  /** The start of a record the last chunk ended inside, read again with the next chunk. */
  private pending = '';
  private started = false;
  private fieldCount = -1;
  /** The line the next record starts on. */
  private line = 1;

  constructor(private readonly maxRecordChars: number) {}

  push(text: string, atEnd: boolean): string[][] {
    let data = this.pending.length > 0 ? this.pending + text : text;
    if (!this.started && data.length > 0) {
      if (data.charCodeAt(0) === BOM) data = data.slice(1);
      this.started = true;
    }
    const records: string[][] = [];
    let pos = 0;
    // Where the next quote is, found once per chunk rather than once per line (-1: none left).
    let quote = data.indexOf('"');
    while (pos < data.length) {
      const lineEnd = data.indexOf('\n', pos);
      if (quote !== -1 && quote < pos) quote = data.indexOf('"', pos);
      const plain = quote === -1 || (lineEnd !== -1 && quote > lineEnd);
      const read = plain ? this.readPlainLine(data, pos, lineEnd, atEnd) : this.readQuotedRecord(data, pos, atEnd);
      if (read === undefined) break;
      if (read.next - pos > this.maxRecordChars) throw new CsvSyntaxError('record-too-large', this.line);
      // An empty line (nothing, or only the CR of a CRLF) holds no record; a quoted empty field ("") does.
      if (!plain || read.fields.length > 1 || read.fields[0] !== '') this.add(records, read.fields);
      this.line += plain ? (lineEnd === -1 ? 0 : 1) : countLineBreaks(data, pos, read.next);
      pos = read.next;
    }
    this.pending = data.slice(pos);
    if (this.pending.length > this.maxRecordChars) throw new CsvSyntaxError('record-too-large', this.line);
    return records;
  }

  /** A line without quotes: its fields are what lies between its commas. */
  private readPlainLine(data: string, pos: number, lineEnd: number, atEnd: boolean): ReadRecord {
    if (lineEnd === -1 && !atEnd) return undefined;
    const end = lineEnd === -1 ? data.length : lineEnd;
    const stop = end > pos && data.charCodeAt(end - 1) === CR ? end - 1 : end;
    return { fields: data.slice(pos, stop).split(','), next: lineEnd === -1 ? end : end + 1 };
  }

  /** A record with a quote somewhere, field by field; a quoted field may hold commas, quotes ("") and line breaks. */
  private readQuotedRecord(data: string, pos: number, atEnd: boolean): ReadRecord {
    const fields: string[] = [];
    const length = data.length;
    let i = pos;
    for (;;) {
      if (i < length && data.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = data.indexOf('"', from);
          if (close === -1 || (close + 1 === length && !atEnd)) {
            // The closing quote (or whether a second quote follows it) is in the next chunk.
            if (!atEnd) return undefined;
            throw new CsvSyntaxError('quote-not-closed', this.line);
          }
          if (data.charCodeAt(close + 1) === QUOTE) {
            value += data.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += data.slice(from, close);
          i = close + 1;
          break;
        }
        fields.push(value);
        const after = i < length ? data.charCodeAt(i) : -1;
        if (after === COMMA) {
          i += 1;
          continue;
        }
        if (after === LF) return { fields, next: i + 1 };
        if (after === -1) return atEnd ? { fields, next: i } : undefined;
        if (after === CR) {
          if (i + 1 === length) return atEnd ? { fields, next: i + 1 } : undefined;
          if (data.charCodeAt(i + 1) === LF) return { fields, next: i + 2 };
        }
        throw new CsvSyntaxError('text-after-closing-quote', this.line + countLineBreaks(data, pos, i));
      }
      let j = i;
      for (; j < length; j += 1) {
        const code = data.charCodeAt(j);
        if (code === COMMA || code === LF) break;
        if (code === QUOTE) throw new CsvSyntaxError('quote-in-field', this.line + countLineBreaks(data, pos, j));
      }
      if (j === length && !atEnd) return undefined;
      if (j < length && data.charCodeAt(j) === COMMA) {
        fields.push(data.slice(i, j));
        i = j + 1;
        continue;
      }
      const stop = j > i && data.charCodeAt(j - 1) === CR ? j - 1 : j;
      fields.push(data.slice(i, stop));
      return { fields, next: j < length ? j + 1 : j };
    }
  }

  private add(records: string[][], fields: string[]): void {
    if (this.fieldCount === -1) this.fieldCount = fields.length;
    else if (fields.length !== this.fieldCount) throw new CsvSyntaxError('field-count', this.line);
    records.push(fields);
  }
}

function countLineBreaks(data: string, from: number, to: number): number {
  let count = 0;
  for (let at = data.indexOf('\n', from); at !== -1 && at < to; at = data.indexOf('\n', at + 1)) count += 1;
  return count;
}

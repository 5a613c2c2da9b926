/**
 * Streams a Graph report CSV into typed rows. Columns are found by trimmed, case-insensitive header
 * name (or a documented alias), never by position, because Graph reorders columns between endpoints
 * and versions and pads some headers with spaces. Memory stays flat whatever the row count.
 */
import { parse, CsvError } from 'csv-parse';
import { pipeline, type Readable } from 'node:stream';
import { REPORTS, type ColumnSpec, type ReportId, type RowOf } from './catalog.js';
import { cellProblem, INVALID_CELL, textConverter, type TextConverter } from './column-values.js';
import { ReportDataError } from './report-errors.js';

/** A single record larger than this is a broken file (an unclosed quote swallowing the rest), not data. */
const MAX_RECORD_BYTES = 1_000_000;

type ColumnSlot = { readonly index: number; readonly key: string; readonly column: ColumnSpec; readonly convert: TextConverter };

/** The rows of a report CSV, one at a time. */
export async function* parseReportCsv<Id extends ReportId>(id: Id, input: Readable): AsyncGenerator<RowOf<Id>> {
  for await (const rows of parseReportCsvBatches(id, input)) yield* rows;
}

/**
 * The rows of a report CSV in batches, as many as each chunk of bytes completes: a download pass over
 * a million rows then awaits once per chunk, not once per row.
 */
export function parseReportCsvBatches<Id extends ReportId>(id: Id, input: Readable): AsyncGenerator<RowOf<Id>[]> {
  const parser = parse({ bom: true, skip_empty_lines: true, max_record_size: MAX_RECORD_BYTES });
  // Wired now, not at the first read: a download that fails before anyone reads must still be caught,
  // and the parser reports it to the reader however late it starts.
  pipeline(input, parser, () => {});
  return readBatches(id, parser);
}

async function* readBatches<Id extends ReportId>(id: Id, parser: Readable): AsyncGenerator<RowOf<Id>[]> {
  const columns: readonly ColumnSpec[] = REPORTS[id].columns;
  let slots: ColumnSlot[] | undefined;
  let template: Record<string, unknown> = {};
  let line = 1;
  try {
    for await (const records of recordBatches(parser)) {
      const rows: RowOf<Id>[] = [];
      for (const record of records) {
        if (!slots) {
          slots = mapHeader(id, columns, record);
          template = rowTemplate(slots);
          continue;
        }
        line += 1;
        rows.push(toRow(slots, template, record, line) as RowOf<Id>);
      }
      if (rows.length > 0) yield rows;
    }
  } catch (error) {
    throw toDataError(error);
  }
  if (!slots) throw new ReportDataError('MALFORMED_CSV', `The ${id} CSV is empty: it has no header row.`, 1);
}

/** Everything the parser has ready at each wake-up, until it ends; its error is thrown; stopping early destroys it. */
async function* recordBatches(parser: Readable): AsyncGenerator<string[][]> {
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  parser.on('readable', notify);
  parser.on('end', () => {
    ended = true;
    notify();
  });
  parser.on('error', (error: Error) => {
    failure ??= error;
    notify();
  });
  parser.on('close', () => {
    if (!ended) failure ??= new Error('The CSV parser closed before the end of the report.');
    notify();
  });
  try {
    for (;;) {
      const records: string[][] = [];
      for (let record = parser.read() as string[] | null; record !== null; record = parser.read() as string[] | null) records.push(record);
      if (records.length > 0) {
        yield records;
        continue;
      }
      if (failure !== undefined) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!ended) parser.destroy();
  }
}

function mapHeader(id: ReportId, columns: readonly ColumnSpec[], header: string[]): ColumnSlot[] {
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    const normalized = normalizeHeader(name);
    if (!positions.has(normalized)) positions.set(normalized, index);
  });
  const slots: ColumnSlot[] = [];
  const missing: string[] = [];
  for (const column of columns) {
    const index = [column.header, ...(column.aliases ?? [])]
      .map((name) => positions.get(normalizeHeader(name)))
      .find((position) => position !== undefined);
    if (index !== undefined) slots.push({ index, key: column.key, column, convert: textConverter(column) });
    else if (column.required) missing.push(column.header);
  }
  if (missing.length > 0) {
    const found = header.map((name) => name.trim()).join(', ');
    throw new ReportDataError(
      'MISSING_COLUMN',
      `The ${id} CSV lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}. ` +
        `Its header has: ${found}.`,
      1,
    );
  }
  return slots;
}

/**
 * A row with every column's key and no values, copied for each row: V8 keeps a copy's shape, where an object
 * given more than a few keys one by one becomes a slow hash table (most reports have 20 to 40 columns).
 */
function rowTemplate(slots: readonly ColumnSlot[]): Record<string, unknown> {
  // JSON.parse builds objects of any width in the fast shape; the keys are the catalog's, never report text.
  const template = JSON.parse(JSON.stringify(Object.fromEntries(slots.map((slot) => [slot.key, null])))) as Record<string, unknown>;
  for (const { key } of slots) template[key] = undefined;
  return template;
}

/** One record as a row: an empty optional cell is `undefined` (as if absent). */
function toRow(slots: readonly ColumnSlot[], template: Record<string, unknown>, record: readonly string[], line: number): Record<string, unknown> {
  const row = { ...template };
  for (let s = 0; s < slots.length; s += 1) {
    const { index, key, convert } = slots[s]!;
    const value = convert(record[index] ?? '');
    if (value === undefined || value === INVALID_CELL) refuseCell(slots[s]!.column, value, line);
    else row[key] = value;
  }
  return row;
}

/** Throws for a cell that does not fit its column, or is empty where the column is required; an optional empty cell stays undefined. */
function refuseCell(column: ColumnSpec, value: undefined | typeof INVALID_CELL, line: number): void {
  if (value === INVALID_CELL) throw new ReportDataError('BAD_VALUE', `Row ${line}, ${cellProblem(column)}.`, line);
  if (column.required) throw new ReportDataError('BAD_VALUE', `Row ${line}, column "${column.header}" is empty but required.`, line);
}

/** Header names as compared: trimmed (Graph pads some), case-insensitive, BOM-free. */
export function normalizeHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

const CSV_PROBLEMS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by something other than a comma',
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of a field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'a row has a different number of fields than the header',
  CSV_MAX_RECORD_SIZE: `a single row exceeds ${MAX_RECORD_BYTES.toLocaleString('en')} bytes`,
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows a closing quote',
};

function toDataError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  // csv-parse's own message can quote report text; ours names only the line and the kind of fault.
  const line = typeof error['lines'] === 'number' ? error['lines'] : undefined;
  const problem = CSV_PROBLEMS[error.code] ?? `it is not valid CSV (${error.code})`;
  return new ReportDataError('MALFORMED_CSV', `The report CSV is malformed${line ? ` at line ${line}` : ''}: ${problem}.`, line);
}

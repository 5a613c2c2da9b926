/**
 * Streams a Graph report CSV into typed rows. Columns are found by trimmed, case-insensitive header
 * name (or a documented alias), never by position, because Graph reorders columns between endpoints
 * and versions and pads some headers with spaces. Memory stays flat whatever the row count.
 */
import type { Readable } from 'node:stream';
import { REPORTS, type ColumnSpec, type ReportId, type RowOf } from './catalog.js';
import { cellProblem, INVALID_CELL, textConverter, type TextConverter } from './column-values.js';
import { CsvSyntaxError, readCsvRecords, type CsvProblem } from './csv-records.js';
import { ReportDataError } from './report-errors.js';

/** A single record longer than this is a broken file (an unclosed quote swallowing the rest), not data. */
const MAX_RECORD_CHARS = 1_000_000;

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
  // Listened to now, not at the first read: a download that fails before anyone reads must not be an
  // uncaught error; the stream keeps the error, and reading it later throws it.
  input.once('error', () => undefined);
  return readBatches(id, input);
}

async function* readBatches<Id extends ReportId>(id: Id, input: Readable): AsyncGenerator<RowOf<Id>[]> {
  const columns: readonly ColumnSpec[] = REPORTS[id].columns;
  let slots: ColumnSlot[] | undefined;
  let template: Record<string, unknown> = {};
  let line = 1;
  try {
    for await (const records of readCsvRecords(input as AsyncIterable<Uint8Array | string>, MAX_RECORD_CHARS)) {
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

const CSV_PROBLEMS: Record<CsvProblem, string> = {
  'quote-not-closed': 'a quoted field is never closed',
  'text-after-closing-quote': 'a closing quote is followed by something other than a comma',
  'quote-in-field': 'a quote opens in the middle of a field',
  'field-count': 'a row has a different number of fields than the header',
  'record-too-large': `a single row exceeds ${MAX_RECORD_CHARS.toLocaleString('en')} characters`,
};

function toDataError(error: unknown): unknown {
  if (!(error instanceof CsvSyntaxError)) return error;
  // The reader's errors name the line and the kind of fault, never report text.
  return new ReportDataError('MALFORMED_CSV', `The report CSV is malformed at line ${error.line}: ${CSV_PROBLEMS[error.problem]}.`, error.line);
}

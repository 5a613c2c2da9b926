/**
 * Writes report rows as the CSV file admins get: UTF-8 with BOM so Excel reads it, RFC 4180 quoting
 * with CRLF, Graph's human column names, and formulas neutralised, because display and group names
 * are typed by users and a name like `=HYPERLINK(…)` must not run in a spreadsheet.
 */
import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';
import { REPORTS, type AnyRow, type ColumnSpec } from '../reports/catalog.js';
import type { ReportMeta } from '../reports/report-service.js';

/** The columns a report's file carries: the catalog's, less those only Copilot report v2 sends when it is v1. */
export function exportColumns(meta: Pick<ReportMeta, 'report' | 'version'>): readonly ColumnSpec[] {
  return REPORTS[meta.report].columns.filter((column: ColumnSpec) => column.since !== 'v2' || meta.version === 'v2');
}

/** A column of a file: the row property and its header. */
export type CsvColumn = { readonly key: string; readonly header: string };

/**
 * Streams `rows` as CSV bytes (the report's columns unless `fileColumns` says otherwise); backpressure
 * from the consumer pauses the rows; a row source failing fails the stream.
 */
export function streamReportCsv(
  meta: Pick<ReportMeta, 'report' | 'version'>,
  rows: AsyncIterable<AnyRow>,
  fileColumns: readonly CsvColumn[] = exportColumns(meta),
): Readable {
  const columns = fileColumns.map((column) => ({ key: column.key, header: column.header }));
  const stringifier = stringify({
    bom: true,
    header: true,
    columns,
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { boolean: (value) => (value ? 'True' : 'False') },
  });
  // pipeline, not pipe: a failing row source must fail the CSV stream, not leave it hanging.
  pipeline(Readable.from(rows), stringifier, () => {});
  return stringifier;
}

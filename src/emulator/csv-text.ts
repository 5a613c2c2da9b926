/**
 * CSV text exactly as Graph's report downloads are written: UTF-8 BOM first, CRLF line endings, and
 * RFC 4180 quoting only where a field needs it (comma, quote, CR or LF).
 */

/** The byte-order mark Graph puts in front of every report CSV. */
export const UTF8_BOM = '\uFEFF';

/** One cell: absent values (undefined, null) are written as an empty field. */
export type CsvCell = string | number | boolean | null | undefined;

/** Formats one field; booleans as Graph writes them (`True`/`False`). */
export function formatCsvCell(value: CsvCell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats one record, terminated by CRLF. */
export function formatCsvLine(cells: readonly CsvCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + formatCsvCell(cells[i]);
  return `${line}\r\n`;
}

/**
 * Lists of users or groups on a card, and the line under them when not every row is shown
 * ("Showing 50 of 1,234 users. The CSV file has them all."). The size guard shortens a list with
 * `keepFirstRows`, which restates that line for what is left.
 */
import type { Fact, RowList } from './card-data.js';
import type { EncodeText } from './display-text.js';
import { formatValuesFor } from './format-values.js';
import type { ViewContext } from './view-context.js';

/** `rows` as the handler chose them, `totalRows` how many the report has, `emptyText` for a report with none. */
export function rowList(rows: readonly Fact[], totalRows: number, noun: string, emptyText: string, ctx: ViewContext): RowList {
  const total = Math.max(totalRows, rows.length);
  const note = total === 0 ? emptyText : describeShownRows(rows.length, total, noun, ctx.format.locale);
  return { kind: 'row-list', rows, totalRows: total, noun, locale: ctx.format.locale, hasNote: note !== '', note: ctx.encode(note) };
}

/** "Showing 40 of 1,000 users. The CSV file has them all." or '' when all are shown. */
export function describeShownRows(shown: number, total: number, noun: string, locale: string): string {
  if (shown >= total) return '';
  const format = formatValuesFor(locale);
  return `Showing ${format.number(shown)} of ${format.number(total)} ${noun}. The CSV file has them all.`;
}

/** The first `keep` rows, with the note restated. */
export function keepFirstRows(list: RowList, keep: number, encode: EncodeText): RowList {
  const rows = list.rows.slice(0, Math.max(0, keep));
  const note = describeShownRows(rows.length, list.totalRows, list.noun, list.locale);
  return { ...list, rows, hasNote: note !== '', note: encode(note) };
}

/** Whether a card data value is a list the size guard may shorten. */
export function isRowList(value: unknown): value is RowList {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'row-list';
}

/**
 * Lists of users or groups on a card, and the line under them when not every row is shown
 * ("Showing 50 of 1,234 users. The CSV file has them all."), in the reader's language. The size guard
 * shortens a list with `keepFirstRows`, which restates that line for what is left.
 */
import { messagesFor } from '../i18n/messages.js';
import type { Fact, RowList, RowNoun } from './card-data.js';
import type { EncodeText } from './display-text.js';
import type { ViewContext } from './view-context.js';

/** `rows` as the handler chose them, `totalRows` how many the report has, `emptyText` for a report with none. */
export function rowList(rows: readonly Fact[], totalRows: number, noun: RowNoun, emptyText: string, ctx: ViewContext): RowList {
  const total = Math.max(totalRows, rows.length);
  const { language, locale } = ctx.messages;
  const list = { kind: 'row-list', rows, totalRows: total, noun, language, locale } as const;
  const note = total === 0 ? emptyText : describeShownRows(list);
  return { ...list, hasNote: note !== '', note: ctx.encode(note) };
}

/** "Showing 40 of 1,000 users. The CSV file has them all." or '' when all are shown. */
export function describeShownRows(list: Pick<RowList, 'rows' | 'totalRows' | 'noun' | 'language' | 'locale'>): string {
  if (list.rows.length >= list.totalRows) return '';
  return messagesFor(list).t('rows.showing', { shown: list.rows.length, total: list.totalRows, noun: list.noun });
}

/** The first `keep` rows, with the note restated. */
export function keepFirstRows(list: RowList, keep: number, encode: EncodeText): RowList {
  const rows = list.rows.slice(0, Math.max(0, keep));
  const note = describeShownRows({ ...list, rows });
  return { ...list, rows, hasNote: note !== '', note: encode(note) };
}

/** Whether a card data value is a list the size guard may shorten. */
export function isRowList(value: unknown): value is RowList {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'row-list';
}

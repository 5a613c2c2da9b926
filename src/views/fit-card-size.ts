/**
 * Keeps a card well under Teams' 40 KB message limit (larger messages fail with 413 on older
 * clients): when the serialised card is above the target, list rows are dropped from the end of the
 * longest lists (a card's own, or those in a list of lists) and each list's note says how many are shown
 * and that the CSV file has them all.
 */
import type { RowList } from './card-data.js';
import { escapeCardText } from './escape-card-text.js';
import { isRowList, keepFirstRows } from './row-list.js';

/** Teams rejects bot messages above about 40 KB. */
export const TEAMS_MESSAGE_LIMIT_BYTES = 40 * 1024;
/** What a card may take, leaving room for the activity around it. */
export const CARD_SIZE_TARGET_BYTES = 28 * 1024;

/** Size of `value` as JSON in UTF-8, as Teams counts it. */
export function serializedBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** `data` with `shorten` applied to each of its row lists: its own values, and those of objects in its arrays (a card's list of lists). */
function mapRowLists<D extends object>(data: D, shorten: (list: RowList) => RowList): D {
  const inner = (item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).map(([key, value]) => [key, isRowList(value) ? shorten(value) : value]))
      : item;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, isRowList(value) ? shorten(value) : Array.isArray(value) ? value.map(inner) : value]),
  ) as D;
}

/** The row counts of `data`'s lists. */
function rowCounts(data: object): number[] {
  const counts: number[] = [];
  mapRowLists(data, (list) => (counts.push(list.rows.length), list));
  return counts;
}

/** The most rows every list may keep so that at least `drop` rows go, the longest lists first. */
function capDropping(counts: readonly number[], drop: number): number {
  let cap = Math.max(0, ...counts);
  while (cap > 0 && counts.reduce((dropped, count) => dropped + Math.max(0, count - cap), 0) < drop) cap -= 1;
  return cap;
}

/**
 * Expands `data` with `expand` and, while the card is above `targetBytes`, drops rows from the end of its
 * row lists, the longest first so that several lists keep their heads alike (estimating how many from their
 * size, then checking again). Returns the card that fits, or, when no rows are left to drop, the card without
 * them. Only cards are fitted, so notes are card-escaped.
 */
export function fitCardSize<D extends object, Card>(data: D, expand: (data: D) => Card, targetBytes = CARD_SIZE_TARGET_BYTES): Card {
  let current = data;
  let card = expand(current);
  let size = serializedBytes(card);
  while (size > targetBytes) {
    const counts = rowCounts(current);
    const rows = counts.reduce((total, count) => total + count, 0);
    if (rows === 0) break;
    // Measured on the card, not the data: a template may wrap each row in elements of its own.
    const withoutRows = serializedBytes(expand(mapRowLists(current, (list) => keepFirstRows(list, 0, escapeCardText))));
    const bytesPerRow = Math.max(1, (size - withoutRows) / rows);
    const cap = capDropping(counts, Math.max(1, Math.ceil((size - targetBytes) / bytesPerRow)));
    current = mapRowLists(current, (list) => (list.rows.length > cap ? keepFirstRows(list, cap, escapeCardText) : list));
    card = expand(current);
    size = serializedBytes(card);
  }
  return card;
}

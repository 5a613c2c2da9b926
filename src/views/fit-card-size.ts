/**
 * Keeps a card well under Teams' 40 KB message limit (larger messages fail with 413 on older
 * clients): when the serialised card is above the target, list rows are dropped from the end of the
 * longest list (a card's own, or one in a list of lists) and its note says how many are shown and that
 * the CSV file has them all.
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

/** A row list in card data, and how to put a shortened one in its place. */
type RowListSlot<D> = { readonly list: RowList; replace(list: RowList): D };

/** The row lists of `data`: its own values, and those of objects in its arrays (a card's list of lists). */
function rowListSlots<D extends object>(data: D): RowListSlot<D>[] {
  const slots: RowListSlot<D>[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (isRowList(value)) slots.push({ list: value, replace: (list) => ({ ...data, [key]: list }) });
    if (!Array.isArray(value)) continue;
    value.forEach((item: unknown, index) => {
      if (typeof item !== 'object' || item === null) return;
      for (const [innerKey, inner] of Object.entries(item)) {
        if (!isRowList(inner)) continue;
        const replace = (list: RowList) => ({ ...data, [key]: value.map((other: unknown, i) => (i === index ? { ...item, [innerKey]: list } : other)) });
        slots.push({ list: inner, replace });
      }
    });
  }
  return slots;
}

function longestRowList<D extends object>(data: D): RowListSlot<D> | undefined {
  let longest: RowListSlot<D> | undefined;
  for (const slot of rowListSlots(data)) {
    if (slot.list.rows.length > 0 && (!longest || slot.list.rows.length >= longest.list.rows.length)) longest = slot;
  }
  return longest;
}

/**
 * Expands `data` with `expand` and, while the card is above `targetBytes`, drops rows from its row
 * lists (estimating how many from their size, then checking again). Returns the card that fits, or,
 * when no rows are left to drop, the card without them. Only cards are fitted, so notes are card-escaped.
 */
export function fitCardSize<D extends object, Card>(data: D, expand: (data: D) => Card, targetBytes = CARD_SIZE_TARGET_BYTES): Card {
  let current = data;
  let card = expand(current);
  let size = serializedBytes(card);
  while (size > targetBytes) {
    const longest = longestRowList(current);
    if (!longest) break;
    const { list } = longest;
    // Measured on the card, not the data: a template may wrap each row in elements of its own.
    const withoutRows = serializedBytes(expand(longest.replace(keepFirstRows(list, 0, escapeCardText))));
    const bytesPerRow = Math.max(1, (size - withoutRows) / list.rows.length);
    const drop = Math.max(1, Math.ceil((size - targetBytes) / bytesPerRow));
    current = longest.replace(keepFirstRows(list, list.rows.length - drop, escapeCardText));
    card = expand(current);
    size = serializedBytes(card);
  }
  return card;
}

/**
 * Proportional bars drawn with block characters, so a FactSet reads like a chart on every Teams
 * client and in a terminal: `███▍░░░░░░ 34.3% · 123,341 of 359,096`.
 */
import type { ViewContext } from './view-context.js';

/** Cells per bar: ten, so each full cell is ten percent. */
export const BAR_WIDTH = 10;
/** FULL BLOCK for the filled cells of a bar. */
export const FILLED_BLOCK = '█';
/** LIGHT SHADE for the rest: as wide as the full block in common fonts, so bars line up. */
export const EMPTY_BLOCK = '░';
/** A cell filled by one to seven eighths (LEFT ONE EIGHTH BLOCK … LEFT SEVEN EIGHTHS BLOCK), so 1.3%, 5% and 13.2% differ. */
const PARTIAL_BLOCKS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;
const EIGHTHS = 8;

/**
 * How many eighths of `width` cells `part / whole` fills: rounded to the nearest eighth, but at least
 * one when `part` is above zero and one short of full while `part` is below `whole`, so a bar never
 * looks empty or full when it is not. 34.3% fills 27 of 80; 0.1% fills 1; 99.9% fills 79.
 */
export function filledEighths(part: number, whole: number, width = BAR_WIDTH): number {
  const all = width * EIGHTHS;
  if (!(whole > 0) || !(part > 0)) return 0;
  if (part >= whole) return all;
  return Math.min(all - 1, Math.max(1, Math.round((part / whole) * all)));
}

/** The bar alone, always `width` characters: `██▋░░░░░░░` for 26.5%. */
export function proportionalBar(part: number, whole: number, width = BAR_WIDTH): string {
  const eighths = filledEighths(part, whole, width);
  const full = Math.floor(eighths / EIGHTHS);
  const partial = PARTIAL_BLOCKS[eighths % EIGHTHS] ?? '';
  const empty = width - full - (partial === '' ? 0 : 1);
  return FILLED_BLOCK.repeat(full) + partial + EMPTY_BLOCK.repeat(empty);
}

/** Bar, percentage and both counts: `██▋░░░░░░░ 34.3% · 123,341 of 359,096` (no percentage when `whole` is 0), "of" in the reader's language. */
export function barValue(part: number, whole: number, { format, messages }: Pick<ViewContext, 'format' | 'messages'>): string {
  const counts = messages.t('common.partOf', { part, whole });
  const bar = proportionalBar(part, whole);
  return whole > 0 ? `${bar} ${format.percent(part / whole)} · ${counts}` : `${bar} ${counts}`;
}

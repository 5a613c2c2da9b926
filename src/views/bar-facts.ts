/**
 * Proportional bars drawn with block characters, so a FactSet reads like a chart on every Teams
 * client and in a terminal: `███░░░░░░░ 34.3% · 123,341 of 359,096`.
 */
import type { ValueFormat } from './format-values.js';

/** Blocks per bar: ten, so each block is ten percent. */
export const BAR_WIDTH = 10;
/** FULL BLOCK for the filled part of a bar. */
export const FILLED_BLOCK = '█';
/** LIGHT SHADE for the rest: as wide as the full block in common fonts, so bars line up. */
export const EMPTY_BLOCK = '░';

/**
 * How many of `width` blocks `part / whole` fills: rounded to the nearest block (halves up), but at least
 * one when `part` is above zero and at most `width - 1` while `part` is below `whole`, so a bar never
 * looks empty or full when it is not. 34.3% fills 3 of 10; 0.1% fills 1; 99.9% fills 9.
 */
export function filledBlocks(part: number, whole: number, width = BAR_WIDTH): number {
  if (!(whole > 0) || !(part > 0)) return 0;
  if (part >= whole) return width;
  const rounded = Math.round((part / whole) * width);
  return Math.min(width - 1, Math.max(1, rounded));
}

/** The bar alone: `███░░░░░░░`. */
export function proportionalBar(part: number, whole: number, width = BAR_WIDTH): string {
  const filled = filledBlocks(part, whole, width);
  return FILLED_BLOCK.repeat(filled) + EMPTY_BLOCK.repeat(width - filled);
}

/** Bar, percentage and both counts: `███░░░░░░░ 34.3% · 123,341 of 359,096` (no percentage when `whole` is 0). */
export function barValue(part: number, whole: number, format: ValueFormat): string {
  const counts = `${format.number(part)} of ${format.number(whole)}`;
  const bar = proportionalBar(part, whole);
  return whole > 0 ? `${bar} ${format.percent(part / whole)} · ${counts}` : `${bar} ${counts}`;
}

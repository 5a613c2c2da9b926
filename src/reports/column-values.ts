/**
 * Turns one raw report cell (CSV text or JSON value) into its typed value per the catalog.
 * Empty cells become `undefined` (absent); anything else that does not fit the type is an error
 * whose message names the column and the allowed form, never the value (it is report data).
 */
import type { ColumnSpec } from './catalog.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const INTEGER = /^[+-]?\d+$/;

export type CellValue = string | number | boolean | undefined;
export type CellResult = { ok: true; value: CellValue } | { ok: false; problem: string };

/** What a text converter returns for text that does not fit its column's type. */
export const INVALID_CELL: unique symbol = Symbol('invalid cell');

/** Converts one cell's text: its typed value, undefined when empty, or INVALID_CELL. */
export type TextConverter = (raw: string) => CellValue | typeof INVALID_CELL;

/**
 * The converter of `column`'s text, chosen once per column: a CSV report calls it for every cell of
 * every row, so it allocates nothing for a valid cell.
 */
export function textConverter(column: ColumnSpec): TextConverter {
  switch (column.type) {
    case 'string':
      return (raw) => (raw.trim() === '' ? undefined : raw);
    case 'integer':
      return (raw) => {
        const text = raw.trim();
        if (text === '') return undefined;
        const value = Number(text);
        return Number.isSafeInteger(value) && INTEGER.test(text) ? value : INVALID_CELL;
      };
    case 'boolean':
      // Most reports write True/False; Teams' Has Other Action and Is Licensed, and the apps usage report, write Yes/No.
      return (raw) => {
        const lower = raw.trim().toLowerCase();
        if (lower === '') return undefined;
        return lower === 'true' || lower === 'yes' ? true : lower === 'false' || lower === 'no' ? false : INVALID_CELL;
      };
    case 'date':
      return (raw) => {
        const text = raw.trim();
        return text === '' ? undefined : (toCalendarDate(text) ?? INVALID_CELL);
      };
  }
}

/** Why a cell of `column` was refused: the column and the allowed form, never the value (it is report data). */
export function cellProblem(column: ColumnSpec): string {
  return `${describe(column)}: ${expected(column)}`;
}

/** Converts one JSON (or CSV) cell of `column`. */
export function convertCell(column: ColumnSpec, raw: unknown): CellResult {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  if (typeof raw === 'number' && column.type === 'integer' && Number.isSafeInteger(raw)) return { ok: true, value: raw };
  if (typeof raw === 'boolean' && column.type === 'boolean') return { ok: true, value: raw };
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') return { ok: false, problem: cellProblem(column) };
  const value = textConverter(column)(String(raw));
  return value === INVALID_CELL ? { ok: false, problem: cellProblem(column) } : { ok: true, value };
}

/** `YYYY-MM-DD` from either date form Graph has used (`2026-11-20` or `2026-11-20T00:00:00Z`), if it is a real day. */
export function toCalendarDate(text: string): string | undefined {
  // A report repeats a few hundred distinct dates over many rows: validate each once.
  let date = knownDates.get(text);
  if (date === undefined && !knownDates.has(text)) {
    date = validateCalendarDate(text);
    if (knownDates.size >= KNOWN_DATES_LIMIT) knownDates.clear();
    knownDates.set(text, date);
  }
  return date;
}

const KNOWN_DATES_LIMIT = 10_000;
const knownDates = new Map<string, string | undefined>();

function validateCalendarDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = `${year}-${month}-${day}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

function describe(column: ColumnSpec): string {
  return `column "${column.header}"`;
}

function expected(column: ColumnSpec): string {
  switch (column.type) {
    case 'integer':
      return 'not a whole number';
    case 'boolean':
      return 'not True/False or Yes/No';
    case 'date':
      return 'not a date (YYYY-MM-DD)';
    case 'string':
      return 'not text';
  }
}

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
      return (raw) => (raw.trim() === '' ? undefined : ownCopy(raw));
    case 'integer':
      return (raw) => {
        const digits = raw.length <= 15 ? digitsIn(raw, 0, raw.length) : -1;
        if (digits >= 0) return digits;
        const text = raw.trim();
        if (text === '') return undefined;
        const value = Number(text);
        return Number.isSafeInteger(value) && INTEGER.test(text) ? value : INVALID_CELL;
      };
    case 'boolean':
      // Most reports write True/False; Teams' Has Other Action and Is Licensed, and the apps usage report, write Yes/No.
      return (raw) => {
        // Graph's own spellings first: a million rows of them then make no new strings.
        if (raw === 'True' || raw === 'Yes') return true;
        if (raw === 'False' || raw === 'No') return false;
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

/**
 * `text` in a string of its own. A CSV cell is a slice of the chunk of text it was read from, and V8 keeps
 * the whole chunk alive for as long as the slice lives (a name kept in a snapshot, a reclaim candidate's
 * principal name); concatenating makes a new string and slicing that back copies only the cell.
 */
function ownCopy(text: string): string {
  return `${text} `.slice(0, -1);
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
  if (isPlainCalendarDate(text)) return text;
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

/** The value of `text` from `start` to `end` when it is only ASCII digits (at least one), else -1; keep it under 16 digits. */
function digitsIn(text: string, start: number, end: number): number {
  if (end <= start) return -1;
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether `text` is exactly `YYYY-MM-DD` and a real day: checked without a new string, as a report's every date cell is. */
function isPlainCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsIn(text, 0, 4);
  const month = digitsIn(text, 5, 7);
  const day = digitsIn(text, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

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

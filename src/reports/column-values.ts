/**
 * Turns one raw report cell (CSV text or JSON value) into its typed value per the catalog.
 * Empty cells become `undefined` (absent); anything else that does not fit the type is an error
 * whose message names the column and the allowed form, never the value (it is report data).
 */
import type { ColumnSpec } from './catalog.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const INTEGER = /^[+-]?\d+$/;

export type CellResult = { ok: true; value: string | number | boolean | undefined } | { ok: false; problem: string };

export function convertCell(column: ColumnSpec, raw: unknown): CellResult {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { ok: true, value: undefined };
    return convertText(column, column.type === 'string' ? raw : text);
  }
  if (typeof raw === 'number' && column.type === 'integer' && Number.isSafeInteger(raw)) return { ok: true, value: raw };
  if (typeof raw === 'boolean' && column.type === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'number' || typeof raw === 'boolean') return convertText(column, String(raw));
  return { ok: false, problem: `${describe(column)}: ${expected(column)}` };
}

function convertText(column: ColumnSpec, text: string): CellResult {
  switch (column.type) {
    case 'string':
      return { ok: true, value: text };
    case 'integer': {
      const value = Number(text);
      if (INTEGER.test(text) && Number.isSafeInteger(value)) return { ok: true, value };
      break;
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (lower === 'true' || lower === 'false') return { ok: true, value: lower === 'true' };
      break;
    }
    case 'date': {
      const date = toCalendarDate(text);
      if (date) return { ok: true, value: date };
      break;
    }
  }
  return { ok: false, problem: `${describe(column)}: ${expected(column)}` };
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
      return 'not True or False';
    case 'date':
      return 'not a date (YYYY-MM-DD)';
    case 'string':
      return 'not text';
  }
}

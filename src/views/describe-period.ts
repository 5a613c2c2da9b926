/**
 * Report periods as admins read them, in the reader's language: `D30` is "last 30 days", `ALL` "all
 * periods". Graph's `RL28` (Copilot report v2's rolling 28 days) reads the same way. A sentence that says
 * when something happened takes `periodIn` ("in the last 30 days"), whose preposition each language words.
 */
import type { Messages } from '../i18n/messages.js';

const DAYS = /^(?:D|RL)(\d{1,4})$/i;

/** The values `period.label` and `period.in` take for `period`: a day count, all periods, or the period as given. */
function periodValues(period: string): { kind: string; days: number; period: string } {
  if (period.toUpperCase() === 'ALL') return { kind: 'all', days: 0, period };
  const days = DAYS.exec(period)?.[1];
  return days === undefined ? { kind: 'other', days: 0, period } : { kind: 'days', days: Number(days), period };
}

/** "last 30 days" for D30, "all periods" for ALL, anything else as given. */
export function describePeriod(period: string, messages: Messages): string {
  return messages.t('period.label', periodValues(period));
}

/** "in the last 30 days", "across all periods": when, inside a sentence. */
export function periodIn(period: string, messages: Messages): string {
  return messages.t('period.in', periodValues(period));
}

/** The label capitalised for a heading: "Last 30 days". */
export function periodLabel(period: string, messages: Messages): string {
  const described = describePeriod(period, messages);
  return described.charAt(0).toLocaleUpperCase(messages.locale) + described.slice(1);
}

/**
 * How the digest words its figures' changes since the previous digest (`▲ 1,200 (+0.7%)`, `▼ 0.9 pts`,
 * `▼ $150.00 (-2.0%)`, `unchanged`), in the reader's language: one wording for every section.
 */
import type { Change, TrackedFigure } from '../view-models.js';
import type { ViewContext } from './view-context.js';

/** `▼ $150.00 (-2.0%)`: the change of an amount of money, worded as `describeChange` words a count. */
export function describeMoneyChange(change: Change, money: (amount: number) => string, { format, messages }: ViewContext): string {
  if (Math.round(change.difference * 100) === 0) return messages.t('digest.unchanged');
  const arrow = change.difference > 0 ? '▲' : '▼';
  const relative = change.relative !== undefined ? ` (${signedPercent(change.relative, format.locale)})` : '';
  return `${arrow} ${money(Math.abs(change.difference))}${relative}`;
}

/**
 * A value and its change: `165,115 ▲ 1,200 (+0.7%)`, `▼ 3 (−2.5%)`, or `unchanged`. For a rate
 * (`points`) the difference is in percentage points: `46.0% ▲ 0.9 pts (+2.0%)`.
 */
export function withChange(value: string, figure: TrackedFigure, ctx: ViewContext, unit: 'count' | 'points' = 'count'): string {
  return figure.change ? `${value} ${describeChange(figure.change, ctx, unit)}` : value;
}

/** `▲ 1,200 (+0.7%)`, `▼ 0.9 pts (−2.0%)`, `unchanged`; no percentage when the previous value was 0. */
export function describeChange(change: Change, { format, messages }: ViewContext, unit: 'count' | 'points' = 'count'): string {
  const size = unit === 'points' ? Math.round(Math.abs(change.difference) * 1000) / 10 : Math.abs(change.difference);
  if (size === 0) return messages.t('digest.unchanged');
  const arrow = change.difference > 0 ? '▲' : '▼';
  const amount = unit === 'points' ? messages.t('figure.points', { value: decimal(size, format.locale) }) : format.number(size);
  return change.relative !== undefined ? `${arrow} ${amount} (${signedPercent(change.relative, format.locale)})` : `${arrow} ${amount}`;
}

function signedPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
}

/** `1.2` with one decimal in `locale`. */
export function decimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/**
 * A sliding-window request budget per Graph report function. Graph allows 14 CSV requests per
 * 10 minutes per app per report; spending from this budget first lets the bot say "try again at …"
 * instead of being throttled (and counted against the tenant's shared limit of 40).
 */
import type { Clock } from '../clock.js';
import { phrase } from '../i18n/message-types.js';
import { ReportRequestError } from './report-errors.js';

/** Graph counts report requests over ten minutes. */
export const GRAPH_BUDGET_WINDOW_MS = 10 * 60_000;

export type BudgetUsage = { readonly key: string; readonly used: number; readonly limit: number; readonly freeAt?: number };

/**
 * What the report service spends Graph requests from: this in-memory budget for one process, or one
 * counted in the state store (`StoreRequestBudget`) that several instances share.
 */
export type GraphRequestBudget = {
  /** Spends one request for `key`, or throws BUDGET_EXHAUSTED saying when the next one fits. */
  spend(key: string): void | Promise<void>;
  /** What `key` has spent in the window, as far as this process knows. */
  usage(key: string): BudgetUsage;
};

/** The refusal when `used` requests in the window leave none for `key` until `freeAt`. */
export function budgetExhausted(key: string, used: number, windowMs: number, freeAt: number): ReportRequestError {
  const time = new Date(freeAt).toISOString().slice(11, 16);
  return new ReportRequestError('BUDGET_EXHAUSTED', phrase('reportError.budget', { key, used, minutes: windowMs / 60_000, time }), freeAt);
}

export class RequestBudget implements GraphRequestBudget {
  private readonly spent = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Spends one request for `key`, or throws BUDGET_EXHAUSTED saying when the next one fits. */
  spend(key: string): void {
    const times = this.recent(key);
    if (times.length >= this.limit) {
      throw budgetExhausted(key, times.length, this.windowMs, (times[0] ?? this.clock.now()) + this.windowMs);
    }
    times.push(this.clock.now());
    this.spent.set(key, times);
  }

  usage(key: string): BudgetUsage {
    const times = this.recent(key);
    const full = times.length >= this.limit;
    return { key, used: times.length, limit: this.limit, freeAt: full ? (times[0] ?? 0) + this.windowMs : undefined };
  }

  private recent(key: string): number[] {
    const since = this.clock.now() - this.windowMs;
    return (this.spent.get(key) ?? []).filter((time) => time > since);
  }
}

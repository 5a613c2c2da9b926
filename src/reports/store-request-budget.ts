/**
 * The Graph request budget counted in the state store: each spend is a compare-and-set on
 * `graph-budget/<key>`, so several bot instances sharing a blob store together stay under Graph's
 * 14 CSV requests per 10 minutes per report, where each would otherwise count 14 of its own.
 */
import type { Clock } from '../clock.js';
import { StoreConflictError, StoreUnavailableError, type StateStore } from '../store/state-store.js';
import { budgetExhausted, type BudgetUsage, type GraphRequestBudget } from './request-budget.js';

export type StoreRequestBudgetOptions = {
  readonly store: StateStore;
  readonly clock: Clock;
  readonly limit: number;
  readonly windowMs: number;
  /** Keys whose limit is not `limit`, e.g. the licence reader's `subscribedSkus`, a JSON read while reports go as CSV. */
  readonly keyLimits?: ReadonlyMap<string, number>;
};

/** Store prefix of the budget records; one record per Graph report function (CSV) or one for JSON. */
export const BUDGET_PREFIX = 'graph-budget/';
/** A spend losing the race to other instances retries this often: each round one of them wins, so ten instances always get through. */
const MAX_CONFLICT_RETRIES = 10;

export class StoreRequestBudget implements GraphRequestBudget {
  /** Each key's requests in the window as this process last read or wrote them, for `usage`. */
  private readonly seen = new Map<string, number[]>();
  /** The spend under way per key: one at a time within this process, so only instances race each other. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly options: StoreRequestBudgetOptions) {}

  spend(key: string): Promise<void> {
    const run = (this.queues.get(key) ?? Promise.resolve()).then(() => this.spendNow(key));
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }

  private async spendNow(key: string): Promise<void> {
    const { store, clock, windowMs } = this.options;
    const limit = this.limitOf(key);
    for (let attempt = 1; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
      const entry = await store.get(BUDGET_PREFIX + key);
      const times = this.recent(readTimes(entry?.value));
      this.seen.set(key, times);
      if (times.length >= limit) throw budgetExhausted(key, times.length, windowMs, (times[0] ?? clock.now()) + windowMs);
      const spent = [...times, clock.now()];
      try {
        await store.put(BUDGET_PREFIX + key, { requests: spent }, entry ? { ifMatch: entry.etag } : { ifNoneMatch: '*' });
        this.seen.set(key, spent);
        return;
      } catch (error) {
        if (!(error instanceof StoreConflictError)) throw error;
      }
    }
    throw new StoreUnavailableError(`The Graph request budget for ${key} changed ${MAX_CONFLICT_RETRIES} times while it was being spent; try again.`);
  }

  usage(key: string): BudgetUsage {
    const times = this.recent(this.seen.get(key) ?? []);
    const limit = this.limitOf(key);
    return { key, used: times.length, limit, freeAt: times.length >= limit ? (times[0] ?? 0) + this.options.windowMs : undefined };
  }

  private limitOf(key: string): number {
    return this.options.keyLimits?.get(key) ?? this.options.limit;
  }

  private recent(times: readonly number[]): number[] {
    const since = this.options.clock.now() - this.options.windowMs;
    return times.filter((time) => time > since).sort((a, b) => a - b);
  }
}

/** The request times of a stored record; anything else (a damaged record) counts as none spent. */
function readTimes(value: unknown): number[] {
  const requests = typeof value === 'object' && value !== null ? (value as { requests?: unknown }).requests : undefined;
  return Array.isArray(requests) ? requests.filter((time): time is number => typeof time === 'number' && Number.isFinite(time)) : [];
}

/**
 * Time as a dependency: production uses the system clock, tests pass a fake one, so nothing in the
 * code or the tests sleeps on the wall clock.
 */
export type Clock = {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time. */
  sleep(ms: number): Promise<void>;
};

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** `YYYY-MM-DD` of the given instant in UTC, the calendar Graph's reports use. */
export function toIsoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Whole days from `later` back to `earlier`, both `YYYY-MM-DD`. */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

/** `YYYY-MM-DD` plus `days` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  return toIsoDate(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000);
}

/**
 * Whole UTC days since 1970-01-01, the unit the synthetic tenant computes activity in. Integers are
 * cheap to compare and hash; ISO strings are produced only when a row is written.
 */

const MS_PER_DAY = 86_400_000;
const isoCache = new Map<number, string>();

/** The epoch day containing the instant `epochMs` (UTC). */
export function epochDayOf(epochMs: number): number {
  return Math.floor(epochMs / MS_PER_DAY);
}

/** The epoch day of a `YYYY-MM-DD` date. */
export function epochDayFromIso(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

/** `YYYY-MM-DD` of an epoch day; memoised because a big report writes the same few hundred dates millions of times. */
export function isoFromEpochDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size > 10_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

/** True on Saturday and Sunday (1970-01-01 was a Thursday). */
export function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

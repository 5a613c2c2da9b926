/**
 * A daily series as whole weeks counted back from the newest day, each with its average per day, so
 * a trend compares like with like: every week holds each weekday once, and a weekend dip is no decline.
 */
import { averagePerDay } from '../reports/figures.js';

/** One day of a series of enabled and active users. */
export type DailyCounts = { readonly date: string; readonly enabled: number; readonly active: number };

/** Seven consecutive days: first and last date, and the average per day (unrounded). */
export type WeekAverage = { readonly start: string; readonly end: string; readonly enabled: number; readonly active: number };

/** The whole weeks of `days` (oldest first), counted back from the newest day; older days that make no full week are left out. */
export function weeklyAverages(days: readonly DailyCounts[]): WeekAverage[] {
  const weeks: WeekAverage[] = [];
  for (let end = days.length; end - 7 >= 0; end -= 7) {
    const week = days.slice(end - 7, end);
    weeks.push({
      start: week[0]!.date,
      end: week[6]!.date,
      enabled: averagePerDay(week, (day) => day.enabled),
      active: averagePerDay(week, (day) => day.active),
    });
  }
  return weeks.reverse();
}

/**
 * The top of a count axis: at least `max`, a multiple of `intervals` steps that are each a round
 * number (1, 2, 2.5 or 5 times a power of ten, never a fraction), so every tick is a whole number.
 */
export function wholeAxisMax(max: number, intervals = 4): number {
  if (!(max > 0)) return intervals;
  const rawStep = max / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rawStep && Number.isInteger(candidate)) ?? Math.ceil(rawStep);
  return step * intervals;
}

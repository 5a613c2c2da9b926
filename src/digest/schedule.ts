/**
 * When a weekly digest is due: croner evaluates `MM HH * * D` in the subscription's own IANA zone,
 * so 09:00 Europe/Berlin is 08:00 UTC in winter and 07:00 UTC in summer.
 *
 * Daylight-saving edges (croner's fixed-time rules, tested in test/digest-schedule.test.ts): a time
 * that does not exist on a spring-forward day (Sunday 02:30 in Berlin on 29 March 2026) is posted at
 * the first valid minute after the gap (03:00 local): a week's digest is never skipped. A time that
 * occurs twice on a fall-back day is posted once, at its first occurrence.
 */
import { Cron } from 'croner';
import { WEEKDAYS, type DigestSchedule } from './subscription.js';

// Cron numbers Sunday 0 … Saturday 6.
const CRON_WEEKDAY: Readonly<Record<DigestSchedule['day'], number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 0,
};

/** Most occurrences `occurrencesBetween` returns: a year of weeks is more than any caller looks back. */
const MAX_OCCURRENCES = 60;
const MAX_CACHED = 256;
const crons = new Map<string, Cron>();

/** The five-field cron pattern of a weekly schedule, e.g. `0 9 * * 1` for Monday 09:00. */
export function weeklyCronPattern(schedule: DigestSchedule): string {
  const [hour, minute] = schedule.time.split(':').map(Number);
  return `${minute} ${hour} * * ${CRON_WEEKDAY[schedule.day]}`;
}

/** The first occurrence strictly after `afterMs` (epoch ms), or undefined if croner finds none. */
export function nextOccurrence(schedule: DigestSchedule, afterMs: number): number | undefined {
  return cronFor(schedule).nextRun(new Date(afterMs))?.getTime();
}

/** Occurrences in (`afterMs`, `untilMs`], oldest first, at most 60. */
export function occurrencesBetween(schedule: DigestSchedule, afterMs: number, untilMs: number): number[] {
  const cron = cronFor(schedule);
  const found: number[] = [];
  let cursor = afterMs;
  while (found.length < MAX_OCCURRENCES) {
    const next = cron.nextRun(new Date(cursor))?.getTime();
    if (next === undefined || next > untilMs) break;
    found.push(next);
    cursor = next;
  }
  return found;
}

/** `monday 09:00 (Europe/Berlin)`, for status texts. */
export function describeSchedule(schedule: DigestSchedule): string {
  return `${schedule.day} ${schedule.time} (${schedule.timeZone})`;
}

function cronFor(schedule: DigestSchedule): Cron {
  if (!WEEKDAYS.includes(schedule.day)) throw new RangeError(`"${schedule.day}" is not a weekday.`);
  const key = `${weeklyCronPattern(schedule)}|${schedule.timeZone}`;
  let cron = crons.get(key);
  if (!cron) {
    // Paused: croner only computes dates here; the digest scheduler decides when to look.
    cron = new Cron(weeklyCronPattern(schedule), { timezone: schedule.timeZone, paused: true, mode: '5-part' });
    if (crons.size >= MAX_CACHED) crons.clear();
    crons.set(key, cron);
  }
  return cron;
}

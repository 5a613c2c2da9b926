import { describe, expect, test } from 'vitest';
import { describeSchedule, nextOccurrence, occurrencesBetween, weeklyCronPattern } from '../src/digest/schedule.js';
import type { DigestSchedule } from '../src/digest/subscription.js';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const between = (schedule: DigestSchedule, from: string, until: string) =>
  occurrencesBetween(schedule, Date.parse(from), Date.parse(until)).map((ms) => iso(ms));

describe('weekly schedule', () => {
  test('the cron pattern is minute hour * * weekday, Sunday 0', () => {
    expect(weeklyCronPattern({ day: 'monday', time: '09:00', timeZone: 'UTC' })).toBe('0 9 * * 1');
    expect(weeklyCronPattern({ day: 'sunday', time: '02:30', timeZone: 'UTC' })).toBe('30 2 * * 0');
    expect(describeSchedule({ day: 'friday', time: '17:45', timeZone: 'Asia/Tokyo' })).toBe('friday 17:45 (Asia/Tokyo)');
  });

  test('Monday 09:00 Europe/Berlin is 08:00 UTC in winter and 07:00 UTC in summer, across both changes', () => {
    const berlin: DigestSchedule = { day: 'monday', time: '09:00', timeZone: 'Europe/Berlin' };
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    expect(between(berlin, '2026-03-16T00:00:00Z', '2026-04-07T00:00:00Z')).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
    expect(between(berlin, '2026-10-18T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual(['2026-10-19T07:00:00.000Z', '2026-10-26T08:00:00.000Z', '2026-11-02T08:00:00.000Z']);
  });

  test('America/New_York changes on other weekends than Europe (8 March, 1 November 2026)', () => {
    const newYork: DigestSchedule = { day: 'monday', time: '09:00', timeZone: 'America/New_York' };
    expect(between(newYork, '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual(['2026-03-02T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    expect(between(newYork, '2026-10-25T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual(['2026-10-26T13:00:00.000Z', '2026-11-02T14:00:00.000Z']);
  });

  test('zones without daylight saving, half-hour and southern-hemisphere offsets', () => {
    expect(between({ day: 'monday', time: '09:00', timeZone: 'Asia/Kolkata' }, '2026-03-20T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-23T03:30:00.000Z',
      '2026-03-30T03:30:00.000Z',
    ]);
    expect(between({ day: 'monday', time: '09:00', timeZone: 'Asia/Tokyo' }, '2026-03-20T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-23T00:00:00.000Z',
      '2026-03-30T00:00:00.000Z',
    ]);
    // Sydney leaves daylight saving on Sunday 5 April 2026: Monday 09:00 moves from 22:00 to 23:00 UTC the day before.
    expect(between({ day: 'monday', time: '09:00', timeZone: 'Australia/Sydney' }, '2026-03-28T00:00:00Z', '2026-04-14T00:00:00Z')).toEqual([
      '2026-03-29T22:00:00.000Z',
      '2026-04-05T23:00:00.000Z',
      '2026-04-12T23:00:00.000Z',
    ]);
    expect(between({ day: 'wednesday', time: '23:59', timeZone: 'UTC' }, '2026-11-01T00:00:00Z', '2026-11-12T00:00:00Z')).toEqual([
      '2026-11-04T23:59:00.000Z',
      '2026-11-11T23:59:00.000Z',
    ]);
  });

  test('a time that does not exist on the spring-forward day is posted at the first minute after the gap, that same day', () => {
    const earlySunday: DigestSchedule = { day: 'sunday', time: '02:30', timeZone: 'Europe/Berlin' };
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST. 02:30 never happens; 03:00 CEST is 01:00 UTC.
    expect(between(earlySunday, '2026-03-21T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      '2026-03-22T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-04-05T00:30:00.000Z',
    ]);
    const newYork: DigestSchedule = { day: 'sunday', time: '02:30', timeZone: 'America/New_York' };
    expect(between(newYork, '2026-03-07T00:00:00Z', '2026-03-16T00:00:00Z')).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-15T06:30:00.000Z']);
  });

  test('a time that occurs twice on the fall-back day is posted once, at its first occurrence', () => {
    const earlySunday: DigestSchedule = { day: 'sunday', time: '02:30', timeZone: 'Europe/Berlin' };
    // 25 October 2026: 03:00 CEST goes back to 02:00 CET; 02:30 happens at 00:30 and 01:30 UTC.
    expect(between(earlySunday, '2026-10-24T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual(['2026-10-25T00:30:00.000Z', '2026-11-01T01:30:00.000Z']);
  });

  test('occurrences are in (after, until]: one exactly at `until` counts, one exactly at `after` does not', () => {
    const utc: DigestSchedule = { day: 'monday', time: '09:00', timeZone: 'UTC' };
    expect(between(utc, '2026-11-23T09:00:00Z', '2026-11-30T09:00:00Z')).toEqual(['2026-11-30T09:00:00.000Z']);
    expect(between(utc, '2026-11-23T09:00:01Z', '2026-11-30T08:59:59Z')).toEqual([]);
    expect(iso(nextOccurrence(utc, Date.parse('2026-11-23T09:00:00Z')))).toBe('2026-11-30T09:00:00.000Z');
    expect(iso(nextOccurrence(utc, Date.parse('2026-11-23T08:59:59Z')))).toBe('2026-11-23T09:00:00.000Z');
  });

  test('a long window returns every week, bounded', () => {
    const utc: DigestSchedule = { day: 'friday', time: '12:00', timeZone: 'UTC' };
    expect(between(utc, '2026-01-01T00:00:00Z', '2026-12-31T23:59:59Z')).toHaveLength(52);
    expect(occurrencesBetween(utc, Date.parse('2020-01-01T00:00:00Z'), Date.parse('2026-12-31T00:00:00Z'))).toHaveLength(60);
  });
});

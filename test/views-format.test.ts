import { describe, expect, test } from 'vitest';
import { BAR_WIDTH, barValue, filledEighths, proportionalBar } from '../src/views/bar-facts.js';
import { messagesFor } from '../src/i18n/messages.js';
import { describePeriod, periodIn, periodLabel } from '../src/views/describe-period.js';
import { formatValuesFor } from '../src/views/format-values.js';
import { resolveLocale } from '../src/i18n/resolve-locale.js';
import { everyNthFromNewest, stepFor } from '../src/views/sample-series.js';
import { cardViewContext } from '../src/views/view-context.js';

const NBSP = '\u00a0';
const EN = messagesFor({ locale: 'en-US' });

describe('resolveLocale', () => {
  test('keeps supported Teams locales, canonicalised', () => {
    expect(resolveLocale('it-IT')).toBe('it-IT');
    expect(resolveLocale('de-de')).toBe('de-DE');
    expect(resolveLocale('ru_RU')).toBe('ru-RU');
  });

  test.each([undefined, '', 'not a locale', 'x', 'zz-ZZ', '12345'])('falls back to en-US for %j without throwing', (locale) => {
    expect(resolveLocale(locale)).toBe('en-US');
    expect(formatValuesFor(locale).number(359229)).toBe('359,229');
  });

  test('answers each locale alike however often and after however many other locales it was asked', () => {
    const first = ['it-IT', 'de-de', 'not a locale'].map((locale) => resolveLocale(locale));
    // Far more distinct locales than any set of Teams clients sends, well-formed and not.
    for (let index = 0; index < 500; index++) resolveLocale(index % 2 === 0 ? `x-private-${index}` : `bad locale ${index}`);
    expect(['it-IT', 'de-de', 'not a locale'].map((locale) => resolveLocale(locale))).toEqual(first);
    expect(resolveLocale('fr_FR')).toBe('fr-FR');
    expect(resolveLocale('english')).toBe('en-US');
  });
});

describe('formatValuesFor', () => {
  test.each([
    ['en-US', '359,229', '34.3%', 'Nov 19, 2026'],
    ['it-IT', '359.229', '34,3%', '19 nov 2026'],
    ['de-DE', '359.229', `34,3${NBSP}%`, '19.11.2026'],
    // ICU writes Russian grouping with U+00A0 (NO-BREAK SPACE); French is the locale with the narrow one (U+202F).
    ['ru-RU', `359${NBSP}229`, `34,3${NBSP}%`, `19 нояб. 2026 г.`],
  ])('%s: numbers, percentages and dates as the asker reads them', (locale, number, percent, date) => {
    const format = formatValuesFor(locale);
    expect(format.number(359229)).toBe(number);
    expect(format.percent(0.3434)).toBe(percent);
    expect(format.date('2026-11-19')).toBe(date);
  });

  test('report dates are calendar days: the same day in every time zone, from a date or an instant', () => {
    const format = formatValuesFor('en-US');
    expect(format.date('2026-11-19')).toBe('Nov 19, 2026');
    expect(format.date('2026-11-19T23:30:00Z')).toBe('Nov 19, 2026');
    expect(format.shortDate('2026-01-01')).toBe('Jan 1');
  });

  test('instants are shown in UTC and say so', () => {
    expect(formatValuesFor('en-US').dateTime('2026-11-21T14:05:00Z')).toBe('Nov 21, 2026, 2:05 PM UTC');
    expect(formatValuesFor('de-DE').dateTime('2026-11-21T14:05:00Z')).toBe('21.11.2026, 14:05 UTC');
  });

  test('in the reader\'s time zone when Teams sends one, naming it; calendar dates stay the report\'s day', () => {
    const rome = formatValuesFor('it-IT', 'Europe/Rome');
    expect(rome.dateTime('2026-11-21T14:05:00Z')).toBe('21 nov 2026, 15:05 (Europe/Rome)');
    expect(rome.timeToSecond('2026-11-21T23:05:09Z')).toBe('00:05:09 (Europe/Rome)');
    expect(rome.date('2026-11-19')).toBe('19 nov 2026');
    expect(formatValuesFor('en-US', 'america/new_york').dateTime('2026-07-01T14:05:00Z')).toBe('Jul 1, 2026, 10:05 AM (America/New_York)');
    for (const zone of ['UTC', 'Etc/UTC', 'Not/AZone', '', 'x'.repeat(100)]) {
      expect(formatValuesFor('en-US', zone).dateTime('2026-11-21T14:05:00Z'), zone).toBe('Nov 21, 2026, 2:05 PM UTC');
    }
  });

  test('an unparseable date is shown as it came instead of throwing', () => {
    expect(formatValuesFor('en-US').date('someday')).toBe('someday');
  });

  test('bytes in binary units with the locale decimal separator', () => {
    const en = formatValuesFor('en-US');
    expect(en.bytes(512)).toBe(`512${NBSP}B`);
    expect(en.bytes(1536)).toBe(`1.5${NBSP}KB`);
    expect(en.bytes(5_368_709_120)).toBe(`5${NBSP}GB`);
    expect(en.bytes(50 * 1024 ** 3)).toBe(`50${NBSP}GB`);
    expect(en.bytes(1_649_267_441_664)).toBe(`1.5${NBSP}TB`);
    expect(en.bytes(3 * 1024 ** 5)).toBe(`3,072${NBSP}TB`);
    expect(formatValuesFor('it-IT').bytes(1536)).toBe(`1,5${NBSP}KB`);
  });

  test('signed numbers and values that are not finite', () => {
    const format = formatValuesFor('en-US');
    expect(format.signedNumber(120)).toBe('+120');
    expect(format.signedNumber(-3)).toBe('-3');
    expect(format.signedNumber(0)).toBe('0');
    expect(format.number(Number.NaN)).toBe('–');
  });
});

describe('proportional bars', () => {
  test('34.3% fills 3 cells and a partial one', () => {
    expect(filledEighths(123341, 359096)).toBe(27);
    expect(proportionalBar(123341, 359096)).toBe('███▍░░░░░░');
  });

  test.each([
    [0, 100, 0, '░░░░░░░░░░'],
    [1, 1000, 1, '▏░░░░░░░░░'], // 0.1%: above zero is never drawn empty
    [13, 1000, 1, '▏░░░░░░░░░'], // 1.3%
    [5, 100, 4, '▌░░░░░░░░░'], // 5%
    [132, 1000, 11, '█▍░░░░░░░░'], // 13.2%
    [50, 100, 40, '█████░░░░░'],
    [999, 1000, 79, '█████████▉'], // not everything: one eighth short of full
    [100, 100, 80, '██████████'],
    [120, 100, 80, '██████████'], // more than the whole (data drift) is a full bar
    [5, 0, 0, '░░░░░░░░░░'], // nothing to compare with
  ])('%i of %i fills %i eighths: %s', (part, whole, eighths, bar) => {
    expect(filledEighths(part, whole)).toBe(eighths);
    expect(proportionalBar(part, whole)).toBe(bar);
    expect([...proportionalBar(part, whole)]).toHaveLength(BAR_WIDTH);
  });

  test('1.3%, 5% and 13.2% draw three different bars', () => {
    const bars = new Set([proportionalBar(13, 1000), proportionalBar(5, 100), proportionalBar(132, 1000)]);
    expect(bars.size).toBe(3);
  });

  test('the value reads bar, percentage and both counts in the locale', () => {
    expect(barValue(123341, 359096, cardViewContext({ locale: 'en-US' }))).toBe('███▍░░░░░░ 34.3% · 123,341 of 359,096');
    expect(barValue(123341, 359096, cardViewContext({ locale: 'it-IT' }))).toBe('███▍░░░░░░ 34,3% · 123.341 su 359.096');
    expect(barValue(0, 0, cardViewContext({ locale: 'en-US' }))).toBe('░░░░░░░░░░ 0 of 0');
  });
});

describe('the day an instant falls on', () => {
  test('is the day in the reader\'s zone, not in UTC', () => {
    // 23:30 UTC on Sunday is already Monday in Berlin and still Sunday in New York.
    expect(formatValuesFor('en-US', 'Europe/Berlin').dayOf('2026-11-22T23:30:00.000Z')).toBe('Nov 23, 2026');
    expect(formatValuesFor('en-US', 'America/New_York').dayOf('2026-11-22T23:30:00.000Z')).toBe('Nov 22, 2026');
    expect(formatValuesFor('en-US').dayOf('2026-11-22T23:30:00.000Z')).toBe('Nov 22, 2026');
  });
});

describe('periods', () => {
  test.each([
    ['D7', 'last 7 days'],
    ['D30', 'last 30 days'],
    ['D28', 'last 28 days'],
    ['RL28', 'last 28 days'],
    ['ALL', 'all periods'],
    ['2026-11-10', '2026-11-10'],
  ])('%s reads "%s"', (period, described) => {
    expect(describePeriod(period, EN)).toBe(described);
  });

  test('labels are capitalised', () => {
    expect(periodLabel('D90', EN)).toBe('Last 90 days');
    expect(periodLabel('D90', messagesFor({ locale: 'ru-RU' }))).toBe('Последние 90 дней');
  });

  test('inside a sentence a period takes the preposition each language words it with', () => {
    const within = (locale: string, period: string) => periodIn(period, messagesFor({ locale }));
    expect(['en-US', 'ru-RU', 'it-IT', 'de-DE', 'fr-FR', 'es-ES'].map((locale) => within(locale, 'D30'))).toEqual([
      'in the last 30 days',
      'за последние 30 дней',
      'negli ultimi 30 giorni',
      'in den letzten 30 Tagen',
      'au cours des 30 derniers jours',
      'en los últimos 30 días',
    ]);
    expect(within('ru-RU', 'D7')).toBe('за последние 7 дней');
    expect(within('ru-RU', 'RL28')).toBe('за последние 28 дней');
    expect(within('en-US', 'ALL')).toBe('across all periods');
  });
});

describe('thinning a daily series', () => {
  test('keeps the newest day and every n-th before it, oldest first', () => {
    expect(everyNthFromNewest([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([1, 4, 7, 10]);
    expect(everyNthFromNewest([1, 2, 3], 1)).toEqual([1, 2, 3]);
    expect(everyNthFromNewest([], 7)).toEqual([]);
  });

  test('the step keeps at most the maximum, never below the minimum', () => {
    expect(stepFor(30, 26, 7)).toBe(7);
    expect(stepFor(180, 26, 7)).toBe(7);
    expect(stepFor(730, 26, 7)).toBe(29);
    expect(stepFor(10, 60)).toBe(1);
  });
});

/**
 * Numbers, percentages, dates and sizes formatted for the asker's locale with Intl, e.g. 359229 as
 * `359,229` (en-US), `359.229` (it-IT, de-DE) or `359 229` (ru-RU). Report dates are calendar days,
 * so they are formatted in UTC; instants (fetched, retry) are shown in the reader's time zone (Teams sends
 * it with each message) and name it, `UTC` when none is known.
 */
import { resolveLocale } from '../i18n/resolve-locale.js';

/** The formats of one locale. */
export type ValueFormat = {
  /** The resolved locale tag the formats use. */
  readonly locale: string;
  number(value: number): string;
  /** With a sign unless zero: `+120`, `−3`. */
  signedNumber(value: number): string;
  /** A measure with at most one decimal, e.g. prompts per user: `28.7`. */
  decimal(value: number): string;
  /** A ratio (0.343) as a percentage with one decimal: `34.3%`. */
  percent(ratio: number): string;
  /** A calendar date (`2026-11-19` or an ISO instant): `Nov 19, 2026`. */
  date(iso: string): string;
  /** Month and day only, for chart axes and trend rows: `Nov 19`. */
  shortDate(iso: string): string;
  /** Weekday, month and day, so a weekend reads as one: `Sat, Nov 28`. */
  weekdayDate(iso: string): string;
  /** Month and day in digits, short enough for a chart axis on a phone: `11/28` (en-US), `28.11.` (de-DE). */
  numericDate(iso: string): string;
  /** Month and year, for a chart axis spanning years: `Nov 2026`. */
  monthYear(iso: string): string;
  /** An instant in the reader's zone: `Nov 21, 2026, 2:05 PM UTC`, `21 nov 2026, 15:05 (Europe/Rome)`. */
  dateTime(iso: string): string;
  /** The day an instant falls on in the reader's zone (a digest composed just after midnight there is that day's): `Nov 21, 2026`. */
  dayOf(iso: string): string;
  /** The time of an instant to the second, for waits under a minute: `2:05:54 PM UTC`. */
  timeToSecond(iso: string): string;
  /** Bytes in binary units: `512 B`, `1.5 KB`, `4.7 GB`, `1.2 TB`. */
  bytes(value: number): string;
};

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
const NO_VALUE = '–';
const cache = new Map<string, ValueFormat>();

/**
 * Formats for `locale` (resolved, en-US when missing or invalid) and `timeZone` (an IANA zone; UTC when
 * missing or unknown); built once per locale and zone.
 */
export function formatValuesFor(locale: string | undefined, timeZone?: string): ValueFormat {
  const resolved = resolveLocale(locale);
  const zone = knownZone(timeZone);
  const key = `${resolved}|${zone ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = createValueFormat(resolved, zone);
    cache.set(key, format);
  }
  return format;
}

const zones = new Map<string, string | undefined>();

/** The zone when Intl knows it (and it is not UTC itself), else undefined for UTC; looked up once per name. */
function knownZone(timeZone: string | undefined): string | undefined {
  if (!timeZone || timeZone.length > 64) return undefined;
  if (zones.has(timeZone)) return zones.get(timeZone);
  let zone: string | undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    zone = resolved === 'UTC' || resolved === 'Etc/UTC' ? undefined : resolved;
  } catch {
    // RangeError: no such zone; the reader then gets UTC, which says so.
    zone = undefined;
  }
  // Far above the few hundred IANA zones: names come from activities, so the map must not grow without bound.
  if (zones.size >= 2_000) zones.clear();
  zones.set(timeZone, zone);
  return zone;
}

function createValueFormat(locale: string, zone: string | undefined): ValueFormat {
  const timeZone = zone ?? 'UTC';
  const zoneName = zone !== undefined ? `(${zone})` : 'UTC';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const weekdayDate = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const numericDate = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const timeToSecond = new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone });
  const dayOf = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });

  const finite = (value: number, format: (value: number) => string) => (Number.isFinite(value) ? format(value) : NO_VALUE);
  // An unparseable date is shown as it came rather than as "Invalid Date" or a RangeError.
  const instant = (iso: string, format: (date: Date) => string) => {
    const parsed = new Date(iso);
    return Number.isNaN(parsed.getTime()) ? iso : format(parsed);
  };

  return {
    locale,
    number: (value) => finite(value, (v) => integer.format(v)),
    signedNumber: (value) => finite(value, (v) => signed.format(v)),
    decimal: (value) => finite(value, (v) => oneDecimal.format(v)),
    percent: (ratio) => finite(ratio, (v) => percent.format(v)),
    date: (iso) => instant(iso, (d) => date.format(d)),
    shortDate: (iso) => instant(iso, (d) => shortDate.format(d)),
    weekdayDate: (iso) => instant(iso, (d) => weekdayDate.format(d)),
    numericDate: (iso) => instant(iso, (d) => numericDate.format(d)),
    monthYear: (iso) => instant(iso, (d) => monthYear.format(d)),
    dateTime: (iso) => instant(iso, (d) => `${dateTime.format(d)} ${zoneName}`),
    timeToSecond: (iso) => instant(iso, (d) => `${timeToSecond.format(d)} ${zoneName}`),
    dayOf: (iso) => instant(iso, (d) => dayOf.format(d)),
    bytes: (value) =>
      finite(value, (v) => {
        let unit = 0;
        let scaled = Math.max(0, v);
        while (scaled >= 1024 && unit < BYTE_UNITS.length - 1) {
          scaled /= 1024;
          unit += 1;
        }
        // Whole bytes; one decimal below 10 of a larger unit (1.5 KB), none above (47 GB).
        const digits = unit === 0 ? integer.format(scaled) : scaled < 10 ? oneDecimal.format(scaled) : integer.format(scaled);
        return `${digits}\u00a0${BYTE_UNITS[unit]}`;
      }),
  };
}

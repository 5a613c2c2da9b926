/**
 * Reads the arguments of `digest subscribe [monday..sunday] [HH:MM] [time zone]` into a
 * schedule, filling what is left out with the defaults (Monday, 09:00, the configured zone). The
 * words may come in any order; anything else is refused with the forms that are allowed.
 */
import { DEFAULT_DIGEST_DAY, DEFAULT_DIGEST_TIME, WEEKDAYS, normalizeTime, resolveTimeZone, type DigestSchedule, type Weekday } from './subscription.js';
import { AppError } from '../app-error.js';
import { englishText } from '../i18n/messages.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { shorten } from '../shorten-text.js';

/** How the command is written, for help texts and error messages. */
export const DIGEST_SUBSCRIBE_USAGE = 'digest subscribe [monday..sunday] [HH:MM] [time zone]';
/** Short enough to fit a button on a phone-wide card. */
export const DIGEST_SUBSCRIBE_EXAMPLE = 'digest subscribe monday 09:00 UTC';

export type DigestScheduleErrorCode =
  | 'BAD_DAY' // a word like a weekday that is none
  | 'BAD_TIME' // a number or clock time that is not HH:MM on a 24-hour clock
  | 'BAD_TIME_ZONE' // an Area/Location that is no time zone
  | 'REPEATED' // two days, two times or two zones
  | 'UNKNOWN_ARGUMENT'; // none of the three

/** Arguments that are no schedule; the reasons name what was typed and what is allowed (`message`: their English). */
export class DigestScheduleError extends AppError<DigestScheduleErrorCode> {
  override readonly name = 'DigestScheduleError';
  constructor(
    code: DigestScheduleErrorCode,
    readonly reasons: readonly Phrase[],
    /**
     * A command to offer that is accepted: the typed parts that are fine, corrected where the
     * correction is obvious (`Berlin` → `Europe/Berlin`), without those that are not.
     */
    readonly suggestion?: string,
  ) {
    super(code, reasons.map(englishText).join(' '));
  }
}

export type DigestScheduleResult = { readonly ok: true; readonly schedule: DigestSchedule } | ScheduleRefusal;

/** What an argument left out becomes. */
export type ScheduleDefaults = { readonly timeZone: string; readonly day?: Weekday; readonly time?: string };

const MAX_ARGUMENTS = 8;
const MAX_SHOWN = 40;

/** The parts of a schedule that were typed; what is left out is filled from the defaults later. */
export type ScheduleParts = { readonly day?: Weekday; readonly time?: string; readonly timeZone?: string };

/** Arguments that are no schedule, with the error saying what is allowed. */
export type ScheduleRefusal = { readonly ok: false; readonly error: DigestScheduleError };

/** The typed parts, or why they are refused. */
export type ScheduleArgumentsResult = { readonly ok: true; readonly parts: ScheduleParts } | ScheduleRefusal;

/** Parses the words after `digest subscribe` (a string or tokens). Never throws. */
export function parseDigestSchedule(args: string | readonly string[], defaults: ScheduleDefaults): DigestScheduleResult {
  const read = readScheduleArguments(args);
  return read.ok ? { ok: true, schedule: withScheduleDefaults(read.parts, defaults) } : read;
}

/**
 * Reads the words after `digest subscribe` into the parts that were typed, each normalized (`fri` →
 * `friday`, `8:00` → `08:00`, `europe/berlin` → `Europe/Berlin`), without filling defaults: the chat
 * grammar keeps only what was typed, so the command's text round-trips. A refusal names every word
 * that is wrong at once. Never throws.
 */
export function readScheduleArguments(args: string | readonly string[]): ScheduleArgumentsResult {
  const tokens = (typeof args === 'string' ? args.split(/\s+/) : args).map((token) => token.trim()).filter((token) => token !== '');
  if (tokens.length > MAX_ARGUMENTS) {
    return refuse('UNKNOWN_ARGUMENT', [phrase('schedule.tooManyWords', { usage: DIGEST_SUBSCRIBE_USAGE })]);
  }
  const parts: { day?: Weekday; time?: string; timeZone?: string } = {};
  const problems: { code: DigestScheduleErrorCode; reasons: Phrase[] }[] = [];
  // What the suggestion keeps of each word: itself, its obvious correction, or nothing.
  const kept: string[] = [];
  for (const token of tokens) {
    const shown = shorten(token, MAX_SHOWN);
    const read = readPart(token);
    if (read) {
      const taken = parts[read.part];
      if (taken !== undefined) {
        problems.push({ code: 'REPEATED', reasons: [phrase('schedule.repeated', { word: shown, part: read.part, taken })] });
        continue;
      }
      Object.assign(parts, { [read.part]: read.value });
      kept.push(read.value);
      continue;
    }
    const problem = describeBadToken(token, shown);
    problems.push(problem);
    const correction = problem.correction === undefined ? undefined : readPart(problem.correction);
    if (correction && parts[correction.part] === undefined) {
      Object.assign(parts, { [correction.part]: correction.value });
      kept.push(correction.value);
    }
  }
  const [first] = problems;
  if (!first) return { ok: true, parts };
  return refuse(first.code, problems.flatMap((problem) => problem.reasons), ['digest subscribe', ...kept].join(' '));
}

function readPart(token: string): { part: 'day' | 'time' | 'timeZone'; value: string } | undefined {
  const day = readDay(token);
  if (day) return { part: 'day', value: day };
  const time = normalizeTime(token);
  if (time) return { part: 'time', value: time };
  const zone = resolveTimeZone(token);
  return zone ? { part: 'timeZone', value: zone } : undefined;
}

/** The schedule `parts` ask for, with Monday, 09:00 and the configured zone for what they leave out. */
export function withScheduleDefaults(parts: ScheduleParts, defaults: ScheduleDefaults): DigestSchedule {
  return {
    day: parts.day ?? defaults.day ?? DEFAULT_DIGEST_DAY,
    time: parts.time ?? defaults.time ?? DEFAULT_DIGEST_TIME,
    timeZone: parts.timeZone ?? defaults.timeZone,
  };
}

/** The canonical command for a schedule, e.g. `digest subscribe monday 09:00 Europe/Berlin`. */
export function formatDigestSubscribe(schedule: DigestSchedule): string {
  return `digest subscribe ${schedule.day} ${schedule.time} ${schedule.timeZone}`;
}

function readDay(token: string): Weekday | undefined {
  const lower = token.toLowerCase();
  return WEEKDAYS.find((day) => day === lower || day.slice(0, 3) === lower);
}

/** What is wrong with a word that is no day, time or zone, and its obvious correction when there is one. */
function describeBadToken(token: string, word: string): { code: DigestScheduleErrorCode; reasons: Phrase[]; correction?: string } {
  if (/^\d|:/.test(token)) return { code: 'BAD_TIME', reasons: [phrase('schedule.badTime', { word })] };
  const didYouMean = (zone: string | undefined) => (zone ? [phrase('schedule.didYouMean', { zone })] : []);
  if (token.includes('/')) {
    const zone = closestTimeZone(token);
    return { code: 'BAD_TIME_ZONE', reasons: [phrase('schedule.badZone', { word }), ...didYouMean(zone)], ...(zone ? { correction: zone } : {}) };
  }
  const dayGuess = closestDay(token);
  if (dayGuess) return { code: 'BAD_DAY', reasons: [phrase('schedule.badDay', { word })], correction: dayGuess };
  const zone = closestTimeZone(token);
  return {
    code: 'UNKNOWN_ARGUMENT',
    reasons: [phrase('schedule.unknown', { word, usage: DIGEST_SUBSCRIBE_USAGE, example: DIGEST_SUBSCRIBE_EXAMPLE }), ...didYouMean(zone)],
    ...(zone ? { correction: zone } : {}),
  };
}

/** A weekday the token is a misspelling or an ambiguous start of (`mondy`, `tu`), if any. */
function closestDay(token: string): Weekday | undefined {
  const lower = token.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return undefined;
  const prefixed = WEEKDAYS.find((day) => lower.length >= 2 && day.startsWith(lower));
  if (prefixed) return prefixed;
  let best: { day: Weekday; distance: number } | undefined;
  for (const day of WEEKDAYS) {
    const distance = editDistance(lower, day);
    if (distance <= 2 && (!best || distance < best.distance)) best = { day, distance };
  }
  return best?.day;
}

/** A zone whose city matches the token (`Berlin` → `Europe/Berlin`) or that is one or two edits away. */
function closestTimeZone(token: string): string | undefined {
  const lower = token.toLowerCase();
  const zones = Intl.supportedValuesOf('timeZone');
  const byCity = zones.find((zone) => zone.toLowerCase().split('/').at(-1) === lower);
  if (byCity) return byCity;
  let best: { zone: string; distance: number } | undefined;
  for (const zone of zones) {
    const distance = editDistance(lower, zone.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { zone, distance };
  }
  return best?.zone;
}

/** Levenshtein distance; Infinity when the lengths alone differ by more than 2 (nothing here looks further). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function refuse(code: DigestScheduleErrorCode, reasons: readonly Phrase[], suggestion?: string): ScheduleRefusal {
  return { ok: false, error: new DigestScheduleError(code, reasons, suggestion) };
}

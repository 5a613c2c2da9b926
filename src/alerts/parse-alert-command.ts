/**
 * The words of an alert command (`alert idle-seats > 10%`, `alert snooze 2 7d`, `alerts`) read into an
 * `AlertCommand`, or refused with every problem at once and the forms that are allowed, plus a corrected
 * command when the correction is obvious. The kinds come from alert-kinds.ts. Never throws.
 */
import { isLanguage, LANGUAGES } from '../i18n/languages.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import type { AlertCommand, AlertThreshold } from './alert-command.js';
import { ALERT_KINDS, alertKind, kindKey, type AlertKind } from './alert-kinds.js';
import { shorten } from '../shorten-text.js';

/** How `alert snooze` is written, for help and refusals. */
export const ALERT_SNOOZE_USAGE = 'alert snooze <n> <7d|12h|2w>';

export type AlertParseResult = { readonly ok: true; readonly command: AlertCommand } | { readonly ok: false; readonly reasons: readonly Phrase[]; readonly suggestion?: string };

/** Rule numbers stay short: four digits. */
const MAX_RULE_NUMBER = 9999;
/** A snooze lasts an hour at least and a quarter at most. */
const MAX_SNOOZE_HOURS = 90 * 24;
const MAX_COUNT = 10_000_000;
const MAX_MONEY = 1_000_000_000;
const MAX_SHOWN = 40;
const DEFAULT_EXAMPLE = 'alert idle-seats > 100';
const SKU = /^(?:[A-Za-z0-9][A-Za-z0-9_.-]{0,99}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
const NUMBER = /^(?:\d{1,13}|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const DURATION = /^(\d{1,4})(h|d|w)$/i;
const PERIOD = /^D\d{1,3}$/i;
const DURATION_WORDS: Readonly<Record<string, 'h' | 'd' | 'w'>> = { hour: 'h', hours: 'h', day: 'd', days: 'd', week: 'w', weeks: 'w' };
const HOURS_PER = { h: 1, d: 24, w: 168 } as const;
const UNIT_WORDS: Readonly<Record<string, 'count' | 'points'>> = { seat: 'count', seats: 'count', user: 'count', users: 'count', point: 'points', points: 'points', pts: 'points', pt: 'points', pp: 'points' };

/** The forms allowed, after a refusal that cannot tell which was meant. */
const FORMS = phrase('alertParse.forms', { examples: ALERT_KINDS.map((kind) => `"${kind.example}"`).join(', '), snooze: ALERT_SNOOZE_USAGE });

/** Reads `tokens`, which start with `alert` or `alerts` (any case). */
export function readAlertCommand(tokens: readonly string[]): AlertParseResult {
  const [first = '', second, ...rest] = tokens;
  if (first.toLowerCase() === 'alerts') {
    return second === undefined ? accept({ name: 'alert-list' }) : refuse([phrase('alertParse.alertsTakesNothing'), FORMS], 'alerts');
  }
  if (second === undefined) return refuse([phrase('alertParse.needsWhat'), FORMS], 'alerts');
  switch (second.toLowerCase()) {
    case 'list':
      return rest.length === 0 ? accept({ name: 'alert-list' }) : refuse([phrase('alertParse.listTakesNothing'), FORMS], 'alerts');
    case 'remove':
    case 'delete':
      return readRemove(rest);
    case 'snooze':
      return readSnooze(rest);
    case 'exclude':
    case 'include':
      return readSku(second.toLowerCase() as 'exclude' | 'include', rest);
    case 'language':
      return readLanguage(rest);
    default:
      return readRule(tokens.slice(1));
  }
}

/** The canonical text of an alert command; parses back to the same command. */
export function formatAlertCommand(command: AlertCommand): string {
  switch (command.name) {
    case 'alert-list':
      return 'alerts';
    case 'alert-remove':
      return `alert remove ${command.number}`;
    case 'alert-snooze':
      return `alert snooze ${command.number} ${formatHours(command.hours)}`;
    case 'alert-exclude':
      return `alert exclude ${command.sku}`;
    case 'alert-include':
      return `alert include ${command.sku}`;
    case 'alert-language':
      return `alert language ${command.language}`;
    case 'alert-set':
      return [`alert ${alertKind(command.kind).words} >`, formatThreshold(command.threshold), command.sku, command.period].filter((part) => part !== undefined).join(' ');
  }
}

/** `100`, `10.5%`, `5000 USD` (`5000` without a currency), `10`. */
export function formatThreshold(threshold: AlertThreshold): string {
  const value = String(threshold.value);
  if (threshold.unit === 'percent') return `${value}%`;
  return threshold.unit === 'money' && threshold.currency !== undefined ? `${value} ${threshold.currency}` : value;
}

/** `7d`, `12h`, `2w`: the largest unit that divides the hours. */
export function formatHours(hours: number): string {
  if (hours % HOURS_PER.w === 0) return `${hours / HOURS_PER.w}w`;
  if (hours % HOURS_PER.d === 0) return `${hours / HOURS_PER.d}d`;
  return `${hours}h`;
}

/** `alert language <code>`: one of the languages the cards are written in. */
function readLanguage(args: readonly string[]): AlertParseResult {
  const code = args.length === 1 ? args[0]!.toLowerCase() : undefined;
  if (code !== undefined && isLanguage(code)) return accept({ name: 'alert-language', language: code });
  return refuse([phrase('alertParse.language', { languages: LANGUAGES.join(', '), typed: args.length > 0 ? shorten(args.join(' '), MAX_SHOWN) : 'none' })], 'alerts');
}

function readRemove(args: readonly string[]): AlertParseResult {
  const [text, extra] = args;
  const number = text === undefined ? undefined : readRuleNumber(text);
  const problems: Phrase[] = [];
  if (text === undefined) problems.push(phrase('alertParse.removeNeedsNumber'));
  else if (number === undefined) problems.push(phrase('alertParse.notRemoveNumber', { text: shorten(text, MAX_SHOWN) }));
  if (extra !== undefined) problems.push(phrase('alertParse.oneTooMany', { command: 'alert remove', what: 'number', extra: shorten(extra, MAX_SHOWN) }));
  if (problems.length > 0 || number === undefined) return refuse(problems, number !== undefined ? `alert remove ${number}` : 'alerts');
  return accept({ name: 'alert-remove', number });
}

function readSnooze(args: readonly string[]): AlertParseResult {
  const [text, ...durationWords] = args;
  const number = text === undefined ? undefined : readRuleNumber(text);
  const problems: Phrase[] = [];
  if (text === undefined) problems.push(phrase('alertParse.snoozeNeeds', { usage: ALERT_SNOOZE_USAGE }));
  else if (number === undefined) problems.push(phrase('alertParse.notNumber', { text: shorten(text, MAX_SHOWN) }));
  const duration = readDuration(durationWords);
  if (text !== undefined && typeof duration !== 'number') problems.push(duration);
  if (problems.length > 0 || number === undefined || typeof duration !== 'number') {
    return refuse(problems, number !== undefined ? `alert snooze ${number} ${typeof duration === 'number' ? formatHours(duration) : '7d'}` : 'alerts');
  }
  return accept({ name: 'alert-snooze', number, hours: duration });
}

/** Hours of `7d`, `12h`, `2w`, `7 days`, `1 week`; or what is wrong. */
function readDuration(words: readonly string[]): number | Phrase {
  if (words.length === 0) return phrase('alertParse.durationMissing');
  const text = words.join(' ');
  const compact = DURATION.exec(text.replace(/\s+/g, ''));
  const spelled = words.length === 2 && /^\d{1,4}$/.test(words[0]!) ? DURATION_WORDS[words[1]!.toLowerCase()] : undefined;
  const unit = compact ? (compact[2]!.toLowerCase() as 'h' | 'd' | 'w') : spelled;
  const amount = Number(compact ? compact[1] : words[0]);
  if (unit === undefined || (!compact && !spelled)) return phrase('alertParse.notDuration', { text: shorten(text, MAX_SHOWN) });
  const hours = amount * HOURS_PER[unit];
  if (hours < 1 || hours > MAX_SNOOZE_HOURS) return phrase('alertParse.durationRange', { text: shorten(text, MAX_SHOWN) });
  return hours;
}

function readSku(action: 'exclude' | 'include', args: readonly string[]): AlertParseResult {
  const [sku, extra] = args;
  if (sku === undefined) return refuse([phrase('alertParse.skuMissing', { action })], 'alerts');
  const problems: Phrase[] = [];
  if (!SKU.test(sku)) problems.push(phrase('alertParse.notSku', { text: shorten(sku, MAX_SHOWN) }));
  if (extra !== undefined) problems.push(phrase('alertParse.oneTooMany', { command: `alert ${action}`, what: 'sku', extra: shorten(extra, MAX_SHOWN) }));
  if (problems.length > 0) return refuse(problems, SKU.test(sku) ? `alert ${action} ${sku}` : 'alerts');
  return accept({ name: action === 'exclude' ? 'alert-exclude' : 'alert-include', sku });
}

/** `alert <figure> > <threshold> [unit] [SKU]`. */
function readRule(words: readonly string[]): AlertParseResult {
  const text = words.join(' ');
  const at = text.indexOf('>');
  if (at < 0) return refuseWithoutOperator(words);
  const kindText = text.slice(0, at).trim();
  let thresholdText = text.slice(at + 1).trim();
  const problems: Phrase[] = [];
  if (thresholdText.startsWith('=')) {
    problems.push(phrase('alertParse.noGreaterOrEqual'));
    thresholdText = thresholdText.slice(1).trim();
  }
  if (/[<>]/.test(thresholdText) || /</.test(kindText)) problems.push(phrase('alertParse.oneOperator'));
  const kind = readKind(kindText);
  if (!('units' in kind)) problems.push(kind);
  const known = 'units' in kind ? kind : undefined;
  const threshold = readThreshold(splitTokens(thresholdText), known);
  problems.push(...threshold.problems);
  const extras = { ...(threshold.sku ? { sku: threshold.sku } : {}), ...(threshold.period ? { period: threshold.period } : {}) };
  if (problems.length > 0 || !known || !threshold.value) {
    const suggestion = known && threshold.value ? formatAlertCommand({ name: 'alert-set', kind: known.name, threshold: threshold.value, ...extras }) : undefined;
    return refuse(problems, suggestion ?? 'alerts');
  }
  return accept({ name: 'alert-set', kind: known.name, threshold: threshold.value, ...extras });
}

/** `alert idle-seats 100`, `alert idle-seats above 100`: what is missing, and the rule with `>` when that is all. */
function refuseWithoutOperator(words: readonly string[]): AlertParseResult {
  const worded = words.map((word) => (/^(above|over|exceeds)$/i.test(word) ? '>' : word));
  const fixed = worded.includes('>') ? readRule(worded) : undefined;
  const kind = readKind(words.filter((word) => !NUMBER.test(word.replace(/%$/, ''))).join(' '));
  const known = 'units' in kind ? kind : undefined;
  const missing = phrase('alertParse.noOperator', { example: known?.example ?? DEFAULT_EXAMPLE });
  return refuse(known ? [missing] : [missing, FORMS], fixed?.ok ? formatAlertCommand(fixed.command) : known ? undefined : 'alerts');
}

/** The kind named, or what is wrong with the words (the message lists every kind with what it watches). */
function readKind(text: string): AlertKind | Phrase {
  const key = kindKey(text);
  const kind = ALERT_KINDS.find((candidate) => kindKey(candidate.words) === key || candidate.name === key);
  if (kind) return kind;
  if (key === '') return phrase('alertParse.noKind');
  const starts = ALERT_KINDS.filter((candidate) => key.length >= 3 && (candidate.name.startsWith(key) || key.startsWith(candidate.name))).map((candidate) => candidate.words);
  const first = starts.slice(0, -1).map((words) => `"${words}"`).join(', ');
  return phrase('alertParse.unknownKind', { text: shorten(text, MAX_SHOWN), guesses: starts.length, first, last: starts.at(-1) ?? '' });
}

/** `10%` → `10`, `%`; `5000USD` → `5000`, `USD`. */
function splitTokens(text: string): string[] {
  return text
    .replace(/%/g, ' % ')
    .replace(/^([\d.,]+)([A-Za-z]{3})$/, '$1 $2')
    .split(/\s+/)
    .filter((token) => token !== '');
}

function readThreshold(tokens: readonly string[], kind: AlertKind | undefined): { value?: AlertThreshold; sku?: string; period?: string; problems: Phrase[] } {
  const [first, ...rest] = tokens;
  const problems: Phrase[] = [];
  const example = kind?.example ?? DEFAULT_EXAMPLE;
  if (first === undefined) return { problems: [phrase('alertParse.thresholdMissing', { example })] };
  const amount = NUMBER.test(first) ? Number(first.replace(/,/g, '')) : undefined;
  if (amount === undefined) problems.push(phrase('alertParse.notNumberThreshold', { text: shorten(first, MAX_SHOWN), example }));
  let unit = kind?.units[0];
  let currency: string | undefined;
  let sku: string | undefined;
  let period: string | undefined;
  for (const token of rest) {
    const lower = token.toLowerCase();
    const text = shorten(token, MAX_SHOWN);
    if (PERIOD.test(token)) {
      const periods = kind?.periods;
      const typed = token.toUpperCase();
      if (!kind || periods?.includes(typed)) period = typed;
      else if (periods) problems.push(phrase('alertParse.notPeriod', { text, kind: kind.words, periods: periods.slice(0, -1).join(', '), last: periods.at(-1) ?? '', first: periods[0] ?? '' }));
      else problems.push(phrase('alertParse.noPeriod', { text, kind: kind.words }));
    } else if (token === '%') {
      if (kind && !kind.units.includes('percent')) problems.push(phrase('alertParse.notShare', { kind: kind.words, unit: unitOf(kind) }));
      else unit = 'percent';
    } else if (UNIT_WORDS[lower] !== undefined && kind?.units.includes(UNIT_WORDS[lower])) {
      unit = UNIT_WORDS[lower];
    } else if (kind?.units.includes('money') && /^[A-Za-z]{3}$/.test(token)) {
      const code = token.toUpperCase();
      if (Intl.supportedValuesOf('currency').includes(code)) currency = code;
      else problems.push(phrase('alertParse.notCurrency', { text }));
    } else if (kind?.takesSku && sku === undefined && SKU.test(token)) {
      sku = token;
    } else if (kind && /^[A-Za-z]{3}$/.test(token) && Intl.supportedValuesOf('currency').includes(token.toUpperCase())) {
      problems.push(phrase('alertParse.notMoney', { kind: kind.words, unit: unitOf(kind), text }));
    } else {
      problems.push(phrase('alertParse.notPart', { text, kind: kind?.words ?? 'none', example }));
    }
  }
  if (amount === undefined || unit === undefined || !kind) return { problems };
  // The other problems do not touch the threshold: a corrected command keeps it.
  const amountIssues = amountProblems(amount, first, unit, kind);
  const value: AlertThreshold = { value: amount, unit, ...(currency ? { currency } : {}) };
  return { ...(amountIssues.length === 0 ? { value } : {}), ...(sku ? { sku } : {}), ...(period ? { period } : {}), problems: [...problems, ...amountIssues] };
}

/** What is wrong with the amount in its unit: decimals beyond what is shown, or out of range. */
function amountProblems(amount: number, typed: string, unit: AlertThreshold['unit'], kind: AlertKind): Phrase[] {
  const decimals = typed.split('.')[1]?.length ?? 0;
  const text = shorten(typed, MAX_SHOWN);
  switch (unit) {
    case 'count':
      if (decimals > 0) return [phrase('alertParse.notWhole', { text, kind: kind.words, counted: countedOf(kind) })];
      return amount > MAX_COUNT ? [phrase('alertParse.tooManySeats', { text, max: MAX_COUNT, counted: countedOf(kind) })] : [];
    case 'percent':
    case 'points':
      if (decimals > 1) return [phrase('alertParse.oneDecimal', { text })];
      return amount > 100 ? [phrase('alertParse.over100', { text, unit })] : [];
    case 'money':
      if (decimals > 2) return [phrase('alertParse.twoDecimals', { text })];
      return amount > MAX_MONEY ? [phrase('alertParse.tooMuchMoney', { text, max: MAX_MONEY })] : [];
  }
}

/** What a kind's figure is measured in, for a refusal of a unit it does not take. */
function unitOf(kind: AlertKind): 'points' | 'money' | 'users' | 'seats' {
  if (kind.units.includes('points')) return 'points';
  if (kind.units.includes('money')) return 'money';
  return countedOf(kind);
}

/** What a count kind counts: users for the reclaim list, seats for the others. */
function countedOf(kind: AlertKind): 'users' | 'seats' {
  return kind.name === 'inactive-users' ? 'users' : 'seats';
}

function readRuleNumber(text: string): number | undefined {
  const match = /^#?(\d{1,4})$/.exec(text);
  const number = match ? Number(match[1]) : undefined;
  return number !== undefined && number >= 1 && number <= MAX_RULE_NUMBER ? number : undefined;
}

function accept(command: AlertCommand): AlertParseResult {
  return { ok: true, command };
}

function refuse(reasons: readonly Phrase[], suggestion?: string): AlertParseResult {
  return { ok: false, reasons, ...(suggestion !== undefined ? { suggestion } : {}) };
}

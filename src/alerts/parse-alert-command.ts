/**
 * The words of an alert command (`alert idle-seats > 10%`, `alert snooze 2 7d`, `alerts`) read into an
 * `AlertCommand`, or refused with every problem at once and the forms that are allowed, plus a corrected
 * command when the correction is obvious. The kinds come from alert-kinds.ts. Never throws.
 */
import type { AlertCommand, AlertThreshold } from './alert-command.js';
import { ALERT_KINDS, alertKind, kindKey, type AlertKind } from './alert-kinds.js';

/** How `alert snooze` is written, for help and refusals. */
export const ALERT_SNOOZE_USAGE = 'alert snooze <n> <7d|12h|2w>';

export type AlertParseResult = { readonly ok: true; readonly command: AlertCommand } | { readonly ok: false; readonly message: string; readonly suggestion?: string };

/** Rule numbers stay short: four digits. */
const MAX_RULE_NUMBER = 9999;
/** A snooze lasts an hour at least and a quarter at most. */
const MAX_SNOOZE_HOURS = 90 * 24;
const MAX_COUNT = 10_000_000;
const MAX_MONEY = 1_000_000_000;
const MAX_SHOWN = 40;
const SKU = /^(?:[A-Za-z0-9][A-Za-z0-9_.-]{0,99}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
const NUMBER = /^(?:\d{1,13}|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const DURATION = /^(\d{1,4})(h|d|w)$/i;
const PERIOD = /^D\d{1,3}$/i;
const DURATION_WORDS: Readonly<Record<string, 'h' | 'd' | 'w'>> = { hour: 'h', hours: 'h', day: 'd', days: 'd', week: 'w', weeks: 'w' };
const HOURS_PER = { h: 1, d: 24, w: 168 } as const;
const UNIT_WORDS: Readonly<Record<string, 'count' | 'points'>> = { seat: 'count', seats: 'count', user: 'count', users: 'count', point: 'points', points: 'points', pts: 'points', pt: 'points', pp: 'points' };

const FIGURES = ALERT_KINDS.map((kind) => kind.example).join('", "');
const FORMS =
  `Set one with "${FIGURES}" (idle-seats also takes a share: "> 10%"); ` +
  `"alerts" lists this conversation's alerts; "alert remove <n>", "${ALERT_SNOOZE_USAGE}", "alert exclude <SKU>" and "alert include <SKU>" change them.`;

/** Reads `tokens`, which start with `alert` or `alerts` (any case). */
export function readAlertCommand(tokens: readonly string[]): AlertParseResult {
  const [first = '', second, ...rest] = tokens;
  if (first.toLowerCase() === 'alerts') {
    return second === undefined ? accept({ name: 'alert-list' }) : refuse(`"alerts" lists this conversation's alerts and takes nothing after it. ${FORMS}`, 'alerts');
  }
  if (second === undefined) return refuse(`alert needs what to watch or what to do. ${FORMS}`, 'alerts');
  switch (second.toLowerCase()) {
    case 'list':
      return rest.length === 0 ? accept({ name: 'alert-list' }) : refuse(`"alert list" takes nothing after it. ${FORMS}`, 'alerts');
    case 'remove':
    case 'delete':
      return readRemove(rest);
    case 'snooze':
      return readSnooze(rest);
    case 'exclude':
    case 'include':
      return readSku(second.toLowerCase() as 'exclude' | 'include', rest);
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

function readRemove(args: readonly string[]): AlertParseResult {
  const [text, extra] = args;
  const number = text === undefined ? undefined : readRuleNumber(text);
  const problems: string[] = [];
  if (text === undefined) problems.push('"alert remove" needs the number of the alert to remove, as "alerts" lists it: e.g. "alert remove 2".');
  else if (number === undefined) problems.push(`"${shorten(text)}" is not an alert number: "alerts" lists each alert with its number, e.g. "alert remove 2".`);
  if (extra !== undefined) problems.push(`"alert remove" takes one number; "${shorten(extra)}" is one too many.`);
  if (problems.length > 0 || number === undefined) return refuse(problems.join(' '), number !== undefined ? `alert remove ${number}` : 'alerts');
  return accept({ name: 'alert-remove', number });
}

function readSnooze(args: readonly string[]): AlertParseResult {
  const [text, ...durationWords] = args;
  const number = text === undefined ? undefined : readRuleNumber(text);
  const problems: string[] = [];
  if (text === undefined) problems.push(`"alert snooze" needs the alert's number and how long: ${ALERT_SNOOZE_USAGE}, e.g. "alert snooze 2 7d".`);
  else if (number === undefined) problems.push(`"${shorten(text)}" is not an alert number: "alerts" lists each alert with its number.`);
  const duration = readDuration(durationWords);
  if (text !== undefined && typeof duration === 'string') problems.push(duration);
  if (problems.length > 0 || number === undefined || typeof duration !== 'number') {
    return refuse(problems.join(' '), number !== undefined ? `alert snooze ${number} ${typeof duration === 'number' ? formatHours(duration) : '7d'}` : 'alerts');
  }
  return accept({ name: 'alert-snooze', number, hours: duration });
}

/** Hours of `7d`, `12h`, `2w`, `7 days`, `1 week`; or what is wrong. */
function readDuration(words: readonly string[]): number | string {
  const allowed = 'write how long as hours, days or weeks: 12h, 7d or 2w, at least an hour and at most 90 days';
  if (words.length === 0) return `Say how long to snooze: ${allowed}.`;
  const text = words.join(' ');
  const compact = DURATION.exec(text.replace(/\s+/g, ''));
  const spelled = words.length === 2 && /^\d{1,4}$/.test(words[0]!) ? DURATION_WORDS[words[1]!.toLowerCase()] : undefined;
  const unit = compact ? (compact[2]!.toLowerCase() as 'h' | 'd' | 'w') : spelled;
  const amount = Number(compact ? compact[1] : words[0]);
  if (unit === undefined || (!compact && !spelled)) return `"${shorten(text)}" is not a duration: ${allowed}.`;
  const hours = amount * HOURS_PER[unit];
  if (hours < 1 || hours > MAX_SNOOZE_HOURS) return `A snooze of "${shorten(text)}" is out of range: ${allowed}.`;
  return hours;
}

function readSku(action: 'exclude' | 'include', args: readonly string[]): AlertParseResult {
  const [sku, extra] = args;
  const what =
    action === 'exclude'
      ? 'leaves a SKU out of this conversation\'s Copilot seat alerts'
      : 'counts a SKU left out again';
  if (sku === undefined) return refuse(`"alert ${action}" ${what}: name its part number or id, e.g. "alert ${action} Microsoft_365_Copilot_Trial".`, 'alerts');
  const problems: string[] = [];
  if (!SKU.test(sku)) problems.push(`"${shorten(sku)}" is not a SKU part number or id: part numbers are letters, digits, "_", "." and "-", e.g. SPE_E5.`);
  if (extra !== undefined) problems.push(`"alert ${action}" takes one SKU; "${shorten(extra)}" is one too many.`);
  if (problems.length > 0) return refuse(problems.join(' '), SKU.test(sku) ? `alert ${action} ${sku}` : 'alerts');
  return accept({ name: action === 'exclude' ? 'alert-exclude' : 'alert-include', sku });
}

/** `alert <figure> > <threshold> [unit] [SKU]`. */
function readRule(words: readonly string[]): AlertParseResult {
  const text = words.join(' ');
  const at = text.indexOf('>');
  if (at < 0) return refuseWithoutOperator(words);
  const kindText = text.slice(0, at).trim();
  let thresholdText = text.slice(at + 1).trim();
  const problems: string[] = [];
  if (thresholdText.startsWith('=')) {
    problems.push('">=" is not offered: an alert fires when its figure is above the threshold (">"), so write the threshold one lower.');
    thresholdText = thresholdText.slice(1).trim();
  }
  if (/[<>]/.test(thresholdText) || /</.test(kindText)) problems.push('Write one ">" and the threshold after it: an alert fires when its figure rises above the threshold.');
  const kind = readKind(kindText);
  if (typeof kind === 'string') problems.push(kind);
  const threshold = readThreshold(splitTokens(thresholdText), typeof kind === 'string' ? undefined : kind);
  problems.push(...threshold.problems);
  const extras = { ...(threshold.sku ? { sku: threshold.sku } : {}), ...(threshold.period ? { period: threshold.period } : {}) };
  if (problems.length > 0 || typeof kind === 'string' || !threshold.value) {
    const suggestion = typeof kind !== 'string' && threshold.value ? formatAlertCommand({ name: 'alert-set', kind: kind.name, threshold: threshold.value, ...extras }) : undefined;
    return refuse(problems.join(' '), suggestion ?? 'alerts');
  }
  return accept({ name: 'alert-set', kind: kind.name, threshold: threshold.value, ...extras });
}

/** `alert idle-seats 100`, `alert idle-seats above 100`: what is missing, and the rule with `>` when that is all. */
function refuseWithoutOperator(words: readonly string[]): AlertParseResult {
  const worded = words.map((word) => (/^(above|over|exceeds)$/i.test(word) ? '>' : word));
  const fixed = worded.includes('>') ? readRule(worded) : undefined;
  const kind = readKind(words.filter((word) => !NUMBER.test(word.replace(/%$/, ''))).join(' '));
  const example = typeof kind === 'string' ? 'alert idle-seats > 100' : kind.example;
  const message = `Write ">" and the threshold after what to watch, e.g. "${example}". ${typeof kind === 'string' ? FORMS : ''}`.trim();
  return refuse(message, fixed?.ok ? formatAlertCommand(fixed.command) : typeof kind === 'string' ? 'alerts' : undefined);
}

/** The kind named, or what is wrong with the words. */
function readKind(text: string): AlertKind | string {
  const key = kindKey(text);
  const kind = ALERT_KINDS.find((candidate) => kindKey(candidate.words) === key || candidate.name === key);
  if (kind) return kind;
  const list = ALERT_KINDS.map((candidate) => `${candidate.words} (${candidate.describes})`).join('; ');
  if (key === '') return `Say what to watch before ">": ${list}.`;
  const starts = ALERT_KINDS.filter((candidate) => key.length >= 3 && (candidate.name.startsWith(key) || key.startsWith(candidate.name)));
  const guess = starts.length > 0 ? ` Did you mean ${starts.map((candidate) => `"${candidate.words}"`).join(' or ')}?` : '';
  return `"${shorten(text)}" is not a figure alerts watch: ${list}.${guess}`;
}

/** `10%` → `10`, `%`; `5000USD` → `5000`, `USD`. */
function splitTokens(text: string): string[] {
  return text
    .replace(/%/g, ' % ')
    .replace(/^([\d.,]+)([A-Za-z]{3})$/, '$1 $2')
    .split(/\s+/)
    .filter((token) => token !== '');
}

function readThreshold(tokens: readonly string[], kind: AlertKind | undefined): { value?: AlertThreshold; sku?: string; period?: string; problems: string[] } {
  const [first, ...rest] = tokens;
  const problems: string[] = [];
  const name = kind?.words ?? 'an alert';
  if (first === undefined) return { problems: [`Write the threshold after ">", e.g. "${kind?.example ?? 'alert idle-seats > 100'}".`] };
  const amount = NUMBER.test(first) ? Number(first.replace(/,/g, '')) : undefined;
  if (amount === undefined) problems.push(`"${shorten(first)}" is not a number: write the threshold in digits, e.g. "${kind?.example ?? 'alert idle-seats > 100'}".`);
  let unit = kind?.units[0];
  let currency: string | undefined;
  let sku: string | undefined;
  let period: string | undefined;
  for (const token of rest) {
    const lower = token.toLowerCase();
    const shown = `"${shorten(token)}"`;
    if (PERIOD.test(token)) {
      const periods = kind?.periods;
      const typed = token.toUpperCase();
      if (!kind || periods?.includes(typed)) period = typed;
      else if (periods) problems.push(`${shown} is not a period ${kind.words} counts over: write ${listPeriods(periods)} (${periods[0]} when none is given).`);
      else problems.push(`${kind.words} takes no period: leave out ${shown}.`);
    } else if (token === '%') {
      if (kind && !kind.units.includes('percent')) problems.push(`${name} is ${unitNoun(kind)}, not a share: leave out "%".${kind.name === 'adoption-drop' ? ' The drop is in percentage points already.' : ''}`);
      else unit = 'percent';
    } else if (UNIT_WORDS[lower] !== undefined && kind?.units.includes(UNIT_WORDS[lower])) {
      unit = UNIT_WORDS[lower];
    } else if (kind?.units.includes('money') && /^[A-Za-z]{3}$/.test(token)) {
      const code = token.toUpperCase();
      if (Intl.supportedValuesOf('currency').includes(code)) currency = code;
      else problems.push(`${shown} is not a currency: write an ISO 4217 code such as USD or EUR, the one the licence price is in.`);
    } else if (kind?.takesSku && sku === undefined && SKU.test(token)) {
      sku = token;
    } else if (kind && /^[A-Za-z]{3}$/.test(token) && Intl.supportedValuesOf('currency').includes(token.toUpperCase())) {
      problems.push(`${name} is ${unitNoun(kind)}, not money: leave out ${shown}.`);
    } else {
      problems.push(`${shown} is not part of ${kind ? `an ${kind.words} alert: write "${kind.example}"` : 'an alert'}.`);
    }
  }
  if (amount === undefined || unit === undefined || !kind) return { problems };
  // The other problems do not touch the threshold: a corrected command keeps it.
  const amountIssues = amountProblems(amount, first, unit, kind);
  const value: AlertThreshold = { value: amount, unit, ...(currency ? { currency } : {}) };
  return { ...(amountIssues.length === 0 ? { value } : {}), ...(sku ? { sku } : {}), ...(period ? { period } : {}), problems: [...problems, ...amountIssues] };
}

/** What is wrong with the amount in its unit: decimals beyond what is shown, or out of range. */
function amountProblems(amount: number, typed: string, unit: AlertThreshold['unit'], kind: AlertKind): string[] {
  const decimals = typed.split('.')[1]?.length ?? 0;
  const shown = `"${shorten(typed)}"`;
  switch (unit) {
    case 'count':
      if (decimals > 0) return [`${shown} is not a whole number: ${kind.words} counts ${countedNoun(kind)}.`];
      return amount > MAX_COUNT ? [`${shown} is more ${countedNoun(kind)} than any tenant has: write at most ${MAX_COUNT.toLocaleString('en')}.`] : [];
    case 'percent':
    case 'points':
      if (decimals > 1) return [`${shown} has more decimals than the figure shows: write at most one, e.g. 10.5.`];
      return amount > 100 ? [`${shown} is more than 100 ${unit === 'percent' ? '%' : 'points'}: write a threshold from 0 to 100.`] : [];
    case 'money':
      if (decimals > 2) return [`${shown} has more decimals than money has: write at most two, e.g. 5000.50.`];
      return amount > MAX_MONEY ? [`${shown} is more than the bot compares: write at most ${MAX_MONEY.toLocaleString('en')}.`] : [];
  }
}

/** `D30, D90 or D180`. */
function listPeriods(periods: readonly string[]): string {
  return periods.length > 1 ? `${periods.slice(0, -1).join(', ')} or ${periods.at(-1)}` : (periods[0] ?? '');
}

function unitNoun(kind: AlertKind): string {
  if (kind.units.includes('points')) return 'percentage points';
  if (kind.units.includes('money')) return 'money a month';
  return `a number of ${countedNoun(kind)}`;
}

/** What a count kind counts: users for the reclaim list, seats for the others. */
function countedNoun(kind: AlertKind): string {
  return kind.name === 'inactive-users' ? 'users' : 'seats';
}

function readRuleNumber(text: string): number | undefined {
  const match = /^#?(\d{1,4})$/.exec(text);
  const number = match ? Number(match[1]) : undefined;
  return number !== undefined && number >= 1 && number <= MAX_RULE_NUMBER ? number : undefined;
}

function shorten(text: string): string {
  const codePoints = Array.from(text);
  return codePoints.length > MAX_SHOWN ? `${codePoints.slice(0, MAX_SHOWN - 1).join('')}…` : text;
}

function accept(command: AlertCommand): AlertParseResult {
  return { ok: true, command };
}

function refuse(message: string, suggestion?: string): AlertParseResult {
  return { ok: false, message, ...(suggestion !== undefined ? { suggestion } : {}) };
}

/**
 * The chat grammar: typed text and card submits become a `Command`, or a `CommandError` saying what
 * was not understood and what is allowed. Untrusted input is checked here once; nothing throws.
 * Periods are shaped (`7d` → `D7`) and refused when no Copilot report version knows them; whether a
 * v1 tenant takes D28 stays the report service's decision. Every suggestion parses back to a command.
 */
import { formatAlertCommand, readAlertCommand } from '../alerts/parse-alert-command.js';
import { DIGEST_SUBSCRIBE_USAGE, readScheduleArguments } from '../digest/parse-digest-schedule.js';
import { LANGUAGES, isLanguage } from '../i18n/languages.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { cleanChatText } from './chat-text.js';
import { CommandError, isReportCommand, type Command, type CommandErrorCode, type CommandName, type Delivery, type ParseResult } from './command.js';
import type { AlertCommand } from '../alerts/alert-command.js';
import { suggestCommand } from './suggest-command.js';
import {
  formatModifiers,
  FILTERABLE_COMMANDS,
  GROUPABLE_COMMANDS,
  isModifierWord,
  listParts,
  readModifiers,
  splitCommandWords,
  takesBy,
  takesFilters,
  unquotedValue,
  type Modifiers,
} from './attribute-modifiers.js';
import { buildCommand, type BuiltCommandName } from './build-command.js';
import { readSubmit } from './card-submit.js';
import { allowedArguments, argumentProblem, fits, readArgument, type Argument } from './command-arguments.js';
import { GRAMMAR } from './command-grammar.js';
import { matchCommand } from './match-command.js';
import { shorten } from '../shorten-text.js';

export { MAX_SUBMIT_COMMAND_LENGTH } from './card-submit.js';

/** Longer than any command could be, mentions removed. */
export const MAX_COMMAND_LENGTH = 500;
// Checked before the mention and tag clean-up, so no regular expression ever runs on megabytes.
const MAX_RAW_LENGTH = 10 * MAX_COMMAND_LENGTH;

/** Parses chat text (Teams HTML, mentions and all) into a command to be answered here. Never throws. */
export function parseCommand(text: string): ParseResult {
  if (typeof text !== 'string') return refuse('EMPTY', phrase('parse.empty'));
  if (text.length > MAX_RAW_LENGTH) return refuse('TOO_LONG', tooLongMessage(text.length));
  const cleaned = cleanChatText(text);
  const length = [...cleaned].length;
  if (length > MAX_COMMAND_LENGTH) return refuse('TOO_LONG', tooLongMessage(length));
  if (/^[?\s]+$/.test(cleaned)) return accept({ name: 'help' }, 'here');
  const sentence = cleaned.replace(/[\s?.!]+$/u, '');
  if (sentence === '') return refuse('EMPTY', phrase('parse.empty'));
  // An alert refusal says what the rule needs; it is never read again as a plain question.
  if (isAlertCommand(sentence)) return parseAlert(sentence.split(' '));
  const split = splitCommandWords(sentence);
  if ('problem' in split) return refuse('BAD_ARGUMENT', split.problem);
  const result = parseWords(split.words);
  if (result.ok || (result.error.code !== 'UNKNOWN_COMMAND' && result.error.code !== 'BAD_ARGUMENT')) return result;
  // The help card quotes what was typed (mentions removed, shortened).
  const { code, reasons, suggestion } = result.error;
  return { ok: false, error: new CommandError(code, reasons, suggestion, shorten(sentence, 100)) };
}

/**
 * Parses an Adaptive Card Action.Submit value `{ command, delivery? }` (Teams may add keys such as
 * `msteams`; they are ignored). Anything else is BAD_SUBMIT; the command text is then parsed as typed.
 */
export function parseSubmit(value: unknown): ParseResult {
  const shape = readSubmit(value);
  if ('key' in shape) return refuse('BAD_SUBMIT', shape);
  const result = parseCommand(shape.command);
  return result.ok ? accept(result.parsed.command, shape.delivery) : result;
}

/** The canonical text of a command, e.g. `copilot summary D7`, `groups 2026-11-10`, `csv groups D7`; parses back to it. */
export function formatCommand(command: Command): string {
  if (command.name === 'export') return `${GRAMMAR.export.words} ${formatCommand(command.target)}`;
  if (GRAMMAR[command.name].argument === 'alert') return formatAlertCommand(command as AlertCommand);
  const words = GRAMMAR[command.name].words;
  if (command.name === 'digest-subscribe') return [words, command.day, command.time, command.timeZone].filter((part) => part !== undefined).join(' ');
  if (command.name === 'digest-language') return `${words} ${command.language}`;
  const argument = command.name === 'groups' ? (command.date ?? command.period) : 'period' in command ? command.period : undefined;
  return `${argument === undefined ? words : `${words} ${argument}`}${formatModifiers(command)}`;
}

function isAlertCommand(sentence: string): boolean {
  return /^alerts?(?:\s|$)/i.test(sentence);
}

/** `alert …` and `alerts`: the alert grammar's command, or its refusal with every problem and the forms allowed. */
function parseAlert(tokens: readonly string[]): ParseResult {
  const read = readAlertCommand(tokens);
  return read.ok ? accept(read.command, 'here') : refuse('BAD_ARGUMENT', read.reasons, read.suggestion);
}

function parseWords(tokens: readonly string[]): ParseResult {
  const lower = tokens.map((token) => token.toLowerCase());
  if (lower[0] === 'alert' || lower[0] === 'alerts') return parseAlert(tokens);
  if (lower.length === 1 && lower[0] === 'digest') return refuseBareDigest();
  // Modifiers (`by department`, `department=Sales`) follow the command's words; a typo's did-you-mean keeps them.
  const firstModifier = tokens.findIndex(isModifierWord);
  const head = firstModifier < 0 ? tokens.length : firstModifier;
  const match = matchCommand(lower.slice(0, head));
  if (!match) return refuseUnknown(tokens.slice(0, head), lower.slice(0, head), tokens.slice(head));
  if (match.name === 'help') return accept({ name: 'help' }, 'here'); // "help me", "help groups": still help
  if (match.name === 'export') return parseExport(tokens.slice(match.argumentsFrom));
  if (match.name === 'digest-subscribe') return parseDigestSubscribe(tokens.slice(match.argumentsFrom));
  if (match.name === 'digest-language') return parseDigestLanguage(tokens.slice(match.argumentsFrom));
  const entry = GRAMMAR[match.name];
  const read = readModifiers(tokens.slice(match.argumentsFrom));
  if ('problem' in read) return refuse('BAD_ARGUMENT', read.problem, entry.words);
  const { modifiers } = read;
  const unsupported = unsupportedModifiers(match.name, modifiers);
  if (unsupported) return refuse('BAD_ARGUMENT', unsupported.problem, unsupported.suggestion);
  const args = read.rest;
  const [first, extra] = args;
  if (first === undefined) return accept(buildCommand(match.name, undefined, modifiers), 'here');

  if (entry.argument === 'none') {
    return refuse('BAD_ARGUMENT', phrase('parse.noArgument', { command: entry.words }), entry.words);
  }
  const argument = readArgument(first);
  if (!argument) {
    if (modifiers.filters.length > 0 && extra === undefined) return refuseUnquoted(match.name, undefined, modifiers, first);
    // `groups inactve`: a typo of a longer command, not an argument.
    const suggestion = suggestCommand(lower.slice(0, head).filter((token) => readArgument(token) === undefined));
    if (suggestion !== undefined && suggestion !== entry.words) return refuseUnknown(tokens.slice(0, head), lower.slice(0, head), tokens.slice(head));
    return refuse('BAD_ARGUMENT', [phrase('parse.notUnderstood', { command: entry.words, argument: shorten(first, 40) }), allowedArguments(match.name)], entry.words);
  }
  const problems: Phrase[] = [];
  if (argument.kind === 'date' && entry.argument !== 'period-or-date') {
    problems.push(phrase('parse.dateNotPeriod', { command: entry.words, date: argument.value }), allowedArguments(match.name));
  } else {
    problems.push(...argumentProblem(match.name, argument));
  }
  const fine = problems.length === 0;
  if (extra !== undefined) {
    if (modifiers.filters.length > 0 && fine && args.length === 2 && readArgument(extra) === undefined) {
      return refuseUnquoted(match.name, argument, modifiers, extra);
    }
    problems.push(phrase('parse.oneTooMany', { command: entry.words, takes: entry.argument === 'period' ? 'period' : 'date', extra: shorten(extra, 40) }));
  }
  // Every problem at once; the suggestion keeps the argument only when it is fine.
  if (problems.length > 0) return refuse('BAD_ARGUMENT', problems, fine && extra !== undefined ? `${entry.words} ${argument.value}` : entry.words);
  return accept(buildCommand(match.name, argument, modifiers), 'here');
}

/** `department=Human Resources`: the word after the filter is the rest of its value; the suggestion quotes it. */
function refuseUnquoted(name: BuiltCommandName, argument: Argument | undefined, modifiers: Modifiers, extra: string): ParseResult {
  const fixed = unquotedValue(modifiers.filters, extra);
  return refuse('BAD_ARGUMENT', fixed.problem, formatCommand(buildCommand(name, argument, { ...modifiers, filters: fixed.filters })));
}

/** Why `name` cannot take `modifiers` (and the command that can), or undefined when it can. */
function unsupportedModifiers(name: CommandName, modifiers: Modifiers): { problem: Phrase; suggestion?: string } | undefined {
  const { words } = GRAMMAR[name];
  if (modifiers.by !== undefined && !takesBy(name)) {
    const by = formatModifiers({ by: modifiers.by }).trim();
    const groupable = listParts(GROUPABLE_COMMANDS.map((command) => GRAMMAR[command].words));
    return { problem: phrase('parse.modifiers.noBy', { command: words, by, ...groupable }), suggestion: `${GRAMMAR[GROUPABLE_COMMANDS[0]!].words} ${by}` };
  }
  const [filter] = modifiers.filters;
  if (filter && !takesFilters(name)) {
    const lists = listParts(FILTERABLE_COMMANDS.map((command) => GRAMMAR[command].words));
    const example = formatModifiers({ filters: [filter] }).trim();
    const instead = takesBy(name) ? `${words}${formatModifiers({ by: filter.attribute })}` : undefined;
    return {
      problem: phrase('parse.modifiers.noFilter', { command: words, example, ...lists, instead: instead ?? 'none' }),
      ...(instead ? { suggestion: instead } : {}),
    };
  }
  return undefined;
}

/** `csv <command>`: the rest must be a report command; refusals of the rest suggest their fix with `csv` in front. */
function parseExport(rest: readonly string[]): ParseResult {
  const example = 'csv copilot inactive D90';
  if (rest.length === 0) {
    return refuse('BAD_ARGUMENT', phrase('parse.csvNeedsCommand', { example }));
  }
  const inner = parseWords(rest);
  if (!inner.ok) {
    const { code, reasons } = inner.error;
    const suggestion = exportSuggestion(inner.error.suggestion);
    if (code !== 'UNKNOWN_COMMAND') return refuse(code, reasons, suggestion);
    const input = shorten(`csv ${rest.join(' ')}`, 60);
    return refuse(code, suggestion !== undefined ? phrase('parse.unknownDidYouMean', { input, suggestion }) : phrase('parse.unknown', { input }), suggestion);
  }
  const target = inner.parsed.command;
  if (target.name === 'export') return refuse('BAD_ARGUMENT', phrase('parse.oneCsv', { command: formatCommand(target) }), formatCommand(target));
  if (target.name === 'overview') return accept({ name: 'export', target }, 'here');
  if (!isReportCommand(target)) {
    return refuse('BAD_ARGUMENT', phrase('parse.nothingToExport', { command: formatCommand(target), example }));
  }
  return accept({ name: 'export', target }, 'here');
}

/**
 * `digest subscribe [day] [HH:MM] [zone]`: the schedule words as typed (normalized), or the schedule
 * parser's refusal, which names what is allowed and suggests a corrected command when one is obvious.
 */
function parseDigestSubscribe(args: readonly string[]): ParseResult {
  const read = readScheduleArguments(args);
  if (!read.ok) return refuse('BAD_ARGUMENT', read.error.reasons, read.error.suggestion);
  return accept({ name: 'digest-subscribe', ...read.parts }, 'here');
}

/** `digest language <code>`: one of the languages the bot answers in. */
function parseDigestLanguage(args: readonly string[]): ParseResult {
  const codes = LANGUAGES.join(', ');
  const [code, extra] = args;
  if (code === undefined) return refuse('BAD_ARGUMENT', phrase('parse.languageMissing', { codes }), GRAMMAR['digest-status'].words);
  const language = code.toLowerCase();
  if (!isLanguage(language) || extra !== undefined) {
    return refuse('BAD_ARGUMENT', phrase('parse.languageUnknown', { code: shorten(args.join(' '), 40), codes }), GRAMMAR['digest-status'].words);
  }
  return accept({ name: 'digest-language', language }, 'here');
}

/** `digest` alone: it needs to be told what to do. */
function refuseBareDigest(): ParseResult {
  return refuse('BAD_ARGUMENT', phrase('parse.bareDigest', { subscribe: DIGEST_SUBSCRIBE_USAGE }), GRAMMAR['digest-status'].words);
}

/**
 * A did-you-mean for `digest subscrbe friday 08:00` or `digets status`: the digest command the first two
 * words are closest to, keeping the schedule words for subscribe (suggestCommand compares whole commands).
 */
function suggestDigestCommand(tokens: readonly string[], lower: readonly string[]): string | undefined {
  if (lower.length < 2) return undefined;
  const suggestion = suggestCommand(lower.slice(0, 2));
  if (suggestion === undefined || !suggestion.startsWith('digest ')) return undefined;
  const rest = tokens.slice(2);
  return suggestion === GRAMMAR['digest-subscribe'].words && rest.length > 0 ? `${suggestion} ${rest.join(' ')}` : suggestion;
}

/** A did-you-mean for the words after `csv`, as a csv command when it names a report command. */
function exportSuggestion(suggestion: string | undefined): string | undefined {
  if (suggestion === undefined) return undefined;
  const split = splitCommandWords(suggestion);
  if (!('words' in split)) return undefined;
  const parsed = parseWords(split.words);
  return parsed.ok && isReportCommand(parsed.parsed.command) ? `csv ${suggestion}` : undefined;
}

function refuseUnknown(tokens: readonly string[], lower: readonly string[], modifierWords: readonly string[] = []): ParseResult {
  const words = lower.filter((token) => readArgument(token) === undefined);
  const args = tokens.map(readArgument).filter((argument): argument is Argument => argument !== undefined);
  let suggestion = suggestCommand(words) ?? suggestDigestCommand(tokens, lower);
  // Keep the admin's period (or a groups date) in the suggestion when it fits the suggested command.
  const suggested = Object.entries(GRAMMAR).find(([, entry]) => entry.words === suggestion);
  const [argument] = args;
  const takesArgument = suggested !== undefined && argument !== undefined && fits(suggested[1].argument, argument);
  const problems = takesArgument ? argumentProblem(suggested[0] as CommandName, argument) : [];
  if (takesArgument && args.length === 1 && problems.length === 0) {
    suggestion = `${suggestion} ${argument.value}`;
  }
  suggestion = acceptedSuggestion(suggestion);
  // The modifiers typed after the misspelt words, kept when the suggested command takes them.
  if (suggestion !== undefined && modifierWords.length > 0) suggestion = acceptedSuggestion(`${suggestion} ${modifierWords.join(' ')}`) ?? suggestion;
  const input = shorten([...tokens, ...modifierWords].join(' '), 60);
  const reasons = suggestion !== undefined ? [phrase('parse.unknownDidYouMean', { input, suggestion }), ...problems] : [phrase('parse.unknown', { input })];
  return refuse('UNKNOWN_COMMAND', reasons, suggestion);
}

/**
 * `suggestion` when it parses; else the fix its own refusal suggests (`digest subscribe 25:00` →
 * `digest subscribe`); else nothing. A did-you-mean must never lead to another refusal.
 */
function acceptedSuggestion(suggestion: string | undefined, depth = 0): string | undefined {
  if (suggestion === undefined || depth > 2) return undefined;
  const split = splitCommandWords(suggestion);
  const result = 'words' in split ? parseWords(split.words) : undefined;
  if (!result) return undefined;
  return result.ok ? suggestion : acceptedSuggestion(result.error.suggestion, depth + 1);
}

// Refusals say what was wrong; the answer adds where the commands are listed ("help" in Teams, --help in the terminal).
function tooLongMessage(length: number): Phrase {
  return phrase('parse.tooLong', { length, max: MAX_COMMAND_LENGTH });
}

function accept(command: Command, delivery: Delivery): ParseResult {
  return { ok: true, parsed: { command, delivery } };
}

function refuse(code: CommandErrorCode, reasons: Phrase | readonly Phrase[], suggestion?: string): ParseResult {
  return { ok: false, error: new CommandError(code, reasons, suggestion) };
}

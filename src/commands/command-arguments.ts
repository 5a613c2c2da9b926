/**
 * A command's argument: a period (`D7`, `7d`, `ALL`) or a groups date (`2026-11-10`), shaped as typed, and
 * why it is not one the command takes, naming the periods its report (any Copilot report version) knows.
 */
import { phrase, type Phrase } from '../i18n/message-types.js';
import { REPORTS, type PeriodSpec } from '../reports/catalog.js';
import { toCalendarDate } from '../reports/column-values.js';
import type { CommandName } from './command.js';
import { GRAMMAR, type ArgumentKind } from './command-grammar.js';
import { isTableCommandName, tablePeriods } from './report-commands.js';

const PERIOD = /^(?:d(\d{1,4})|(\d{1,4})d|all)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period as the reports name it (`D7`, `ALL`), or a date as typed. */
export type Argument = { readonly kind: 'period'; readonly value: string } | { readonly kind: 'date'; readonly value: string };

/** Why `argument` is no period or date `name` could take (admin words: "D31 is not a period …"), or nothing when it is fine. */
export function argumentProblem(name: CommandName, argument: Argument): Phrase[] {
  if (argument.kind === 'date') return toCalendarDate(argument.value) === undefined ? [phrase('parse.notADate', { date: argument.value })] : [];
  return knownPeriods(name).includes(argument.value) ? [] : [phrase('parse.notAPeriod', { period: argument.value, command: GRAMMAR[name].words }), allowedArguments(name)];
}

/** The periods command `name` takes: its report's (for Copilot, those some report version takes). */
function knownPeriods(name: CommandName): readonly string[] {
  const spec = periodSpecOf(name);
  return [...new Set([...spec.values, ...(spec.v2Values ?? [])])];
}

/** The period spec of command `name`'s report: the table's, the groups report's, or the Copilot reports'. */
function periodSpecOf(name: CommandName): PeriodSpec {
  const table = isTableCommandName(name) ? tablePeriods(name) : undefined;
  if (table) return table;
  return name === 'groups' || name === 'groups-inactive' ? REPORTS.groups.period : REPORTS['copilot-summary'].period;
}

/** The period or date `token` is (`7d` → `D7`), or undefined when it is neither. */
export function readArgument(token: string): Argument | undefined {
  const period = PERIOD.exec(token);
  if (period) {
    const digits = period[1] ?? period[2];
    return { kind: 'period', value: digits === undefined ? 'ALL' : `D${Number(digits)}` };
  }
  return DATE.test(token) ? { kind: 'date', value: token } : undefined;
}

/** Whether a command taking `kind` takes `argument`: a date only where dates are allowed. */
export function fits(kind: ArgumentKind, argument: Argument): boolean {
  return kind === 'period-or-date' || (kind === 'period' && argument.kind === 'period');
}

/** The periods (and for groups, dates) command `name` takes, as a refusal lists them. */
export function allowedArguments(name: CommandName): Phrase {
  const periods = periodSpecOf(name).values.join(', ');
  if (name === 'groups') return phrase('parse.allowed.groups', { periods });
  if (!name.startsWith('copilot')) return phrase('parse.allowed.period', { periods });
  return phrase('parse.allowed.copilot', { periods });
}

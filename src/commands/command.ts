/**
 * The chat grammar's result: every command the bot understands, as a discriminated union. Text and
 * card submits are parsed into this once, at the edge; handlers are chosen by `name` through a typed
 * table, so a command without a handler does not compile.
 */
import type { AlertCommand } from '../alerts/alert-command.js';
import type { Weekday } from '../digest/subscription.js';
import { AppError } from '../app-error.js';
import type { Language } from '../i18n/languages.js';
import { englishText } from '../i18n/messages.js';
import type { Phrase } from '../i18n/message-types.js';
import type { AttributeFilter, GroupAttribute } from '../reports/group-attributes.js';
import { TABLE_COMMAND_NAMES, type TableCommandName } from './report-commands.js';

/** `by department`: one row per value of a directory attribute, aggregates only (channels too). */
export type ByModifier = { readonly by?: GroupAttribute };
/** `department=Sales`: only the users with that value (any case); answered in personal chat only, as it names people. */
export type FilterModifier = { readonly filters?: readonly AttributeFilter[] };

/** The table's commands that take `by <attribute>` (their answer per department, country, office, …). */
type GroupableTableName = 'usage' | 'inactive-users';

/** A command of the report command table (report-commands.ts): its name, the period asked for, if any, and `by` where it takes one. */
export type TableCommand = {
  readonly [K in TableCommandName]: { readonly name: K; readonly period?: string } & (K extends GroupableTableName ? ByModifier : unknown);
}[TableCommandName];

/** The commands answered from a report: each has rows behind it, which `csv <command>` sends as a file. */
export type ReportCommand =
  | ({ readonly name: 'copilot-summary'; readonly period?: string } & ByModifier)
  | ({ readonly name: 'copilot-users'; readonly period?: string } & FilterModifier)
  /** Enabled seats with no Copilot activity in the period: the licence-reclaim list. */
  | ({ readonly name: 'copilot-inactive'; readonly period?: string } & ByModifier & FilterModifier)
  | { readonly name: 'copilot-trend'; readonly period?: string }
  /** Copilot seats bought, assigned and used, and what idle seats cost; aggregates only. */
  | ({ readonly name: 'copilot-licenses'; readonly period?: string } & ByModifier)
  | { readonly name: 'activations' }
  | { readonly name: 'groups'; readonly period?: string; readonly date?: string }
  | { readonly name: 'groups-inactive'; readonly period?: string }
  | TableCommand;

/** `overview`: every customer tenant's Copilot seats and idle spend, in the managing tenant only; aggregates. */
export type OverviewCommand = { readonly name: 'overview' };

/** `csv <command>`: the rows behind `target`'s answer as a CSV file, sent only to the asker's personal chat. */
export type ExportCommand = { readonly name: 'export'; readonly target: ReportCommand | OverviewCommand };

/**
 * `digest …`: the weekly digest of the conversation asked in. `digest subscribe` keeps only the
 * schedule parts that were typed (normalized); the handler fills the rest (Monday, 09:00, the configured zone).
 */
export type DigestCommand =
  | { readonly name: 'digest-subscribe'; readonly day?: Weekday; readonly time?: string; readonly timeZone?: string }
  | { readonly name: 'digest-unsubscribe' }
  | { readonly name: 'digest-status' }
  | { readonly name: 'digest-preview' }
  | { readonly name: 'digest-run-now' }
  /** The language the conversation's digest is posted in from now on. */
  | { readonly name: 'digest-language'; readonly language: Language };

export type Command = ReportCommand | ExportCommand | OverviewCommand | DigestCommand | AlertCommand | { readonly name: 'help' } | { readonly name: 'status' };

export type CommandName = Command['name'];

// Checked against the union: a new report command must be listed here (or be in the table), or this does not compile.
const REPORT_COMMAND_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys({
    'copilot-summary': true,
    'copilot-users': true,
    'copilot-inactive': true,
    'copilot-trend': true,
    'copilot-licenses': true,
    activations: true,
    groups: true,
    'groups-inactive': true,
  } satisfies Record<Exclude<ReportCommand['name'], TableCommandName>, true>),
  ...TABLE_COMMAND_NAMES,
]);

/** Whether `command` answers from a report, so has rows a CSV file can carry (`help`, `status`, `digest …` and `csv` do not). */
export function isReportCommand(command: Command): command is ReportCommand {
  return REPORT_COMMAND_NAMES.has(command.name);
}

/** How a card submit asks for a reply to be delivered: here, or the per-user detail privately to the asker. */
export type Delivery = 'here' | 'private';

export type ParsedCommand = {
  readonly command: Command;
  readonly delivery: Delivery;
  /** Read from a plain question ("who is not using copilot"): the answer says which command ran, so the admin learns it. */
  readonly fromQuestion?: true;
};

export type CommandErrorCode =
  | 'EMPTY' // nothing but whitespace or mentions
  | 'UNKNOWN_COMMAND' // words the grammar does not know
  | 'BAD_ARGUMENT' // a known command with an argument that is no period or date
  | 'TOO_LONG' // longer than any command could be
  | 'BAD_SUBMIT' // a card submit whose value is not a command
  | 'AMBIGUOUS'; // a plain question that could mean more than one command (or period): not guessed

/**
 * Input the grammar refuses. `reasons` say what was wrong and what is allowed, a sentence each, worded in
 * the reader's language where shown (`message` is their English, for logs); `suggestion` is the closest
 * command, for a did-you-mean; `input` what was typed, shortened; `alternatives` the commands an
 * ambiguous question could mean.
 */
export class CommandError extends AppError<CommandErrorCode> {
  override readonly name = 'CommandError';
  readonly reasons: readonly Phrase[];
  constructor(
    code: CommandErrorCode,
    reasons: Phrase | readonly Phrase[],
    readonly suggestion?: string,
    readonly input?: string,
    readonly alternatives: readonly string[] = [],
  ) {
    const list: readonly Phrase[] = 'key' in reasons ? [reasons] : reasons;
    super(code, list.map(englishText).join(' '));
    this.reasons = list;
  }
}

export type ParseResult = { readonly ok: true; readonly parsed: ParsedCommand } | { readonly ok: false; readonly error: CommandError };

/**
 * The chat grammar's result: every command the bot understands, as a discriminated union. Text and
 * card submits are parsed into this once, at the edge; handlers are chosen by `name` through a typed
 * table, so a command without a handler does not compile.
 */

/** The commands answered from a report: each has rows behind it, which `csv <command>` sends as a file. */
export type ReportCommand =
  | { readonly name: 'copilot-summary'; readonly period?: string }
  | { readonly name: 'copilot-users'; readonly period?: string }
  /** Enabled seats with no Copilot activity in the period: the licence-reclaim list. */
  | { readonly name: 'copilot-inactive'; readonly period?: string }
  | { readonly name: 'copilot-trend'; readonly period?: string }
  | { readonly name: 'activations' }
  | { readonly name: 'groups'; readonly period?: string; readonly date?: string }
  | { readonly name: 'groups-inactive'; readonly period?: string };

/** `csv <command>`: the rows behind `target`'s answer as a CSV file, sent only to the asker's personal chat. */
export type ExportCommand = { readonly name: 'export'; readonly target: ReportCommand };

export type Command = ReportCommand | ExportCommand | { readonly name: 'help' } | { readonly name: 'status' };

export type CommandName = Command['name'];

/** Whether `command` answers from a report, so has rows a CSV file can carry (`help`, `status` and `csv` do not). */
export function isReportCommand(command: Command): command is ReportCommand {
  return command.name !== 'help' && command.name !== 'status' && command.name !== 'export';
}

/** How a card submit asks for a reply to be delivered: here, or the per-user detail privately to the asker. */
export type Delivery = 'here' | 'private';

export type ParsedCommand = { readonly command: Command; readonly delivery: Delivery };

export type CommandErrorCode =
  | 'EMPTY' // nothing but whitespace or mentions
  | 'UNKNOWN_COMMAND' // words the grammar does not know
  | 'BAD_ARGUMENT' // a known command with an argument that is no period or date
  | 'TOO_LONG' // longer than any command could be
  | 'BAD_SUBMIT'; // a card submit whose value is not a command

/** Input the grammar refuses. `suggestion` is the closest command, for a did-you-mean; `input` what was typed, shortened. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly suggestion?: string,
    readonly input?: string,
  ) {
    super(message);
  }
}

export type ParseResult = { readonly ok: true; readonly parsed: ParsedCommand } | { readonly ok: false; readonly error: CommandError };

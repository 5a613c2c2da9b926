/**
 * The chat grammar's table: the words of every command and the kind of argument it takes. Matching,
 * parsing, formatting and the did-you-mean all read it.
 */
import type { AlertCommandName } from '../alerts/alert-command.js';
import type { CommandName } from './command.js';
import { REPORT_COMMANDS, TABLE_COMMAND_NAMES, tablePeriods, type TableCommandName } from './report-commands.js';

/**
 * `command`: the words after it are a whole report command (`csv copilot users D30`); `schedule`: day,
 * time and zone; `language`: a language code; `alert`: read by the alert grammar (alerts/parse-alert-command.ts).
 */
export type ArgumentKind = 'none' | 'period' | 'period-or-date' | 'command' | 'schedule' | 'language' | 'alert';

/** A command's words as typed, and the kind of argument that follows them. */
export type GrammarEntry = { readonly words: string; readonly argument: ArgumentKind };

/** The commands matched by their words here; alert commands are read by the alert grammar before. */
export type WordCommandName = Exclude<CommandName, AlertCommandName>;

/** The table's commands: their words, then a period when their report takes one. */
const TABLE_GRAMMAR = Object.fromEntries(
  TABLE_COMMAND_NAMES.map((name) => [name, { words: REPORT_COMMANDS[name].words, argument: tablePeriods(name) ? 'period' : 'none' }]),
) as { readonly [K in TableCommandName]: GrammarEntry };

/** Every command's words and argument kind; the table commands' come from the report table. */
export const GRAMMAR: { readonly [K in CommandName]: GrammarEntry } = {
  ...TABLE_GRAMMAR,
  'copilot-summary': { words: 'copilot summary', argument: 'period' },
  'copilot-users': { words: 'copilot users', argument: 'period' },
  'copilot-inactive': { words: 'copilot inactive', argument: 'period' },
  'copilot-trend': { words: 'copilot trend', argument: 'period' },
  'copilot-licenses': { words: 'copilot licenses', argument: 'period' },
  activations: { words: 'activations', argument: 'none' },
  groups: { words: 'groups', argument: 'period-or-date' },
  'groups-inactive': { words: 'groups inactive', argument: 'period' },
  export: { words: 'csv', argument: 'command' },
  help: { words: 'help', argument: 'none' },
  status: { words: 'status', argument: 'none' },
  overview: { words: 'overview', argument: 'none' },
  'digest-subscribe': { words: 'digest subscribe', argument: 'schedule' },
  'digest-unsubscribe': { words: 'digest unsubscribe', argument: 'none' },
  'digest-status': { words: 'digest status', argument: 'none' },
  'digest-preview': { words: 'digest preview', argument: 'none' },
  'digest-run-now': { words: 'digest run-now', argument: 'none' },
  'digest-language': { words: 'digest language', argument: 'language' },
  'alert-set': { words: 'alert', argument: 'alert' },
  'alert-list': { words: 'alerts', argument: 'alert' },
  'alert-remove': { words: 'alert remove', argument: 'alert' },
  'alert-snooze': { words: 'alert snooze', argument: 'alert' },
  'alert-exclude': { words: 'alert exclude', argument: 'alert' },
  'alert-include': { words: 'alert include', argument: 'alert' },
  'alert-language': { words: 'alert language', argument: 'alert' },
};

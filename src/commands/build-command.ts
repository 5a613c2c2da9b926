/** The command object the grammar builds from a matched command, its argument and its modifiers. */
import { takesBy, type Modifiers } from './attribute-modifiers.js';
import type { Argument } from './command-arguments.js';
import type { Command } from './command.js';
import type { WordCommandName } from './command-grammar.js';
import { isTableCommandName } from './report-commands.js';

/** The commands built from their words, argument and modifiers; csv and the digest's subscribe and language have parsers of their own. */
export type BuiltCommandName = Exclude<WordCommandName, 'export' | 'digest-subscribe' | 'digest-language'>;

/** The command `name` with its argument (a period or date) and the modifiers it takes (the grammar refused the others). */
export function buildCommand(name: BuiltCommandName, argument: Argument | undefined, modifiers: Modifiers): Command {
  const period = argument !== undefined ? { period: argument.value } : {};
  const by = modifiers.by !== undefined ? { by: modifiers.by } : {};
  const filters = modifiers.filters.length > 0 ? { filters: modifiers.filters } : {};
  // The grammar refused `by` for a table command whose type does not declare it.
  if (isTableCommandName(name)) return { name, ...period, ...(takesBy(name) ? by : {}) };
  switch (name) {
    case 'groups':
      return argument?.kind === 'date' ? { name, date: argument.value } : { name, ...period };
    case 'copilot-summary':
    case 'copilot-licenses':
      return { name, ...period, ...by };
    case 'copilot-users':
      return { name, ...period, ...filters };
    case 'copilot-inactive':
      return { name, ...period, ...by, ...filters };
    case 'copilot-trend':
    case 'groups-inactive':
      return { name, ...period };
    default:
      return { name };
  }
}

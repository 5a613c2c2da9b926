/**
 * Which command the first words of a sentence name (`copilot users`, `groups inactive`, a table command or
 * its other spelling), and where its arguments start; a bare period after `copilot` is the summary's.
 */
import { readArgument } from './command-arguments.js';
import type { WordCommandName } from './command-grammar.js';
import { REPORT_COMMANDS, TABLE_COMMAND_NAMES, type TableCommandName } from './report-commands.js';

const COPILOT_SUBCOMMANDS: Readonly<Record<string, WordCommandName>> = {
  summary: 'copilot-summary',
  users: 'copilot-users',
  inactive: 'copilot-inactive',
  trend: 'copilot-trend',
  licenses: 'copilot-licenses',
  licences: 'copilot-licenses',
};

const DIGEST_SUBCOMMANDS: Readonly<Record<string, WordCommandName>> = {
  subscribe: 'digest-subscribe',
  unsubscribe: 'digest-unsubscribe',
  status: 'digest-status',
  preview: 'digest-preview',
  'run-now': 'digest-run-now',
  language: 'digest-language',
};

/** The command the lower-cased words `lower` start with, and the index of its first argument; undefined for none. */
export function matchCommand(lower: readonly string[]): { name: WordCommandName; argumentsFrom: number } | undefined {
  const [first, second] = lower;
  const table = matchTableCommand(lower);
  if (table) return table;
  switch (first) {
    case 'copilot': {
      // `copilot by department` is the summary's, as `copilot D30` is.
      if (second === undefined || readArgument(second)) return { name: 'copilot-summary', argumentsFrom: 1 };
      const name = COPILOT_SUBCOMMANDS[second];
      return name ? { name, argumentsFrom: 2 } : undefined;
    }
    case 'groups':
      return second === 'inactive' ? { name: 'groups-inactive', argumentsFrom: 2 } : { name: 'groups', argumentsFrom: 1 };
    case 'activations':
    case 'status':
    case 'help':
    case 'overview':
      return { name: first, argumentsFrom: 1 };
    case 'csv':
      return { name: 'export', argumentsFrom: 1 };
    case 'digest': {
      // `digest run now` reads as `digest run-now`.
      if (second === 'run' && lower[2] === 'now') return { name: 'digest-run-now', argumentsFrom: 3 };
      const name = second === undefined ? undefined : DIGEST_SUBCOMMANDS[second];
      return name ? { name, argumentsFrom: 2 } : undefined;
    }
    default:
      return undefined;
  }
}

/** The table command whose words (or another spelling of them, `licences`) `lower` starts with. */
function matchTableCommand(lower: readonly string[]): { name: TableCommandName; argumentsFrom: number } | undefined {
  for (const name of TABLE_COMMAND_NAMES) {
    const { words, aliases = [] } = REPORT_COMMANDS[name];
    for (const spelling of [words, ...aliases]) {
      const parts = spelling.split(' ');
      if (parts.every((word, i) => lower[i] === word)) return { name, argumentsFrom: parts.length };
    }
  }
  return undefined;
}

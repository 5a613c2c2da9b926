/**
 * The commands as admins see them: usage, what they answer, an example. One list feeds the help
 * card, the terminal's usage text and the Teams manifest's command menu (a test keeps them equal).
 */
import type { CommandName } from './command.js';

export type CommandGuideEntry = {
  readonly name: CommandName;
  /** The words that select the command, as typed. */
  readonly words: string;
  /** Usage with optional arguments in brackets. */
  readonly usage: string;
  readonly description: string;
  readonly example: string;
};

export const COMMAND_GUIDE: readonly CommandGuideEntry[] = [
  {
    name: 'copilot-summary',
    words: 'copilot summary',
    usage: 'copilot summary [D7|D30|D90|D180|ALL]',
    description: 'Copilot adoption: enabled and active users per app',
    example: 'copilot summary D30',
  },
  {
    name: 'copilot-users',
    words: 'copilot users',
    usage: 'copilot users [period]',
    description: 'Copilot users and their last activity (personal chat)',
    example: 'copilot users D30',
  },
  {
    name: 'copilot-inactive',
    words: 'copilot inactive',
    usage: 'copilot inactive [period]',
    description: 'Licensed seats with no Copilot use: the reclaim list',
    example: 'copilot inactive D90',
  },
  {
    name: 'copilot-trend',
    words: 'copilot trend',
    usage: 'copilot trend [period]',
    description: 'Daily enabled and active Copilot users',
    example: 'copilot trend D30',
  },
  {
    name: 'activations',
    words: 'activations',
    usage: 'activations',
    description: 'Microsoft 365 apps: assigned vs activated per product',
    example: 'activations',
  },
  {
    name: 'groups',
    words: 'groups',
    usage: 'groups [D7|D30|D90|D180|YYYY-MM-DD]',
    description: 'Microsoft 365 groups: active, inactive, top groups',
    example: 'groups D7',
  },
  {
    name: 'groups-inactive',
    words: 'groups inactive',
    usage: 'groups inactive [period]',
    description: 'Groups with no activity in the period, with owners',
    example: 'groups inactive D90',
  },
  {
    name: 'export',
    words: 'csv',
    usage: 'csv <command>',
    description: 'The data behind an answer as a CSV file (personal chat)',
    example: 'csv copilot inactive D90',
  },
  {
    name: 'status',
    words: 'status',
    usage: 'status',
    description: 'Data freshness, source, cache and Graph request budget',
    example: 'status',
  },
  {
    name: 'help',
    words: 'help',
    usage: 'help',
    description: 'What the bot can answer',
    example: 'help',
  },
];

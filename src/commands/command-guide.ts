/**
 * The commands as admins see them: usage, what they answer, an example. One list feeds the help
 * card, the terminal's usage text and the Teams manifest's command menus (a test keeps them equal).
 */
import { ALERT_SNOOZE_USAGE } from '../alerts/parse-alert-command.js';
import { DIGEST_SUBSCRIBE_EXAMPLE, DIGEST_SUBSCRIBE_USAGE } from '../digest/parse-digest-schedule.js';
import { takesBy, takesFilters } from './attribute-modifiers.js';
import type { CommandName } from './command.js';
import { REPORT_COMMANDS, TABLE_COMMAND_NAMES, tablePeriods } from './report-commands.js';

/**
 * The Teams command menus (the manifest's commandLists): one for personal chat, one shared by team
 * channels and group chats. Older clients and manifest schemas accept at most 10 commands per menu.
 */
export type CommandMenu = 'personal' | 'channel';

/** Most commands one Teams command menu may list (manifest schemas before v1.24). */
export const MAX_MENU_COMMANDS = 10;

export type CommandGuideEntry = {
  readonly name: CommandName;
  /** The words that select the command, as typed. */
  readonly words: string;
  /** Usage with optional arguments in brackets. */
  readonly usage: string;
  readonly description: string;
  readonly example: string;
  /** The Teams command menus that offer it; every command can be typed anywhere regardless. */
  readonly menus: readonly CommandMenu[];
  /** Works only in a Teams conversation (a digest subscription or an alert lives in the bot): the terminal leaves it out of its help. */
  readonly teamsOnly?: true;
};

/** Whether the terminal (`npm run report`) can run the command: everything but what needs a Teams conversation. */
export function runsInTerminal(entry: CommandGuideEntry): boolean {
  return entry.teamsOnly !== true;
}

const EVERYWHERE: readonly CommandMenu[] = ['personal', 'channel'];
/** Lists that name people are read in personal chat; in a channel they only offer themselves privately. */
const PERSONAL: readonly CommandMenu[] = ['personal'];
/** Digests are posted to channels and group chats. */
const CHANNEL: readonly CommandMenu[] = ['channel'];
/** Rarely needed, and ends a channel's digest: typed, so the menus keep their room for everyday commands. */
const TYPED_ONLY: readonly CommandMenu[] = [];

/** The report command table's entries, as the guide lists them: `usage [D7|D30|D90|D180]`. */
const TABLE_GUIDE: readonly CommandGuideEntry[] = TABLE_COMMAND_NAMES.map((name) => {
  const { words, description, example, menus } = REPORT_COMMANDS[name];
  const periods = tablePeriods(name)?.values;
  return { name, words, usage: periods ? `${words} [${periods.join('|')}]` : words, description, example, menus };
});

/** An entry's usage with the directory modifiers its command takes: `[by department|country|…]`, `[<attribute>=<value>]`. */
function withModifiers(entry: CommandGuideEntry): CommandGuideEntry {
  const by = takesBy(entry.name) ? ' [by <attribute>]' : '';
  const filters = takesFilters(entry.name) ? ' [<attribute>=<value>]' : '';
  return by === '' && filters === '' ? entry : { ...entry, usage: `${entry.usage}${by}${filters}` };
}

const ENTRIES: readonly CommandGuideEntry[] = [
  {
    name: 'copilot-summary',
    words: 'copilot summary',
    usage: 'copilot summary [D7|D30|D90|D180|ALL]',
    description: 'Copilot adoption: enabled and active users per app',
    example: 'copilot summary D30',
    menus: EVERYWHERE,
  },
  {
    name: 'copilot-users',
    words: 'copilot users',
    usage: 'copilot users [period]',
    description: 'Copilot users and their last activity (personal chat)',
    example: 'copilot users D30',
    // A button on the Copilot summary and inactive seats; the menu keeps its room for the licence answers.
    menus: TYPED_ONLY,
  },
  {
    name: 'copilot-inactive',
    words: 'copilot inactive',
    usage: 'copilot inactive [period]',
    description: 'Licensed seats with no Copilot use: the reclaim list',
    example: 'copilot inactive D90',
    menus: PERSONAL,
  },
  {
    name: 'copilot-trend',
    words: 'copilot trend',
    usage: 'copilot trend [period]',
    description: 'Daily enabled and active Copilot users',
    example: 'copilot trend D30',
    // A button on the Copilot summary; the menus keep their room for `usage`.
    menus: TYPED_ONLY,
  },
  {
    name: 'copilot-licenses',
    words: 'copilot licenses',
    usage: 'copilot licenses [period]',
    description: 'Copilot seats bought, assigned, used, and what idle seats cost',
    example: 'copilot licenses D30',
    // A button on `licenses`, which answers for every licence.
    menus: TYPED_ONLY,
  },
  {
    name: 'activations',
    words: 'activations',
    usage: 'activations',
    description: 'Microsoft 365 apps: assigned vs activated per product',
    example: 'activations',
    menus: EVERYWHERE,
  },
  {
    name: 'groups',
    words: 'groups',
    usage: 'groups [D7|D30|D90|D180|YYYY-MM-DD]',
    description: 'Microsoft 365 groups: active, inactive, top groups',
    example: 'groups D7',
    menus: EVERYWHERE,
  },
  {
    name: 'groups-inactive',
    words: 'groups inactive',
    usage: 'groups inactive [period]',
    description: 'Groups with no activity in the period, with owners',
    example: 'groups inactive D90',
    // A button on `groups`.
    menus: TYPED_ONLY,
  },
  ...TABLE_GUIDE,
  {
    name: 'export',
    words: 'csv',
    usage: 'csv <command>',
    description: 'The data behind an answer as a CSV file (personal chat)',
    example: 'csv copilot inactive D90',
    menus: PERSONAL,
  },
  {
    name: 'digest-subscribe',
    words: 'digest subscribe',
    usage: DIGEST_SUBSCRIBE_USAGE,
    description: 'Weekly digest to this channel (default Monday 09:00)',
    example: DIGEST_SUBSCRIBE_EXAMPLE,
    menus: CHANNEL,
    teamsOnly: true,
  },
  {
    name: 'digest-status',
    words: 'digest status',
    usage: 'digest status',
    description: "This channel's digest: next run, last run and its outcome",
    example: 'digest status',
    menus: CHANNEL,
    teamsOnly: true,
  },
  {
    name: 'digest-preview',
    words: 'digest preview',
    usage: 'digest preview',
    description: 'The digest now, here, without changing the schedule',
    example: 'digest preview',
    menus: CHANNEL,
  },
  {
    name: 'digest-run-now',
    words: 'digest run-now',
    usage: 'digest run-now',
    description: "Posts this channel's digest now, recorded like a scheduled run",
    example: 'digest run-now',
    menus: CHANNEL,
    teamsOnly: true,
  },
  {
    name: 'digest-unsubscribe',
    words: 'digest unsubscribe',
    usage: 'digest unsubscribe',
    description: "Stops this channel's digest and deletes its history",
    example: 'digest unsubscribe',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-set',
    words: 'alert',
    usage: 'alert idle-seats|unassigned [SKU]|idle-spend|adoption drop|never-used > <threshold>, alert inactive-users > <threshold> [D30|D90|D180]',
    description: 'Posts here once when a figure crosses the threshold, and once when it goes back',
    example: 'alert idle-seats > 100',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-list',
    words: 'alerts',
    usage: 'alerts',
    description: 'The alerts here: state, last evaluation and figure',
    example: 'alerts',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-snooze',
    words: 'alert snooze',
    usage: ALERT_SNOOZE_USAGE,
    description: 'Holds an alert\'s posts for a while; it is still evaluated',
    example: 'alert snooze 1 7d',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-remove',
    words: 'alert remove',
    usage: 'alert remove <n>',
    description: 'Removes alert n of this conversation',
    example: 'alert remove 1',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-exclude',
    words: 'alert exclude',
    usage: 'alert exclude <SKU>',
    description: 'Leaves a SKU out of the Copilot seat alerts here',
    example: 'alert exclude Microsoft_365_Copilot_Trial',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-include',
    words: 'alert include',
    usage: 'alert include <SKU>',
    description: 'Counts a SKU left out again',
    example: 'alert include Microsoft_365_Copilot_Trial',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'overview',
    words: 'overview',
    usage: 'overview',
    description: "Every customer tenant's Copilot seats, idle seats and idle spend (managing tenant)",
    example: 'overview',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'status',
    words: 'status',
    usage: 'status',
    description: 'Data freshness, source, cache and Graph request budget',
    example: 'status',
    menus: PERSONAL,
  },
  {
    name: 'help',
    words: 'help',
    usage: 'help',
    description: 'What the bot can answer',
    example: 'help',
    menus: EVERYWHERE,
  },
];

/** Every command as help, the terminal and the Teams menus list it. */
export const COMMAND_GUIDE: readonly CommandGuideEntry[] = ENTRIES.map(withModifiers);

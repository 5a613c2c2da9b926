/**
 * The commands as admins see them: usage, what they answer, an example. One list feeds the help
 * card, the terminal's usage text and the Teams manifest's command menus (a test keeps them equal).
 */
import { ALERT_SNOOZE_USAGE } from '../alerts/parse-alert-command.js';
import { DIGEST_SUBSCRIBE_EXAMPLE, DIGEST_SUBSCRIBE_USAGE } from '../digest/parse-digest-schedule.js';
import { LANGUAGES } from '../i18n/languages.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
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
  /** What it answers, in the reader's language (`command.<name>` in the catalogs). */
  readonly description: Phrase;
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
    description: phrase('command.copilot-summary'),
    example: 'copilot summary D30',
    menus: EVERYWHERE,
  },
  {
    name: 'copilot-users',
    words: 'copilot users',
    usage: 'copilot users [period]',
    description: phrase('command.copilot-users'),
    example: 'copilot users D30',
    // A button on the Copilot summary and inactive seats; the menu keeps its room for the licence answers.
    menus: TYPED_ONLY,
  },
  {
    name: 'copilot-inactive',
    words: 'copilot inactive',
    usage: 'copilot inactive [period]',
    description: phrase('command.copilot-inactive'),
    example: 'copilot inactive D90',
    menus: PERSONAL,
  },
  {
    name: 'copilot-trend',
    words: 'copilot trend',
    usage: 'copilot trend [period]',
    description: phrase('command.copilot-trend'),
    example: 'copilot trend D30',
    // A button on the Copilot summary; the menus keep their room for `usage`.
    menus: TYPED_ONLY,
  },
  {
    name: 'copilot-licenses',
    words: 'copilot licenses',
    usage: 'copilot licenses [period]',
    description: phrase('command.copilot-licenses'),
    example: 'copilot licenses D30',
    // A button on `licenses`, which answers for every licence.
    menus: TYPED_ONLY,
  },
  {
    name: 'activations',
    words: 'activations',
    usage: 'activations',
    description: phrase('command.activations'),
    example: 'activations',
    menus: EVERYWHERE,
  },
  {
    name: 'groups',
    words: 'groups',
    usage: 'groups [D7|D30|D90|D180|YYYY-MM-DD]',
    description: phrase('command.groups'),
    example: 'groups D7',
    menus: EVERYWHERE,
  },
  {
    name: 'groups-inactive',
    words: 'groups inactive',
    usage: 'groups inactive [period]',
    description: phrase('command.groups-inactive'),
    example: 'groups inactive D90',
    // A button on `groups`.
    menus: TYPED_ONLY,
  },
  ...TABLE_GUIDE,
  {
    name: 'export',
    words: 'csv',
    usage: 'csv <command>',
    description: phrase('command.export'),
    example: 'csv copilot inactive D90',
    menus: PERSONAL,
  },
  {
    name: 'digest-subscribe',
    words: 'digest subscribe',
    usage: DIGEST_SUBSCRIBE_USAGE,
    description: phrase('command.digest-subscribe'),
    example: DIGEST_SUBSCRIBE_EXAMPLE,
    menus: CHANNEL,
    teamsOnly: true,
  },
  {
    name: 'digest-status',
    words: 'digest status',
    usage: 'digest status',
    description: phrase('command.digest-status'),
    example: 'digest status',
    menus: CHANNEL,
    teamsOnly: true,
  },
  {
    name: 'digest-preview',
    words: 'digest preview',
    usage: 'digest preview',
    description: phrase('command.digest-preview'),
    example: 'digest preview',
    menus: CHANNEL,
  },
  {
    name: 'digest-run-now',
    words: 'digest run-now',
    usage: 'digest run-now',
    description: phrase('command.digest-run-now'),
    example: 'digest run-now',
    menus: CHANNEL,
    teamsOnly: true,
  },
  {
    name: 'digest-unsubscribe',
    words: 'digest unsubscribe',
    usage: 'digest unsubscribe',
    description: phrase('command.digest-unsubscribe'),
    example: 'digest unsubscribe',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'digest-language',
    words: 'digest language',
    usage: `digest language <${LANGUAGES.join('|')}>`,
    description: phrase('command.digest-language'),
    example: 'digest language it',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-set',
    words: 'alert',
    usage: 'alert idle-seats|unassigned [SKU]|idle-spend|adoption drop|never-used > <threshold>, alert inactive-users > <threshold> [D30|D90|D180]',
    description: phrase('command.alert-set'),
    example: 'alert idle-seats > 100',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-list',
    words: 'alerts',
    usage: 'alerts',
    description: phrase('command.alert-list'),
    example: 'alerts',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-snooze',
    words: 'alert snooze',
    usage: ALERT_SNOOZE_USAGE,
    description: phrase('command.alert-snooze'),
    example: 'alert snooze 1 7d',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-remove',
    words: 'alert remove',
    usage: 'alert remove <n>',
    description: phrase('command.alert-remove'),
    example: 'alert remove 1',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-exclude',
    words: 'alert exclude',
    usage: 'alert exclude <SKU>',
    description: phrase('command.alert-exclude'),
    example: 'alert exclude Microsoft_365_Copilot_Trial',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-include',
    words: 'alert include',
    usage: 'alert include <SKU>',
    description: phrase('command.alert-include'),
    example: 'alert include Microsoft_365_Copilot_Trial',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'overview',
    words: 'overview',
    usage: 'overview',
    description: phrase('command.overview'),
    example: 'overview',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'alert-language',
    words: 'alert language',
    usage: `alert language <${LANGUAGES.join('|')}>`,
    description: phrase('command.alert-language'),
    example: 'alert language it',
    menus: TYPED_ONLY,
    teamsOnly: true,
  },
  {
    name: 'status',
    words: 'status',
    usage: 'status',
    description: phrase('command.status'),
    example: 'status',
    menus: PERSONAL,
  },
  {
    name: 'help',
    words: 'help',
    usage: 'help',
    description: phrase('command.help'),
    example: 'help',
    menus: EVERYWHERE,
  },
];

/** Every command as help, the terminal and the Teams menus list it. */
export const COMMAND_GUIDE: readonly CommandGuideEntry[] = ENTRIES.map(withModifiers);

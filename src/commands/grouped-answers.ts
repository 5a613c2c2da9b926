/**
 * `… by <attribute>`: a per-user report command answered per department, country, office, company or job
 * title. A command opts in with an entry here (what its groups count and what its answer is about) beside
 * `& ByModifier` on its type; one handler answers them all. Aggregates only, so it answers in channels —
 * where values of fewer than SMALLEST_GROUP_IN_CHANNELS users fold into "other", so no one is singled out.
 */
import { toIsoDate } from '../clock.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { compareText } from '../reports/insights.js';
import { readCopilotLicenceGroups, readCopilotSeatGroups, type LicenceGroups } from '../reports/copilot-seat-groups.js';
import { readUserGroups, type UserGroup, type UserGroups } from '../reports/user-groups.js';
import { MICROSOFT_365_USERS } from '../reports/workload-user-groups.js';
import { readLicenceHolderGroups } from '../reports/licence-holder-groups.js';
import { copilotVersion } from '../reports/report-request.js';
import type { ReportVersion } from '../reports/figures.js';
import { SMALLEST_GROUP_IN_CHANNELS, type AttributeFilter, type GroupAttribute } from '../reports/group-attributes.js';
import { freshnessOf } from '../reports/report-freshness.js';
import type { AttributeRow, CommandAction, GroupFocus, GroupSubject, ViewModels } from '../view-models.js';
import { takesBy, type GroupableName } from './attribute-modifiers.js';
import type { Command, ReportCommand } from './command.js';
import type { HandlerContext, HandlerDeps } from './handler-context.js';
import { commonPeriods, csvActions } from './neighbour-actions.js';
import { formatCommand } from './parse.js';
import type { Reply } from './reply.js';
import { personalOnlyReply } from './personal-only.js';

/** A groupable command with its attribute. */
export type GroupedCommand = Extract<ReportCommand, { name: GroupableName }> & { readonly by: GroupAttribute };

/**
 * What a grouped answer reads: its groups, for Copilot licences the tenant's licence figures, and for idle
 * spend counted from the users' own licences the currency of the prices.
 */
export type GroupedReading = UserGroups & { readonly licences?: LicenceGroups['licences']; readonly currency?: string };

/** Where grouped answers read from: the report service, the licence settings (the price of an idle seat) and the Copilot report's version. */
export type GroupSource = Pick<HandlerDeps, 'reports' | 'licences'> & { readonly copilotVersion: ReportVersion };

/** What a command's groups count and what its answer is about. */
export type GroupedAnswer = {
  readonly focus: GroupFocus;
  /** Whose users are counted: the Copilot seats, or the users of any Microsoft 365 workload. */
  readonly subject: GroupSubject;
  /** Button title leading to this answer from its neighbours. */
  readonly title: Phrase;
  read(command: GroupedCommand, source: GroupSource, today: string): Promise<GroupedReading>;
};

/** Every groupable command's grouped answer; a command with `& ByModifier` and no entry does not compile. */
export const GROUPED_ANSWERS: { readonly [N in GroupableName]: GroupedAnswer } = {
  'copilot-summary': {
    focus: 'users',
    subject: 'copilot',
    title: phrase('action.adoption'),
    read: (command, source, today) => readCopilotSeatGroups(source.reports, command.period, command.by, [], today),
  },
  'copilot-inactive': {
    focus: 'inactive',
    subject: 'copilot',
    title: phrase('action.inactive'),
    read: (command, source, today) => readCopilotSeatGroups(source.reports, command.period, command.by, filtersOf(command), today),
  },
  'copilot-licenses': {
    focus: 'idle',
    subject: 'copilot',
    title: phrase('action.idleSeats'),
    read: (command, source, today) => readCopilotLicenceGroups(source.reports, command.period, command.by, today, source.licences ?? { extraSkuIds: [] }),
  },
  usage: {
    focus: 'users',
    subject: 'microsoft-365',
    title: phrase('action.usage'),
    read: (command, source, today) => readUserGroups(source.reports, MICROSOFT_365_USERS, command.period, command.by, [], today),
  },
  'inactive-users': {
    focus: 'idle',
    subject: 'microsoft-365',
    title: phrase('action.inactiveUsers'),
    read: (command, source, today) =>
      readLicenceHolderGroups(source.reports, command.period, command.by, today, source.licences ?? { extraSkuIds: [] }, source.copilotVersion),
  },
};

/** Whether `command` asks for its answer by an attribute. */
export function isGroupedCommand(command: Command): command is GroupedCommand {
  return takesBy(command.name) && (command as { by?: unknown }).by !== undefined;
}

/** The grouped answer to `command`; a filtered one only in personal chat (or sent there when asked so). */
export async function handleGrouped(command: GroupedCommand, context: HandlerContext, deps: HandlerDeps): Promise<Reply> {
  const filters = filtersOf(command);
  const personal = context.conversation === 'personal' || context.delivery === 'private';
  if (filters.length > 0 && !personal) return personalOnlyReply(command);
  const answer = GROUPED_ANSWERS[command.name];
  const source = { reports: deps.reports, licences: deps.licences, copilotVersion: copilotVersion(deps.copilotApi) };
  const reading = await answer.read(command, source, toIsoDate(deps.clock.now()));
  const rows = sortedRows(reading.groups, answer.focus);
  const folded = foldRows(rows, Math.max(2, deps.rowLimit), personal ? 0 : SMALLEST_GROUP_IN_CHANNELS);
  const period = reading.meta.period ?? '';
  const asked: GroupedCommand = { ...command, ...(period !== '' ? { period } : {}) };
  const model: ViewModels['attribute-groups'] = {
    focus: answer.focus,
    subject: answer.subject,
    attribute: command.by,
    period,
    freshness: freshnessOf(reading.meta),
    directory: reading.directory,
    filters,
    total: sumOf(rows),
    valueCount: rows.filter((row) => row.kind === 'value').length,
    rows: folded.rows,
    smallGroupsFolded: folded.small,
    concealed: reading.concealed,
    ...(reading.licences ? { licences: licenceFigures(reading.licences) } : {}),
    ...(reading.currency !== undefined ? { currency: reading.currency } : {}),
    actions: groupedActions(asked, reading.meta.version ?? 'v1', rows.length),
  };
  const message = { view: 'attribute-groups' as const, model };
  if (context.conversation !== 'personal' && context.delivery === 'private') {
    return { messages: [{ view: 'sent-privately', model: { what: { kind: 'answer', command: formatCommand(command) } } }], privateMessages: [message] };
  }
  return { messages: [message] };
}

/** The filters of a command that takes them; none otherwise. */
export function filtersOf(command: Command): readonly AttributeFilter[] {
  return 'filters' in command ? (command.filters ?? []) : [];
}

/** Every group as a row, sorted by what the answer is about, then by label. */
export function sortedRows(groups: readonly UserGroup[], focus: GroupFocus): AttributeRow[] {
  const key = (row: AttributeRow) => (focus === 'users' ? row.users : focus === 'inactive' ? row.users - row.active : (row.idleMonthly ?? row.idle ?? 0));
  return groups.map((group): AttributeRow => ({ ...group })).sort((a, b) => key(b) - key(a) || b.users - a.users || compareText(a.label, b.label));
}

/**
 * The first rows, the rest folded into one "other" row: beyond `limit` rows (other included), and any
 * row under `smallest` users (a channel's rule; 0: none). `small` counts the values folded for that rule.
 */
export function foldRows(rows: readonly AttributeRow[], limit: number, smallest: number): { rows: AttributeRow[]; small: number } {
  const shown: AttributeRow[] = [];
  const folded: AttributeRow[] = [];
  let small = 0;
  for (const row of rows) {
    if (row.users < smallest) {
      small++;
      folded.push(row);
    } else shown.push(row);
  }
  // Room for the "other" row itself when anything is folded.
  const room = folded.length > 0 || shown.length > limit ? limit - 1 : limit;
  folded.push(...shown.splice(room));
  return { rows: folded.length > 0 ? [...shown, { kind: 'other', label: '', values: folded.length, ...sumOf(folded) }] : shown, small };
}

function sumOf(rows: readonly AttributeRow[]): Omit<AttributeRow, 'kind' | 'label' | 'values'> {
  const sum = (key: 'users' | 'active' | 'neverActive' | 'idle' | 'idleMonthly') => rows.reduce((total, row) => total + (row[key] ?? 0), 0);
  const has = (key: 'neverActive' | 'idle' | 'idleMonthly') => rows.some((row) => row[key] !== undefined);
  return {
    users: sum('users'),
    active: sum('active'),
    ...(has('neverActive') ? { neverActive: sum('neverActive') } : {}),
    ...(has('idle') ? { idle: sum('idle') } : {}),
    ...(has('idleMonthly') ? { idleMonthly: Math.round(sum('idleMonthly') * 100) / 100 } : {}),
  };
}

/** The tenant's idle seats and spend, which the rows are part of. */
function licenceFigures({ licenceMeta, licences }: LicenceGroups['licences']): NonNullable<ViewModels['attribute-groups']['licences']> {
  return { licenceMeta, idle: licences.idle, ...(licences.spend ? { spend: licences.spend } : {}) };
}

/**
 * The same grouping over the other common periods, the neighbouring answers grouped the same way, and the
 * CSV of every value.
 */
function groupedActions(command: GroupedCommand, version: 'v1' | 'v2', rows: number): CommandAction[] {
  const action = (title: Phrase, target: Command): CommandAction => ({ title, command: formatCommand(target) });
  const plain = { by: command.by, ...(command.period !== undefined ? { period: command.period } : {}) };
  const periods = commonPeriods(version)
    .filter((period) => period !== command.period)
    .map((period) => action(phrase('action.lastDays', { days: Number(period.slice(1)) }), { ...command, period }));
  const { subject } = GROUPED_ANSWERS[command.name];
  const neighbours = (Object.keys(GROUPED_ANSWERS) as GroupableName[])
    .filter((name) => name !== command.name && GROUPED_ANSWERS[name].subject === subject)
    .map((name) => action(GROUPED_ANSWERS[name].title, { name, ...plain }));
  return [...periods, ...neighbours, ...csvActions(command, rows)];
}

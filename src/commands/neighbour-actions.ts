/**
 * The buttons under each answer that lead to the neighbouring views: the same report for another
 * common period, and the related reports for the same period. Each button sends a command as typed.
 */
import { phrase, type Phrase } from '../i18n/message-types.js';
import type { AttributeFilter } from '../reports/group-attributes.js';
import type { Command, ReportCommand } from './command.js';
import { formatCommand } from './parse.js';
import { REPORT_COMMANDS, type TableCommandName, type TableLink } from './report-commands.js';
import type { CommandAction } from '../view-models.js';

type Version = 'v1' | 'v2';

/** The periods offered as buttons: a week, a month (D28 under Copilot report v2), a quarter. */
export function commonPeriods(version: Version = 'v1'): readonly string[] {
  return ['D7', version === 'v2' ? 'D28' : 'D30', 'D90'];
}

function action(title: Phrase, command: Command): CommandAction {
  return { title, command: formatCommand(command) };
}

function periodTitle(period: string): Phrase {
  return phrase('action.lastDays', { days: Number(period.slice(1)) });
}

/** Buttons for the same view over the other common periods. */
function otherPeriods(current: string | undefined, periods: readonly string[], build: (period: string) => Command): CommandAction[] {
  return periods.filter((period) => period !== current).map((period) => action(periodTitle(period), build(period)));
}

/** Summary: the other common periods, then inactive seats, users and trend for this period. */
export function copilotSummaryActions(period: string, version: Version): CommandAction[] {
  return [
    ...otherPeriods(period, commonPeriods(version), (p) => ({ name: 'copilot-summary', period: p })),
    action(phrase('action.inactiveSeats'), { name: 'copilot-inactive', period }),
    action(phrase('action.users'), { name: 'copilot-users', period }),
    action(phrase('action.trend'), { name: 'copilot-trend', period }),
  ];
}

/** Users: the inactive seats and the summary for the same period; a filtered list's neighbours keep its filters (the summary groups by them). */
export function copilotUsersActions(period: string, filters: readonly AttributeFilter[] = []): CommandAction[] {
  return [action(phrase('action.inactiveSeats'), { name: 'copilot-inactive', period, ...kept(filters) }), action(phrase('action.summary'), summaryOf(period, filters))];
}

/** Inactive seats: the users and the summary for the same period, then the other common periods, filters kept. */
export function copilotInactiveActions(period: string, version: Version, filters: readonly AttributeFilter[] = []): CommandAction[] {
  return [
    action(phrase('action.users'), { name: 'copilot-users', period, ...kept(filters) }),
    action(phrase('action.summary'), summaryOf(period, filters)),
    ...otherPeriods(period, commonPeriods(version), (p) => ({ name: 'copilot-inactive', period: p, ...kept(filters) })),
  ];
}

function kept(filters: readonly AttributeFilter[]): { filters?: readonly AttributeFilter[] } {
  return filters.length > 0 ? { filters } : {};
}

/** The summary for `period`; beside a filtered list, by the first filter's attribute (a summary takes no filter). */
function summaryOf(period: string, filters: readonly AttributeFilter[]): Command {
  const [first] = filters;
  return first ? { name: 'copilot-summary', period, by: first.attribute } : { name: 'copilot-summary', period };
}

/** The reclaim list: inactive seats over the idle window, offered where a shorter period was asked. */
export function reclaimAction(idlePeriod: string): CommandAction {
  return action(phrase('action.inactiveForDays', { days: Number(idlePeriod.slice(1)) }), { name: 'copilot-inactive', period: idlePeriod });
}

/** Trend: the other common periods, then the summary for this period. */
export function copilotTrendActions(period: string, version: Version): CommandAction[] {
  return [
    ...otherPeriods(period, commonPeriods(version), (p) => ({ name: 'copilot-trend', period: p })),
    action(phrase('action.summary'), { name: 'copilot-summary', period }),
  ];
}

/** Licences: the reclaim list, the CSV of the seats (when there are Copilot SKUs) and the summary, for the same period. */
export function copilotLicensesActions(period: string, hasSkus: boolean): CommandAction[] {
  const licences: ReportCommand = period !== '' ? { name: 'copilot-licenses', period } : { name: 'copilot-licenses' };
  return [
    action(phrase('action.inactiveSeats'), { name: 'copilot-inactive', period }),
    ...csvActions(licences, hasSkus ? 1 : 0),
    action(phrase('action.summary'), { name: 'copilot-summary', period }),
  ];
}

/** Activations: the Copilot summary and the groups overview. */
export function activationsActions(): CommandAction[] {
  return [action(phrase('action.copilotSummary'), { name: 'copilot-summary' }), action(phrase('action.groups'), { name: 'groups' })];
}

/** For a groups answer by period, or by day (`period` undefined): the inactive list then uses its default period. */
export function groupsActions(period: string | undefined): CommandAction[] {
  return [
    ...otherPeriods(period, commonPeriods(), (p) => ({ name: 'groups', period: p })),
    action(phrase('action.inactiveGroups'), period !== undefined ? { name: 'groups-inactive', period } : { name: 'groups-inactive' }),
  ];
}

/** Inactive groups: the groups overview for the same period, then the other common periods. */
export function groupsInactiveActions(period: string): CommandAction[] {
  return [
    action(phrase('action.groups'), { name: 'groups', period }),
    ...otherPeriods(period, commonPeriods(), (p) => ({ name: 'groups-inactive', period: p })),
  ];
}

/** A table command's answer: the answer it comes from for this period, the other common periods, then its CSV. */
export function tableCommandActions(name: TableCommandName, period: string, rows: number): CommandAction[] {
  const { up } = REPORT_COMMANDS[name];
  return [
    ...(up ? [tableLinkAction(up, period)] : []),
    ...otherPeriods(period, commonPeriods(), (p) => ({ name, period: p })),
    ...csvActions({ name, period }, rows),
  ];
}

/** A button to another answer: for the same period, the one the link names, or (`default`) that answer's own default. */
export function tableLinkAction(link: TableLink, period: string): CommandAction {
  const asked = link.period ?? period;
  return action(link.title, asked === 'default' ? { name: link.command } : { name: link.command, period: asked });
}

/** The offer made in a channel or group chat instead of per-user rows. */
export function sendPrivatelyAction(command: Command): CommandAction {
  return { title: phrase('action.sendPrivately'), command: formatCommand(command), delivery: 'private' };
}

/** The CSV button: the rows behind this answer as a file in personal chat; none when there are no rows to put in it. */
export function csvActions(command: ReportCommand, rows: number): CommandAction[] {
  return rows > 0 ? [action(phrase('action.csv'), { name: 'export', target: command })] : [];
}

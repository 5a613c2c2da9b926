/**
 * `teams [period]`: Teams users active of those listed, the period's messages, meetings and calls (and on
 * an average day, from the daily counts), the most active people and those inactive longest. The lists
 * name people: personal chat only. Its CSV is the user detail, most active first.
 */
import { phrase } from '../i18n/message-types.js';
import type { RowOf } from '../reports/catalog.js';
import { itemActivityOf } from '../reports/detail-snapshot.js';
import { highestFirst } from '../reports/insights.js';
import { teamsActivityScore, type TeamsActivityDay } from '../reports/teams-snapshot.js';
import type { TeamsDailyAverage, TeamsFigures } from '../workload-view-models.js';
import { firstItems, inactiveItems, rowsInOrder } from './detail-lists.js';
import type { ReportCommandEntry } from './report-commands.js';

/** Messages, meetings and calls on an average day of the period; undefined for a report without days. */
function dailyAverage(days: readonly TeamsActivityDay[]): TeamsDailyAverage | undefined {
  if (days.length === 0) return undefined;
  const average = (count: (day: TeamsActivityDay) => number) => Math.round(days.reduce((sum, day) => sum + count(day), 0) / days.length);
  return {
    days: days.length,
    messages: average((day) => day.teamChatMessages + day.privateChatMessages),
    meetings: average((day) => day.meetings),
    calls: average((day) => day.calls),
  };
}

export const TEAMS_COMMAND: ReportCommandEntry<'teams-users' | 'teams-activity', TeamsFigures> = {
  words: 'teams',
  description: phrase('command.teams'),
  example: 'teams D30',
  menus: [],
  reports: ['teams-users', 'teams-activity'],
  lists: true,
  up: { title: phrase('action.allWorkloads'), command: 'usage' },
  figures({ reports, listRows }) {
    const { snapshot, window } = reports['teams-users'];
    const perDay = dailyAverage(reports['teams-activity'].snapshot.days);
    return {
      kind: 'teams',
      users: itemActivityOf(snapshot, window),
      licensed: snapshot.licensed,
      totals: snapshot.totals,
      ...(perDay ? { perDay } : {}),
      mostActive: firstItems(snapshot.top.mostActive, listRows),
      inactive: inactiveItems(snapshot, window, listRows),
    };
  },
  csv({ reports }, { figures, sortRows }) {
    const { totals } = figures;
    return {
      report: 'teams-users',
      rows: rowsInOrder(reports['teams-users'], sortRows, highestFirst<RowOf<'teams-users'>>(teamsActivityScore, (row) => row.userPrincipalName)),
      totals: [
        { name: 'teamChatMessages', value: totals.teamChatMessageCount },
        { name: 'privateChatMessages', value: totals.privateChatMessageCount },
        { name: 'meetings', value: totals.meetingCount },
        { name: 'calls', value: totals.callCount },
      ],
    };
  },
};

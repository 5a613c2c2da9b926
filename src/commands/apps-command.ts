/**
 * `apps [period]`: users of the Microsoft 365 Apps (Outlook, Word, Excel, PowerPoint, OneNote, Teams) in
 * the period, per app and per platform (Windows, Mac, mobile, web), and those who used none the longest.
 * The list names people: personal chat only. Its CSV is the user detail, most recently active first.
 */
import { phrase } from '../i18n/message-types.js';
import { itemActivityOf } from '../reports/detail-snapshot.js';
import { mostRecentlyActiveFirst } from '../reports/insights.js';
import type { AppsFigures } from '../workload-view-models.js';
import { inactiveItems, rowsInOrder } from './detail-lists.js';
import type { ReportCommandEntry } from './report-commands.js';

export const APPS_COMMAND: ReportCommandEntry<'apps-users', AppsFigures> = {
  words: 'apps',
  description: phrase('command.apps'),
  example: 'apps D30',
  menus: [],
  reports: ['apps-users'],
  lists: true,
  up: { title: phrase('action.allWorkloads'), command: 'usage' },
  figures({ reports, listRows }) {
    const { snapshot, window } = reports['apps-users'];
    return {
      kind: 'apps',
      users: itemActivityOf(snapshot, window),
      anyApp: snapshot.anyApp,
      apps: snapshot.apps,
      inactive: inactiveItems(snapshot, window, listRows),
    };
  },
  csv({ reports }, { figures, sortRows }) {
    return {
      report: 'apps-users',
      rows: rowsInOrder(reports['apps-users'], sortRows, mostRecentlyActiveFirst((row) => row.lastActivityDate, (row) => row.userPrincipalName)),
      totals: [
        { name: 'users', value: figures.users.total },
        { name: 'activeInPeriod', value: figures.users.active },
      ],
    };
  },
};

/**
 * `email [period]`: mailbox users active of those listed, the period's mail sent, received and read, the
 * most active people and those inactive longest. The lists name people: personal chat only. Its CSV is
 * the user detail, most active first.
 */
import { phrase } from '../i18n/message-types.js';
import type { RowOf } from '../reports/catalog.js';
import { itemActivityOf } from '../reports/detail-snapshot.js';
import { emailActivityScore } from '../reports/email-snapshot.js';
import { highestFirst } from '../reports/insights.js';
import type { EmailFigures } from '../workload-view-models.js';
import { firstItems, inactiveItems, rowsInOrder } from './detail-lists.js';
import type { ReportCommandEntry } from './report-commands.js';

export const EMAIL_COMMAND: ReportCommandEntry<'email-users', EmailFigures> = {
  words: 'email',
  description: phrase('command.email'),
  example: 'email D30',
  menus: [],
  reports: ['email-users'],
  lists: true,
  up: { title: phrase('action.allWorkloads'), command: 'usage' },
  figures({ reports, listRows }) {
    const { snapshot, window } = reports['email-users'];
    return {
      kind: 'email',
      users: itemActivityOf(snapshot, window),
      totals: snapshot.totals,
      mostActive: firstItems(snapshot.top.mostActive, listRows),
      inactive: inactiveItems(snapshot, window, listRows),
    };
  },
  csv({ reports }, { figures, sortRows }) {
    const { totals } = figures;
    return {
      report: 'email-users',
      rows: rowsInOrder(reports['email-users'], sortRows, highestFirst<RowOf<'email-users'>>(emailActivityScore, (row) => row.userPrincipalName)),
      totals: [
        { name: 'mailsSent', value: totals.sendCount },
        { name: 'mailsReceived', value: totals.receiveCount },
        { name: 'mailsRead', value: totals.readCount },
      ],
    };
  },
};

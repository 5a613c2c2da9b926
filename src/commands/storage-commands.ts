/**
 * `onedrive [period]` and `sharepoint [period]`: accounts or sites active of those listed, files, page
 * views and storage, sites per template, and the most active, largest and longest idle. Their lists name
 * owners and sites: personal chat only. Their CSVs are the detail reports, in the first list's order.
 */
import { phrase } from '../i18n/message-types.js';
import { itemActivityOf } from '../reports/detail-snapshot.js';
import { highestFirst } from '../reports/insights.js';
import type { OneDriveFigures, SharePointFigures } from '../workload-view-models.js';
import { firstItems, inactiveItems, rowsInOrder } from './detail-lists.js';
import type { ReportCommandEntry } from './report-commands.js';

export const ONEDRIVE_COMMAND: ReportCommandEntry<'onedrive-accounts', OneDriveFigures> = {
  words: 'onedrive',
  description: phrase('command.onedrive'),
  example: 'onedrive D30',
  menus: [],
  reports: ['onedrive-accounts'],
  lists: true,
  up: { title: phrase('action.allWorkloads'), command: 'usage' },
  figures({ reports, listRows }) {
    const { snapshot, window } = reports['onedrive-accounts'];
    return {
      kind: 'onedrive',
      accounts: itemActivityOf(snapshot, window),
      totals: snapshot.totals,
      mostActive: firstItems(snapshot.top.mostActive, listRows),
      largest: firstItems(snapshot.top.largest, listRows),
      inactive: inactiveItems(snapshot, window, listRows),
    };
  },
  csv({ reports }, { figures, sortRows }) {
    const { totals } = figures;
    return {
      report: 'onedrive-accounts',
      rows: rowsInOrder(reports['onedrive-accounts'], sortRows, highestFirst((row) => row.activeFileCount ?? 0, (row) => row.siteUrl)),
      totals: [
        { name: 'files', value: totals.fileCount },
        { name: 'activeFiles', value: totals.activeFileCount },
        { name: 'storageUsed', value: totals.storageUsedInBytes, unit: 'bytes' },
      ],
    };
  },
};

export const SHAREPOINT_COMMAND: ReportCommandEntry<'sharepoint-sites', SharePointFigures> = {
  words: 'sharepoint',
  description: phrase('command.sharepoint'),
  example: 'sharepoint D30',
  menus: [],
  reports: ['sharepoint-sites'],
  lists: true,
  up: { title: phrase('action.allWorkloads'), command: 'usage' },
  figures({ reports, listRows }) {
    const { snapshot, window } = reports['sharepoint-sites'];
    return {
      kind: 'sharepoint',
      sites: itemActivityOf(snapshot, window),
      totals: snapshot.totals,
      byTemplate: snapshot.byTemplate,
      mostViewed: firstItems(snapshot.top.mostViewed, listRows),
      largest: firstItems(snapshot.top.largest, listRows),
      inactive: inactiveItems(snapshot, window, listRows),
    };
  },
  csv({ reports }, { figures, sortRows }) {
    const { totals } = figures;
    return {
      report: 'sharepoint-sites',
      rows: rowsInOrder(reports['sharepoint-sites'], sortRows, highestFirst((row) => row.pageViewCount ?? 0, (row) => row.siteUrl ?? row.siteId)),
      totals: [
        { name: 'pageViews', value: totals.pageViewCount },
        { name: 'files', value: totals.fileCount },
        { name: 'activeFiles', value: totals.activeFileCount },
        { name: 'storageUsed', value: totals.storageUsedInBytes, unit: 'bytes' },
      ],
    };
  },
};

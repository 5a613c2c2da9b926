/**
 * `usage [period]`: per workload (Exchange, OneDrive, SharePoint, Viva Engage, Teams, Microsoft 365 Apps)
 * the licensed users and those active in the period, with the average day's active users. Aggregates
 * only, so it answers in channels too; its CSV has one row per workload.
 */
import { phrase } from '../i18n/message-types.js';
import { workloadActivityOf } from '../reports/active-users-snapshot.js';
import { itemActivityOf } from '../reports/detail-snapshot.js';
import type { ActiveUsersDay } from '../reports/workload-counts-snapshot.js';
import type { UsageFigures, WorkloadUsage } from '../workload-view-models.js';
import type { CsvColumn } from '../files/report-csv.js';
import { inMemoryRows } from './detail-lists.js';
import type { ReportCommandEntry, ReportReading } from './report-commands.js';

type UsageReports = 'active-users' | 'apps-users' | 'active-user-counts';

/** Skype for Business Online was retired in 2021: its columns remain in the reports, not on the card. */
const RETIRED = new Set<string>(['skypeForBusiness']);

/** The CSV's columns: one row per workload, the card's figures. */
const USAGE_COLUMNS: readonly CsvColumn[] = [
  { key: 'workload', header: 'Workload' },
  { key: 'licensedUsers', header: 'Licensed Users' },
  { key: 'activeUsers', header: 'Active Users' },
  { key: 'inactiveUsers', header: 'Inactive Users' },
  { key: 'averageDailyActiveUsers', header: 'Average Daily Active Users' },
  { key: 'reportRefreshDate', header: 'Report Refresh Date' },
  { key: 'reportPeriod', header: 'Report Period' },
];

/** The active users of an average day of the period, per workload key (and `office365`: any), from the daily counts. */
function averageDailyActive(days: readonly ActiveUsersDay[], key: keyof Omit<ActiveUsersDay, 'date'>): number | undefined {
  if (days.length === 0) return undefined;
  return Math.round(days.reduce((sum, day) => sum + day[key], 0) / days.length);
}

function usageFigures({ reports }: ReportReading<UsageReports>): UsageFigures {
  const detail = reports['active-users'];
  const days = reports['active-user-counts'].snapshot.days;
  const activity = workloadActivityOf(detail.snapshot, detail.window);
  const withAverage = (usage: WorkloadUsage, average: number | undefined): WorkloadUsage =>
    average !== undefined ? { ...usage, averageDailyActive: average } : usage;
  const workloads = activity.workloads
    .filter((workload) => !RETIRED.has(workload.key))
    .map(({ key, label, licensed, active }) => withAverage({ key, label, licensed, active }, averageDailyActive(days, key)));
  // The apps report lists every user the apps are licensed to; active: used any app in the period.
  const apps = reports['apps-users'];
  const appUsers = itemActivityOf(apps.snapshot, apps.window);
  const { licensed, active } = activity.anyWorkload;
  return {
    kind: 'usage',
    workloads: [...workloads, { key: 'apps', label: 'Microsoft 365 Apps', licensed: appUsers.total, active: appUsers.active }],
    anyWorkload: withAverage({ key: 'any', label: 'Any workload', licensed, active }, averageDailyActive(days, 'office365')),
  };
}

export const USAGE_COMMAND: ReportCommandEntry<UsageReports, UsageFigures> = {
  words: 'usage',
  description: phrase('command.usage'),
  example: 'usage D30',
  menus: ['personal', 'channel'],
  reports: ['active-users', 'apps-users', 'active-user-counts'],
  links: [
    { title: phrase('action.teams'), command: 'teams' },
    { title: phrase('action.email'), command: 'email' },
    { title: phrase('action.onedrive'), command: 'onedrive' },
    { title: phrase('action.sharepoint'), command: 'sharepoint' },
    { title: phrase('action.apps'), command: 'apps' },
  ],
  figures: usageFigures,
  csv(reading, { figures }) {
    const { meta, window } = reading.reports['active-users'];
    const rows = figures.workloads.map((workload) => ({
      workload: workload.label,
      licensedUsers: workload.licensed,
      activeUsers: workload.active,
      inactiveUsers: workload.licensed - workload.active,
      averageDailyActiveUsers: workload.averageDailyActive,
      reportRefreshDate: meta.refreshDate,
      reportPeriod: window.days,
    }));
    return {
      report: 'active-users',
      rows: () => inMemoryRows(rows),
      columns: USAGE_COLUMNS,
      totals: [
        { name: 'licensedAnyWorkload', value: figures.anyWorkload.licensed },
        { name: 'activeAnyWorkload', value: figures.anyWorkload.active },
      ],
    };
  },
};

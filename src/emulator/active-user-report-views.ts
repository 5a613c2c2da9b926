/**
 * The Microsoft 365 active-user reports: the user detail (every user of the tenant, deleted accounts
 * included, with their licences, last activity per workload and assigned products), the daily active
 * user counts and the services user counts. Headers as the v1.0 reference pages list them.
 */
import { concealIdentity } from './conceal-identity.js';
import { isoFromEpochDay } from './epoch-days.js';
import { createDailyWorkloadView, windowDaysOf, type CsvColumn, type ReportContext, type ReportView } from './report-view.js';
import { assignedProducts, licensedWorkloads } from './synthetic-licences.js';
import { generateUser } from './synthetic-tenant.js';
import { computeLastActivityDays, getActivityProfile, WORKLOAD_MASK } from './synthetic-workloads.js';
import { COUNTED } from './workload-aggregates.js';

// The six workloads as the headers name them, in the reports' order (WORKLOADS order).
const HEADER_NAMES = ['Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams'] as const;
const JSON_NAMES = ['exchange', 'oneDrive', 'sharePoint', 'skypeForBusiness', 'yammer', 'teams'] as const;

const ACTIVE_USER_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['User Principal Name', 'userPrincipalName'],
  ['Display Name', 'displayName'],
  ['Is Deleted', 'isDeleted'],
  ['Deleted Date', 'deletedDate'],
  ...HEADER_NAMES.map((header, w): CsvColumn => [`Has ${header} License`, `has${JSON_NAMES[w]!.charAt(0).toUpperCase()}${JSON_NAMES[w]!.slice(1)}License`]),
  ...HEADER_NAMES.map((header, w): CsvColumn => [`${header} Last Activity Date`, `${JSON_NAMES[w]!}LastActivityDate`]),
  ...HEADER_NAMES.map((header, w): CsvColumn => [`${header} License Assign Date`, `${JSON_NAMES[w]!}LicenseAssignDate`]),
  ['Assigned Products', 'assignedProducts'],
];

// "Office 365" is any workload; the columns are its count then each workload's.
const ACTIVE_USER_COUNT_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Office 365', 'office365'],
  ...HEADER_NAMES.map((header, w): CsvColumn => [header, JSON_NAMES[w]!]),
  ['Report Date', 'reportDate'],
  ['Report Period', 'reportPeriod'],
];

const SERVICES_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ...HEADER_NAMES.flatMap((header, w): CsvColumn[] => [
    [`${header} Active`, `${JSON_NAMES[w]!}Active`],
    [`${header} Inactive`, `${JSON_NAMES[w]!}Inactive`],
  ]),
  ['Office 365 Active', 'office365Active'],
  ['Office 365 Inactive', 'office365Inactive'],
  ['Report Period', 'reportPeriod'],
];

/** An epoch day as a report cell: `YYYY-MM-DD`, or null for none. */
export const dayCell = (day: number | undefined): string | null => (day === undefined ? null : isoFromEpochDay(day));

/** The active user detail: one item per user of the tenant (cursor: next user index). */
export function createActiveUsersView(context: ReportContext): ReportView {
  const { spec, refreshDay, concealed } = context;
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  return {
    columns: ACTIVE_USER_COLUMNS,
    *items(from) {
      for (let index = from; index < spec.users; index++) {
        const user = generateUser(spec, index);
        const profile = getActivityProfile(spec.seed, index, refreshDay);
        const { licences } = profile;
        const licensed = licensedWorkloads(licences);
        const last = computeLastActivityDays(profile, refreshDay, WORKLOAD_MASK);
        const assigned = dayCell(Math.min(licences.assignedDay, refreshDay));
        const has = (w: number) => (licensed & (1 << w)) !== 0;
        const lastOf = (w: number) => dayCell(last[w]);
        const assignedOf = (w: number) => (has(w) ? assigned : null);
        // A literal, not keys added in a loop: a million rows of objects built key by key would be far slower.
        const record = {
          reportRefreshDate,
          userPrincipalName: concealIdentity(user.userPrincipalName, concealed),
          displayName: concealIdentity(user.displayName, concealed),
          isDeleted: licences.deleted,
          deletedDate: licences.deleted ? dayCell(profile.endDay) : null,
          hasExchangeLicense: has(0),
          hasOneDriveLicense: has(1),
          hasSharePointLicense: has(2),
          hasSkypeForBusinessLicense: has(3),
          hasYammerLicense: has(4),
          hasTeamsLicense: has(5),
          exchangeLastActivityDate: lastOf(0),
          oneDriveLastActivityDate: lastOf(1),
          sharePointLastActivityDate: lastOf(2),
          skypeForBusinessLastActivityDate: lastOf(3),
          yammerLastActivityDate: lastOf(4),
          teamsLastActivityDate: lastOf(5),
          exchangeLicenseAssignDate: assignedOf(0),
          oneDriveLicenseAssignDate: assignedOf(1),
          sharePointLicenseAssignDate: assignedOf(2),
          skypeForBusinessLicenseAssignDate: assignedOf(3),
          yammerLicenseAssignDate: assignedOf(4),
          teamsLicenseAssignDate: assignedOf(5),
          assignedProducts: assignedProducts(licences),
        };
        yield { cursor: index + 1, csvRecords: () => [record], json: () => record };
      }
    },
  };
}

/** The active user counts: one item per day of the period, newest first. */
export function createActiveUserCountsView(context: ReportContext): ReportView {
  return createDailyWorkloadView(context, ACTIVE_USER_COUNT_COLUMNS, (aggregate, i, day) => {
    const counts = aggregate.dailyActive.subarray(i * COUNTED, (i + 1) * COUNTED);
    return { ...day, office365: counts[JSON_NAMES.length]!, ...Object.fromEntries(JSON_NAMES.map((name, w) => [name, counts[w]!])) };
  });
}

/** The services user counts: one item with each workload's active and inactive licensed users in the period. */
export function createServicesUserCountsView(context: ReportContext): ReportView {
  const { refreshDay, call } = context;
  const days = windowDaysOf(call);
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  return {
    columns: SERVICES_COLUMNS,
    prepare: () => context.workloads.prepare(refreshDay),
    *items(from) {
      if (from > 0) return;
      const period = context.workloads.get(refreshDay).periods.get(days);
      if (!period) throw new RangeError(`No workload counts for a ${days}-day period`);
      const record: Record<string, string | number> = { reportRefreshDate };
      [...JSON_NAMES, 'office365'].forEach((name, k) => {
        record[`${name}Active`] = period.active[k]!;
        record[`${name}Inactive`] = period.licensed[k]! - period.active[k]!;
      });
      record['reportPeriod'] = days;
      yield { cursor: 1, csvRecords: () => [record], json: () => record };
    },
  };
}

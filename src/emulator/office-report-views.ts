/**
 * The two Office reports: activations user counts and Microsoft 365 groups activity detail. The
 * groups CSV says `Guest Count` where Graph's documentation lists `External Member Count`; the CSV
 * follows what Graph actually sends.
 */
import { concealIdentity } from './conceal-identity.js';
import { isoFromEpochDay } from './epoch-days.js';
import { windowDaysOf, type CsvColumn, type ReportContext, type ReportView } from './report-view.js';
import { computeActivations } from './synthetic-activations.js';
import { computeGroupActivity, iterateGroups } from './synthetic-groups.js';

const ACTIVATIONS_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Product Type', 'productType'],
  ['Assigned', 'assigned'],
  ['Activated', 'activated'],
  ['Shared Computer Activation', 'sharedComputerActivation'],
];

const GROUPS_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Group Display Name', 'groupDisplayName'],
  ['Is Deleted', 'isDeleted'],
  ['Owner Principal Name', 'ownerPrincipalName'],
  ['Last Activity Date', 'lastActivityDate'],
  ['Group Type', 'groupType'],
  ['Member Count', 'memberCount'],
  ['Guest Count', 'externalMemberCount'],
  ['Exchange Received Email Count', 'exchangeReceivedEmailCount'],
  ['SharePoint Active File Count', 'sharePointActiveFileCount'],
  ['Yammer Posted Message Count', 'yammerPostedMessageCount'],
  ['Yammer Read Message Count', 'yammerReadMessageCount'],
  ['Yammer Liked Message Count', 'yammerLikedMessageCount'],
  ['Exchange Mailbox Total Item Count', 'exchangeMailboxTotalItemCount'],
  ['Exchange Mailbox Storage Used (Byte)', 'exchangeMailboxStorageUsedInBytes'],
  ['SharePoint Total File Count', 'sharePointTotalFileCount'],
  ['SharePoint Site Storage Used (Byte)', 'sharePointSiteStorageUsedInBytes'],
  ['Group Id', 'groupId'],
  ['Report Period', 'reportPeriod'],
];

/** Activations: one item per product type. */
export function createActivationsView(context: ReportContext): ReportView {
  const reportRefreshDate = isoFromEpochDay(context.refreshDay);
  return {
    columns: ACTIVATIONS_COLUMNS,
    *items(from) {
      const rows = computeActivations(context.spec);
      for (let k = from; k < rows.length; k++) {
        const record = { reportRefreshDate, ...rows[k]! };
        yield { cursor: k + 1, csvRecords: () => [record], json: () => record };
      }
    },
  };
}

/**
 * Groups activity: one item per group (cursor: next group index). With `date=` the window is that one
 * day, the refresh date is that date and the report period reads "1".
 */
export function createGroupsView(context: ReportContext): ReportView {
  const { spec, call, refreshDay, concealed } = context;
  const windowDays = windowDaysOf(call);
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  const reportPeriod = String(windowDays);
  return {
    columns: GROUPS_COLUMNS,
    *items(from) {
      for (const group of iterateGroups(spec, from)) {
        const activity = computeGroupActivity(spec.seed, group, refreshDay, windowDays);
        const record = {
          groupId: concealIdentity(group.groupId, concealed),
          reportRefreshDate,
          groupDisplayName: concealIdentity(group.displayName, concealed),
          isDeleted: group.isDeleted,
          ownerPrincipalName: group.ownerPrincipalName === '' ? null : concealIdentity(group.ownerPrincipalName, concealed),
          lastActivityDate: activity.lastActivityDay === undefined ? null : isoFromEpochDay(activity.lastActivityDay),
          groupType: group.groupType,
          memberCount: group.memberCount,
          externalMemberCount: group.externalMemberCount,
          exchangeReceivedEmailCount: activity.exchangeReceivedEmailCount,
          sharePointActiveFileCount: activity.sharePointActiveFileCount,
          yammerPostedMessageCount: activity.yammerPostedMessageCount,
          yammerReadMessageCount: activity.yammerReadMessageCount,
          yammerLikedMessageCount: activity.yammerLikedMessageCount,
          exchangeMailboxTotalItemCount: group.exchangeMailboxTotalItemCount,
          exchangeMailboxStorageUsedInBytes: group.exchangeMailboxStorageUsedInBytes,
          sharePointTotalFileCount: group.sharePointTotalFileCount,
          sharePointSiteStorageUsedInBytes: group.sharePointSiteStorageUsedInBytes,
          reportPeriod,
        };
        yield { cursor: group.index + 1, csvRecords: () => [record], json: () => record };
      }
    },
  };
}

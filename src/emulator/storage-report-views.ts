/**
 * The OneDrive usage account detail (one OneDrive per user who has one; its last activity is the active
 * user detail's OneDrive date) and the SharePoint site usage detail (the groups' team sites and the other
 * sites). Headers as the v1.0 reference pages list them; site URLs and owners are concealed like names.
 */
import { dayCell } from './active-user-report-views.js';
import { concealIdentity } from './conceal-identity.js';
import { isoFromEpochDay } from './epoch-days.js';
import { windowDaysOf, type CsvColumn, type ReportContext, type ReportView } from './report-view.js';
import { hashUnit } from './seeded-random.js';
import { computeSiteActivity, iterateSites } from './synthetic-sites.js';
import { WORKLOAD_BIT } from './synthetic-licences.js';
import { generateUser, type SyntheticUser } from './synthetic-tenant.js';
import { ACTIVITIES, ACTIVITY_BIT, computeLastActivityDays, getActivityProfile, type ActivityProfile } from './synthetic-workloads.js';
import { countOneDriveFilesTouched } from './workload-amounts.js';

const ONEDRIVE_HOST = 'https://contoso-my.sharepoint.com';
/** 1 TB, OneDrive's default storage per user. */
const ONEDRIVE_STORAGE_ALLOCATED = 1_099_511_627_776;
const SALT_PROVISIONED = 0x0d1;
const ONEDRIVE = ACTIVITIES.indexOf('oneDrive');

const ONEDRIVE_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Site URL', 'siteUrl'],
  ['Owner Display Name', 'ownerDisplayName'],
  ['Is Deleted', 'isDeleted'],
  ['Last Activity Date', 'lastActivityDate'],
  ['File Count', 'fileCount'],
  ['Active File Count', 'activeFileCount'],
  ['Storage Used (Byte)', 'storageUsedInBytes'],
  ['Storage Allocated (Byte)', 'storageAllocatedInBytes'],
  ['Owner Principal Name', 'ownerPrincipalName'],
  ['Report Period', 'reportPeriod'],
];

const SHAREPOINT_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Site Id', 'siteId'],
  ['Site URL', 'siteUrl'],
  ['Owner Display Name', 'ownerDisplayName'],
  ['Is Deleted', 'isDeleted'],
  ['Last Activity Date', 'lastActivityDate'],
  ['File Count', 'fileCount'],
  ['Active File Count', 'activeFileCount'],
  ['Page View Count', 'pageViewCount'],
  ['Visited Page Count', 'visitedPageCount'],
  ['Storage Used (Byte)', 'storageUsedInBytes'],
  ['Storage Allocated (Byte)', 'storageAllocatedInBytes'],
  ['Root Web Template', 'rootWebTemplate'],
  ['Owner Principal Name', 'ownerPrincipalName'],
  ['Report Period', 'reportPeriod'],
];

/**
 * Whether the user has a OneDrive: a OneDrive licence (a deleted account keeps its OneDrive for a while)
 * and either uses it or had it created anyway (half of those who never use it).
 */
function hasOneDrive(seed: number, profile: ActivityProfile): boolean {
  if ((profile.licences.workloads & WORKLOAD_BIT.oneDrive) === 0) return false;
  return (profile.usedMask & ACTIVITY_BIT.oneDrive) !== 0 || hashUnit(seed ^ SALT_PROVISIONED, profile.index) < 0.5;
}

/** A user's OneDrive URL: the UPN with `@` and `.` replaced by `_`, as SharePoint names personal sites. */
export function oneDriveUrl(user: SyntheticUser): string {
  return `${ONEDRIVE_HOST}/personal/${user.userPrincipalName.replace(/[@.]/g, '_')}`;
}

/** The OneDrive account detail: one item per OneDrive (cursor: next user index). */
export function createOneDriveAccountsView(context: ReportContext): ReportView {
  const { spec, call, refreshDay, concealed } = context;
  const days = windowDaysOf(call);
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  return {
    columns: ONEDRIVE_COLUMNS,
    *items(from) {
      for (let index = from; index < spec.users; index++) {
        const profile = getActivityProfile(spec.seed, index, refreshDay);
        if (!hasOneDrive(spec.seed, profile)) continue;
        const user = generateUser(spec, index);
        const uses = (profile.usedMask & ACTIVITY_BIT.oneDrive) !== 0;
        // Those who never use it keep a few files the apps put there.
        const fileCount = uses ? profile.habits.oneDriveFiles : Math.floor(profile.habits.oneDriveFiles / 40);
        const record = {
          reportRefreshDate,
          siteUrl: concealIdentity(oneDriveUrl(user), concealed),
          ownerDisplayName: concealIdentity(user.displayName, concealed),
          isDeleted: profile.licences.deleted,
          lastActivityDate: dayCell(computeLastActivityDays(profile, refreshDay, ACTIVITY_BIT.oneDrive)[ONEDRIVE]),
          fileCount,
          activeFileCount: Math.min(fileCount, countOneDriveFilesTouched(profile, refreshDay, days)),
          storageUsedInBytes: 1_000_000 + fileCount * profile.habits.averageFileBytes,
          storageAllocatedInBytes: ONEDRIVE_STORAGE_ALLOCATED,
          ownerPrincipalName: concealIdentity(user.userPrincipalName, concealed),
          reportPeriod: days,
        };
        yield { cursor: index + 1, csvRecords: () => [record], json: () => record };
      }
    },
  };
}

/** The SharePoint site usage detail: one item per site (cursor: next site index). */
export function createSharePointSitesView(context: ReportContext): ReportView {
  const { spec, call, refreshDay, concealed } = context;
  const days = windowDaysOf(call);
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  return {
    columns: SHAREPOINT_COLUMNS,
    *items(from) {
      for (const site of iterateSites(spec, from)) {
        const activity = computeSiteActivity(spec.seed, site, refreshDay, days);
        const owner = site.ownerIndex === undefined ? undefined : generateUser(spec, site.ownerIndex);
        const record = {
          reportRefreshDate,
          siteId: site.siteId,
          siteUrl: concealIdentity(site.siteUrl, concealed),
          ownerDisplayName: owner ? concealIdentity(owner.displayName, concealed) : null,
          isDeleted: site.isDeleted,
          lastActivityDate: dayCell(activity.lastActivityDay),
          fileCount: site.fileCount,
          activeFileCount: activity.activeFileCount,
          pageViewCount: activity.pageViewCount,
          visitedPageCount: activity.visitedPageCount,
          storageUsedInBytes: site.storageUsedInBytes,
          storageAllocatedInBytes: site.storageAllocatedInBytes,
          rootWebTemplate: site.template,
          ownerPrincipalName: owner ? concealIdentity(owner.userPrincipalName, concealed) : null,
          reportPeriod: days,
        };
        yield { cursor: site.index + 1, csvRecords: () => [record], json: () => record };
      }
    },
  };
}

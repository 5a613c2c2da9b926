/**
 * The catalog entries of the Microsoft 365 workload reports (active users, Teams, email, OneDrive,
 * SharePoint, Microsoft 365 Apps), headers as the v1.0 reference pages list them (reference/graph-reports/
 * workloads). Kept apart from catalog.ts, which spreads them into REPORTS and derives their row types.
 */
import type { PeriodSpec, ReportDefinition } from './catalog.js';

/** Office reports by period: D7 to D180 (or, where a page documents it, one day by `date=`). */
const OFFICE_PERIODS = { values: ['D7', 'D30', 'D90', 'D180'], defaultValue: 'D30' } as const satisfies PeriodSpec;
/** The pages say "the past 30 days"; Graph keeps 28 of them, as for the groups report. */
const BY_DATE = { maxDaysBack: 28 } as const;

/**
 * The workloads the active-user reports count, in their column order: `key` as in the JSON property
 * names. `yammer` is Viva Engage; Skype for Business Online was retired in 2021 but its columns remain.
 */
export const WORKLOADS = [
  { key: 'exchange', label: 'Exchange' },
  { key: 'oneDrive', label: 'OneDrive' },
  { key: 'sharePoint', label: 'SharePoint' },
  { key: 'skypeForBusiness', label: 'Skype for Business' },
  { key: 'yammer', label: 'Viva Engage (Yammer)' },
  { key: 'teams', label: 'Teams' },
] as const;
export type WorkloadKey = (typeof WORKLOADS)[number]['key'];

/** The apps the Microsoft 365 Apps usage report covers, in its column order. */
export const M365_APPS = [
  { key: 'outlook', label: 'Outlook' },
  { key: 'word', label: 'Word' },
  { key: 'excel', label: 'Excel' },
  { key: 'powerPoint', label: 'PowerPoint' },
  { key: 'oneNote', label: 'OneNote' },
  { key: 'teams', label: 'Teams' },
] as const;
export type M365AppKey = (typeof M365_APPS)[number]['key'];

/** The platforms the Microsoft 365 Apps usage report tells apart, in its column order. */
export const M365_PLATFORMS = [
  { key: 'windows', label: 'Windows' },
  { key: 'mac', label: 'Mac' },
  { key: 'mobile', label: 'Mobile' },
  { key: 'web', label: 'Web' },
] as const;
export type M365PlatformKey = (typeof M365_PLATFORMS)[number]['key'];

const REFRESH_DATE = { key: 'reportRefreshDate', header: 'Report Refresh Date', type: 'date', required: true } as const;
const REPORT_PERIOD = { key: 'reportPeriod', header: 'Report Period', type: 'integer' } as const;
const REPORT_DATE = { key: 'reportDate', header: 'Report Date', type: 'date', required: true } as const;
const IS_DELETED = { key: 'isDeleted', header: 'Is Deleted', type: 'boolean' } as const;
const DELETED_DATE = { key: 'deletedDate', header: 'Deleted Date', type: 'date' } as const;
const LAST_ACTIVITY = { key: 'lastActivityDate', header: 'Last Activity Date', type: 'date' } as const;
// Product names joined by "+", e.g. "MICROSOFT 365 E5+MICROSOFT 365 COPILOT".
const ASSIGNED_PRODUCTS = { key: 'assignedProducts', header: 'Assigned Products', type: 'string' } as const;
const USER_PRINCIPAL_NAME = { key: 'userPrincipalName', header: 'User Principal Name', type: 'string', required: true, identity: true } as const;
const DISPLAY_NAME = { key: 'displayName', header: 'Display Name', type: 'string', identity: true } as const;
// OneDrive and SharePoint: a site's URL and owner are concealed like user names.
const SITE_URL = { key: 'siteUrl', header: 'Site URL', type: 'string', identity: true } as const;
const OWNER_DISPLAY_NAME = { key: 'ownerDisplayName', header: 'Owner Display Name', type: 'string', identity: true } as const;
const OWNER_PRINCIPAL_NAME = { key: 'ownerPrincipalName', header: 'Owner Principal Name', type: 'string', identity: true } as const;
const FILE_COUNT = { key: 'fileCount', header: 'File Count', type: 'integer' } as const;
const ACTIVE_FILE_COUNT = { key: 'activeFileCount', header: 'Active File Count', type: 'integer' } as const;
const STORAGE_USED = { key: 'storageUsedInBytes', header: 'Storage Used (Byte)', type: 'integer' } as const;
const STORAGE_ALLOCATED = { key: 'storageAllocatedInBytes', header: 'Storage Allocated (Byte)', type: 'integer' } as const;

/** A workload's license, last activity and assign date columns of the active user detail. */
function workloadColumns<K extends string, H extends string>(key: K, header: H) {
  return {
    license: { key: `has${key}License`, header: `Has ${header} License`, type: 'boolean' },
    lastActivity: { key: `${uncapitalize(key)}LastActivityDate`, header: `${header} Last Activity Date`, type: 'date' },
    assignDate: { key: `${uncapitalize(key)}LicenseAssignDate`, header: `${header} License Assign Date`, type: 'date' },
  } as const;
}

function uncapitalize<K extends string>(key: K): Uncapitalize<K> {
  return (key.charAt(0).toLowerCase() + key.slice(1)) as Uncapitalize<K>;
}

const EXCHANGE = workloadColumns('Exchange', 'Exchange');
const ONE_DRIVE = workloadColumns('OneDrive', 'OneDrive');
const SHARE_POINT = workloadColumns('SharePoint', 'SharePoint');
const SKYPE = workloadColumns('SkypeForBusiness', 'Skype For Business');
const YAMMER = workloadColumns('Yammer', 'Yammer');
const TEAMS = workloadColumns('Teams', 'Teams');
const ACTIVE_USER_WORKLOADS = [EXCHANGE, ONE_DRIVE, SHARE_POINT, SKYPE, YAMMER, TEAMS] as const;

/** Which columns of the active user detail carry each workload's license and last activity (WORKLOADS order). */
export const WORKLOAD_COLUMNS = ACTIVE_USER_WORKLOADS.map((columns, i) => ({
  key: WORKLOADS[i]!.key,
  license: columns.license.key,
  lastActivity: columns.lastActivity.key,
}));

/** Every app's column on one platform of the Microsoft 365 Apps user detail, e.g. `Word (Mac)` → `wordMac`. */
function appsOn<P extends string, L extends string>(platform: P, label: L) {
  return [
    { key: `outlook${platform}`, header: `Outlook (${label})`, type: 'boolean' },
    { key: `word${platform}`, header: `Word (${label})`, type: 'boolean' },
    { key: `excel${platform}`, header: `Excel (${label})`, type: 'boolean' },
    { key: `powerPoint${platform}`, header: `PowerPoint (${label})`, type: 'boolean' },
    { key: `oneNote${platform}`, header: `OneNote (${label})`, type: 'boolean' },
    { key: `teams${platform}`, header: `Teams (${label})`, type: 'boolean' },
  ] as const;
}

/** Daily active users per workload (active user counts) or per workload the period's active and inactive users (services user counts). */
const WORKLOAD_COUNTS = [
  { key: 'office365', header: 'Office 365', type: 'integer' },
  { key: 'exchange', header: 'Exchange', type: 'integer' },
  { key: 'oneDrive', header: 'OneDrive', type: 'integer' },
  { key: 'sharePoint', header: 'SharePoint', type: 'integer' },
  // The page lists "Skype For Business " with a trailing space; headers are matched trimmed.
  { key: 'skypeForBusiness', header: 'Skype For Business', type: 'integer' },
  { key: 'yammer', header: 'Yammer', type: 'integer' },
  { key: 'teams', header: 'Teams', type: 'integer' },
] as const;

function activeAndInactive<K extends string, H extends string>(key: K, header: H) {
  return [
    { key: `${key}Active`, header: `${header} Active`, type: 'integer' },
    { key: `${key}Inactive`, header: `${header} Inactive`, type: 'integer' },
  ] as const;
}

export const WORKLOAD_REPORTS = {
  'active-users': {
    id: 'active-users',
    title: 'Microsoft 365 active user detail',
    graphFunction: 'getOffice365ActiveUserDetail',
    family: 'office',
    privacy: 'per-user',
    period: OFFICE_PERIODS,
    date: BY_DATE,
    columns: [
      REFRESH_DATE,
      USER_PRINCIPAL_NAME,
      DISPLAY_NAME,
      IS_DELETED,
      DELETED_DATE,
      ...ACTIVE_USER_WORKLOADS.map((columns) => columns.license),
      ...ACTIVE_USER_WORKLOADS.map((columns) => columns.lastActivity),
      ...ACTIVE_USER_WORKLOADS.map((columns) => columns.assignDate),
      ASSIGNED_PRODUCTS,
    ],
  },
  'active-user-counts': {
    id: 'active-user-counts',
    title: 'Microsoft 365 active user counts',
    graphFunction: 'getOffice365ActiveUserCounts',
    family: 'office',
    privacy: 'aggregate',
    period: OFFICE_PERIODS,
    columns: [REFRESH_DATE, ...WORKLOAD_COUNTS, REPORT_DATE, REPORT_PERIOD],
  },
  'services-user-counts': {
    id: 'services-user-counts',
    title: 'Microsoft 365 services user counts',
    graphFunction: 'getOffice365ServicesUserCounts',
    family: 'office',
    privacy: 'aggregate',
    period: OFFICE_PERIODS,
    columns: [
      REFRESH_DATE,
      ...activeAndInactive('exchange', 'Exchange'),
      ...activeAndInactive('oneDrive', 'OneDrive'),
      ...activeAndInactive('sharePoint', 'SharePoint'),
      ...activeAndInactive('skypeForBusiness', 'Skype For Business'),
      ...activeAndInactive('yammer', 'Yammer'),
      ...activeAndInactive('teams', 'Teams'),
      ...activeAndInactive('office365', 'Office 365'),
      REPORT_PERIOD,
    ],
  },
  'teams-users': {
    id: 'teams-users',
    title: 'Microsoft Teams user activity detail',
    graphFunction: 'getTeamsUserActivityUserDetail',
    family: 'office',
    privacy: 'per-user',
    period: OFFICE_PERIODS,
    date: BY_DATE,
    columns: [
      REFRESH_DATE,
      { key: 'tenantDisplayName', header: 'Tenant Display Name', type: 'string' },
      { key: 'sharedChannelTenantDisplayNames', header: 'Shared Channel Tenant Display Names', type: 'string' },
      { key: 'userId', header: 'User Id', type: 'string', identity: true },
      USER_PRINCIPAL_NAME,
      LAST_ACTIVITY,
      IS_DELETED,
      DELETED_DATE,
      ASSIGNED_PRODUCTS,
      { key: 'teamChatMessageCount', header: 'Team Chat Message Count', type: 'integer' },
      { key: 'privateChatMessageCount', header: 'Private Chat Message Count', type: 'integer' },
      { key: 'callCount', header: 'Call Count', type: 'integer' },
      { key: 'meetingCount', header: 'Meeting Count', type: 'integer' },
      { key: 'postMessages', header: 'Post Messages', type: 'integer' },
      { key: 'replyMessages', header: 'Reply Messages', type: 'integer' },
      { key: 'urgentMessages', header: 'Urgent Messages', type: 'integer' },
      { key: 'meetingsOrganizedCount', header: 'Meetings Organized Count', type: 'integer' },
      { key: 'meetingsAttendedCount', header: 'Meetings Attended Count', type: 'integer' },
      { key: 'adHocMeetingsOrganizedCount', header: 'Ad Hoc Meetings Organized Count', type: 'integer' },
      { key: 'adHocMeetingsAttendedCount', header: 'Ad Hoc Meetings Attended Count', type: 'integer' },
      { key: 'scheduledOneTimeMeetingsOrganizedCount', header: 'Scheduled One-time Meetings Organized Count', type: 'integer' },
      { key: 'scheduledOneTimeMeetingsAttendedCount', header: 'Scheduled One-time Meetings Attended Count', type: 'integer' },
      { key: 'scheduledRecurringMeetingsOrganizedCount', header: 'Scheduled Recurring Meetings Organized Count', type: 'integer' },
      { key: 'scheduledRecurringMeetingsAttendedCount', header: 'Scheduled Recurring Meetings Attended Count', type: 'integer' },
      // ISO 8601 durations (e.g. PT1H2M3S); the "In Seconds" columns carry the same as whole seconds.
      { key: 'audioDuration', header: 'Audio Duration', type: 'string' },
      { key: 'videoDuration', header: 'Video Duration', type: 'string' },
      { key: 'screenShareDuration', header: 'Screen Share Duration', type: 'string' },
      { key: 'audioDurationInSeconds', header: 'Audio Duration In Seconds', type: 'integer' },
      { key: 'videoDurationInSeconds', header: 'Video Duration In Seconds', type: 'integer' },
      { key: 'screenShareDurationInSeconds', header: 'Screen Share Duration In Seconds', type: 'integer' },
      { key: 'hasOtherAction', header: 'Has Other Action', type: 'boolean' },
      { key: 'isLicensed', header: 'Is Licensed', type: 'boolean' },
      REPORT_PERIOD,
    ],
  },
  'teams-activity': {
    id: 'teams-activity',
    title: 'Microsoft Teams user activity counts',
    graphFunction: 'getTeamsUserActivityCounts',
    family: 'office',
    privacy: 'aggregate',
    period: OFFICE_PERIODS,
    columns: [
      REFRESH_DATE,
      REPORT_DATE,
      { key: 'teamChatMessages', header: 'Team Chat Messages', type: 'integer' },
      { key: 'postMessages', header: 'Post Messages', type: 'integer' },
      { key: 'replyMessages', header: 'Reply Messages', type: 'integer' },
      { key: 'privateChatMessages', header: 'Private Chat Messages', type: 'integer' },
      { key: 'calls', header: 'Calls', type: 'integer' },
      { key: 'meetings', header: 'Meetings', type: 'integer' },
      { key: 'audioDuration', header: 'Audio Duration', type: 'string' },
      { key: 'videoDuration', header: 'Video Duration', type: 'string' },
      { key: 'screenShareDuration', header: 'Screen Share Duration', type: 'string' },
      { key: 'meetingsOrganized', header: 'Meetings Organized', type: 'integer' },
      { key: 'meetingsAttended', header: 'Meetings Attended', type: 'integer' },
      REPORT_PERIOD,
    ],
  },
  'email-users': {
    id: 'email-users',
    title: 'Email activity user detail',
    graphFunction: 'getEmailActivityUserDetail',
    family: 'office',
    privacy: 'per-user',
    period: OFFICE_PERIODS,
    date: BY_DATE,
    columns: [
      REFRESH_DATE,
      USER_PRINCIPAL_NAME,
      DISPLAY_NAME,
      IS_DELETED,
      DELETED_DATE,
      LAST_ACTIVITY,
      { key: 'sendCount', header: 'Send Count', type: 'integer' },
      { key: 'receiveCount', header: 'Receive Count', type: 'integer' },
      { key: 'readCount', header: 'Read Count', type: 'integer' },
      { key: 'meetingCreatedCount', header: 'Meeting Created Count', type: 'integer' },
      { key: 'meetingInteractedCount', header: 'Meeting Interacted Count', type: 'integer' },
      ASSIGNED_PRODUCTS,
      REPORT_PERIOD,
    ],
  },
  'onedrive-accounts': {
    id: 'onedrive-accounts',
    title: 'OneDrive usage account detail',
    graphFunction: 'getOneDriveUsageAccountDetail',
    family: 'office',
    // Owner names make this per-user data.
    privacy: 'per-user',
    period: OFFICE_PERIODS,
    date: BY_DATE,
    columns: [
      REFRESH_DATE,
      { ...SITE_URL, required: true },
      OWNER_DISPLAY_NAME,
      IS_DELETED,
      LAST_ACTIVITY,
      FILE_COUNT,
      ACTIVE_FILE_COUNT,
      STORAGE_USED,
      STORAGE_ALLOCATED,
      OWNER_PRINCIPAL_NAME,
      REPORT_PERIOD,
    ],
  },
  'sharepoint-sites': {
    id: 'sharepoint-sites',
    title: 'SharePoint site usage detail',
    graphFunction: 'getSharePointSiteUsageDetail',
    family: 'office',
    // Owner names make this per-user data.
    privacy: 'per-user',
    period: OFFICE_PERIODS,
    date: BY_DATE,
    columns: [
      REFRESH_DATE,
      { key: 'siteId', header: 'Site Id', type: 'string', required: true },
      SITE_URL,
      OWNER_DISPLAY_NAME,
      IS_DELETED,
      LAST_ACTIVITY,
      FILE_COUNT,
      ACTIVE_FILE_COUNT,
      { key: 'pageViewCount', header: 'Page View Count', type: 'integer' },
      { key: 'visitedPageCount', header: 'Visited Page Count', type: 'integer' },
      STORAGE_USED,
      STORAGE_ALLOCATED,
      { key: 'rootWebTemplate', header: 'Root Web Template', type: 'string' },
      OWNER_PRINCIPAL_NAME,
      REPORT_PERIOD,
    ],
  },
  'apps-users': {
    id: 'apps-users',
    title: 'Microsoft 365 Apps usage user detail',
    graphFunction: 'getM365AppUserDetail',
    family: 'office',
    privacy: 'per-user',
    period: OFFICE_PERIODS,
    // This page quotes the date: date='YYYY-MM-DD'.
    date: { ...BY_DATE, quoted: true },
    // The one report here whose v1.0 page documents JSON; per-user values sit in `details`.
    jsonApiVersion: 'v1.0',
    jsonNested: 'details',
    columns: [
      REFRESH_DATE,
      USER_PRINCIPAL_NAME,
      { key: 'lastActivationDate', header: 'Last Activation Date', type: 'date' },
      LAST_ACTIVITY,
      REPORT_PERIOD,
      { key: 'windows', header: 'Windows', type: 'boolean' },
      { key: 'mac', header: 'Mac', type: 'boolean' },
      { key: 'mobile', header: 'Mobile', type: 'boolean' },
      { key: 'web', header: 'Web', type: 'boolean' },
      { key: 'outlook', header: 'Outlook', type: 'boolean' },
      { key: 'word', header: 'Word', type: 'boolean' },
      { key: 'excel', header: 'Excel', type: 'boolean' },
      { key: 'powerPoint', header: 'PowerPoint', type: 'boolean' },
      { key: 'oneNote', header: 'OneNote', type: 'boolean' },
      { key: 'teams', header: 'Teams', type: 'boolean' },
      // The page lists them platform by platform: every app on Windows, then on Mac, Mobile, Web.
      ...appsOn('Windows', 'Windows'),
      ...appsOn('Mac', 'Mac'),
      ...appsOn('Mobile', 'Mobile'),
      ...appsOn('Web', 'Web'),
    ],
  },
} as const satisfies Record<string, ReportDefinition>;

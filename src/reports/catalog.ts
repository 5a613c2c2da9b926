/**
 * The report catalog: every Graph usage report the bot reads, described as data (Graph function,
 * parameters, columns with aliases and types, privacy level). Adding a report means adding an entry
 * here, not a code path. Row types are derived from the entries, so a column and its type change together.
 * The workload reports' entries live in workload-catalog.ts.
 */
import { WORKLOAD_REPORTS } from './workload-catalog.js';

export type ColumnType = 'string' | 'integer' | 'date' | 'boolean';

export type ColumnSpec = {
  /** Property name in our typed rows; also Graph's JSON property name unless `json` says otherwise. */
  readonly key: string;
  /** Header as Graph documents it. Matching is by trimmed, case-insensitive name. */
  readonly header: string;
  /** Other headers Graph has used for the same column (documented drift). */
  readonly aliases?: readonly string[];
  readonly json?: string;
  readonly type: ColumnType;
  /** The header must be present and every row must carry a value. */
  readonly required?: boolean;
  /** A user or group identity that Graph replaces with an MD5 hash when the tenant conceals names. */
  readonly identity?: boolean;
  /** Only sent by Copilot report version v2. */
  readonly since?: 'v2';
};

export type PeriodSpec = {
  readonly values: readonly string[];
  /** Copilot report v2 replaces D30 by D28. */
  readonly v2Values?: readonly string[];
  readonly defaultValue: string;
  readonly v2DefaultValue?: string;
};

export type ReportDefinition = {
  readonly id: string;
  readonly title: string;
  readonly graphFunction: string;
  /** `copilot` reports live under `/copilot/reports` with a `version` parameter (or legacy `/beta/reports`). */
  readonly family: 'copilot' | 'office';
  readonly privacy: 'per-user' | 'aggregate';
  readonly period?: PeriodSpec;
  /** `date=YYYY-MM-DD` accepted instead of a period, at most this many days back; `quoted` where the page writes `date='…'`. */
  readonly date?: { readonly maxDaysBack: number; readonly quoted?: boolean };
  /** JSON responses nest the per-row values in this array property of each `value` item. */
  readonly jsonNested?: string;
  /** Office reports answer JSON on beta only, except where the v1.0 page documents JSON. */
  readonly jsonApiVersion?: 'v1.0';
  readonly columns: readonly ColumnSpec[];
};

const COPILOT_PERIODS = {
  values: ['D7', 'D30', 'D90', 'D180', 'ALL'],
  v2Values: ['D7', 'D28', 'D90', 'D180', 'ALL'],
  defaultValue: 'D30',
  v2DefaultValue: 'D28',
} as const satisfies PeriodSpec;

/**
 * The Copilot apps Graph reports on, in the order the admin center shows them. `counted`: the user
 * count summary and trend carry its enabled and active users; `since: 'v2'`: only Copilot report v2 has it.
 */
export const COPILOT_APPS = [
  { key: 'microsoftTeams', label: 'Teams', counted: true },
  { key: 'word', label: 'Word', counted: true },
  { key: 'excel', label: 'Excel', counted: true },
  { key: 'powerPoint', label: 'PowerPoint', counted: true },
  { key: 'outlook', label: 'Outlook', counted: true },
  { key: 'oneNote', label: 'OneNote', counted: true },
  { key: 'loop', label: 'Loop', counted: true },
  { key: 'copilotChat', label: 'Copilot Chat', counted: true },
  { key: 'microsoft365Copilot', label: 'Microsoft 365 Copilot', counted: true, since: 'v2' },
  { key: 'copilotChatWork', label: 'Copilot Chat (work)', counted: true, since: 'v2' },
  { key: 'copilotChatWeb', label: 'Copilot Chat (web)', counted: true, since: 'v2' },
  { key: 'edge', label: 'Edge', counted: true, since: 'v2' },
  { key: 'copilotAgent', label: 'Copilot Agent', counted: false, since: 'v2' },
] as const;

function userCounts<K extends string, H extends string>(key: K, header: H) {
  return [
    { key: `${key}EnabledUsers`, header: `${header} Enabled Users`, type: 'integer' },
    { key: `${key}ActiveUsers`, header: `${header} Active Users`, type: 'integer' },
  ] as const;
}

function v2UserCounts<K extends string, H extends string>(key: K, header: H) {
  return [
    { key: `${key}EnabledUsers`, header: `${header} Enabled Users`, type: 'integer', since: 'v2' },
    { key: `${key}ActiveUsers`, header: `${header} Active Users`, type: 'integer', since: 'v2' },
  ] as const;
}

const COPILOT_APP_COUNTS = [
  ...userCounts('anyApp', 'Any App'),
  ...userCounts('microsoftTeams', 'Microsoft Teams'),
  ...userCounts('word', 'Word'),
  ...userCounts('excel', 'Excel'),
  ...userCounts('powerPoint', 'PowerPoint'),
  ...userCounts('outlook', 'Outlook'),
  ...userCounts('oneNote', 'OneNote'),
  ...userCounts('loop', 'Loop'),
  ...userCounts('copilotChat', 'Copilot Chat'),
  // Copilot report v2 (reference: copilot-reports-2026-08, "Report versions").
  ...v2UserCounts('edge', 'Edge'),
  ...v2UserCounts('microsoft365Copilot', 'Microsoft 365 Copilot'),
  ...v2UserCounts('copilotChatWork', 'Copilot Chat (work)'),
  ...v2UserCounts('copilotChatWeb', 'Copilot Chat (web)'),
] as const;

const REFRESH_DATE = { key: 'reportRefreshDate', header: 'Report Refresh Date', type: 'date', required: true } as const;

export const REPORTS = {
  'copilot-summary': {
    id: 'copilot-summary',
    title: 'Microsoft 365 Copilot user count summary',
    graphFunction: 'getMicrosoft365CopilotUserCountSummary',
    family: 'copilot',
    privacy: 'aggregate',
    period: COPILOT_PERIODS,
    jsonNested: 'adoptionByProduct',
    columns: [
      REFRESH_DATE,
      { key: 'reportPeriod', header: 'Report Period', type: 'integer', required: true },
      ...COPILOT_APP_COUNTS,
      { key: 'totalPromptsSubmitted', header: 'Total Prompts Submitted', type: 'integer', since: 'v2' },
      // Prompts per active user; Graph may send a fraction, so it is read as text and parsed where shown.
      { key: 'averagePromptsSubmitted', header: 'Average Prompts Submitted', type: 'string', since: 'v2' },
    ],
  },
  'copilot-users': {
    id: 'copilot-users',
    title: 'Microsoft 365 Copilot usage user detail',
    graphFunction: 'getMicrosoft365CopilotUsageUserDetail',
    family: 'copilot',
    privacy: 'per-user',
    period: COPILOT_PERIODS,
    jsonNested: 'copilotActivityUserDetailsByPeriod',
    columns: [
      REFRESH_DATE,
      { key: 'reportPeriod', header: 'Report Period', type: 'integer' },
      { key: 'userPrincipalName', header: 'User Principal Name', type: 'string', required: true, identity: true },
      { key: 'displayName', header: 'Display Name', type: 'string', identity: true },
      { key: 'lastActivityDate', header: 'Last Activity Date', type: 'date' },
      { key: 'microsoftTeamsCopilotLastActivityDate', header: 'Microsoft Teams Copilot Last Activity Date', type: 'date' },
      { key: 'wordCopilotLastActivityDate', header: 'Word Copilot Last Activity Date', type: 'date' },
      { key: 'excelCopilotLastActivityDate', header: 'Excel Copilot Last Activity Date', type: 'date' },
      { key: 'powerPointCopilotLastActivityDate', header: 'PowerPoint Copilot Last Activity Date', type: 'date' },
      { key: 'outlookCopilotLastActivityDate', header: 'Outlook Copilot Last Activity Date', type: 'date' },
      { key: 'oneNoteCopilotLastActivityDate', header: 'OneNote Copilot Last Activity Date', type: 'date' },
      { key: 'loopCopilotLastActivityDate', header: 'Loop Copilot Last Activity Date', type: 'date' },
      { key: 'copilotChatLastActivityDate', header: 'Copilot Chat Last Activity Date', type: 'date' },
      { key: 'promptsSubmitted', header: 'Prompts Submitted for All Apps', aliases: ['Prompts Submitted'], type: 'integer', since: 'v2' },
      { key: 'copilotChatWorkPromptsSubmitted', header: 'Prompts Submitted for Copilot Chat (work)', type: 'integer', since: 'v2' },
      { key: 'copilotChatWebPromptsSubmitted', header: 'Prompts Submitted for Copilot Chat (web)', type: 'integer', since: 'v2' },
      { key: 'activeUsageDays', header: 'Active Usage Days for All Apps', aliases: ['Active Usage Days'], type: 'integer', since: 'v2' },
      { key: 'copilotChatWorkLastActivityDate', header: 'Copilot Chat (work) Last Activity Date', type: 'date', since: 'v2' },
      { key: 'copilotChatWebLastActivityDate', header: 'Copilot Chat (web) Last Activity Date', type: 'date', since: 'v2' },
      {
        key: 'microsoft365CopilotLastActivityDate',
        header: 'Microsoft 365 Copilot Last Activity Date',
        aliases: ['Microsoft 365 Copilot App Last Activity Date'],
        type: 'date',
        since: 'v2',
      },
      { key: 'edgeLastActivityDate', header: 'Edge Last Activity Date', aliases: ['Edge Copilot Last Activity Date'], type: 'date', since: 'v2' },
      { key: 'copilotAgentLastActivityDate', header: 'Copilot Agent Last Activity Date', type: 'date', since: 'v2' },
    ],
  },
  'copilot-trend': {
    id: 'copilot-trend',
    title: 'Microsoft 365 Copilot user count trend',
    graphFunction: 'getMicrosoft365CopilotUserCountTrend',
    family: 'copilot',
    privacy: 'aggregate',
    period: COPILOT_PERIODS,
    jsonNested: 'adoptionByDate',
    columns: [
      REFRESH_DATE,
      { key: 'reportDate', header: 'Report Date', type: 'date', required: true },
      { key: 'reportPeriod', header: 'Report Period', type: 'integer' },
      ...COPILOT_APP_COUNTS,
      { key: 'promptsSubmitted', header: 'Prompts Submitted', type: 'integer', since: 'v2' },
    ],
  },
  activations: {
    id: 'activations',
    title: 'Microsoft 365 apps activations',
    graphFunction: 'getOffice365ActivationsUserCounts',
    family: 'office',
    privacy: 'aggregate',
    columns: [
      REFRESH_DATE,
      { key: 'productType', header: 'Product Type', type: 'string', required: true },
      { key: 'assigned', header: 'Assigned', type: 'integer', required: true },
      { key: 'activated', header: 'Activated', type: 'integer', required: true },
      { key: 'sharedComputerActivation', header: 'Shared Computer Activation', type: 'integer' },
    ],
  },
  groups: {
    id: 'groups',
    title: 'Microsoft 365 groups activity',
    graphFunction: 'getOffice365GroupsActivityDetail',
    family: 'office',
    // Owner principal names make this per-user data.
    privacy: 'per-user',
    period: { values: ['D7', 'D30', 'D90', 'D180'], defaultValue: 'D30' },
    date: { maxDaysBack: 28 },
    columns: [
      REFRESH_DATE,
      { key: 'groupDisplayName', header: 'Group Display Name', type: 'string', identity: true },
      { key: 'isDeleted', header: 'Is Deleted', type: 'boolean' },
      { key: 'ownerPrincipalName', header: 'Owner Principal Name', type: 'string', identity: true },
      { key: 'lastActivityDate', header: 'Last Activity Date', type: 'date' },
      { key: 'groupType', header: 'Group Type', type: 'string' },
      { key: 'memberCount', header: 'Member Count', type: 'integer' },
      { key: 'externalMemberCount', header: 'External Member Count', aliases: ['Guest Count'], type: 'integer' },
      { key: 'exchangeReceivedEmailCount', header: 'Exchange Received Email Count', type: 'integer' },
      { key: 'sharePointActiveFileCount', header: 'SharePoint Active File Count', type: 'integer' },
      { key: 'yammerPostedMessageCount', header: 'Yammer Posted Message Count', type: 'integer' },
      { key: 'yammerReadMessageCount', header: 'Yammer Read Message Count', type: 'integer' },
      { key: 'yammerLikedMessageCount', header: 'Yammer Liked Message Count', type: 'integer' },
      { key: 'exchangeMailboxTotalItemCount', header: 'Exchange Mailbox Total Item Count', type: 'integer' },
      {
        key: 'exchangeMailboxStorageUsedInBytes',
        header: 'Exchange Mailbox Storage Used (Byte)',
        type: 'integer',
      },
      { key: 'sharePointTotalFileCount', header: 'SharePoint Total File Count', type: 'integer' },
      { key: 'sharePointSiteStorageUsedInBytes', header: 'SharePoint Site Storage Used (Byte)', type: 'integer' },
      { key: 'groupId', header: 'Group Id', type: 'string', required: true, identity: true },
      { key: 'reportPeriod', header: 'Report Period', type: 'integer' },
    ],
  },
  ...WORKLOAD_REPORTS,
} as const satisfies Record<string, ReportDefinition>;

export type ReportId = keyof typeof REPORTS;
export const REPORT_IDS = Object.keys(REPORTS) as ReportId[];

type ValueOf<T extends ColumnType> = T extends 'integer' ? number : T extends 'boolean' ? boolean : string;
type Columns<Id extends ReportId> = (typeof REPORTS)[Id]['columns'][number];

/** A typed row of report `Id`: required columns always present, the rest absent when the cell was empty. */
export type RowOf<Id extends ReportId> = {
  readonly [C in Columns<Id> as C extends { required: true } ? C['key'] : never]: ValueOf<C['type']>;
} & {
  readonly [C in Columns<Id> as C extends { required: true } ? never : C['key']]?: ValueOf<C['type']>;
};

/** Any report row, for code that walks columns generically (parsers, CSV writers). */
export type AnyRow = Readonly<Record<string, string | number | boolean | undefined>>;

export function isReportId(value: string): value is ReportId {
  return Object.hasOwn(REPORTS, value);
}

export function getReportDefinition(id: ReportId): ReportDefinition {
  return REPORTS[id];
}

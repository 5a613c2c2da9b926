/**
 * The figures of the report command table's answers (`usage`, `teams`, `email`, `onedrive`, `sharepoint`,
 * `apps`, `licenses`, `inactive users`), told apart by `kind`: raw numbers and ISO dates, listed items as
 * the report snapshots keep them. Part of the view-model contract (view-models.ts, whose `workload` view
 * carries them); imports only report types.
 */
import type { AllLicences } from './reports/all-licences.js';
import type { AppsUserEntry, AppsUsersSnapshot, AppUsage } from './reports/apps-snapshot.js';
import type { PeriodScope } from './reports/figures.js';
import type { LicenceMeta } from './reports/licence-reader.js';
import type { ReclaimList } from './reports/reclaim-list.js';
import type { Freshness } from './reports/report-freshness.js';
import type { IdentityVisibility } from './reports/rows-summary.js';
import type { ItemActivity } from './reports/detail-snapshot.js';
import type { EmailUserEntry, EmailUsersSnapshot } from './reports/email-snapshot.js';
import type { OneDriveAccountEntry, OneDriveAccountsSnapshot, SharePointSiteEntry, SharePointSitesSnapshot } from './reports/storage-snapshots.js';
import type { TeamsUserEntry, TeamsUsersSnapshot } from './reports/teams-snapshot.js';

/** One workload's licensed users and those active in the period; the daily average where Graph counts days for it. */
export type WorkloadUsage = {
  readonly key: string;
  readonly label: string;
  readonly licensed: number;
  readonly active: number;
  /** Active users on an average day of the period (the daily active user counts). */
  readonly averageDailyActive?: number;
};

/** `usage`: every workload's active users of its licensed users. */
export type UsageFigures = {
  readonly kind: 'usage';
  /** Exchange, OneDrive, SharePoint, Viva Engage, Teams, then Microsoft 365 Apps. */
  readonly workloads: readonly WorkloadUsage[];
  /** Users licensed for any workload, active in any. */
  readonly anyWorkload: WorkloadUsage;
};

/** The tenant's Teams activity on an average day of the period (the daily counts). */
export type TeamsDailyAverage = { readonly days: number; readonly messages: number; readonly meetings: number; readonly calls: number };

export type TeamsFigures = {
  readonly kind: 'teams';
  /** Users listed and not deleted, by activity in the period. */
  readonly users: ItemActivity;
  readonly licensed: number;
  /** Sums over every listed user, deleted ones included. */
  readonly totals: TeamsUsersSnapshot['totals'];
  readonly perDay?: TeamsDailyAverage;
  /** Most messages, calls and meetings first; empty when lists are withheld. */
  readonly mostActive: readonly TeamsUserEntry[];
  /** No activity in the period, never active first. */
  readonly inactive: readonly TeamsUserEntry[];
};

export type EmailFigures = {
  readonly kind: 'email';
  readonly users: ItemActivity;
  readonly totals: EmailUsersSnapshot['totals'];
  /** Most mail sent and read first. */
  readonly mostActive: readonly EmailUserEntry[];
  readonly inactive: readonly EmailUserEntry[];
};

export type OneDriveFigures = {
  readonly kind: 'onedrive';
  readonly accounts: ItemActivity;
  readonly totals: OneDriveAccountsSnapshot['totals'];
  /** Most files active in the period first. */
  readonly mostActive: readonly OneDriveAccountEntry[];
  readonly largest: readonly OneDriveAccountEntry[];
  readonly inactive: readonly OneDriveAccountEntry[];
};

export type SharePointFigures = {
  readonly kind: 'sharepoint';
  readonly sites: ItemActivity;
  readonly totals: SharePointSitesSnapshot['totals'];
  readonly byTemplate: SharePointSitesSnapshot['byTemplate'];
  readonly mostViewed: readonly SharePointSiteEntry[];
  readonly largest: readonly SharePointSiteEntry[];
  readonly inactive: readonly SharePointSiteEntry[];
};

export type AppsFigures = {
  readonly kind: 'apps';
  readonly users: ItemActivity;
  /** Users of any app in the period, in all and per platform. */
  readonly anyApp: AppUsage;
  readonly apps: AppsUsersSnapshot['apps'];
  readonly inactive: readonly AppsUserEntry[];
};

/** `licenses`: every subscribed SKU with its seats and use, Copilot as `copilot licenses` states it, idle seats and spend. */
export type LicencesFigures = {
  readonly kind: 'licences';
  readonly licences: AllLicences;
  /** Where the licence counts came from and when (live, unlike the reports). */
  readonly licenceSource: LicenceMeta;
  /** Of the Copilot usage report the Copilot figures come from. */
  readonly copilotFreshness: Freshness;
};

/** The reclaim list's figures, as the card and the terminal show them: its totals and its head (empty when withheld). */
export type ReclaimFigures = Omit<ReclaimList, 'copilotActivity'> & {
  /** The Copilot report the Copilot seats were joined with: its names as the card's note says. */
  readonly copilotIdentities: IdentityVisibility;
};

/** `inactive users`: users with a paid licence and no activity in any workload, what their licences cost, most expensive first. */
export type InactiveUsersFigures = {
  readonly kind: 'inactive-users';
  /** Against the workload idle window (30 days): a shorter period lists nobody. */
  readonly scope: PeriodScope;
  readonly idlePeriod: string;
  /** Users licensed for a workload and active in none in the period (paid licence or not). */
  readonly inactive: number;
  /** The list, for the idle window and longer periods. */
  readonly list?: ReclaimFigures;
  /** The price's currency, when prices are configured. */
  readonly currency?: string;
};

/** What one answer of the table shows, by `kind`. */
export type WorkloadFigures =
  | UsageFigures
  | TeamsFigures
  | EmailFigures
  | OneDriveFigures
  | SharePointFigures
  | AppsFigures
  | LicencesFigures
  | InactiveUsersFigures;

export type WorkloadKind = WorkloadFigures['kind'];

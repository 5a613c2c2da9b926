/**
 * A report snapshot: everything the answers need from one download of one report, computed in the same
 * streaming pass that writes the rows to the cache, so a warm answer reads a few kilobytes instead of every
 * row. Plain JSON (it survives JSON.stringify/parse unchanged), identified by `key` (report and parameters)
 * and `refreshDate`. Shared between instances it would live in the state store (issue 12) under
 * `report-snapshots/<key>/<refreshDate>`; the rows stay in each instance's disk cache. A per-user report's
 * snapshot holds the first rows of its lists (names included), so it is as private as the rows.
 */
import { createActiveUsersCollector } from './active-users-snapshot.js';
import { createAppsUsersCollector } from './apps-snapshot.js';
import type { AnyRow, ReportId, RowOf } from './catalog.js';
import { createCopilotSeatsCollector } from './copilot-seats-snapshot.js';
import { createEmailUsersCollector } from './email-snapshot.js';
import { createGroupsCollector } from './groups-snapshot.js';
import { copilotCounts, createTrendCollector, type CopilotCounts, type ReportSpan } from './insights.js';
import type { ResolvedReportRequest } from './report-request.js';
import { createOneDriveAccountsCollector, createSharePointSitesCollector } from './storage-snapshots.js';
import { createTeamsActivityCollector, createTeamsUsersCollector } from './teams-snapshot.js';
import { createActiveUserCountsCollector, createServicesUserCountsCollector } from './workload-counts-snapshot.js';
import { deepFreeze } from '../deep-freeze.js';

/** The rows a snapshot keeps of each list: a card shows 25, the terminal 50; longer lists are read from the rows. */
export const SNAPSHOT_ROW_LIMIT = 50;

/** The summary's counts per period, in the report's order. */
export type CopilotSummarySnapshot = {
  readonly report: 'copilot-summary';
  readonly periods: readonly { readonly days: number; readonly counts: CopilotCounts }[];
};

/** The trend's enabled and active users per day, oldest first. */
export type CopilotTrendSnapshot = {
  readonly report: 'copilot-trend';
  readonly days: readonly { readonly date: string; readonly enabled: number; readonly active: number }[];
};

/** Assigned and activated apps per product, in the report's order. */
export type ActivationsSnapshot = {
  readonly report: 'activations';
  readonly products: readonly {
    readonly productType: string;
    readonly assigned: number;
    readonly activated: number;
    readonly sharedComputerActivation?: number;
  }[];
};

/** What identifies a snapshot: the cache key of its request (report and parameters) and the data's refresh date. */
export type SnapshotIdentity = { readonly key: string; readonly refreshDate?: string };

/** What a snapshot definition knows of the request: the report and the span it covers. */
export type SnapshotSpan = ReportSpan & { readonly version: 'v1' | 'v2' };

/** Reduces one download's rows of report `Id`, one at a time, to a snapshot naming that report. */
export type RowCollector<Id extends ReportId> = {
  observe(row: RowOf<Id>): void;
  result(): { readonly report: Id };
};

/** A report family's snapshot definition: the collector of one download, keeping `rowLimit` rows of each list. */
export type SnapshotDefinition<Id extends ReportId> = (span: SnapshotSpan, rowLimit: number) => RowCollector<Id>;

/**
 * Every report's snapshot definition. A report missing here is a compile error; a new report family is a
 * catalog entry plus a line here (and its collector), with no other code path.
 */
const SNAPSHOT_DEFINITIONS = {
  'copilot-summary': summaryCollector,
  'copilot-users': createCopilotSeatsCollector,
  'copilot-trend': trendCollector,
  activations: activationsCollector,
  groups: createGroupsCollector,
  'active-users': createActiveUsersCollector,
  'active-user-counts': createActiveUserCountsCollector,
  'services-user-counts': createServicesUserCountsCollector,
  'teams-users': createTeamsUsersCollector,
  'teams-activity': createTeamsActivityCollector,
  'email-users': createEmailUsersCollector,
  'onedrive-accounts': createOneDriveAccountsCollector,
  'sharepoint-sites': createSharePointSitesCollector,
  'apps-users': createAppsUsersCollector,
} as const satisfies { readonly [Id in ReportId]: SnapshotDefinition<Id> };

/** The snapshot of report `Id`: what its definition collects, with the request's key and refresh date. */
export type ReportSnapshotOf<Id extends ReportId> = SnapshotIdentity & ReturnType<ReturnType<(typeof SNAPSHOT_DEFINITIONS)[Id]>['result']>;

/** Any report's snapshot, told apart by `report`. */
export type ReportSnapshot = { [Id in ReportId]: ReportSnapshotOf<Id> }[ReportId];

export type SnapshotCollector = {
  observe(row: AnyRow): void;
  result(refreshDate: string | undefined): ReportSnapshot;
};

/** What a collector knows of the request: its report, parameters and cache key. */
export type SnapshotRequest = Pick<ResolvedReportRequest, 'id' | 'period' | 'date' | 'version' | 'key'>;

/** The collector for one download of `request`'s report, keeping `rowLimit` rows of each list. */
export function createSnapshotCollector(request: SnapshotRequest, rowLimit = SNAPSHOT_ROW_LIMIT): SnapshotCollector {
  const span = snapshotSpanOf(request);
  // The row type depends on the report: the service hands each collector its own report's rows.
  const define: (span: SnapshotSpan, rowLimit: number) => { observe(row: never): void; result(): object } = SNAPSHOT_DEFINITIONS[request.id];
  const collector = define(span, rowLimit);
  return {
    observe: (row) => collector.observe(row as never),
    // As its JSON read back (the form the spill and the shared store give it too: strings of their own, not
    // copies cut from the CSV's chunks, objects built whole), and frozen: every answer while it is cached shares it.
    result: (refreshDate) =>
      deepFreeze(JSON.parse(JSON.stringify({ key: request.key, ...(refreshDate !== undefined ? { refreshDate } : {}), ...collector.result() })) as ReportSnapshot),
  };
}

/** The report and the span `request` covers, as snapshot definitions know it. */
export function snapshotSpanOf(request: SnapshotRequest): SnapshotSpan {
  return { report: request.id, period: request.period, date: request.date, version: request.version ?? 'v1' };
}

function summaryCollector() {
  const periods: { days: number; counts: CopilotCounts }[] = [];
  return {
    observe: (row: RowOf<'copilot-summary'>) => void periods.push({ days: row.reportPeriod, counts: copilotCounts(row) }),
    result: (): CopilotSummarySnapshot => ({ report: 'copilot-summary', periods }),
  };
}

function trendCollector() {
  const trend = createTrendCollector();
  return {
    observe: (row: RowOf<'copilot-trend'>) => trend.observe(row),
    result: (): CopilotTrendSnapshot => ({ report: 'copilot-trend', days: trend.result() }),
  };
}

function activationsCollector() {
  const products: ActivationsSnapshot['products'][number][] = [];
  return {
    observe: (row: RowOf<'activations'>) =>
      void products.push({
        productType: row.productType,
        assigned: row.assigned,
        activated: row.activated,
        ...(row.sharedComputerActivation !== undefined ? { sharedComputerActivation: row.sharedComputerActivation } : {}),
      }),
    result: (): ActivationsSnapshot => ({ report: 'activations', products }),
  };
}

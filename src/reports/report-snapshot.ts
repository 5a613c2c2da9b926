/**
 * A report snapshot: everything the answers need from one download of one report, computed in the same
 * streaming pass that writes the rows to the cache, so a warm answer reads a few kilobytes instead of every
 * row. Plain JSON (it survives JSON.stringify/parse unchanged), identified by `key` (report and parameters)
 * and `refreshDate`. Shared between instances it would live in the state store (issue 12) under
 * `report-snapshots/<key>/<refreshDate>`; the rows stay in each instance's disk cache. A per-user report's
 * snapshot holds the first rows of its lists (names included), so it is as private as the rows.
 */
import type { AnyRow, ReportId, RowOf } from './catalog.js';
import { createCopilotSeatsCollector, type CopilotSeatsSnapshot } from './copilot-seats-snapshot.js';
import { createGroupsCollector, type GroupsSnapshot } from './groups-snapshot.js';
import { copilotCounts, createTrendCollector, type CopilotCounts } from './insights.js';
import type { ResolvedReportRequest } from './report-request.js';

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

export type ReportSnapshot = SnapshotIdentity &
  (CopilotSummarySnapshot | CopilotTrendSnapshot | ActivationsSnapshot | CopilotSeatsSnapshot | GroupsSnapshot);

export type ReportSnapshotOf<Id extends ReportId> = Extract<ReportSnapshot, { readonly report: Id }>;

export type SnapshotCollector = {
  observe(row: AnyRow): void;
  result(refreshDate: string | undefined): ReportSnapshot;
};

/** The collector for one download of `request`'s report, keeping `rowLimit` rows of each list. */
export function createSnapshotCollector(request: ResolvedReportRequest, rowLimit = SNAPSHOT_ROW_LIMIT): SnapshotCollector {
  const collector = collectorOf(request, rowLimit);
  return {
    observe: (row) => collector.observe(row as never),
    // Frozen: every answer while it is cached shares it.
    result: (refreshDate) => deepFreeze({ key: request.key, ...(refreshDate !== undefined ? { refreshDate } : {}), ...collector.result() }),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function collectorOf(request: ResolvedReportRequest, rowLimit: number) {
  const span = { report: request.id, period: request.period, date: request.date, version: request.version ?? 'v1' };
  switch (request.id) {
    case 'copilot-summary':
      return summaryCollector();
    case 'copilot-trend':
      return trendCollector();
    case 'activations':
      return activationsCollector();
    case 'copilot-users':
      return createCopilotSeatsCollector(span, rowLimit);
    case 'groups':
      return createGroupsCollector(span, rowLimit);
  }
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

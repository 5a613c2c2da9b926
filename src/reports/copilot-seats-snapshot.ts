/**
 * The Copilot usage user detail reduced, while it downloads, to what `copilot users`, `copilot inactive`
 * and `copilot licenses` answer with: seats by last activity (any app and per app), v2 usage sums, and the
 * first rows of both lists the cards show. Its size depends on the period and the row limit, never on the tenant.
 */
import type { RowOf } from './catalog.js';
import { countSince, createDayCounter, totalOf, type DayCounts } from './day-counts.js';
import {
  activityWindow,
  appLastActivity,
  copilotAppsOf,
  copilotSeatRows,
  createTopSelection,
  isActiveIn,
  longestInactiveFirst,
  mostRecentlyActiveFirst,
  type ActivityWindow,
  type CopilotAppKey,
  type CopilotSeatCounts,
  type CopilotUsage,
  type ReportSpan,
} from './insights.js';

type UserRow = RowOf<'copilot-users'>;

export type CopilotSeatsSnapshot = {
  readonly report: 'copilot-users';
  readonly version: 'v1' | 'v2';
  /** How many rows each list keeps: lists an answer wants longer than this are read from the rows. */
  readonly rowLimit: number;
  /** Counted seats by their last Copilot activity in any app. */
  readonly lastActivity: DayCounts;
  /** The version's apps in COPILOT_APPS order, seats by their last activity in each. */
  readonly apps: readonly { readonly key: CopilotAppKey; readonly label: string; readonly lastActivity: DayCounts }[];
  readonly usage?: CopilotUsage;
  /** The first `rowLimit` counted seats, most recently active first (never active last). */
  readonly mostRecentlyActive: readonly UserRow[];
  /** The first `rowLimit` counted seats, never active first, then the longest idle: the inactive list is its head. */
  readonly longestInactive: readonly UserRow[];
};

const userName = (row: UserRow) => row.userPrincipalName;
const lastActivity = (row: UserRow) => row.lastActivityDate;

/**
 * Collects the snapshot of one user-detail download. For ALL only the longest period's rows count, as in
 * the answers. The window's start is known once the refresh date is: days before any start are folded.
 */
export function createCopilotSeatsCollector(span: ReportSpan & { readonly version: 'v1' | 'v2' }, rowLimit: number) {
  const { days, counts } = copilotSeatRows(span);
  const apps = copilotAppsOf(span.version).map((app) => ({ key: app.key, label: app.label, counter: createDayCounter() }));
  const anyApp = createDayCounter();
  const counters = [anyApp, ...apps.map((app) => app.counter)];
  const mostRecent = createTopSelection<UserRow>(rowLimit, mostRecentlyActiveFirst(lastActivity, userName));
  const longestIdle = createTopSelection<UserRow>(rowLimit, longestInactiveFirst(lastActivity, userName));
  let latestRefresh = '';
  let promptsSubmitted = 0;
  let activeUsageDays = 0;
  return {
    observe(row: UserRow): void {
      if (!counts(row)) return;
      if (row.reportRefreshDate > latestRefresh) {
        latestRefresh = row.reportRefreshDate;
        const floor = activityWindow(latestRefresh, days).start;
        for (const counter of counters) counter.raiseFloor(floor);
      }
      anyApp.add(row.lastActivityDate);
      for (const app of apps) app.counter.add(appLastActivity(row, app.key));
      promptsSubmitted += row.promptsSubmitted ?? 0;
      activeUsageDays += row.activeUsageDays ?? 0;
      mostRecent.offer(row);
      longestIdle.offer(row);
    },
    result(): CopilotSeatsSnapshot {
      return {
        report: 'copilot-users',
        version: span.version,
        rowLimit,
        lastActivity: anyApp.result(),
        apps: apps.map((app) => ({ key: app.key, label: app.label, lastActivity: app.counter.result() })),
        ...(span.version === 'v2' ? { usage: { promptsSubmitted, activeUsageDays } } : {}),
        mostRecentlyActive: mostRecent.result(),
        longestInactive: longestIdle.result(),
      };
    },
  };
}

/** The seat counts of the window, as `createCopilotSeatTally` counts them from the rows. */
export function copilotSeatCountsOf(snapshot: CopilotSeatsSnapshot, window: ActivityWindow): CopilotSeatCounts {
  const enabled = totalOf(snapshot.lastActivity);
  const active = countSince(snapshot.lastActivity, window.start);
  return {
    enabled,
    active,
    inactive: enabled - active,
    neverActive: snapshot.lastActivity.none,
    apps: snapshot.apps.map((app) => ({ key: app.key, label: app.label, active: countSince(app.lastActivity, window.start) })),
    ...(snapshot.usage ? { usage: snapshot.usage } : {}),
  };
}

/**
 * The first `limit` seats of a list, or undefined when the snapshot keeps fewer than that many rows and
 * the list must be read from the rows: every enabled seat, or those inactive in the window.
 */
export function copilotSeatListOf(
  snapshot: CopilotSeatsSnapshot,
  which: 'enabled' | 'inactive',
  window: ActivityWindow,
  limit: number,
): UserRow[] | undefined {
  if (limit > snapshot.rowLimit) return undefined;
  const rows = which === 'enabled' ? snapshot.mostRecentlyActive : snapshot.longestInactive.filter((row) => !isActiveIn(window, row.lastActivityDate));
  return rows.slice(0, limit);
}

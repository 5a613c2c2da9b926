/**
 * The groups activity detail reduced, while it downloads, to what `groups` and `groups inactive` answer
 * with: groups by last activity, deleted groups, groups per type, and the first rows of the most active,
 * largest and longest idle lists. Its size depends on the period and the row limit, never on the tenant.
 */
import type { RowOf } from './catalog.js';
import { countSince, totalOf, type DayCounts } from './day-counts.js';
import {
  createTopSelection,
  groupActivityScore,
  groupSortKey,
  groupStorageBytes,
  isActiveIn,
  largestGroupFirst,
  longestInactiveFirst,
  mostActiveGroupFirst,
  typeCountsOf,
  UNKNOWN_GROUP_TYPE,
  type ActivityWindow,
  type GroupActivityCounts,
  type ReportSpan,
} from './insights.js';
import { createWindowFloor } from './window-floor.js';

type GroupRow = RowOf<'groups'>;

export type GroupsSnapshot = {
  readonly report: 'groups';
  /** How many rows each list keeps: lists an answer wants longer than this are read from the rows. */
  readonly rowLimit: number;
  /** Groups not deleted, by their last activity. */
  readonly lastActivity: DayCounts;
  readonly deleted: number;
  readonly byType: GroupActivityCounts['byType'];
  /** Groups not deleted with any activity, the most active first. */
  readonly mostActive: readonly GroupRow[];
  /** Groups not deleted that store anything, the largest first. */
  readonly largest: readonly GroupRow[];
  /** Groups not deleted, never active first, then the longest idle: the inactive list is its head. */
  readonly longestInactive: readonly GroupRow[];
};

/**
 * Collects the snapshot of one groups download. A report by date answers for that day; one by period for
 * the period ending on the refresh date, so days before any such window are folded once it is seen.
 */
export function createGroupsCollector(span: ReportSpan, rowLimit: number) {
  const window = createWindowFloor(span);
  const activity = window.counter();
  const types = new Map<string, number>();
  const mostActive = createTopSelection<GroupRow>(rowLimit, mostActiveGroupFirst);
  const largest = createTopSelection<GroupRow>(rowLimit, largestGroupFirst);
  const longestIdle = createTopSelection<GroupRow>(rowLimit, longestInactiveFirst((row) => row.lastActivityDate, groupSortKey));
  let deleted = 0;
  return {
    observe(row: GroupRow): void {
      window.observe(row.reportRefreshDate);
      if (row.isDeleted === true) {
        deleted += 1;
        return;
      }
      activity.add(row.lastActivityDate);
      const type = row.groupType ?? UNKNOWN_GROUP_TYPE;
      types.set(type, (types.get(type) ?? 0) + 1);
      if (groupActivityScore(row) > 0) mostActive.offer(row);
      if (groupStorageBytes(row) > 0) largest.offer(row);
      longestIdle.offer(row);
    },
    result(): GroupsSnapshot {
      return {
        report: 'groups',
        rowLimit,
        lastActivity: activity.result(),
        deleted,
        byType: typeCountsOf(types),
        mostActive: mostActive.result(),
        largest: largest.result(),
        longestInactive: longestIdle.result(),
      };
    },
  };
}

/** The counts of the window, as `createGroupTally` counts them from the rows. */
export function groupCountsOf(snapshot: GroupsSnapshot, window: ActivityWindow): GroupActivityCounts {
  const total = totalOf(snapshot.lastActivity);
  const active = countSince(snapshot.lastActivity, window.start);
  return { total, active, inactive: total - active, deleted: snapshot.deleted, byType: snapshot.byType };
}

/**
 * The first `limit` groups of a list, or undefined when the snapshot keeps fewer than that many rows and
 * the list must be read from the rows.
 */
export function groupListOf(
  snapshot: GroupsSnapshot,
  which: 'most-active' | 'largest' | 'inactive',
  window: ActivityWindow,
  limit: number,
): GroupRow[] | undefined {
  if (limit > snapshot.rowLimit) return undefined;
  const rows =
    which === 'most-active'
      ? snapshot.mostActive
      : which === 'largest'
        ? snapshot.largest
        : snapshot.longestInactive.filter((row) => !isActiveIn(window, row.lastActivityDate));
  return rows.slice(0, limit);
}

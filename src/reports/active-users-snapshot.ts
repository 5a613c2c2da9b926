/**
 * The Microsoft 365 active user detail reduced, while it downloads, to what `usage`, `licenses` and
 * `inactive users` answer with: per workload the licensed users by their last activity in it, and per
 * combination of assigned products its users and those idle in every workload in the period, with the
 * first of them, so an answer can order the reclaim list by what each combination costs (configuration)
 * without reading the rows. Its size depends on the period, the row limit and the number of product
 * combinations (each list fills up to the row limit), never on the number of users past that.
 */
import type { RowOf } from './catalog.js';
import { countSince, totalOf, type DayCounter, type DayCounts } from './day-counts.js';
import { compareText, createTopSelection, longestInactiveFirst, type ActivityWindow, type ReportSpan, type TopSelection } from './insights.js';
import { createWindowFloor } from './window-floor.js';
import { WORKLOAD_COLUMNS, WORKLOADS, type WorkloadKey } from './workload-catalog.js';

type UserRow = RowOf<'active-users'>;

/** A user with licences and no activity in the period: name, latest activity anywhere, and per workload. */
export type IdleUser = {
  readonly userPrincipalName: string;
  readonly displayName?: string;
  /** The latest activity in any workload; absent when none is reported. */
  readonly lastActivityDate?: string;
  /** Last activity per workload, only those with a date. */
  readonly workloads: Readonly<Partial<Record<WorkloadKey, string>>>;
};

/** The users holding exactly one combination of products, and those of them idle in the report's period. */
export type ProductCombination = {
  /** Product names as the report writes them (e.g. `MICROSOFT 365 E5`), sorted: the combination's identity. */
  readonly products: readonly string[];
  /** Users (not deleted) holding exactly these products. */
  readonly users: number;
  /** Of them, those with no activity in any workload in the period ending on the refresh date. */
  readonly idle: number;
  /**
   * The first `rowLimit` idle users, never active first, then the longest idle. Absent when the snapshot
   * could not keep it (more combinations than it lists, or rows refreshed on different days): the list
   * is then read from the rows.
   */
  readonly idleUsers?: readonly IdleUser[];
};

export type ActiveUsersSnapshot = {
  readonly report: 'active-users';
  readonly rowLimit: number;
  /** Users listed and not deleted. */
  readonly users: number;
  readonly deleted: number;
  /** Per workload (WORKLOADS order), the users licensed for it (not deleted) by their last activity in it. */
  readonly workloads: readonly { readonly key: WorkloadKey; readonly label: string; readonly lastActivity: DayCounts }[];
  /** Users (not deleted) licensed for any workload, by their latest activity in any workload. */
  readonly anyWorkload: DayCounts;
  /** Every combination of assigned products held by a user who is not deleted, most users first. */
  readonly productCombinations: readonly ProductCombination[];
};

/** Combinations that keep an idle list; real tenants have a few dozen at most. Past it, counts only. */
export const MAX_LISTED_COMBINATIONS = 64;

/** The products of an Assigned Products cell: split on `+`, trimmed, sorted, empty ones dropped. */
export function productsOf(assignedProducts: string | undefined): string[] {
  return (assignedProducts ?? '')
    .split('+')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .sort(compareText);
}

/** A user's latest activity in any workload, from the detail's per-workload dates. */
export function latestActivityOf(row: UserRow): string | undefined {
  let latest: string | undefined;
  for (const { lastActivity } of WORKLOAD_COLUMNS) {
    const date = row[lastActivity];
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

function idleUserOf(row: UserRow, lastActivityDate: string | undefined): IdleUser {
  const workloads: Partial<Record<WorkloadKey, string>> = {};
  for (const { key, lastActivity } of WORKLOAD_COLUMNS) {
    const date = row[lastActivity];
    if (date !== undefined) workloads[key] = date;
  }
  return {
    userPrincipalName: row.userPrincipalName,
    ...(row.displayName !== undefined ? { displayName: row.displayName } : {}),
    ...(lastActivityDate !== undefined ? { lastActivityDate } : {}),
    workloads,
  };
}

type Combination = { readonly products: string[]; readonly counter: DayCounter; readonly idle?: TopSelection<IdleUser> };

/**
 * Collects the snapshot of one active-user-detail download. Idle lists keep only users idle in the
 * window known when they pass; should a later refresh date move the window, they are dropped (the
 * counts stay exact) and the answer reads the rows.
 */
export function createActiveUsersCollector(span: ReportSpan, rowLimit: number) {
  const window = createWindowFloor(span);
  const workloads = WORKLOAD_COLUMNS.map((columns) => ({ ...columns, counter: window.counter() }));
  const anyWorkload = window.counter();
  const combinations = new Map<string, Combination>();
  const idleOrder = longestInactiveFirst((user: IdleUser) => user.lastActivityDate, (user) => user.userPrincipalName);
  let listsKept = true;
  let users = 0;
  let deleted = 0;
  return {
    observe(row: UserRow): void {
      if (window.observe(row.reportRefreshDate)) listsKept = false;
      if (row.isDeleted === true) {
        deleted += 1;
        return;
      }
      users += 1;
      const latest = latestActivityOf(row);
      let licensed = false;
      for (const workload of workloads) {
        if (row[workload.license] !== true) continue;
        licensed = true;
        workload.counter.add(row[workload.lastActivity]);
      }
      if (licensed) anyWorkload.add(latest);
      const products = productsOf(row.assignedProducts);
      if (products.length === 0) return;
      const id = products.join('+');
      let combination = combinations.get(id);
      if (!combination) {
        const listed = combinations.size < MAX_LISTED_COMBINATIONS;
        combination = { products, counter: window.counter(), ...(listed ? { idle: createTopSelection(rowLimit, idleOrder) } : {}) };
        combinations.set(id, combination);
      }
      combination.counter.add(latest);
      if (window.start === undefined || latest === undefined || latest < window.start) combination.idle?.offer(idleUserOf(row, latest));
    },
    result(): ActiveUsersSnapshot {
      const productCombinations = [...combinations.values()].map((combination): ProductCombination => {
        const lastActivity = combination.counter.result();
        const users = totalOf(lastActivity);
        const idle = window.start === undefined ? 0 : users - countSince(lastActivity, window.start);
        return { products: combination.products, users, idle, ...(listsKept && combination.idle ? { idleUsers: combination.idle.result() } : {}) };
      });
      productCombinations.sort((a, b) => b.users - a.users || compareText(a.products.join('+'), b.products.join('+')));
      return {
        report: 'active-users',
        rowLimit,
        users,
        deleted,
        workloads: workloads.map((workload, w) => ({ key: workload.key, label: WORKLOADS[w]!.label, lastActivity: workload.counter.result() })),
        anyWorkload: anyWorkload.result(),
        productCombinations,
      };
    },
  };
}

/** Licensed, active and inactive users of one workload (or of any) in a window. */
export type WorkloadActivity = { readonly licensed: number; readonly active: number; readonly inactive: number };

function activityIn(counts: DayCounts, window: ActivityWindow): WorkloadActivity {
  const licensed = totalOf(counts);
  const active = countSince(counts, window.start);
  return { licensed, active, inactive: licensed - active };
}

/** Per workload and for any workload, the licensed users and those active in the window. */
export function workloadActivityOf(snapshot: ActiveUsersSnapshot, window: ActivityWindow) {
  return {
    workloads: snapshot.workloads.map((workload) => ({ key: workload.key, label: workload.label, ...activityIn(workload.lastActivity, window) })),
    anyWorkload: activityIn(snapshot.anyWorkload, window),
  };
}

/**
 * The first `limit` idle users of a combination, or undefined when the snapshot does not keep them (or
 * keeps fewer rows than asked) and the list must be read from the rows.
 */
export function idleUsersOf(snapshot: ActiveUsersSnapshot, combination: ProductCombination, limit: number): IdleUser[] | undefined {
  if (!combination.idleUsers || limit > snapshot.rowLimit) return undefined;
  return combination.idleUsers.slice(0, limit);
}

/**
 * The part every workload detail snapshot shares (Teams, email, OneDrive, SharePoint, Microsoft 365
 * Apps): items (users, accounts, sites) by last activity, deleted ones counted apart, column sums, and
 * bounded lists (the longest inactive, and top lists by a score) of a few columns per item. Collected in
 * the download pass; its size depends on the period and the row limit, never on the tenant.
 */
import { countSince, totalOf, type DayCounts } from './day-counts.js';
import { createTopSelection, highestFirst, isActiveIn, longestInactiveFirst, type ActivityWindow, type ReportSpan } from './insights.js';
import { pickColumns } from './pick-columns.js';
import { createWindowFloor } from './window-floor.js';

/** What a detail row has in common: a refresh date, and maybe a deletion flag and a last activity date. */
export type DetailRow = { readonly reportRefreshDate: string; readonly isDeleted?: boolean; readonly lastActivityDate?: string };

/** The keys of `Row` whose cells are numbers. */
export type NumberColumn<Row> = { [K in keyof Row]-?: Row[K] extends number | undefined ? K : never }[keyof Row];

export type DetailSnapshot<Entry, Total extends string, List extends string> = {
  /** How many items each list keeps: lists an answer wants longer than this are read from the rows. */
  readonly rowLimit: number;
  /** Items not deleted, by their last activity. */
  readonly lastActivity: DayCounts;
  readonly deleted: number;
  /** Column sums over every item, deleted ones included (their activity happened, their storage is used). */
  readonly totals: Readonly<Record<Total, number>>;
  /** Items not deleted, never active first, then the longest idle: the inactive list is its head. */
  readonly longestInactive: readonly Entry[];
  /** Items not deleted with a score above zero, the highest first, per ranking. */
  readonly top: Readonly<Record<List, readonly Entry[]>>;
};

export type DetailOptions<Row extends DetailRow, Keep extends keyof Row, Total extends NumberColumn<Row> & string, List extends string> = {
  /** A stable name for ties: the UPN, the site URL. */
  readonly nameOf: (row: Row) => string;
  /** The columns a listed item keeps. */
  readonly keep: readonly Keep[];
  readonly totals: readonly Total[];
  readonly rankings: Readonly<Record<List, (row: Row) => number>>;
};

/** Collects the shared part of one detail download. */
export function createDetailCollector<Row extends DetailRow, Keep extends keyof Row, Total extends NumberColumn<Row> & string, List extends string>(
  span: ReportSpan,
  rowLimit: number,
  options: DetailOptions<Row, Keep | 'lastActivityDate', Total, List>,
) {
  type Entry = Pick<Row, Keep | 'lastActivityDate'>;
  const window = createWindowFloor(span);
  const activity = window.counter();
  const totals = Object.fromEntries(options.totals.map((key) => [key, 0])) as Record<Total, number>;
  const nameOf = (row: Row) => options.nameOf(row);
  const longestIdle = createTopSelection<Row>(rowLimit, longestInactiveFirst((row) => row.lastActivityDate, nameOf));
  const rankings = Object.entries(options.rankings) as [List, (row: Row) => number][];
  const tops = rankings.map(([list, score]) => ({ list, score, selection: createTopSelection<Row>(rowLimit, highestFirst(score, nameOf)) }));
  let deleted = 0;
  return {
    observe(row: Row): void {
      window.observe(row.reportRefreshDate);
      for (const key of options.totals) totals[key] += (row[key] as number | undefined) ?? 0;
      if (row.isDeleted === true) {
        deleted += 1;
        return;
      }
      activity.add(row.lastActivityDate);
      longestIdle.offer(row);
      for (const top of tops) if (top.score(row) > 0) top.selection.offer(row);
    },
    result(): DetailSnapshot<Entry, Total, List> {
      const entry = (row: Row): Entry => pickColumns(row, options.keep);
      const top = {} as Record<List, readonly Entry[]>;
      for (const { list, selection } of tops) top[list] = selection.result().map(entry);
      return { rowLimit, lastActivity: activity.result(), deleted, totals, longestInactive: longestIdle.result().map(entry), top };
    },
  };
}

/** Items (not deleted), those active in the window and the others. */
export type ItemActivity = { readonly total: number; readonly active: number; readonly inactive: number };

/** The counts of the window, from a detail snapshot. */
export function itemActivityOf(snapshot: { readonly lastActivity: DayCounts }, window: ActivityWindow): ItemActivity {
  const total = totalOf(snapshot.lastActivity);
  const active = countSince(snapshot.lastActivity, window.start);
  return { total, active, inactive: total - active };
}

/**
 * The first `limit` items inactive in the window, or undefined when the snapshot keeps fewer rows than
 * asked and the list must be read from the rows.
 */
export function inactiveItemsOf<Entry extends { readonly lastActivityDate?: string }>(
  snapshot: { readonly rowLimit: number; readonly longestInactive: readonly Entry[] },
  window: ActivityWindow,
  limit: number,
): Entry[] | undefined {
  if (limit > snapshot.rowLimit) return undefined;
  return snapshot.longestInactive.filter((item) => !isActiveIn(window, item.lastActivityDate)).slice(0, limit);
}

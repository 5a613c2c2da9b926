/**
 * The users the reclaim list is read from, kept while the active-user detail downloads, so that the list
 * (reclaim-list.ts) needs no second pass over a million rows: users not deleted, licensed for a workload and
 * idle in every workload in the report's window, by Assigned Products cell. Whether a cell's licences are
 * paid, and what they cost, is worked out later under the SKUs and prices of the ask; within a cell they cost
 * the same, so each cell keeps every user's name (for the Copilot join) and only its first users by idleness
 * (the head of the list within the cell). Held in this process's memory beside the snapshot (a few MB for a
 * million users), never stored or shared.
 */
import { isMeasured, latestActivityOf } from './active-users-snapshot.js';
import type { RowOf } from './catalog.js';
import { createTopSelection, longestInactiveFirst, type ReportSpan, type TopSelection } from './insights.js';
import { createWindowFloor } from './window-floor.js';

type UserRow = RowOf<'active-users'>;

/** The candidates of one Assigned Products cell. */
export type CandidateCell = {
  /** Every candidate's user principal name, in the report's order. */
  readonly userPrincipalNames: readonly string[];
  /** The first `rowLimit` candidates, never active first, then the longest idle; ties by name. */
  readonly longestIdle: readonly UserRow[];
};

export type ReclaimCandidates = {
  /** The window's first day: a user active on or after it is no candidate. */
  readonly windowStart: string;
  /** How many users each cell's `longestIdle` keeps at most. */
  readonly rowLimit: number;
  /** By Assigned Products cell (`''` when empty), in the order the report first lists them. */
  readonly cells: ReadonlyMap<string, CandidateCell>;
};

/** A user the reclaim list may hold, whatever their licences cost: not deleted, licensed for a workload, idle in every workload since `windowStart`. */
export function isIdleLicensedUser(row: UserRow, windowStart: string): boolean {
  if (row.isDeleted === true || !isMeasured(row)) return false;
  const latest = latestActivityOf(row);
  return latest === undefined || latest < windowStart;
}

/** Cells told apart; real tenants assign a few dozen combinations. Past it the list is read from the rows. */
const MAX_CELLS = 200;

const longestIdleFirst = longestInactiveFirst<UserRow>(latestActivityOf, (row) => row.userPrincipalName);

/**
 * Collects the candidates of one download. The result is undefined when they cannot stand for the rows: the
 * window moved after rows were judged (their refresh dates differ), the report had no window, or too many cells.
 */
export function createReclaimCandidatesCollector(span: ReportSpan, rowLimit: number) {
  const window = createWindowFloor(span);
  const cells = new Map<string, { readonly names: string[]; readonly longestIdle: TopSelection<UserRow> }>();
  let complete = true;
  return {
    observe(row: UserRow): void {
      if (window.observe(row.reportRefreshDate)) complete = false;
      const start = window.start;
      if (!complete || start === undefined || !isIdleLicensedUser(row, start)) return;
      const key = row.assignedProducts ?? '';
      let cell = cells.get(key);
      if (!cell) {
        if (cells.size >= MAX_CELLS) {
          complete = false;
          return;
        }
        cell = { names: [], longestIdle: createTopSelection(rowLimit, longestIdleFirst) };
        cells.set(key, cell);
      }
      cell.names.push(row.userPrincipalName);
      cell.longestIdle.offer(row);
    },
    result(): ReclaimCandidates | undefined {
      const windowStart = window.start;
      if (!complete || windowStart === undefined) return undefined;
      const kept = new Map<string, CandidateCell>();
      for (const [key, cell] of cells) kept.set(key, { userPrincipalNames: cell.names, longestIdle: cell.longestIdle.result() });
      return { windowStart, rowLimit, cells: kept };
    },
  };
}

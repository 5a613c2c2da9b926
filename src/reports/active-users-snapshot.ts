/**
 * The Microsoft 365 active user detail reduced, while it downloads, to what `usage` and `licenses` answer
 * with: per workload the licensed users by their last activity in it, and per assigned product its holders
 * by their latest activity in any workload (so the holders idle in any window ending on the refresh date can
 * be counted). Its size depends on the period and the number of products the tenant assigns (at most
 * MAX_PRODUCTS are told apart), never on the number of users: the reclaim list of `inactive users` is read
 * from the rows (reclaim-list.ts), not kept here.
 */
import type { RowOf } from './catalog.js';
import { countSince, totalOf, type DayCounter, type DayCounts } from './day-counts.js';
import { compareText, type ActivityWindow, type ReportSpan } from './insights.js';
import { createWindowFloor } from './window-floor.js';
import { WORKLOAD_COLUMNS, WORKLOADS, type WorkloadKey } from './workload-catalog.js';

type UserRow = RowOf<'active-users'>;

/** One assigned product and the users (not deleted) holding it. */
export type ProductHolders = {
  /** The product's name as the report writes it, e.g. `MICROSOFT 365 E5`. */
  readonly product: string;
  /** Users (not deleted) holding it. */
  readonly users: number;
  /**
   * Of them, those licensed for at least one workload of the report, by their latest activity in any
   * workload. The others (a Power BI or Visio licence alone) have no activity the report could show.
   */
  readonly lastActivity: DayCounts;
};

export type ActiveUsersSnapshot = {
  readonly report: 'active-users';
  /** Users listed and not deleted. */
  readonly users: number;
  readonly deleted: number;
  /** Per workload (WORKLOADS order), the users licensed for it (not deleted) by their last activity in it. */
  readonly workloads: readonly { readonly key: WorkloadKey; readonly label: string; readonly lastActivity: DayCounts }[];
  /** Users (not deleted) licensed for any workload, by their latest activity in any workload. */
  readonly anyWorkload: DayCounts;
  /** Every product held by a user who is not deleted (at most MAX_PRODUCTS), most holders first. */
  readonly products: readonly ProductHolders[];
  /** Distinct products past MAX_PRODUCTS: their holders are not counted per product. */
  readonly otherProducts: number;
};

/** Products told apart; real tenants assign a few dozen. Past it, the snapshot says how many more there were. */
export const MAX_PRODUCTS = 200;

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

/** Whether the user is licensed for at least one workload the report tells activity of. */
export function isMeasured(row: UserRow): boolean {
  return WORKLOAD_COLUMNS.some(({ license }) => row[license] === true);
}

/** Distinct Assigned Products cells whose products are remembered; past it, a cell is split again each time. */
const MAX_CELLS = 10_000;

type Product = { readonly product: string; users: number; readonly counter: DayCounter };

/** Collects the snapshot of one active-user-detail download. */
export function createActiveUsersCollector(span: ReportSpan) {
  const window = createWindowFloor(span);
  const workloads = WORKLOAD_COLUMNS.map((columns) => ({ ...columns, counter: window.counter() }));
  const anyWorkload = window.counter();
  const products = new Map<string, Product>();
  const others = new Set<string>();
  // A tenant assigns a few combinations of products to a million users: each cell is split once.
  const cellProducts = new Map<string, string[]>();
  const productsOfCell = (cell: string | undefined): string[] => {
    let names = cellProducts.get(cell ?? '');
    if (!names) {
      names = productsOf(cell);
      if (cellProducts.size < MAX_CELLS) cellProducts.set(cell ?? '', names);
    }
    return names;
  };
  let users = 0;
  let deleted = 0;
  return {
    observe(row: UserRow): void {
      window.observe(row.reportRefreshDate);
      if (row.isDeleted === true) {
        deleted += 1;
        return;
      }
      users += 1;
      const latest = latestActivityOf(row);
      let measured = false;
      for (const workload of workloads) {
        if (row[workload.license] !== true) continue;
        measured = true;
        workload.counter.add(row[workload.lastActivity]);
      }
      if (measured) anyWorkload.add(latest);
      for (const name of productsOfCell(row.assignedProducts)) {
        let product = products.get(name);
        if (!product) {
          if (products.size >= MAX_PRODUCTS) {
            others.add(name);
            continue;
          }
          product = { product: name, users: 0, counter: window.counter() };
          products.set(name, product);
        }
        product.users += 1;
        if (measured) product.counter.add(latest);
      }
    },
    result(): ActiveUsersSnapshot {
      const held = [...products.values()].map(({ product, users: holders, counter }): ProductHolders => ({ product, users: holders, lastActivity: counter.result() }));
      held.sort((a, b) => b.users - a.users || compareText(a.product, b.product));
      return {
        report: 'active-users',
        users,
        deleted,
        workloads: workloads.map((workload, w) => ({ key: workload.key, label: WORKLOADS[w]!.label, lastActivity: workload.counter.result() })),
        anyWorkload: anyWorkload.result(),
        products: held,
        otherProducts: others.size,
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

/** A product's holders in a window: all, those with no activity in any workload (idle), and those the report cannot tell of. */
export type ProductActivity = { readonly product: string; readonly holders: number; readonly idle: number; readonly unmeasured: number };

/** Each product's holders and idle holders in `window`, from the snapshot. */
export function productActivityOf(snapshot: ActiveUsersSnapshot, window: ActivityWindow): ProductActivity[] {
  return snapshot.products.map(({ product, users, lastActivity }) => {
    const measured = activityIn(lastActivity, window);
    return { product, holders: users, idle: measured.inactive, unmeasured: users - measured.licensed };
  });
}

/**
 * The Microsoft 365 active user counts (daily active users per workload) and services user counts (per
 * workload the period's active and inactive licensed users), as small snapshots: one row per day or per
 * workload, whatever the tenant's size.
 */
import type { RowOf } from './catalog.js';
import { compareText } from './insights.js';
import { WORKLOADS, type WorkloadKey } from './workload-catalog.js';

/** One day's active users: any workload ("Office 365") and each workload (absent cells count 0). */
export type ActiveUsersDay = { readonly date: string; readonly office365: number } & Readonly<Record<WorkloadKey, number>>;

/** The active user counts per day, oldest first. */
export type ActiveUserCountsSnapshot = { readonly report: 'active-user-counts'; readonly days: readonly ActiveUsersDay[] };

export function createActiveUserCountsCollector() {
  const days: ActiveUsersDay[] = [];
  return {
    observe(row: RowOf<'active-user-counts'>): void {
      const counts = Object.fromEntries(WORKLOADS.map(({ key }) => [key, row[key] ?? 0])) as Record<WorkloadKey, number>;
      days.push({ date: row.reportDate, office365: row.office365 ?? 0, ...counts });
    },
    result: (): ActiveUserCountsSnapshot => ({ report: 'active-user-counts', days: days.sort((a, b) => compareText(a.date, b.date)) }),
  };
}

/** Licensed users of a workload active and inactive in the period. */
export type ServiceUsers = { readonly active: number; readonly inactive: number };

/** The services user counts: per workload (WORKLOADS order) and for any workload ("Office 365"). */
export type ServicesUserCountsSnapshot = {
  readonly report: 'services-user-counts';
  readonly workloads: readonly ({ readonly key: WorkloadKey; readonly label: string } & ServiceUsers)[];
  readonly office365: ServiceUsers;
};

export function createServicesUserCountsCollector() {
  let row: RowOf<'services-user-counts'> | undefined;
  const users = (active: number | undefined, inactive: number | undefined): ServiceUsers => ({ active: active ?? 0, inactive: inactive ?? 0 });
  return {
    observe(next: RowOf<'services-user-counts'>): void {
      // One row per period: the latest refresh wins.
      if (row === undefined || next.reportRefreshDate >= row.reportRefreshDate) row = next;
    },
    result: (): ServicesUserCountsSnapshot => ({
      report: 'services-user-counts',
      workloads: WORKLOADS.map(({ key, label }) => ({ key, label, ...users(row?.[`${key}Active`], row?.[`${key}Inactive`]) })),
      office365: users(row?.office365Active, row?.office365Inactive),
    }),
  };
}

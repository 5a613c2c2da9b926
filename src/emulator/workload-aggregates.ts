/**
 * Tenant-wide workload numbers (daily active users per workload, daily Teams activity, and per period
 * the licensed and active users per workload) computed from the same per-user days the user detail
 * reports list, so the counts reports always agree with the details. One pass over the users per
 * refresh date, cached.
 */
import { createDayResultCache, type DayResultCache } from './stepped-pass.js';
import { licensedWorkloads, WORKLOADS } from './synthetic-licences.js';
import { ACTIVITY_WINDOW_DAYS, type TenantSpec } from './synthetic-tenant.js';
import { activitiesOnDay, getActivityProfile, WORKLOAD_MASK } from './synthetic-workloads.js';
import { addTeamsDay, TEAMS_METRICS } from './workload-amounts.js';

/** Every period length the workload reports ask for. */
export const WORKLOAD_PERIOD_DAYS = [7, 30, 90, 180] as const;

/** Counted per day and per period: each workload (WORKLOADS order), then any of them ("Office 365"). */
export const COUNTED = WORKLOADS.length + 1;

/** The result of one pass over the tenant for one refresh date. */
export type WorkloadTenantAggregate = {
  readonly refreshDay: number;
  /** Per day i (refreshDay - i), users active per workload then in any (COUNTED per day). */
  readonly dailyActive: Int32Array;
  /** Per day i, the Teams figures of all users (TEAMS_METRICS order). */
  readonly dailyTeams: Float64Array;
  /** Per period length: licensed users (not deleted) per workload then any, and of them those active in the period. */
  readonly periods: ReadonlyMap<number, { readonly licensed: readonly number[]; readonly active: readonly number[] }>;
};

const SLICE_USERS = 20_000;

function* stepWorkloadAggregate(spec: TenantSpec, refreshDay: number): Generator<void, WorkloadTenantAggregate> {
  const dailyActive = new Int32Array(ACTIVITY_WINDOW_DAYS * COUNTED);
  const dailyTeams = new Float64Array(ACTIVITY_WINDOW_DAYS * TEAMS_METRICS.length);
  const licensed = WORKLOAD_PERIOD_DAYS.map(() => new Array<number>(COUNTED).fill(0));
  const active = WORKLOAD_PERIOD_DAYS.map(() => new Array<number>(COUNTED).fill(0));
  const daysAgo = new Int32Array(COUNTED);
  const teamsBit = 1 << WORKLOADS.indexOf('teams');
  for (let index = 0; index < spec.users; index++) {
    if (index % SLICE_USERS === SLICE_USERS - 1) yield;
    const profile = getActivityProfile(spec.seed, index, refreshDay);
    daysAgo.fill(-1);
    for (let i = 0; i < ACTIVITY_WINDOW_DAYS; i++) {
      const day = refreshDay - i;
      const mask = activitiesOnDay(profile, day, WORKLOAD_MASK);
      if (mask === 0) continue;
      const base = i * COUNTED;
      for (let w = 0; w < WORKLOADS.length; w++) {
        if ((mask & (1 << w)) === 0) continue;
        dailyActive[base + w]!++;
        if (daysAgo[w] === -1) daysAgo[w] = i;
      }
      dailyActive[base + WORKLOADS.length]!++;
      if (daysAgo[WORKLOADS.length] === -1) daysAgo[WORKLOADS.length] = i;
      if (mask & teamsBit) addTeamsDay(profile, day, dailyTeams, i * TEAMS_METRICS.length);
    }
    const licences = licensedWorkloads(profile.licences);
    if (licences === 0) continue;
    WORKLOAD_PERIOD_DAYS.forEach((days, p) => {
      for (let k = 0; k < COUNTED; k++) {
        const holds = k === WORKLOADS.length || (licences & (1 << k)) !== 0;
        if (!holds) continue;
        licensed[p]![k]!++;
        if (daysAgo[k]! >= 0 && daysAgo[k]! < days) active[p]![k]!++;
      }
    });
  }
  const periods = new Map(WORKLOAD_PERIOD_DAYS.map((days, p) => [days, { licensed: licensed[p]!, active: active[p]! }]));
  return { refreshDay, dailyActive, dailyTeams, periods };
}

/** The aggregates of `spec`'s tenant per refresh date, computed once each. */
export type WorkloadAggregateCache = DayResultCache<WorkloadTenantAggregate>;

export function createWorkloadAggregateCache(spec: TenantSpec): WorkloadAggregateCache {
  return createDayResultCache((refreshDay) => stepWorkloadAggregate(spec, refreshDay));
}

/**
 * Tenant-wide Copilot numbers (summary per period, daily trend) computed from the same per-user
 * activity the user detail report lists, so the summary always agrees with the detail. One pass
 * over the users; the emulator caches the result per refresh date.
 */
import { runPass, runPassAsync } from './stepped-pass.js';
import {
  ACTIVITY_WINDOW_DAYS,
  COPILOT_APPS,
  computeCopilotDailyActivity,
  computeCopilotLastActivity,
  getCopilotProfile,
  type CopilotApp,
  type CopilotDailyActivity,
  type TenantSpec,
  type UserShifts,
} from './synthetic-tenant.js';

/** The apps a summary counts: each Copilot app plus "any app". */
export type CopilotCountedApp = CopilotApp | 'anyApp';

/** Enabled and active users of one app. */
export type CopilotCount = { readonly enabledUsers: number; readonly activeUsers: number };

/** One row of the user count summary. */
export type CopilotPeriodSummary = {
  readonly reportPeriod: number;
  readonly counts: Readonly<Record<CopilotCountedApp, CopilotCount>>;
  /** Sum of the users' prompts in the period (v2 column). */
  readonly totalPromptsSubmitted: number;
};

/** One day of the user count trend. */
export type CopilotTrendDay = {
  readonly reportDay: number;
  readonly counts: Readonly<Record<CopilotCountedApp, CopilotCount>>;
  /** Prompts submitted that day (v2 column). */
  readonly promptsSubmitted: number;
};

/** Every period length any Copilot report version asks for. */
export const COPILOT_PERIOD_DAYS = [7, 28, 30, 90, 180] as const;

/** The result of one pass over the tenant for one refresh date. */
export type CopilotTenantAggregate = {
  readonly refreshDay: number;
  readonly licensedUsers: number;
  /** Per app in COPILOT_APPS order, users with Copilot enabled in that app. */
  readonly appEnabledUsers: readonly number[];
  /** Per period length: active users per app (COPILOT_APPS order, then any app at the end) and prompts. */
  readonly activeByPeriod: ReadonlyMap<number, { readonly active: readonly number[]; readonly prompts: number }>;
  /** Only with `withDaily`: per day i (refreshDay - i), active users per app then any app (9 per day), and prompts. */
  readonly daily?: { readonly active: Int32Array; readonly prompts: Float64Array };
};

const COUNTED = COPILOT_APPS.length + 1;
// Licences were rolled out gradually: the enabled count 180 days ago was about 3/4 of today's.
// Linear, so the numbers are plain IEEE arithmetic and identical on every platform.
const ROLLOUT_PER_DAY = 0.0015;

/**
 * Walks every user once. `withDaily` also simulates each day of the 180-day window (needed for
 * prompts, active usage days and the trend); without it only last activity dates are computed.
 */
export function aggregateCopilotTenant(spec: TenantSpec, refreshDay: number, withDaily: boolean, shifts?: UserShifts): CopilotTenantAggregate {
  return runPass(stepCopilotAggregate(spec, refreshDay, withDaily, Number.POSITIVE_INFINITY, shifts));
}

/**
 * The same pass, pausing to the event loop every `sliceUsers` users, so an emulator embedded in the
 * bot's process stays responsive while it aggregates a million-user tenant.
 */
export function aggregateCopilotTenantAsync(
  spec: TenantSpec,
  refreshDay: number,
  withDaily: boolean,
  sliceUsers = 25_000,
  shifts?: UserShifts,
): Promise<CopilotTenantAggregate> {
  return runPassAsync(stepCopilotAggregate(spec, refreshDay, withDaily, sliceUsers, shifts));
}

function* stepCopilotAggregate(
  spec: TenantSpec,
  refreshDay: number,
  withDaily: boolean,
  sliceUsers: number,
  shifts: UserShifts | undefined,
): Generator<void, CopilotTenantAggregate> {
  const appEnabledUsers = new Array<number>(COPILOT_APPS.length).fill(0);
  const periodActive = COPILOT_PERIOD_DAYS.map(() => new Array<number>(COUNTED).fill(0));
  const periodPrompts = COPILOT_PERIOD_DAYS.map(() => 0);
  const dailyActive = withDaily ? new Int32Array(ACTIVITY_WINDOW_DAYS * COUNTED) : undefined;
  const dailyPrompts = withDaily ? new Float64Array(ACTIVITY_WINDOW_DAYS) : undefined;
  const lastDays = new Array<number>(COUNTED);
  let licensedUsers = 0;
  let scratch: CopilotDailyActivity | undefined;

  for (let index = 0; index < spec.users; index++) {
    if (index % sliceUsers === sliceUsers - 1) yield;
    const profile = getCopilotProfile(spec.seed, index, shifts);
    if (!profile) continue;
    licensedUsers++;
    for (let app = 0; app < COPILOT_APPS.length; app++) if (profile.enabled[app]) appEnabledUsers[app]!++;
    lastDays.fill(-1);
    if (dailyActive && dailyPrompts) {
      scratch = computeCopilotDailyActivity(profile, refreshDay, scratch);
      const daily = scratch;
      for (let i = 0; i < ACTIVITY_WINDOW_DAYS; i++) {
        const mask = daily.activeApps[i]!;
        if (mask === 0) continue;
        dailyPrompts[i]! += daily.prompts[i]!;
        const base = i * COUNTED;
        for (let app = 0; app < COPILOT_APPS.length; app++) {
          if ((mask & (1 << app)) === 0) continue;
          dailyActive[base + app]!++;
          if (lastDays[app] === -1) lastDays[app] = i;
        }
        dailyActive[base + COPILOT_APPS.length]!++;
        if (lastDays[COPILOT_APPS.length] === -1) lastDays[COPILOT_APPS.length] = i;
        COPILOT_PERIOD_DAYS.forEach((days, p) => {
          if (i < days) periodPrompts[p]! += daily.prompts[i]!;
        });
      }
    } else {
      const last = computeCopilotLastActivity(profile, refreshDay);
      last.appLastActivityDays.forEach((day, app) => {
        if (day !== undefined) lastDays[app] = refreshDay - day;
      });
      if (last.lastActivityDay !== undefined) lastDays[COPILOT_APPS.length] = refreshDay - last.lastActivityDay;
    }
    for (let k = 0; k < COUNTED; k++) {
      const daysAgo = lastDays[k]!;
      if (daysAgo < 0) continue;
      COPILOT_PERIOD_DAYS.forEach((days, p) => {
        if (daysAgo < days) periodActive[p]![k]!++;
      });
    }
  }

  const activeByPeriod = new Map(
    COPILOT_PERIOD_DAYS.map((days, p) => [days, { active: periodActive[p]!, prompts: withDaily ? periodPrompts[p]! : 0 }]),
  );
  return {
    refreshDay,
    licensedUsers,
    appEnabledUsers,
    activeByPeriod,
    ...(dailyActive && dailyPrompts ? { daily: { active: dailyActive, prompts: dailyPrompts } } : {}),
  };
}

function countsFrom(enabled: readonly number[], anyEnabled: number, active: ArrayLike<number>, offset: number) {
  const counts = {} as Record<CopilotCountedApp, CopilotCount>;
  counts.anyApp = { enabledUsers: anyEnabled, activeUsers: active[offset + COPILOT_APPS.length]! };
  COPILOT_APPS.forEach((app, k) => {
    counts[app] = { enabledUsers: enabled[k]!, activeUsers: active[offset + k]! };
  });
  return counts;
}

/** The summary row for a period of `periodDays` days ending on the aggregate's refresh date. */
export function summarizeCopilotPeriod(aggregate: CopilotTenantAggregate, periodDays: number): CopilotPeriodSummary {
  const period = aggregate.activeByPeriod.get(periodDays);
  if (!period) throw new RangeError(`No Copilot aggregate for a ${periodDays}-day period`);
  return {
    reportPeriod: periodDays,
    counts: countsFrom(aggregate.appEnabledUsers, aggregate.licensedUsers, period.active, 0),
    totalPromptsSubmitted: period.prompts,
  };
}

/**
 * The trend for the `periodDays` days ending on the refresh date, newest first. Enabled users grow
 * slowly towards today's licence count; active users are the simulated daily actives, scaled by the
 * share of licences already assigned that day, so active never exceeds enabled.
 */
export function buildCopilotTrend(aggregate: CopilotTenantAggregate, periodDays: number): CopilotTrendDay[] {
  const daily = aggregate.daily;
  if (!daily) throw new RangeError('The Copilot trend needs an aggregate computed with daily activity');
  const days: CopilotTrendDay[] = [];
  for (let i = 0; i < periodDays && i < ACTIVITY_WINDOW_DAYS; i++) {
    const share = 1 - ROLLOUT_PER_DAY * i;
    const scale = (n: number) => Math.round(n * share);
    const enabled = aggregate.appEnabledUsers.map(scale);
    const active = Array.from(daily.active.subarray(i * COUNTED, (i + 1) * COUNTED), scale);
    const counts = countsFrom(enabled, scale(aggregate.licensedUsers), active, 0);
    days.push({ reportDay: aggregate.refreshDay - i, counts, promptsSubmitted: scale(daily.prompts[i]!) });
  }
  return days;
}

/** Remembers the last few aggregates so repeated requests for the same refresh date cost one pass. */
export type CopilotAggregateCache = {
  /** The aggregate, computed synchronously if it is not cached yet. */
  get(refreshDay: number, withDaily: boolean): CopilotTenantAggregate;
  /** Computes the aggregate without blocking the event loop (concurrent callers share one pass). */
  prepare(refreshDay: number, withDaily: boolean): Promise<void>;
};

/** A scenario's effect on the users of one refresh day, and what identifies it (so a changed scenario is not served from cache). */
export type ShiftsOfDay = { readonly users: (refreshDay: number) => UserShifts | undefined; readonly fingerprint: (refreshDay: number) => string };

/**
 * Creates a cache over `spec` holding up to `capacity` aggregates (a daily one also serves summaries),
 * computed under a scenario's `shifts` when given.
 */
export function createCopilotAggregateCache(spec: TenantSpec, capacity = 4, shifts?: ShiftsOfDay): CopilotAggregateCache {
  const entries = new Map<string, CopilotTenantAggregate>();
  const pending = new Map<string, Promise<void>>();
  const keyOf = (refreshDay: number, withDaily: boolean) => `${refreshDay}:${withDaily ? 'daily' : 'last'}:${shifts?.fingerprint(refreshDay) ?? ''}`;
  const lookup = (refreshDay: number, withDaily: boolean) =>
    entries.get(keyOf(refreshDay, true)) ?? (withDaily ? undefined : entries.get(keyOf(refreshDay, false)));
  // Keyed as asked for: a scenario changed while the pass ran does not file its result under the new one.
  const remember = (key: string, aggregate: CopilotTenantAggregate) => {
    entries.set(key, aggregate);
    while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    return aggregate;
  };
  return {
    get(refreshDay, withDaily) {
      return lookup(refreshDay, withDaily) ?? remember(keyOf(refreshDay, withDaily), aggregateCopilotTenant(spec, refreshDay, withDaily, shifts?.users(refreshDay)));
    },
    prepare(refreshDay, withDaily) {
      if (lookup(refreshDay, withDaily)) return Promise.resolve();
      const key = keyOf(refreshDay, withDaily);
      let running = pending.get(key);
      if (!running) {
        running = aggregateCopilotTenantAsync(spec, refreshDay, withDaily, undefined, shifts?.users(refreshDay))
          .then((aggregate) => void remember(key, aggregate))
          .finally(() => pending.delete(key));
        pending.set(key, running);
      }
      return running;
    },
  };
}

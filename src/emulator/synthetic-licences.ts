/**
 * Which licences each user of the synthetic tenant holds, from (seed, index) alone: Microsoft 365 E5 or
 * E3 for everyone, Microsoft 365 Copilot for the Copilot-licensed (as the Copilot reports list them),
 * Power BI Pro for some E3 users, the free Power Automate for some; a few accounts deleted, and some
 * workloads switched off for some users. subscribedSkus counts its seats from the same function.
 */
import { epochDayFromIso } from './epoch-days.js';
import { createRandomSequence, hashKeys } from './seeded-random.js';
import { isCopilotLicensed, type TenantSpec } from './synthetic-tenant.js';

/** The workloads the active-user reports describe, in their column order (Skype for Business is retired, never used). */
export const WORKLOADS = ['exchange', 'oneDrive', 'sharePoint', 'skypeForBusiness', 'yammer', 'teams'] as const;
export type Workload = (typeof WORKLOADS)[number];
/** The bit of each workload in a workload mask. */
export const WORKLOAD_BIT: Readonly<Record<Workload, number>> = {
  exchange: 1,
  oneDrive: 2,
  sharePoint: 4,
  skypeForBusiness: 8,
  yammer: 16,
  teams: 32,
};
const ALL_WORKLOADS = 63;

/** Product names as the reports' Assigned Products column spells them. */
export const PRODUCT_NAMES = {
  e5: 'MICROSOFT 365 E5',
  e3: 'MICROSOFT 365 E3',
  copilot: 'MICROSOFT 365 COPILOT',
  powerBiPro: 'POWER BI PRO',
  flowFree: 'MICROSOFT POWER AUTOMATE FREE',
} as const;

/** A user's licences. A deleted account holds none, but keeps the workloads it had, for its activity before deletion. */
export type UserLicences = {
  readonly deleted: boolean;
  readonly suite: 'e5' | 'e3';
  readonly copilot: boolean;
  readonly powerBiPro: boolean;
  readonly flowFree: boolean;
  /** The workloads the suite gives this user (WORKLOAD_BIT), some switched off by the admin. */
  readonly workloads: number;
  /** Epoch day the suite was assigned. */
  readonly assignedDay: number;
};

const STREAM_LICENCES = 21;
const SALT_DELETED_PHASE = 0xde1;
const DELETED_SHARE = 0.015;
const E5_SHARE = 0.3;
// E5 includes Power BI Pro: only E3 users are given it on its own.
const POWER_BI_SHARE_OF_E3 = 0.07;
const FLOW_FREE_SHARE = 0.1;
// Users without Copilot whose admin switched a workload off; Copilot users keep all of them.
const EXCHANGE_OFF_SHARE = 0.03;
const YAMMER_OFF_SHARE = 0.2;
const TEAMS_OFF_SHARE = 0.02;
const FIRST_ASSIGNED_DAY = epochDayFromIso('2019-01-01');
const ASSIGNED_SPREAD_DAYS = 2_200;
// A deleted account stays in the reports for a while; its deletion date moves once every this many days.
const DELETION_CYCLE_DAYS = 30;

/** User `index`'s licences: a pure function of (seed, index). Copilot users are never deleted. */
export function getUserLicences(seed: number, index: number): UserLicences {
  const random = createRandomSequence(seed, STREAM_LICENCES, index);
  const copilot = isCopilotLicensed(seed, index);
  const deleted = random.chance(DELETED_SHARE) && !copilot;
  const suite = random.chance(E5_SHARE) ? 'e5' : 'e3';
  const powerBiPro = random.chance(POWER_BI_SHARE_OF_E3) && suite === 'e3';
  const flowFree = random.chance(FLOW_FREE_SHARE);
  let workloads = ALL_WORKLOADS;
  const off = [random.chance(EXCHANGE_OFF_SHARE), random.chance(YAMMER_OFF_SHARE), random.chance(TEAMS_OFF_SHARE)];
  if (!copilot) {
    if (off[0]) workloads &= ~WORKLOAD_BIT.exchange;
    if (off[1]) workloads &= ~WORKLOAD_BIT.yammer;
    if (off[2]) workloads &= ~WORKLOAD_BIT.teams;
  }
  const assignedDay = FIRST_ASSIGNED_DAY + random.below(ASSIGNED_SPREAD_DAYS);
  return { deleted, suite, copilot, powerBiPro, flowFree, workloads, assignedDay };
}

/** The workloads a user is licensed for today: none once deleted. */
export function licensedWorkloads(licences: UserLicences): number {
  return licences.deleted ? 0 : licences.workloads;
}

/** The Assigned Products cell: product names in alphabetical order joined by "+", empty for a deleted account. */
export function assignedProducts(licences: UserLicences): string {
  if (licences.deleted) return '';
  const names: string[] = [PRODUCT_NAMES[licences.suite]];
  if (licences.copilot) names.push(PRODUCT_NAMES.copilot);
  if (licences.powerBiPro) names.push(PRODUCT_NAMES.powerBiPro);
  if (licences.flowFree) names.push(PRODUCT_NAMES.flowFree);
  return names.sort().join('+');
}

/**
 * The day a deleted account was deleted, as seen from `refreshDay`: within the last 30 days, moving
 * once every 30 days, so a deleted user stays deleted on the same date while the clock advances.
 */
export function deletionDay(seed: number, index: number, refreshDay: number): number {
  const phase = hashKeys(seed ^ SALT_DELETED_PHASE, index) % DELETION_CYCLE_DAYS;
  const latest = refreshDay - 1;
  return latest - ((((latest + phase) % DELETION_CYCLE_DAYS) + DELETION_CYCLE_DAYS) % DELETION_CYCLE_DAYS);
}

/** Seats in use per SKU: the users (not deleted) holding each product. */
export type SeatCounts = { readonly e5: number; readonly e3: number; readonly copilot: number; readonly powerBiPro: number; readonly flowFree: number };

const seatCounts = new Map<string, SeatCounts>();

/** Counts every user's licences once per tenant (a million users take a moment, once). */
export function countSeats(spec: TenantSpec): SeatCounts {
  const key = `${spec.seed}:${spec.users}`;
  let counts = seatCounts.get(key);
  if (counts === undefined) {
    const tally = { e5: 0, e3: 0, copilot: 0, powerBiPro: 0, flowFree: 0 };
    for (let index = 0; index < spec.users; index++) {
      const licences = getUserLicences(spec.seed, index);
      if (licences.deleted) continue;
      tally[licences.suite]++;
      if (licences.copilot) tally.copilot++;
      if (licences.powerBiPro) tally.powerBiPro++;
      if (licences.flowFree) tally.flowFree++;
    }
    counts = tally;
    seatCounts.set(key, counts);
  }
  return counts;
}

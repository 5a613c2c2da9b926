/**
 * The Copilot figures each posted digest showed, kept per subscription and keyed by Graph's report
 * refresh date (not by when the digest ran): `digest-snapshot/<subscription>/<YYYY-MM-DD>`. Changes
 * are measured against the newest snapshot with an *earlier* refresh date, so data that has not moved
 * on (or was back-filled under the same date) never shows a change that did not happen.
 */
import { StoreConflictError, type StateStore } from '../store/state-store.js';
import type { Change, TrackedFigure } from '../view-models.js';

/** What one digest showed, enough to measure next week's changes. */
export type DigestSnapshot = {
  /** Graph's Report Refresh Date of the Copilot figures (YYYY-MM-DD). */
  readonly refreshDate: string;
  /** The period the figures count, e.g. `D7`; snapshots of another period are not compared. */
  readonly period: string;
  readonly enabled: number;
  readonly active: number;
  /** Active users per Copilot app key. */
  readonly apps: Readonly<Record<string, number>>;
  /** When it was taken (ISO instant). */
  readonly takenAt: string;
  /** The Copilot seats section's figures, when it was shown. */
  readonly seats?: SeatSnapshot;
  /** Enabled and active users over the week per department (5 users or more), for the departments that moved. */
  readonly departments?: DepartmentSnapshot;
  /** The Workloads line's figures, when it was shown. */
  readonly workloads?: WorkloadSnapshot;
  /** The Licences section's figures, when it was shown. */
  readonly licences?: LicenceSnapshot;
};

/**
 * What the Licences section showed: idle seats (and idle spend, in `currency`) per licence key and in all,
 * and the refresh date of the usage they were counted from.
 */
export type LicenceSnapshot = {
  readonly refreshDate: string;
  readonly currency?: string;
  readonly seats: Readonly<Record<string, number>>;
  readonly spend: Readonly<Record<string, number>>;
  readonly total: { readonly seats: number; readonly spend?: number };
};

/** Per department: enabled users and those active in the week. */
export type DepartmentSnapshot = Readonly<Record<string, { readonly enabled: number; readonly active: number }>>;

/** What the Workloads line showed: active users per workload key, and the refresh date of those counts. */
export type WorkloadSnapshot = { readonly refreshDate: string; readonly active: Readonly<Record<string, number>> };

/** What the "Copilot seats" section showed; idle spend in `currency`. */
export type SeatSnapshot = {
  readonly purchased: number;
  readonly assigned: number;
  readonly active: number;
  readonly idle: number;
  readonly idleMonthlySpend?: number;
  readonly currency?: string;
};

/** Snapshots kept per subscription: a quarter of weekly digests. */
export const SNAPSHOTS_KEPT = 13;

const PREFIX = 'digest-snapshot/';

/** The store prefix of one subscription's snapshots. */
export function snapshotPrefix(subscriptionId: string): string {
  return `${PREFIX}${subscriptionId}/`;
}

/** The newest snapshot of `period` whose refresh date is before `refreshDate`, if any. */
export async function findPreviousSnapshot(
  store: StateStore,
  subscriptionId: string,
  refreshDate: string,
  period: string,
): Promise<DigestSnapshot | undefined> {
  const keys = await store.list(snapshotPrefix(subscriptionId));
  for (const key of keys.reverse()) {
    if (key.slice(snapshotPrefix(subscriptionId).length) >= refreshDate) continue;
    const snapshot = readSnapshot((await store.get(key))?.value);
    if (snapshot && snapshot.period === period) return snapshot;
  }
  return undefined;
}

/**
 * Keeps `snapshot` unless one for its refresh date exists already (the first digest showing a
 * refresh date is the one later weeks compare with), then drops all but the newest SNAPSHOTS_KEPT.
 */
export async function saveSnapshot(store: StateStore, subscriptionId: string, snapshot: DigestSnapshot): Promise<void> {
  try {
    await store.put(`${snapshotPrefix(subscriptionId)}${snapshot.refreshDate}`, snapshot, { ifNoneMatch: '*' });
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
  }
  const keys = await store.list(snapshotPrefix(subscriptionId));
  for (const key of keys.slice(0, Math.max(0, keys.length - SNAPSHOTS_KEPT))) await store.delete(key);
}

/** Removes every snapshot of a subscription (unsubscribe, uninstall). */
export async function deleteSnapshots(store: StateStore, subscriptionId: string): Promise<void> {
  for (const key of await store.list(snapshotPrefix(subscriptionId))) await store.delete(key);
}

/** How `current` moved from `previous`; undefined when there is nothing to compare with. */
export function measureChange(current: number, previous: number | undefined): Change | undefined {
  if (previous === undefined) return undefined;
  const difference = current - previous;
  return previous !== 0 ? { previous, difference, relative: difference / previous } : { previous, difference };
}

/** `current` with its change against `previous`, when there is one to compare with. */
export function trackFigure(current: number, previous: number | undefined): TrackedFigure {
  const change = measureChange(current, previous);
  return change ? { current, change } : { current };
}

function readSnapshot(value: unknown): DigestSnapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const snapshot = value as Partial<DigestSnapshot>;
  const valid =
    typeof snapshot.refreshDate === 'string' &&
    typeof snapshot.period === 'string' &&
    typeof snapshot.enabled === 'number' &&
    typeof snapshot.active === 'number' &&
    typeof snapshot.apps === 'object' &&
    snapshot.apps !== null;
  if (!valid) return undefined;
  // A stored part that does not read as numbers is dropped: its section then shows no changes.
  const { seats, departments, workloads, licences, ...rest } = snapshot as DigestSnapshot;
  return {
    ...rest,
    ...(isSeatSnapshot(seats) ? { seats } : {}),
    ...(isDepartmentSnapshot(departments) ? { departments } : {}),
    ...(isWorkloadSnapshot(workloads) ? { workloads } : {}),
    ...(isLicenceSnapshot(licences) ? { licences } : {}),
  };
}

function isDepartmentSnapshot(value: unknown): value is DepartmentSnapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((counts: unknown) => {
    const { enabled, active } = (counts ?? {}) as Record<string, unknown>;
    return typeof enabled === 'number' && typeof active === 'number' && enabled >= active && active >= 0;
  });
}

function isNumberRecord(value: unknown): value is Readonly<Record<string, number>> {
  return typeof value === 'object' && value !== null && Object.values(value).every((count) => typeof count === 'number');
}

function isLicenceSnapshot(value: unknown): value is LicenceSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { refreshDate, currency, seats, spend, total } = value as Record<string, unknown>;
  const totals = typeof total === 'object' && total !== null ? (total as Record<string, unknown>) : undefined;
  return (
    typeof refreshDate === 'string' &&
    (currency === undefined || typeof currency === 'string') &&
    isNumberRecord(seats) &&
    isNumberRecord(spend) &&
    typeof totals?.seats === 'number' &&
    (totals.spend === undefined || typeof totals.spend === 'number')
  );
}

function isWorkloadSnapshot(value: unknown): value is WorkloadSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { refreshDate, active } = value as Record<string, unknown>;
  return typeof refreshDate === 'string' && isNumberRecord(active);
}

function isSeatSnapshot(value: unknown): value is SeatSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const seats = value as Record<string, unknown>;
  const numbers = ['purchased', 'assigned', 'active', 'idle'].every((key) => typeof seats[key] === 'number');
  const spend = seats.idleMonthlySpend === undefined || typeof seats.idleMonthlySpend === 'number';
  const currency = seats.currency === undefined || typeof seats.currency === 'string';
  return numbers && spend && currency;
}

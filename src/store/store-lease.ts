/**
 * Leases on a store key, for work that one process at a time should do among several instances
 * (e.g. one Graph download per report refresh): taken with a create-only write, held until it is
 * released or its time runs out, then taken over with a compare-and-set on the expired record.
 */
import type { Clock } from '../clock.js';
import { StoreConflictError, type StateStore } from './state-store.js';

export type LeaseOptions = {
  readonly store: StateStore;
  readonly clock: Clock;
  /** Names this process on the leases it holds. */
  readonly holder: string;
  /** How long a lease lasts unless renewed; a holder that dies frees the work after this. */
  readonly leaseMs: number;
};

/** A lease this process holds. */
export type HeldLease = {
  readonly key: string;
  /** Extends the lease by `leaseMs` from now; false when it was lost meanwhile (expired and taken over). */
  renew(): Promise<boolean>;
  /** Gives the lease up so others need not wait for it to run out. */
  release(): Promise<void>;
};

export type LeaseResult =
  | { readonly kind: 'acquired'; readonly lease: HeldLease; readonly tookOverFrom?: string }
  | { readonly kind: 'held'; readonly holder: string; readonly expiresAt: number };

type LeaseRecord = { readonly holder: string; readonly expiresAt: string };

/** Store prefix of lease records. */
export const LEASE_PREFIX = 'lease/';

/** Takes the lease on `name` if nobody holds it or its holder's time has run out. */
export async function acquireLease(name: string, options: LeaseOptions): Promise<LeaseResult> {
  const { store, clock, holder, leaseMs } = options;
  const key = LEASE_PREFIX + name;
  const record = (): LeaseRecord => ({ holder, expiresAt: new Date(clock.now() + leaseMs).toISOString() });
  try {
    return { kind: 'acquired', lease: heldLease(key, await store.put(key, record(), { ifNoneMatch: '*' }), record, store) };
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
  }
  const current = await store.get(key);
  if (!current) return acquireLease(name, options);
  const { holder: other, expiresAt } = readLease(current.value);
  if (clock.now() < expiresAt) return { kind: 'held', holder: other, expiresAt };
  try {
    const etag = await store.put(key, record(), { ifMatch: current.etag });
    return { kind: 'acquired', lease: heldLease(key, etag, record, store), tookOverFrom: other };
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    // Another process took it over first: it holds it now.
    const winner = await store.get(key);
    return winner ? { kind: 'held', ...readLease(winner.value) } : acquireLease(name, options);
  }
}

function heldLease(key: string, firstEtag: string, record: () => LeaseRecord, store: StateStore): HeldLease {
  let etag = firstEtag;
  return {
    key,
    async renew() {
      try {
        etag = await store.put(key, record(), { ifMatch: etag });
        return true;
      } catch (error) {
        if (error instanceof StoreConflictError) return false;
        throw error;
      }
    },
    async release() {
      // A lease already taken over belongs to someone else now: leave it.
      await store.delete(key, { ifMatch: etag }).catch((error: unknown) => {
        if (!(error instanceof StoreConflictError)) throw error;
      });
    },
  };
}

/** A damaged record reads as expired, so it is taken over rather than blocking the work for ever. */
function readLease(value: unknown): { holder: string; expiresAt: number } {
  const record = typeof value === 'object' && value !== null ? (value as Partial<LeaseRecord>) : {};
  const expiresAt = typeof record.expiresAt === 'string' ? Date.parse(record.expiresAt) : Number.NaN;
  return { holder: typeof record.holder === 'string' ? record.holder : 'unknown', expiresAt: Number.isNaN(expiresAt) ? 0 : expiresAt };
}

/**
 * Claims make each digest occurrence happen once: `digest/<subscription>/<occurrence ISO>` is
 * created create-only by whoever will post it, and later carries the outcome. The same records are
 * the digest history `digest status` reads.
 */
import { z } from 'zod';
import { StoreRecordError, type StateStore } from '../store/state-store.js';
import type { DigestOutcome } from '../view-models.js';

export type { DigestOutcome };

/** One occurrence of one subscription's digest, from claim to outcome. */
export type DigestClaim = {
  readonly subscriptionId: string;
  /** The instant the digest was due (ISO), or the minute `run-now` was asked for. */
  readonly occurrence: string;
  readonly trigger: 'schedule' | 'run-now';
  /** `claimed` until the claimer records the outcome. */
  readonly state: 'claimed' | DigestOutcome;
  /** 1, or 2 after a claim whose lease ran out was taken over. */
  readonly attempt: number;
  readonly claimedAt: string;
  /** The runner instance holding the claim. */
  readonly claimedBy: string;
  /** How late the claim was taken, in ms after the occurrence (catch-up after downtime shows here). */
  readonly lateMs: number;
  readonly finishedAt?: string;
  /** Why it failed or was missed: `HTTP_429 Throttled`, `HTTP_413 MessageSizeTooBig`, `NO_ANSWER`, `NO_ACTIVITY_ID`, `COMPOSE_FAILED`, `LEASE_EXPIRED`, `PAST_GRACE`, … */
  readonly reason?: string;
  readonly status?: number;
  /** The Copilot report refresh date the posted digest showed. */
  readonly refreshDate?: string;
  /** Microsoft Entra object id of whoever asked (`run-now`). */
  readonly requestedBy?: string;
  /** The id Teams gave the posted digest. */
  readonly activityId?: string;
};

const claimSchema = z.object({
  subscriptionId: z.string(),
  occurrence: z.string().datetime(),
  trigger: z.enum(['schedule', 'run-now']),
  state: z.enum(['claimed', 'posted', 'failed', 'missed', 'gone']),
  attempt: z.number().int().min(1),
  claimedAt: z.string().datetime(),
  claimedBy: z.string(),
  lateMs: z.number(),
  finishedAt: z.string().optional(),
  reason: z.string().optional(),
  status: z.number().int().optional(),
  refreshDate: z.string().optional(),
  requestedBy: z.string().optional(),
  activityId: z.string().optional(),
});

const CLAIMS_PREFIX = 'digest/';

/** The store prefix of one subscription's claims; ISO occurrences sort chronologically under it. */
export function claimPrefix(subscriptionId: string): string {
  return `${CLAIMS_PREFIX}${subscriptionId}/`;
}

export function claimKey(subscriptionId: string, occurrenceMs: number): string {
  return `${claimPrefix(subscriptionId)}${new Date(occurrenceMs).toISOString()}`;
}

/** Whether the claim has an outcome (nothing more will happen to it). */
export function isFinished(claim: DigestClaim): boolean {
  return claim.state !== 'claimed';
}

/** The newest claim of a subscription (the last run, or the one under way), if any. */
export async function getLatestClaim(store: StateStore, subscriptionId: string): Promise<DigestClaim | undefined> {
  const keys = await store.list(claimPrefix(subscriptionId));
  for (const key of keys.reverse()) {
    const claim = readClaim(await getOrUnreadable(store, key));
    if (claim) return claim;
  }
  return undefined;
}

/** How long claims are kept as history: a quarter, far beyond any lookback, so pruning never reopens an occurrence. */
export const CLAIM_HISTORY_MS = 92 * 86_400_000;

/** Every subscription's claim keys, oldest first, from one listing of the store. */
export async function listClaimKeys(store: StateStore): Promise<Map<string, string[]>> {
  const bySubscription = new Map<string, string[]>();
  for (const key of await store.list(CLAIMS_PREFIX)) {
    // Occurrences are ISO instants (no '/'), so the subscription id is everything before the last '/'.
    const subscriptionId = key.slice(CLAIMS_PREFIX.length, key.lastIndexOf('/'));
    const keys = bySubscription.get(subscriptionId) ?? [];
    keys.push(key);
    bySubscription.set(subscriptionId, keys);
  }
  return bySubscription;
}

/** Deletes the claims among `keys` (one subscription's, oldest first) for occurrences before `beforeMs`, always keeping the newest (the last run). */
export async function pruneClaims(store: StateStore, keys: readonly string[], beforeMs: number): Promise<void> {
  const cutoff = new Date(beforeMs).toISOString();
  for (const key of keys.slice(0, -1)) if (key.slice(key.lastIndexOf('/') + 1) < cutoff) await store.delete(key);
}

/** Removes a subscription's history (unsubscribe, uninstall). */
export async function deleteClaims(store: StateStore, subscriptionId: string): Promise<void> {
  for (const key of await store.list(claimPrefix(subscriptionId))) await store.delete(key);
}

/** A stored value read back as a claim, or undefined when it is not one (damaged, or written by another version). */
export function readClaim(value: unknown): DigestClaim | undefined {
  const parsed = claimSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The stored value, or undefined when the record is damaged (the caller treats it as not a claim). */
async function getOrUnreadable(store: StateStore, key: string): Promise<unknown> {
  try {
    return (await store.get(key))?.value;
  } catch (error) {
    if (error instanceof StoreRecordError) return undefined;
    throw error;
  }
}

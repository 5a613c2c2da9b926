/**
 * Claims of incoming activities in the state store that several instances share: one create-only write
 * (`If-None-Match: *`) per conversation and activity id, so when Teams retries an activity and the retry
 * reaches another instance, only one instance answers. Claims are filed under the conversation's tenant
 * and their UTC day, so `prune` deletes old days from the key listing alone, without reading a claim,
 * and a removed tenant's claims go with the rest of its data.
 */
import { createHash } from 'node:crypto';
import { toIsoDate, type Clock } from '../clock.js';
import { errorFields, type Logger } from '../logger.js';
import { StoreConflictError, type StateStore } from '../store/state-store.js';

/** Store prefix of the claims: `activity-claims/<tenant>/<YYYY-MM-DD>/<SHA-256 of conversation and activity id>`. */
export const ACTIVITY_CLAIM_PREFIX = 'activity-claims/';
/** What a claim is filed under when its activity names no usable tenant. */
const NO_TENANT = 'no-tenant';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
/** Teams retries within minutes: a claim this soon after midnight (UTC) may have a retry whose claim is under the day before. */
const RETRY_WINDOW_MS = 60 * 60_000;
const DEFAULT_PRUNE_INTERVAL_MS = 60 * 60_000;

export type ActivityClaimsOptions = {
  readonly store: StateStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Least time between two prunes by this instance (default an hour); the first comes with the first claim. */
  readonly pruneIntervalMs?: number;
};

/** Claims activities in a shared store and deletes the claims of days before yesterday now and then. */
export class ActivityClaims {
  private nextPruneAt: number;
  private pruning?: Promise<void>;

  constructor(private readonly options: ActivityClaimsOptions) {
    this.nextPruneAt = options.clock.now();
  }

  /**
   * True when this instance claimed the activity first; false when an instance (this one or another)
   * claimed it before. Throws what the store threw when it cannot tell.
   */
  async claim(tenant: string, conversationId: string, activityId: string): Promise<boolean> {
    const { store, clock } = this.options;
    const now = clock.now();
    this.pruneWhenDue(now);
    const day = toIsoDate(now);
    const created = store.put(claimKey(tenant, day, conversationId, activityId), { claimedAt: new Date(now).toISOString() }, { ifNoneMatch: '*' });
    // Read in parallel with the write, so a claim costs one round trip to the store either way.
    const earlier = now - Date.parse(day) < RETRY_WINDOW_MS ? store.get(claimKey(tenant, toIsoDate(now - DAY_MS), conversationId, activityId)) : undefined;
    const [write, read] = await Promise.allSettled([created, earlier]);
    if (write.status === 'rejected') {
      if (write.reason instanceof StoreConflictError) return false;
      throw write.reason;
    }
    if (read.status === 'rejected') throw read.reason;
    return read.value === undefined;
  }

  /** Deletes the claims of days before yesterday (UTC), so each is kept one to two days; resolves with how many. */
  async prune(): Promise<number> {
    const { store, clock } = this.options;
    const kept = toIsoDate(clock.now() - DAY_MS);
    let deleted = 0;
    for (const key of await store.list(ACTIVITY_CLAIM_PREFIX)) {
      // The day is the third segment (the second in claims filed before tenants).
      const day = key.split('/').slice(1, 3).find((segment) => DAY.test(segment));
      if (day !== undefined && day < kept && (await store.delete(key))) deleted += 1;
    }
    return deleted;
  }

  /** Resolves when the prune under way (if any) has finished. */
  async settled(): Promise<void> {
    await this.pruning;
  }

  /** Starts a prune in the background when the interval has passed; its failure is logged and the next one tries again. */
  private pruneWhenDue(now: number): void {
    if (this.pruning || now < this.nextPruneAt) return;
    this.nextPruneAt = now + (this.options.pruneIntervalMs ?? DEFAULT_PRUNE_INTERVAL_MS);
    const { logger } = this.options;
    this.pruning = this.prune()
      .then(
        (deleted) => (deleted > 0 ? logger.info('activity claims pruned', { deleted }) : undefined),
        (error: unknown) => logger.warn('activity claims not pruned', errorFields(error)),
      )
      .finally(() => {
        this.pruning = undefined;
      });
  }
}

/** Conversation ids may hold anything (any length, any character): the key holds their hash, a valid key whatever they are. */
function claimKey(tenant: string, day: string, conversationId: string, activityId: string): string {
  const hash = createHash('sha256').update(JSON.stringify([conversationId, activityId]), 'utf8').digest('hex');
  const segment = /^[a-z0-9][a-z0-9-]{0,63}$/.test(tenant) ? tenant : NO_TENANT;
  return `${ACTIVITY_CLAIM_PREFIX}${segment}/${day}/${hash}`;
}

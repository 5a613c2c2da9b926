/**
 * Posts each subscription's digest exactly once per occurrence. For every due occurrence the runner
 * claims `digest/<subscription>/<occurrence>` create-only; only the claimer composes and posts, then
 * records the outcome (posted, failed, missed, gone) on the claim.
 *
 * Recovery: a claim still unfinished after the lease (its claimer crashed or hung) is taken over
 * once; after a second lease it is recorded as failed. An occurrence found on start-up (or any tick)
 * less than the grace period late is posted late, once; later than that it is recorded as missed.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { putIfCondition, StoreConflictError, StoreRecordError, type StateStore } from '../store/state-store.js';
import type { MessageActivity } from '../teams-message.js';
import { CLAIM_HISTORY_MS, claimKey, claimPrefix, isFinished, listClaimKeys, pruneClaims, readClaim, type DigestClaim, type DigestOutcome } from './digest-claims.js';
import type { DigestSender } from './digest-sender.js';
import { forEachLimited } from './for-each-limited.js';
import { saveSnapshot, type DigestSnapshot } from './digest-snapshots.js';
import { deactivateSubscription, getSubscription, readSubscriptions } from './digest-subscriptions.js';
import { occurrencesBetween } from './schedule.js';
import type { DigestSubscription } from './subscription.js';

/** The message for one subscription, and the snapshot to keep once it is posted. */
export type DigestMessage = { readonly activity: MessageActivity; readonly snapshot?: DigestSnapshot };

/** Composes a subscription's digest message (see `createDigestMessageSource`). */
export type DigestMessageSource = (subscription: DigestSubscription) => Promise<DigestMessage>;

export type DigestRunnerOptions = {
  readonly store: StateStore;
  readonly sender: DigestSender;
  readonly compose: DigestMessageSource;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Names this instance on its claims; default host, process id and a random suffix. */
  readonly runnerId?: string;
  /** How long a claim may stay unfinished before another runner takes it over. */
  readonly leaseMs?: number;
  /** How late a digest may still be posted (after downtime); later ones are recorded as missed. */
  readonly graceMs?: number;
  /** How far back each run looks for occurrences to post or record as missed. */
  readonly lookbackMs?: number;
  /** Occurrences handled at once; sends are paced regardless. */
  readonly concurrency?: number;
};

/** Ten minutes: well beyond one delivery's worst case (compose, pacing, five attempts with backoff ≈ 3 min). */
export const DEFAULT_LEASE_MS = 10 * 60_000;
/** Six hours: a Monday-morning digest found after a restart at lunchtime still goes out; by evening it is missed. */
export const DEFAULT_GRACE_MS = 6 * 3_600_000;
/** Eight days: at least one weekly occurrence of every subscription is always in view. */
export const DEFAULT_LOOKBACK_MS = 8 * 86_400_000;
/**
 * A second of the tenant's send budget (50/s): enough occurrences in flight that the pacer, not the
 * store or composing, sets the pace, while a claim is still taken only about a second before its send.
 */
export const DEFAULT_CONCURRENCY = 50;

/**
 * What a run did with one due occurrence: an outcome, `busy` (another claimer has it), `done` (finished
 * before), `error` (a store failure, or a damaged stored record, for that subscription alone).
 */
export type OccurrenceResult = DigestOutcome | 'busy' | 'done' | 'error';

export type DigestRunSummary = { readonly [K in OccurrenceResult]: number };

/**
 * What `digest run-now` got: no (active) subscription here, a run still under way, a run finished less
 * than a minute ago (`nextAt`: when the next one is possible, ISO), or the finished claim.
 */
export type RunNowResult =
  | { readonly kind: 'not-subscribed' }
  | { readonly kind: 'busy'; readonly claim?: DigestClaim }
  | { readonly kind: 'too-soon'; readonly claim: DigestClaim; readonly nextAt: string }
  | { readonly kind: 'finished'; readonly claim: DigestClaim };

/** One `digest run-now` per conversation per rolling minute. */
const RUN_NOW_INTERVAL_MS = 60_000;

export class DigestRunner {
  /** This instance's name on its claims. */
  readonly runnerId: string;
  private readonly leaseMs: number;
  private readonly graceMs: number;
  private readonly lookbackMs: number;
  private readonly concurrency: number;
  /** Claims known to be finished, so later ticks skip them without reading the store; by occurrence time. */
  private readonly finished = new Map<string, number>();

  constructor(private readonly options: DigestRunnerOptions) {
    this.runnerId = options.runnerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.leaseMs = positive('leaseMs', options.leaseMs ?? DEFAULT_LEASE_MS);
    this.graceMs = positive('graceMs', options.graceMs ?? DEFAULT_GRACE_MS, true);
    this.lookbackMs = positive('lookbackMs', options.lookbackMs ?? DEFAULT_LOOKBACK_MS);
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  }

  /** Handles every occurrence due by now that is not finished; called on start-up and by the scheduler each minute. */
  async runDue(): Promise<DigestRunSummary> {
    const now = this.options.clock.now();
    for (const [key, occurrence] of this.finished) if (occurrence <= now - this.lookbackMs) this.finished.delete(key);
    const due: { subscription: DigestSubscription; occurrence: number }[] = [];
    const { subscriptions, unreadable } = await readSubscriptions(this.options.store);
    for (const key of unreadable) this.options.logger.error('digest subscription unreadable: skipped', { key });
    for (const subscription of subscriptions) {
      if (!subscription.active) continue;
      const since = Math.max(Date.parse(subscription.updatedAt) || now, now - this.lookbackMs);
      for (const occurrence of occurrencesBetween(subscription.schedule, since, now)) {
        if (!this.finished.has(claimKey(subscription.id, occurrence))) due.push({ subscription, occurrence });
      }
    }
    const summary: Record<OccurrenceResult, number> = { posted: 0, failed: 0, missed: 0, gone: 0, busy: 0, done: 0, error: unreadable.length };
    await forEachLimited(due, this.concurrency, async ({ subscription, occurrence }) => {
      summary[await this.runOccurrence(subscription, occurrence)] += 1;
    });
    // One listing of every claim per run (not one per subscription) finds stranded run-nows and old history.
    const claimKeys = await listClaimKeys(this.options.store);
    // Run-now claims have no schedule to find them by: unfinished ones are looked up, so a crashed run-now is taken over too.
    const stranded = await this.findStrandedRunNows(subscriptions.filter((subscription) => subscription.active), claimKeys, now);
    await forEachLimited(stranded, this.concurrency, async ({ subscription, occurrence }) => {
      summary[await this.runOccurrence(subscription, occurrence)] += 1;
    });
    due.push(...stranded);
    await this.pruneHistory(claimKeys, now);
    if (due.length > 0) this.options.logger.info('digest run', { due: due.length, ...summary });
    return summary;
  }

  /** `digest run-now`: the conversation's digest now, through the same claim, send and record path. */
  async runNow(subscriptionId: string, requestedBy: string): Promise<RunNowResult> {
    const { store, clock } = this.options;
    const subscription = await getSubscription(store, subscriptionId);
    if (!subscription?.active) return { kind: 'not-subscribed' };
    const now = clock.now();
    // One run-now per rolling minute: a double click, or two admins at once, posts one digest. Claims are
    // keyed by clock minute, so the previous minute's is the only other one that can be under a minute old.
    const minute = Math.floor(now / 60_000) * 60_000;
    const key = claimKey(subscriptionId, minute);
    const recent = await this.recentRunNow(subscriptionId, minute - 60_000, now);
    if (recent) return recent;
    const claim: DigestClaim = { ...this.newClaim(subscriptionId, minute, 'run-now', now), requestedBy };
    const etag = await this.create(key, claim);
    if (etag === undefined) return (await this.recentRunNow(subscriptionId, minute, now)) ?? { kind: 'busy' };
    return { kind: 'finished', claim: await this.deliver(subscription, key, claim, etag) };
  }

  /** The run-now claimed at `minute` when less than a minute old: still under way (busy) or done (too soon). */
  private async recentRunNow(subscriptionId: string, minute: number, now: number): Promise<RunNowResult | undefined> {
    const claim = readClaim((await this.options.store.get(claimKey(subscriptionId, minute)))?.value);
    if (!claim || claim.trigger !== 'run-now') return undefined;
    const nextAt = Date.parse(claim.claimedAt) + RUN_NOW_INTERVAL_MS;
    if (!(nextAt > now)) return undefined;
    return isFinished(claim) ? { kind: 'too-soon', claim, nextAt: iso(nextAt) } : { kind: 'busy', claim };
  }

  private async runOccurrence(subscription: DigestSubscription, occurrence: number): Promise<OccurrenceResult> {
    try {
      return await this.claimAndDeliver(subscription, occurrence);
    } catch (error) {
      // One subscription's trouble (a store error, a bug) never stops the others.
      this.options.logger.error('digest occurrence failed', {
        subscription: subscription.id,
        occurrence: new Date(occurrence).toISOString(),
        error: error instanceof Error ? error.name : 'unknown',
        ...(error instanceof StoreRecordError ? { key: error.key } : {}),
      });
      return 'error';
    }
  }

  private async claimAndDeliver(subscription: DigestSubscription, occurrence: number): Promise<OccurrenceResult> {
    const { store, clock, logger } = this.options;
    const key = claimKey(subscription.id, occurrence);
    const stored = await store.get(key);
    const now = clock.now();
    if (stored && !readClaim(stored.value)) throw new StoreRecordError(key);
    const lateMs = now - occurrence;

    if (!stored) {
      const claim = this.newClaim(subscription.id, occurrence, 'schedule', now);
      if (lateMs > this.graceMs) {
        const missed: DigestClaim = { ...claim, state: 'missed', finishedAt: claim.claimedAt, reason: 'PAST_GRACE' };
        if ((await this.create(key, missed)) === undefined) return 'busy';
        logger.warn('digest missed: too late to post', { subscription: subscription.id, lateMs });
        this.finished.set(key, occurrence);
        return 'missed';
      }
      const etag = await this.create(key, claim);
      if (etag === undefined) return 'busy';
      return (await this.deliver(subscription, key, claim, etag)).state as DigestOutcome;
    }

    const claim = readClaim(stored.value)!;
    if (isFinished(claim)) {
      this.finished.set(key, occurrence);
      return 'done';
    }
    if (now - Date.parse(claim.claimedAt) < this.leaseMs) return 'busy';

    // The claimer neither finished nor renewed within the lease: it crashed or hangs.
    if (lateMs > this.graceMs || claim.attempt >= 2) {
      const reason = lateMs > this.graceMs ? 'PAST_GRACE' : 'LEASE_EXPIRED';
      const final: DigestClaim = { ...claim, state: reason === 'PAST_GRACE' ? 'missed' : 'failed', finishedAt: iso(now), reason };
      return (await this.record(key, stored.etag, final)) ? final.state as DigestOutcome : 'busy';
    }
    const retry: DigestClaim = { ...claim, attempt: claim.attempt + 1, claimedAt: iso(now), claimedBy: this.runnerId, lateMs };
    const etag = await putIfCondition(store, key, retry, { ifMatch: stored.etag });
    if (etag === undefined) return 'busy';
    logger.warn('digest claim taken over after its lease', { subscription: subscription.id, attempt: retry.attempt });
    return (await this.deliver(subscription, key, retry, etag)).state as DigestOutcome;
  }

  /** Composes and sends under a claim this runner holds (`etag`), then records the outcome; returns the finished claim. */
  private async deliver(subscription: DigestSubscription, key: string, claim: DigestClaim, etag: string): Promise<DigestClaim> {
    const { store, clock, logger } = this.options;
    let message: DigestMessage;
    try {
      message = await this.options.compose(subscription);
    } catch (error) {
      logger.error('digest could not be composed', { subscription: subscription.id, error: error instanceof Error ? error.name : 'unknown' });
      return this.finish(key, etag, { ...claim, state: 'failed', reason: 'COMPOSE_FAILED' });
    }
    const result = await this.options.sender.post(subscription.reference, message.activity);
    switch (result.kind) {
      case 'delivered':
        if (message.snapshot) {
          await saveSnapshot(store, subscription.id, message.snapshot).catch((error: unknown) =>
            logger.warn('digest snapshot not kept', { subscription: subscription.id, error: error instanceof Error ? error.name : 'unknown' }),
          );
        }
        return this.finish(key, etag, {
          ...claim,
          state: 'posted',
          activityId: result.activityId,
          ...(message.snapshot ? { refreshDate: message.snapshot.refreshDate } : {}),
        });
      case 'gone':
        logger.warn('digest conversation gone: subscription deactivated', { subscription: subscription.id, status: result.status });
        await deactivateSubscription(store, subscription.id, result.status, clock.now());
        return this.finish(key, etag, { ...claim, state: 'gone', status: result.status, reason: result.reason });
      case 'retryable':
      case 'refused':
        logger.warn('digest not posted', { subscription: subscription.id, outcome: result.kind, reason: result.reason, attempts: result.attempts });
        return this.finish(key, etag, { ...claim, state: 'failed', reason: result.reason, ...(result.status !== undefined ? { status: result.status } : {}) });
    }
  }

  private async finish(key: string, etag: string, claim: DigestClaim): Promise<DigestClaim> {
    const final: DigestClaim = { ...claim, finishedAt: iso(this.options.clock.now()) };
    if (await this.record(key, etag, final)) this.finished.set(key, Date.parse(final.occurrence));
    return final;
  }

  /** Run-now claims within the lookback that this runner has not seen finish; their state is checked by `claimAndDeliver`. */
  private async findStrandedRunNows(
    subscriptions: readonly DigestSubscription[],
    claimKeys: ReadonlyMap<string, readonly string[]>,
    now: number,
  ): Promise<{ subscription: DigestSubscription; occurrence: number }[]> {
    const stranded: { subscription: DigestSubscription; occurrence: number }[] = [];
    for (const subscription of subscriptions) {
      for (const key of claimKeys.get(subscription.id) ?? []) {
        const occurrence = Date.parse(key.slice(claimPrefix(subscription.id).length));
        if (Number.isNaN(occurrence) || occurrence <= now - this.lookbackMs || this.finished.has(key)) continue;
        // A damaged claim is reported by `claimAndDeliver` only if its occurrence is due; here it is just not a run-now.
        const claim = readClaim(await this.options.store.get(key).then((stored) => stored?.value, valueIfDamaged));
        if (claim?.trigger === 'run-now' && !isFinished(claim)) stranded.push({ subscription, occurrence });
        else if (claim && isFinished(claim)) this.finished.set(key, occurrence);
      }
    }
    return stranded;
  }

  /** History older than twice the lookback can never be due again, so dropping it cannot cause a second post. */
  private async pruneHistory(claimKeys: ReadonlyMap<string, readonly string[]>, now: number): Promise<void> {
    const before = now - Math.max(CLAIM_HISTORY_MS, 2 * this.lookbackMs);
    for (const [subscriptionId, keys] of claimKeys) {
      await pruneClaims(this.options.store, keys, before).catch((error: unknown) =>
        this.options.logger.warn('digest history not pruned', { subscription: subscriptionId, error: error instanceof Error ? error.name : 'unknown' }),
      );
    }
  }

  /** Creates the claim, create-only; its etag, or undefined when another runner has it already. */
  private create(key: string, claim: DigestClaim): Promise<string | undefined> {
    return putIfCondition(this.options.store, key, claim, { ifNoneMatch: '*' });
  }

  /** Writes the claim if it is still the version this runner holds; false (logged) when it changed meanwhile. */
  private async record(key: string, etag: string, claim: DigestClaim): Promise<boolean> {
    try {
      await this.options.store.put(key, claim, { ifMatch: etag });
      return true;
    } catch (error) {
      if (!(error instanceof StoreConflictError)) throw error;
      this.options.logger.warn('digest claim changed before its outcome was recorded', { subscription: claim.subscriptionId, code: error.code });
      return false;
    }
  }

  private newClaim(subscriptionId: string, occurrence: number, trigger: DigestClaim['trigger'], now: number): DigestClaim {
    return {
      subscriptionId,
      occurrence: iso(occurrence),
      trigger,
      state: 'claimed',
      attempt: 1,
      claimedAt: iso(now),
      claimedBy: this.runnerId,
      lateMs: Math.max(0, now - occurrence),
    };
  }
}

function valueIfDamaged(error: unknown): undefined {
  if (error instanceof StoreRecordError) return undefined;
  throw error;
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function positive(name: string, value: number, zeroAllowed = false): number {
  if (!Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0)) {
    throw new RangeError(`DigestRunnerOptions.${name} must be a finite number of milliseconds above 0, got ${value}.`);
  }
  return value;
}

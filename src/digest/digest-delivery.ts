/**
 * Delivers one digest to one conversation: paced under Teams' limits, 429/412/502/504 retried with
 * Retry-After or full-jitter exponential backoff on the injected clock, and the answer classified:
 * sent, gone (403/404: the bot was removed or the conversation deleted) or failed.
 */
import type { Activity } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { decideRetry, resolveRetryPolicy, type RetryPolicy } from '../reports/retry-policy.js';
import { readSendFailure, type DigestSender } from './digest-sender.js';
import { SendPacer, TEAMS_PACING, type PacingLimits } from './send-pacer.js';
import { tenantOf, type ConversationRef } from './subscription.js';

/** What became of one delivery, with how many sends it took. */
export type DeliveryResult =
  | { readonly kind: 'sent'; readonly attempts: number }
  | { readonly kind: 'gone'; readonly status: number; readonly attempts: number }
  | { readonly kind: 'failed'; readonly reason: string; readonly status?: number; readonly attempts: number };

export type DigestDeliveryOptions = {
  readonly sender: DigestSender;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Jitter source; tests pass a fixed one. */
  readonly random?: () => number;
  readonly pacing?: PacingLimits;
  readonly retry?: Partial<RetryPolicy>;
};

/** Statuses Teams documents as transient for bot sends: throttled, precondition (concurrent update), gateway. */
export const RETRYABLE_SEND_STATUSES: ReadonlySet<number> = new Set([429, 412, 502, 504]);
/** The conversation is not there for the bot any more: removed from the team, chat deleted, or blocked. */
export const GONE_SEND_STATUSES: ReadonlySet<number> = new Set([403, 404]);

/**
 * Five attempts, 1 s doubling to 30 s between them, and at most a minute's Retry-After: a digest
 * can wait, and the worst case (about two and a half minutes) stays well inside the claim lease.
 */
export const DIGEST_RETRY: Partial<RetryPolicy> = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 };

export class DigestDelivery {
  private readonly pacer: SendPacer;
  private readonly policy: RetryPolicy;
  private readonly random: () => number;

  constructor(private readonly options: DigestDeliveryOptions) {
    this.pacer = new SendPacer(options.clock, options.pacing ?? TEAMS_PACING);
    this.policy = resolveRetryPolicy({ ...DIGEST_RETRY, ...options.retry });
    this.random = options.random ?? Math.random;
  }

  /** Sends `activity` to `reference`; never throws. */
  async deliver(reference: ConversationRef, activity: Partial<Activity>): Promise<DeliveryResult> {
    const { clock, logger, sender } = this.options;
    const tenant = tenantOf(reference);
    for (let attempt = 1; ; attempt++) {
      await this.pacer.acquire(reference.conversation.id, tenant);
      try {
        await sender.send(reference, activity);
        return { kind: 'sent', attempts: attempt };
      } catch (error) {
        const { status, retryAfterMs } = readSendFailure(error, clock.now());
        if (status !== undefined && GONE_SEND_STATUSES.has(status)) return { kind: 'gone', status, attempts: attempt };
        if (status === undefined || !RETRYABLE_SEND_STATUSES.has(status)) {
          return { kind: 'failed', reason: status === undefined ? 'NO_ANSWER' : `HTTP_${status}`, ...(status !== undefined ? { status } : {}), attempts: attempt };
        }
        const decision = decideRetry(attempt, retryAfterMs, clock.now(), this.policy, this.random);
        if (decision.action === 'give-up') {
          logger.warn('digest send: giving up', { status, attempt, reason: decision.reason });
          return { kind: 'failed', reason: status === 429 ? 'THROTTLED' : `HTTP_${status}`, status, attempts: attempt };
        }
        // Teams asked this app to slow down: hold the tenant's other sends back as well.
        if (status === 429 && retryAfterMs !== undefined) this.pacer.holdTenant(tenant, clock.now() + retryAfterMs);
        logger.warn('digest send: retrying', { status, attempt, delayMs: decision.delayMs });
        await clock.sleep(decision.delayMs);
      }
    }
  }
}

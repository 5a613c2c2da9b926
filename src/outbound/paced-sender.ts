/**
 * Every call to Teams goes through here: booked on the one pacer (per conversation and per tenant),
 * retried on `retryable` outcomes with the shared retry loop, and answered with a `SendResult` (never
 * a throw). A 429 with Retry-After holds back the tenant's other sends too.
 */
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { retryWithPolicy } from './retry.js';
import { resolveRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { readSendAnswer, readSendError, type SendOutcome, type SendResult } from './send-outcome.js';
import { SendPacer, TEAMS_PACING, type PacingLimits } from './send-pacer.js';

/** Where a call goes: the conversation and tenant it counts against. */
export type SendTarget = { readonly conversationId: string; readonly tenantId: string };

/** One call to the connector: resolves with its answer (`{ id }`), rejects with its error. */
export type ConnectorCall = () => Promise<{ readonly id?: unknown } | void | undefined>;

/** How long a turn's reply may keep trying: Teams waits about 15 s for the turn, so 3 attempts within 8 s. */
const REPLY_RETRY: Partial<RetryPolicy> = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, maxRetryAfterMs: 8_000 };
/** Work outside a turn (digests, proactive messages) can wait: 5 attempts, 1–30 s apart, Retry-After up to a minute. */
const BACKGROUND_RETRY: Partial<RetryPolicy> = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 };

export type PacedSenderOptions = {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly random?: () => number;
  readonly pacing?: PacingLimits;
  /** Overrides for both policies (tests). */
  readonly retry?: Partial<RetryPolicy>;
};

export class PacedSender {
  private readonly pacer: SendPacer;
  private readonly policies: Record<'reply' | 'background', RetryPolicy>;

  constructor(private readonly options: PacedSenderOptions) {
    this.pacer = new SendPacer(options.clock, options.pacing ?? TEAMS_PACING);
    this.policies = {
      reply: resolveRetryPolicy({ ...REPLY_RETRY, ...options.retry }),
      background: resolveRetryPolicy({ ...BACKGROUND_RETRY, ...options.retry }),
    };
  }

  /** Runs `call` for `target` until it is delivered, gone, refused, or retries run out; never throws. */
  async send(target: SendTarget, call: ConnectorCall, mode: 'reply' | 'background'): Promise<SendResult> {
    const { clock, logger } = this.options;
    const result = await retryWithPolicy<SendOutcome>(
      async () => {
        await this.pacer.acquire(target.conversationId, target.tenantId, mode);
        let outcome: SendOutcome;
        try {
          outcome = readSendAnswer(await call());
        } catch (error) {
          outcome = readSendError(error, clock.now());
        }
        if (outcome.kind !== 'retryable') return { retry: false, value: outcome };
        return { retry: true, value: outcome, ...(outcome.retryAfterMs !== undefined ? { retryAfterMs: outcome.retryAfterMs } : {}) };
      },
      {
        policy: this.policies[mode],
        clock,
        ...(this.options.random ? { random: this.options.random } : {}),
        beforeWait: (outcome, attempt, delayMs) => {
          // Teams asked this app to slow down: hold the tenant's other sends back as well.
          if (outcome.kind === 'retryable' && outcome.status === 429 && outcome.retryAfterMs !== undefined) {
            this.pacer.holdTenant(target.tenantId, clock.now() + outcome.retryAfterMs);
          }
          logger.warn('teams send: retrying', { reason: outcome.kind === 'delivered' ? undefined : outcome.reason, attempt, delayMs });
        },
      },
    );
    if (result.gaveUp) {
      const reason = result.value.kind === 'delivered' ? undefined : result.value.reason;
      logger.warn('teams send: giving up', { reason, attempts: result.attempts, why: result.gaveUp });
    }
    return { ...result.value, attempts: result.attempts };
  }
}

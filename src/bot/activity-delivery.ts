/**
 * Sends activities to a conversation within Teams' limits: at most 7 messages a second per
 * conversation (a small gap between sends), and a 429 from the Bot Connector retried with full-jitter
 * backoff, a bounded number of times. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { decideRetry, parseRetryAfter, resolveRetryPolicy, type RetryPolicy } from '../reports/retry-policy.js';

/** The clock to pace and back off on, and the limits; defaults follow Teams' documented ones. */
export type ActivityDeliveryOptions = {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Jitter source; tests pass a fixed one. */
  readonly random?: () => number;
  /** Least time between two sends to one conversation; 7 per second allows 143 ms. */
  readonly minIntervalMs?: number;
  readonly retry?: Partial<RetryPolicy>;
};

/** Three attempts, backing off from 1 s up to 8 s; the connector's pipeline has already honoured any Retry-After. */
const DELIVERY_RETRY: Partial<RetryPolicy> = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, maxRetryAfterMs: 30_000 };
const TEAMS_MIN_INTERVAL_MS = 150;
const MAX_TRACKED_CONVERSATIONS = 1_000;

/** Delivers activities in order; shared by turn replies and proactive sends so both respect the limits. */
export class ActivityDelivery {
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly random: () => number;
  private readonly minIntervalMs: number;
  private readonly policy: RetryPolicy;
  /** The earliest time the next send to a conversation may start. */
  private readonly nextSlot = new Map<string, number>();

  constructor(options: ActivityDeliveryOptions) {
    this.clock = options.clock;
    this.logger = options.logger;
    this.random = options.random ?? Math.random;
    this.minIntervalMs = options.minIntervalMs ?? TEAMS_MIN_INTERVAL_MS;
    this.policy = resolveRetryPolicy({ ...DELIVERY_RETRY, ...options.retry });
  }

  /** Sends each activity to the context's conversation, in order; rejects with the last error if one cannot be sent. */
  async send(context: TurnContext, activities: readonly Partial<Activity>[]): Promise<void> {
    const conversationId = context.activity.conversation?.id ?? '';
    for (const activity of activities) {
      await this.waitForSlot(conversationId);
      await this.sendWithRetry(context, activity);
    }
  }

  private async waitForSlot(conversationId: string): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot.get(conversationId) ?? now);
    this.nextSlot.set(conversationId, slot + this.minIntervalMs);
    if (this.nextSlot.size > MAX_TRACKED_CONVERSATIONS) this.forgetIdleConversations(now);
    if (slot > now) await this.clock.sleep(slot - now);
  }

  private forgetIdleConversations(now: number): void {
    for (const [id, slot] of this.nextSlot) if (slot <= now) this.nextSlot.delete(id);
  }

  private async sendWithRetry(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await context.sendActivity(activity);
        return;
      } catch (error) {
        const throttled = getThrottling(error, this.clock.now());
        if (!throttled) throw error;
        const decision = decideRetry(attempt, throttled.retryAfterMs, this.clock.now(), this.policy, this.random);
        if (decision.action === 'give-up') {
          this.logger.warn('bot connector throttled: giving up', { attempt, reason: decision.reason });
          throw error;
        }
        this.logger.warn('bot connector throttled: retrying', { attempt, delayMs: decision.delayMs });
        await this.clock.sleep(decision.delayMs);
      }
    }
  }
}

/** A 429 from the connector (a RestError with statusCode 429), with its Retry-After when it sent one. */
function getThrottling(error: unknown, now: number): { retryAfterMs: number | undefined } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { statusCode, response } = error as { statusCode?: unknown; response?: { headers?: { get?: (name: string) => unknown } } };
  if (statusCode !== 429) return undefined;
  const retryAfter = response?.headers?.get?.('retry-after');
  return { retryAfterMs: parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : undefined, now) };
}

/**
 * When to try an outbound request again (Graph, the Bot Connector, upload sessions) and how long to
 * wait first: Retry-After when the server sends one, otherwise bounded exponential backoff with full
 * jitter. Pure functions; `retryWithPolicy` (retry.ts) does the waiting.
 */

export type RetryPolicy = {
  /** Attempts in total, the first one included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the caller fails at once with `retryAt`. */
  readonly maxRetryAfterMs: number;
};

/** Four attempts, 1 s doubling up to 30 s between them, and at most a minute's wait on Retry-After. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
});

/** Fills the defaults into a partial policy and rejects values that would loop or wait forever. */
export function resolveRetryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...withoutUndefined(overrides) };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be a whole number of at least 1, got ${policy.maxAttempts}.`);
  }
  for (const name of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    if (!Number.isFinite(policy[name]) || policy[name] < 0) {
      throw new RangeError(`retry.${name} must be a finite number of milliseconds of at least 0, got ${policy[name]}.`);
    }
  }
  return Object.freeze(policy);
}

/** The HTTP statuses worth repeating: throttled, or a gateway or service that is briefly down. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/**
 * Milliseconds to wait from a `Retry-After` value, either delta-seconds or an HTTP-date measured
 * against `now` (the injected clock, not the wall clock). A date in the past gives 0; a value that is
 * neither gives `undefined`, so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  // An HTTP-date always names a weekday or month, which rules out bare numbers Date.parse would accept.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Full-jitter exponential backoff before retry number `retry` (1 for the first retry):
 * `random() * min(maxDelayMs, baseDelayMs * 2^(retry - 1))`. Spreads clients apart after a shared outage.
 */
export function computeBackoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

export type RetryDecision =
  | { readonly action: 'retry'; readonly delayMs: number }
  | { readonly action: 'give-up'; readonly reason: 'attempts-exhausted' | 'retry-after-too-long'; readonly retryAt?: number };

/**
 * Decides what follows failed attempt number `attempt` (1-based) whose answer carried `retryAfterMs`
 * (undefined when absent or unreadable). `retryAt` is set whenever Graph said when to come back.
 */
export function decideRetry(
  attempt: number,
  retryAfterMs: number | undefined,
  now: number,
  policy: RetryPolicy,
  random: () => number,
): RetryDecision {
  const retryAt = retryAfterMs === undefined ? undefined : now + retryAfterMs;
  if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) {
    return { action: 'give-up', reason: 'retry-after-too-long', retryAt };
  }
  if (attempt >= policy.maxAttempts) return { action: 'give-up', reason: 'attempts-exhausted', retryAt };
  return { action: 'retry', delayMs: retryAfterMs ?? computeBackoffDelay(attempt, policy, random) };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

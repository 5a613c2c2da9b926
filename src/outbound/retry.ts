/**
 * The one retry loop every outbound client uses (Graph, the Bot Connector, upload sessions): the
 * caller's attempt says whether its result is worth repeating and what Retry-After it carried; this
 * waits on the injected clock (Retry-After, else full-jitter backoff) within the policy's bounds.
 */
import type { Clock } from '../clock.js';
import { decideRetry, type RetryPolicy } from './retry-policy.js';

/** One attempt's result: final, or worth repeating (with the server's Retry-After in ms, when it sent one). */
export type AttemptResult<T> =
  | { readonly retry: false; readonly value: T }
  | { readonly retry: true; readonly value: T; readonly retryAfterMs?: number };

export type RetryLoop<T> = {
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  /** Jitter source; tests pass a fixed one. */
  readonly random?: () => number;
  /** Called before each wait, e.g. to release a response body or log the retry. */
  readonly beforeWait?: (value: T, attempt: number, delayMs: number) => void | Promise<void>;
};

/** The last attempt's value, how many attempts ran, and why the loop stopped retrying, if it did. */
export type RetryResult<T> = {
  readonly value: T;
  readonly attempts: number;
  /** Set when the last value was still retryable: attempts ran out, or Retry-After was too long to wait. */
  readonly gaveUp?: 'attempts-exhausted' | 'retry-after-too-long';
  /** When the server said to come back, if it did. */
  readonly retryAt?: number;
};

/** Runs `attempt(1)`, `attempt(2)`, … until one is final or the policy gives up. */
export async function retryWithPolicy<T>(attempt: (attempt: number) => Promise<AttemptResult<T>>, loop: RetryLoop<T>): Promise<RetryResult<T>> {
  const random = loop.random ?? Math.random;
  for (let number = 1; ; number++) {
    const result = await attempt(number);
    if (!result.retry) return { value: result.value, attempts: number };
    const decision = decideRetry(number, result.retryAfterMs, loop.clock.now(), loop.policy, random);
    if (decision.action === 'give-up') {
      return { value: result.value, attempts: number, gaveUp: decision.reason, ...(decision.retryAt !== undefined ? { retryAt: decision.retryAt } : {}) };
    }
    await loop.beforeWait?.(result.value, number, decision.delayMs);
    await loop.clock.sleep(decision.delayMs);
  }
}

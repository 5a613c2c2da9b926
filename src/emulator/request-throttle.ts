/**
 * Graph's report throttling: at most `limit` CSV requests per report function in a sliding window
 * (14 per 10 minutes), measured on the emulator's clock; beyond it, how long until one slot frees up.
 */
import type { Clock } from '../clock.js';

/** The throttle's verdict on one request. */
export type ThrottleDecision =
  | { readonly admitted: true }
  | { readonly admitted: false; readonly retryAfterSeconds: number };

/** Counts requests per key. */
export type RequestThrottle = { admit(key: string): ThrottleDecision };

/** Creates a sliding-window throttle: `limit` requests per `windowMs` per key. */
export function createRequestThrottle(clock: Clock, limit = 14, windowMs = 10 * 60 * 1000): RequestThrottle {
  const history = new Map<string, number[]>();
  return {
    admit(key) {
      const now = clock.now();
      const recent = (history.get(key) ?? []).filter((at) => at > now - windowMs);
      if (recent.length >= limit) {
        history.set(key, recent);
        return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)) };
      }
      recent.push(now);
      history.set(key, recent);
      return { admitted: true };
    },
  };
}

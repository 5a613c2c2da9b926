import { describe, expect, test } from 'vitest';
import {
  DEFAULT_RETRY_POLICY,
  computeBackoffDelay,
  decideRetry,
  isRetryableStatus,
  parseRetryAfter,
  resolveRetryPolicy,
} from '../src/outbound/retry-policy.js';

const NOW = Date.parse('2025-03-04T10:00:00Z');

describe('parseRetryAfter', () => {
  test('reads delta-seconds as milliseconds', () => {
    expect(parseRetryAfter('7', NOW)).toBe(7_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  test('reads an HTTP-date relative to the given clock, not the wall clock', () => {
    expect(parseRetryAfter('Tue, 04 Mar 2025 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Tue, 04 Mar 2025 10:00:30 GMT', NOW + 10_000)).toBe(20_000);
  });

  test('a date in the past means no wait', () => {
    expect(parseRetryAfter('Tue, 04 Mar 2025 09:59:00 GMT', NOW)).toBe(0);
  });

  test('absent or unreadable values give undefined so the caller falls back to backoff', () => {
    for (const value of [null, undefined, '', '   ', 'soon', '-5', '1.5', '2025-03-04']) {
      expect(parseRetryAfter(value, NOW), String(value)).toBeUndefined();
    }
  });
});

describe('computeBackoffDelay', () => {
  const policy = resolveRetryPolicy({ baseDelayMs: 1_000, maxDelayMs: 5_000 });

  test('is full jitter over an exponentially growing ceiling: random() * min(max, base * 2^(retry-1))', () => {
    expect([1, 2, 3, 4, 5].map((retry) => computeBackoffDelay(retry, policy, () => 0.999_999))).toEqual([
      999, 1_999, 3_999, 4_999, 4_999,
    ]);
    expect(computeBackoffDelay(3, policy, () => 0.5)).toBe(2_000);
    expect(computeBackoffDelay(3, policy, () => 0)).toBe(0);
  });
});

describe('decideRetry', () => {
  const policy = resolveRetryPolicy({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 60_000 });
  const half = () => 0.5;

  test('waits exactly as long as Retry-After says, without jitter', () => {
    expect(decideRetry(1, 7_000, NOW, policy, half)).toEqual({ action: 'retry', delayMs: 7_000 });
  });

  test('falls back to jittered backoff without Retry-After', () => {
    expect(decideRetry(1, undefined, NOW, policy, half)).toEqual({ action: 'retry', delayMs: 50 });
    expect(decideRetry(2, undefined, NOW, policy, half)).toEqual({ action: 'retry', delayMs: 100 });
  });

  test('gives up after maxAttempts, keeping the time Graph named', () => {
    expect(decideRetry(3, undefined, NOW, policy, half)).toEqual({
      action: 'give-up',
      reason: 'attempts-exhausted',
      retryAt: undefined,
    });
    expect(decideRetry(3, 5_000, NOW, policy, half)).toEqual({
      action: 'give-up',
      reason: 'attempts-exhausted',
      retryAt: NOW + 5_000,
    });
  });

  test('gives up at once when Retry-After is longer than maxRetryAfterMs', () => {
    expect(decideRetry(1, 60_001, NOW, policy, half)).toEqual({
      action: 'give-up',
      reason: 'retry-after-too-long',
      retryAt: NOW + 60_001,
    });
    expect(decideRetry(1, 60_000, NOW, policy, half)).toEqual({ action: 'retry', delayMs: 60_000 });
  });
});

describe('isRetryableStatus', () => {
  test('retries throttling and gateway failures only', () => {
    expect([429, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 302, 400, 401, 403, 404, 409, 500, 501].some(isRetryableStatus)).toBe(false);
  });
});

describe('resolveRetryPolicy', () => {
  test('fills in the defaults, ignoring undefined overrides', () => {
    expect(resolveRetryPolicy()).toEqual(DEFAULT_RETRY_POLICY);
    expect(resolveRetryPolicy({ maxAttempts: undefined, baseDelayMs: 10 })).toEqual({
      ...DEFAULT_RETRY_POLICY,
      baseDelayMs: 10,
    });
    expect(DEFAULT_RETRY_POLICY).toMatchObject({ maxAttempts: 4, maxRetryAfterMs: 60_000 });
  });

  test('rejects values that would never try or wait forever, naming the setting', () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(/retry\.maxAttempts must be a whole number of at least 1, got 0/);
    expect(() => resolveRetryPolicy({ maxAttempts: 1.5 })).toThrow(/retry\.maxAttempts/);
    expect(() => resolveRetryPolicy({ baseDelayMs: -1 })).toThrow(/retry\.baseDelayMs .* got -1/);
    expect(() => resolveRetryPolicy({ maxRetryAfterMs: Number.POSITIVE_INFINITY })).toThrow(/retry\.maxRetryAfterMs/);
  });
});

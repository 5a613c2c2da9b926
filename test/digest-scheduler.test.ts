import { describe, expect, test } from 'vitest';
import type { DigestRunSummary } from '../src/digest/digest-runner.js';
import { startDigestScheduler, type Timer } from '../src/digest/digest-scheduler.js';
import { silentLogger, type Logger } from '../src/logger.js';
import { createFakeClock } from './support/fake-clock.js';

const EMPTY: DigestRunSummary = { posted: 0, failed: 0, missed: 0, gone: 0, busy: 0, done: 0, error: 0 };

/** A timer the test fires by hand. */
function manualTimer() {
  const pending: { delayMs: number; callback: () => void; cancelled: boolean }[] = [];
  const timer: Timer = (delayMs, callback) => {
    const entry = { delayMs, callback, cancelled: false };
    pending.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  return { timer, pending, fire: () => pending.shift()!.callback() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('digest scheduler', () => {
  test('runs at once (start-up catch-up), then a second after each whole minute, never overlapping', async () => {
    const clock = createFakeClock('2026-11-23T07:59:20.500Z');
    const { timer, pending, fire } = manualTimer();
    let runs = 0;
    let release: (() => void) | undefined;
    const runner = {
      runDue: () => {
        runs += 1;
        return new Promise<DigestRunSummary>((resolve) => {
          release = () => resolve(EMPTY);
        });
      },
    };
    const scheduler = startDigestScheduler({ runner, clock, logger: silentLogger, timer });
    expect(runs).toBe(1);
    await settle();
    expect(pending).toHaveLength(0); // the first run is still going
    release!();
    await settle();
    expect(pending.map((entry) => entry.delayMs)).toEqual([40_500]); // 08:00:01
    clock.advance(40_500);
    fire();
    expect(runs).toBe(2);
    release!();
    await settle();
    expect(pending.map((entry) => entry.delayMs)).toEqual([60_000]);
    await scheduler.stop();
    expect(pending[0]!.cancelled).toBe(true);
  });

  test('a failed run is logged and the next one still comes', async () => {
    const clock = createFakeClock('2026-11-23T08:00:01Z');
    const { timer, pending } = manualTimer();
    const errors: string[] = [];
    const logger: Logger = { ...silentLogger, error: (message) => void errors.push(message) };
    const scheduler = startDigestScheduler({ runner: { runDue: () => Promise.reject(new Error('store unreadable')) }, clock, logger, timer });
    await settle();
    expect(errors).toEqual(['digest run failed']);
    expect(pending).toHaveLength(1);
    await scheduler.stop();
  });

  test('stop waits for the run under way and schedules nothing after it', async () => {
    const clock = createFakeClock('2026-11-23T08:00:01Z');
    const { timer, pending } = manualTimer();
    let finish: (() => void) | undefined;
    const scheduler = startDigestScheduler({
      runner: { runDue: () => new Promise<DigestRunSummary>((resolve) => (finish = () => resolve(EMPTY))) },
      clock,
      logger: silentLogger,
      timer,
    });
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    finish!();
    await stopping;
    await settle();
    expect(pending).toHaveLength(0);
  });
});

/**
 * Drives the digest runner (and whatever else runs on the same tick, such as the alert runner): one
 * run at start-up (which posts or records what was missed while the bot was down), then one a second
 * after each whole minute, when weekly occurrences fall due. Runs never overlap; a failed run is
 * logged and the next one comes as usual.
 */
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

/** Schedules a callback; returns what cancels it. Production uses setTimeout, tests a hand-driven fake. */
export type Timer = (delayMs: number, callback: () => void) => () => void;

export type DigestSchedulerOptions = {
  readonly runner: { runDue(): Promise<unknown> };
  readonly clock: Clock;
  readonly logger: Logger;
  /** Default one minute: digests are due on whole minutes. */
  readonly intervalMs?: number;
  readonly timer?: Timer;
};

export type DigestScheduler = {
  /** Cancels the next run and waits for the one under way, if any. */
  stop(): Promise<void>;
};

/** The time after each interval boundary the run starts, so an occurrence at hh:mm:00 is already due. */
const AFTER_BOUNDARY_MS = 1_000;

/** A timer that does not keep the process alive by itself. */
export const systemTimer: Timer = (delayMs, callback) => {
  const handle = setTimeout(callback, delayMs);
  handle.unref();
  return () => clearTimeout(handle);
};

/** Starts running `runner.runDue()` now and after every interval until stopped. */
export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const intervalMs = options.intervalMs ?? 60_000;
  const timer = options.timer ?? systemTimer;
  let stopped = false;
  let cancel: (() => void) | undefined;
  let current: Promise<void> = Promise.resolve();

  const run = () => {
    cancel = undefined;
    current = options.runner.runDue().then(
      () => undefined,
      (error: unknown) => options.logger.error('digest run failed', { error: error instanceof Error ? error.name : 'unknown' }),
    );
    void current.then(() => {
      if (stopped) return;
      const now = options.clock.now();
      cancel = timer(intervalMs - (now % intervalMs) + AFTER_BOUNDARY_MS, run);
    });
  };
  run();

  return {
    async stop() {
      stopped = true;
      cancel?.();
      await current;
    },
  };
}

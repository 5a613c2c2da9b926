import type { Clock } from '../../src/clock.js';

/**
 * A clock for concurrent code: `sleep` waits until the clock reaches its deadline, and `run(work)`
 * moves time to the earliest deadline only when every task is waiting on the clock. So concurrent
 * sleepers wake in deadline order at the right instant, and nothing waits on the wall clock.
 */
export type VirtualClock = Clock & {
  /** Drives the clock until `work` settles, and returns its result. */
  run<T>(work: Promise<T>): Promise<T>;
  advance(ms: number): void;
  /** Every sleep asked for, in ms. */
  readonly sleeps: number[];
};

export function createVirtualClock(start: string | number): VirtualClock {
  let now = typeof start === 'number' ? start : Date.parse(start);
  let sequence = 0;
  const timers: { at: number; sequence: number; wake: () => void }[] = [];
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep(ms) {
      sleeps.push(ms);
      return new Promise<void>((resolve) => {
        timers.push({ at: now + Math.max(0, ms), sequence: sequence++, wake: resolve });
      });
    },
    advance(ms) {
      now += ms;
    },
    sleeps,
    async run<T>(work: Promise<T>): Promise<T> {
      let settled = false;
      work.then(
        () => (settled = true),
        () => (settled = true),
      );
      while (!settled) {
        // Let every promise chain (and any loopback I/O) get as far as it can first.
        await new Promise((resolve) => setImmediate(resolve));
        if (settled) break;
        if (timers.length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 1));
          continue;
        }
        timers.sort((a, b) => a.at - b.at || a.sequence - b.sequence);
        const next = timers.shift()!;
        now = Math.max(now, next.at);
        next.wake();
      }
      return work;
    },
  };
}

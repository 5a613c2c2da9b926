import type { Clock } from '../../src/clock.js';

/** A clock tests move by hand; `sleep` advances it at once and records how long was asked for. */
export type FakeClock = Clock & { advance(ms: number): void; readonly sleeps: number[] };

export function createFakeClock(start: string | number): FakeClock {
  let now = typeof start === 'number' ? start : Date.parse(start);
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
    sleeps,
  };
}

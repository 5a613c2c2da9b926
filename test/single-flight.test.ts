import { describe, expect, test } from 'vitest';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { singleFlight, SingleFlightTimeoutError, type SingleFlightOptions } from '../src/store/single-flight.js';
import { acquireLease, LEASE_PREFIX } from '../src/store/store-lease.js';
import type { StateStore } from '../src/store/state-store.js';
import { createVirtualClock, type VirtualClock } from './support/virtual-clock.js';

const START = '2026-11-23T09:00:00Z';
const KEY = 'copilot-summary/D30/2026-11-20';

/** What one instance needs: its lease settings, and a snapshot in the shared store that it reads or makes. */
function instance(store: StateStore, clock: VirtualClock, holder: string, produced: string[], produce?: () => Promise<string>) {
  const options: SingleFlightOptions = { store, clock, holder, leaseMs: 60_000, pollMs: 1_000, timeoutMs: 5 * 60_000 };
  const read = async () => (await store.get(`snapshot/${KEY}`))?.value as string | undefined;
  const make =
    produce ??
    (async () => {
      produced.push(holder);
      await clock.sleep(10_000); // the download
      await store.put(`snapshot/${KEY}`, `rows from ${holder}`);
      return `rows from ${holder}`;
    });
  return () => singleFlight(KEY, options, read, make);
}

describe('single-flight across instances on one store', () => {
  test('three instances asking at once: one produces, the others wait and get its result', async () => {
    const store = new MemoryStateStore();
    const clock = createVirtualClock(START);
    const produced: string[] = [];
    const results = await clock.run(Promise.all(['a', 'b', 'c'].map((holder) => instance(store, clock, holder, produced)())));
    expect(produced).toHaveLength(1);
    expect(results).toEqual([0, 1, 2].map(() => `rows from ${produced[0]}`));
    // Done, the lease is released: nothing is left to wait for.
    expect(await store.get(`${LEASE_PREFIX}${KEY}`)).toBeUndefined();
  });

  test('a producer that dies holding the lease: a waiter takes the work over once the lease runs out', async () => {
    const store = new MemoryStateStore();
    const clock = createVirtualClock(START);
    const dead = await acquireLease(KEY, { store, clock, holder: 'killed', leaseMs: 60_000 });
    expect(dead.kind).toBe('acquired');
    const produced: string[] = [];
    const result = await clock.run(instance(store, clock, 'survivor', produced)());
    expect(result).toBe('rows from survivor');
    expect(produced).toEqual(['survivor']);
    expect(clock.now() - Date.parse(START)).toBeGreaterThanOrEqual(60_000);
  });

  test('a lease is held by one instance at a time; taken over only once expired, and then only by one', async () => {
    const store = new MemoryStateStore();
    const clock = createVirtualClock(START);
    const lease = (holder: string) => acquireLease(KEY, { store, clock, holder, leaseMs: 60_000 });
    const first = await lease('a');
    expect(await lease('b')).toEqual({ kind: 'held', holder: 'a', expiresAt: Date.parse(START) + 60_000 });
    clock.advance(60_000);
    const takeovers = await Promise.all([lease('b'), lease('c')]);
    expect(takeovers.filter((result) => result.kind === 'acquired')).toEqual([expect.objectContaining({ tookOverFrom: 'a' })]);
    // The first holder lost it: it can neither renew nor release the new holder's lease.
    if (first.kind !== 'acquired') throw new Error('expected the first lease');
    expect(await first.lease.renew()).toBe(false);
    await first.lease.release();
    expect((await lease('d')).kind).toBe('held');
  });

  test('waiting longer than the timeout for a producer that keeps its lease fails with SINGLE_FLIGHT_TIMEOUT', async () => {
    const store = new MemoryStateStore();
    const clock = createVirtualClock(START);
    const held = await acquireLease(KEY, { store, clock, holder: 'slow', leaseMs: 60_000 });
    if (held.kind !== 'acquired') throw new Error('expected the lease');
    const renewing = (async () => {
      for (let i = 0; i < 10; i++) {
        await clock.sleep(30_000);
        await held.lease.renew();
      }
    })();
    const error = await clock.run(instance(store, clock, 'waiter', [])().catch((caught: unknown) => caught));
    expect(error).toBeInstanceOf(SingleFlightTimeoutError);
    expect(error).toMatchObject({ code: 'SINGLE_FLIGHT_TIMEOUT', holder: 'slow' });
    expect((error as Error).message).toBe(`Waited too long for "${KEY}", which another instance (slow) is producing; try again shortly.`);
    await clock.run(renewing);
  });

  test('a failed producer releases the lease, so the next caller produces at once', async () => {
    const store = new MemoryStateStore();
    const clock = createVirtualClock(START);
    const failing = instance(store, clock, 'a', [], async () => {
      throw new Error('Graph is down');
    });
    await expect(clock.run(failing())).rejects.toThrow('Graph is down');
    const produced: string[] = [];
    expect(await clock.run(instance(store, clock, 'b', produced)())).toBe('rows from b');
    expect(clock.now() - Date.parse(START)).toBe(10_000);
  });
});

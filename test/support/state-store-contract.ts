/**
 * The contract every StateStore implementation must pass: JSON round trips, create-only and
 * compare-and-set writes, conditional deletes, listing by prefix, key rules, and atomic conditions
 * under concurrency. Call it from each implementation's test file with a factory for an empty store.
 */
import { describe, expect, test } from 'vitest';
import { StoreConflictError, type StateStore } from '../../src/store/state-store.js';

/** A fresh, empty store; `close` (if any) runs after the test. */
export type StoreFactory = () => Promise<{ readonly store: StateStore; readonly close?: () => Promise<void> }>;

async function expectConflict(promise: Promise<unknown>, code: StoreConflictError['code']): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StoreConflictError);
  expect((error as StoreConflictError).code).toBe(code);
  expect((error as StoreConflictError).message).toMatch(/"[^"]+"/);
}

export function describeStateStoreContract(name: string, factory: StoreFactory): void {
  describe(`state store contract: ${name}`, () => {
    const withStore = (body: (store: StateStore) => Promise<void>) => async () => {
      const { store, close } = await factory();
      try {
        await body(store);
      } finally {
        await close?.();
      }
    };

    test(
      'get of a key never written is undefined; list of an empty store is empty',
      withStore(async (store) => {
        expect(await store.get('nothing/here')).toBeUndefined();
        expect(await store.list('')).toEqual([]);
      }),
    );

    test(
      'put returns an etag that get reports with a deep copy of the value',
      withStore(async (store) => {
        const value = { name: 'Ünïcødé ✓', count: 3, ratio: 0.25, flag: true, none: null, list: [1, 'two', { three: [3] }] };
        const etag = await store.put('a', value);
        expect(typeof etag).toBe('string');
        expect(etag.length).toBeGreaterThan(0);
        expect(await store.get('a')).toEqual({ value, etag });
        // Changing the caller's object or the returned one changes nothing stored.
        value.count = 99;
        const read = await store.get('a');
        (read!.value as { count: number }).count = 42;
        expect(((await store.get('a'))!.value as { count: number }).count).toBe(3);
      }),
    );

    test(
      'scalar values and null are values too',
      withStore(async (store) => {
        for (const [key, value] of [['n', null], ['s', 'text'], ['z', 0], ['f', false], ['e', []], ['o', {}]] as const) {
          await store.put(key, value);
          expect((await store.get(key))?.value).toEqual(value);
        }
      }),
    );

    test(
      'an object property that is undefined is left out, as JSON does; what JSON cannot hold is refused',
      withStore(async (store) => {
        await store.put('o', { kept: 1, dropped: undefined });
        expect((await store.get('o'))?.value).toEqual({ kept: 1 });
        await expect(store.put('nan', { ratio: Number.NaN })).rejects.toThrow(TypeError);
        await expect(store.put('inf', [Number.POSITIVE_INFINITY])).rejects.toThrow(TypeError);
        expect(await store.get('nan')).toBeUndefined();
      }),
    );

    test(
      'an unconditional put overwrites and gives a new etag',
      withStore(async (store) => {
        const first = await store.put('k', 1);
        const second = await store.put('k', 2);
        expect(second).not.toBe(first);
        expect(await store.get('k')).toEqual({ value: 2, etag: second });
      }),
    );

    test(
      "ifNoneMatch '*' creates once; a second create fails with ALREADY_EXISTS and changes nothing",
      withStore(async (store) => {
        const etag = await store.put('claim', { by: 'first' }, { ifNoneMatch: '*' });
        await expectConflict(store.put('claim', { by: 'second' }, { ifNoneMatch: '*' }), 'ALREADY_EXISTS');
        expect(await store.get('claim')).toEqual({ value: { by: 'first' }, etag });
      }),
    );

    test(
      'ifMatch updates only the version read: a stale etag fails with ETAG_MISMATCH, a missing key with NOT_FOUND',
      withStore(async (store) => {
        const first = await store.put('doc', { version: 1 });
        const second = await store.put('doc', { version: 2 }, { ifMatch: first });
        await expectConflict(store.put('doc', { version: 3 }, { ifMatch: first }), 'ETAG_MISMATCH');
        expect(await store.get('doc')).toEqual({ value: { version: 2 }, etag: second });
        await expectConflict(store.put('absent', 1, { ifMatch: second }), 'NOT_FOUND');
        expect(await store.get('absent')).toBeUndefined();
      }),
    );

    test(
      'a condition with both ifMatch and ifNoneMatch is refused',
      withStore(async (store) => {
        const etag = await store.put('doc', 1);
        await expect(store.put('doc', 2, { ifMatch: etag, ifNoneMatch: '*' })).rejects.toThrow(RangeError);
        expect((await store.get('doc'))?.value).toBe(1);
      }),
    );

    test(
      'delete: false for a missing key, true once, then gone; ifMatch guards it',
      withStore(async (store) => {
        expect(await store.delete('missing')).toBe(false);
        await expectConflict(store.delete('missing', { ifMatch: 'x' }), 'NOT_FOUND');
        const first = await store.put('doc', 1);
        const second = await store.put('doc', 2);
        await expectConflict(store.delete('doc', { ifMatch: first }), 'ETAG_MISMATCH');
        expect((await store.get('doc'))?.value).toBe(2);
        expect(await store.delete('doc', { ifMatch: second })).toBe(true);
        expect(await store.get('doc')).toBeUndefined();
        expect(await store.delete('doc')).toBe(false);
        // A deleted key can be created again, create-only.
        await store.put('doc', 3, { ifNoneMatch: '*' });
        expect((await store.get('doc'))?.value).toBe(3);
      }),
    );

    test(
      'list returns the keys under a prefix, sorted, and nothing else',
      withStore(async (store) => {
        const keys = ['digest/s1/2026-11-23T08:00:00.000Z', 'digest/s1/2026-11-16T08:00:00.000Z', 'digest/s2/x', 'digest-snapshot/s1/2026-11-19', 'subscription/s1'];
        for (const key of keys) await store.put(key, key);
        expect(await store.list('digest/s1/')).toEqual(['digest/s1/2026-11-16T08:00:00.000Z', 'digest/s1/2026-11-23T08:00:00.000Z']);
        expect(await store.list('digest/')).toEqual(['digest/s1/2026-11-16T08:00:00.000Z', 'digest/s1/2026-11-23T08:00:00.000Z', 'digest/s2/x']);
        expect(await store.list('')).toEqual([...keys].sort());
        expect(await store.list('nope/')).toEqual([]);
        await store.delete('digest/s2/x');
        expect(await store.list('digest/s2/')).toEqual([]);
      }),
    );

    test(
      "keys with '/', dots, capitals, spaces and Unicode are kept exactly and stay distinct",
      withStore(async (store) => {
        const keys = ['a/b/c', 'a%2Fb%2Fc', '.', '..', 'a/../b', 'A', 'a', 'Zürich/Ålesund', '日本語/キー', 'emoji 🚀 key', '19:abc@thread.tacv2;messageid=1'];
        for (const [index, key] of keys.entries()) await store.put(key, index);
        for (const [index, key] of keys.entries()) expect((await store.get(key))?.value, key).toBe(index);
        expect(await store.list('')).toEqual([...keys].sort());
        expect(await store.list('Zürich/')).toEqual(['Zürich/Ålesund']);
        expect(await store.list('A')).toEqual(['A']);
        // Prefixes that are themselves escaped, or end inside a word of several-byte characters.
        expect(await store.list('a%')).toEqual(['a%2Fb%2Fc']);
        expect(await store.list('a/')).toEqual(['a/../b', 'a/b/c']);
        expect(await store.list('日本')).toEqual(['日本語/キー']);
        expect(await store.list('emoji 🚀')).toEqual(['emoji 🚀 key']);
        expect(await store.list('Zü')).toEqual(['Zürich/Ålesund']);
      }),
    );

    test(
      'a key as long as allowed works; longer, empty or with control characters is refused',
      withStore(async (store) => {
        const long = `digest/${'é'.repeat(393)}`;
        expect(long.length).toBe(400);
        await store.put(long, 'long');
        expect((await store.get(long))?.value).toBe('long');
        expect(await store.list('digest/')).toEqual([long]);
        await expect(store.put(`${long}x`, 1)).rejects.toThrow(RangeError);
        await expect(store.put('', 1)).rejects.toThrow(RangeError);
        await expect(store.get('a\nb')).rejects.toThrow(RangeError);
        await expect(store.put('bad\u0000', 1)).rejects.toThrow(RangeError);
        await expect(store.put('lone \ud800 surrogate', 1)).rejects.toThrow(RangeError);
      }),
    );

    test(
      'of many concurrent create-only writes to one key, exactly one succeeds',
      withStore(async (store) => {
        const results = await Promise.allSettled(Array.from({ length: 20 }, (_, index) => store.put('race', index, { ifNoneMatch: '*' })));
        const won = results.filter((result) => result.status === 'fulfilled');
        expect(won).toHaveLength(1);
        for (const result of results) {
          if (result.status === 'rejected') expect((result.reason as StoreConflictError).code).toBe('ALREADY_EXISTS');
        }
        expect((await store.get('race'))?.etag).toBe((won[0] as PromiseFulfilledResult<string>).value);
      }),
    );

    test(
      'concurrent read-modify-write loops with ifMatch lose no update',
      withStore(async (store) => {
        await store.put('counter', 0);
        const increment = async () => {
          for (;;) {
            const current = (await store.get('counter'))!;
            try {
              await store.put('counter', (current.value as number) + 1, { ifMatch: current.etag });
              return;
            } catch (error) {
              if (!(error instanceof StoreConflictError)) throw error;
            }
          }
        };
        await Promise.all(Array.from({ length: 15 }, increment));
        expect((await store.get('counter'))?.value).toBe(15);
      }),
    );
  });
}

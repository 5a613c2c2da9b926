import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ACTIVITY_CLAIM_PREFIX, ActivityClaims } from '../src/bot/activity-claims.js';
import { SeenActivities } from '../src/bot/seen-activities.js';
import { createLogger, type Logger } from '../src/logger.js';
import { blobNameOf } from '../src/store/blob-state-store.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { StoreUnavailableError, type StateStore } from '../src/store/state-store.js';
import { createFakeClock, type FakeClock } from './support/fake-clock.js';

const CHANNEL = '19:channel-1@thread.tacv2;messageid=1795331054475';
const PERSONAL = 'a:1Hk8Qm3p2YvJ0bW9xZ-personal';

/** A memory store that counts its calls and fails the operations named in `failing` with the blob store's error. */
function observedStore() {
  const inner = new MemoryStateStore();
  const calls: string[] = [];
  const failing = new Set<keyof StateStore>();
  const pass =
    <K extends keyof StateStore>(operation: K) =>
    (...args: Parameters<StateStore[K]>) => {
      calls.push(operation);
      if (failing.has(operation)) return Promise.reject(new StoreUnavailableError(`Could not ${operation} "${String(args[0])}" in the blob state store: Azure Storage answered 503 (ServerBusy).`));
      return (inner[operation] as (...a: Parameters<StateStore[K]>) => ReturnType<StateStore[K]>)(...args);
    };
  const store: StateStore = { get: pass('get'), put: pass('put'), delete: pass('delete'), list: pass('list') };
  return { store, inner, calls, failing };
}

function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger((line) => lines.push(line)), lines };
}

/** One bot instance's memory and claims on the shared `store`. */
function instance(store: StateStore, clock: FakeClock, logger: Logger = createLogger(() => undefined), pruneIntervalMs?: number) {
  const claims = new ActivityClaims({ store, clock, logger, pruneIntervalMs });
  return { claims, seen: new SeenActivities({ claims, logger }) };
}

const message = (id: string, conversationId = CHANNEL) => ({ id, conversation: { id: conversationId, isGroup: true, conversationType: 'channel', name: '' } });
const claimKeys = (store: StateStore) => store.list(ACTIVITY_CLAIM_PREFIX);

describe('activity claims on a shared store: one answer per activity across instances', () => {
  test('the same activity offered to two instances is taken by the first only; other ids and conversations are new', async () => {
    const clock = createFakeClock('2026-11-23T09:00:00Z');
    const store = new MemoryStateStore();
    const [a, b] = [instance(store, clock), instance(store, clock)];

    expect(await a.seen.takeFirst(message('1795331054475'))).toBe(true);
    clock.advance(15_000);
    expect(await b.seen.takeFirst(message('1795331054475'))).toBe(false);
    expect(await b.seen.takeFirst(message('1795331054476'))).toBe(true);
    expect(await a.seen.takeFirst(message('1795331054475', PERSONAL))).toBe(true);
    expect(await claimKeys(store)).toHaveLength(3);
  });

  test('two instances racing for one activity: exactly one wins', async () => {
    const clock = createFakeClock('2026-11-23T09:00:00Z');
    const store = new MemoryStateStore();
    const instances = [1, 2, 3].map(() => instance(store, clock));
    const taken = await Promise.all(instances.map(({ seen }) => seen.takeFirst(message('42'))));
    expect(taken.filter(Boolean)).toHaveLength(1);
  });

  test('conversation ids of any length and character give valid keys that do not reveal them', async () => {
    const clock = createFakeClock('2026-11-23T09:00:00Z');
    const store = new MemoryStateStore();
    const [a, b] = [instance(store, clock), instance(store, clock)];
    const odd = ['19:x\u0000y/../z%2F@thread', `a:${'é'.repeat(3_000)}`, '🦊|1', '|'];
    for (const conversation of odd) expect(await a.seen.takeFirst(message('7', conversation))).toBe(true);
    for (const conversation of odd) expect(await b.seen.takeFirst(message('7', conversation))).toBe(false);
    const keys = await claimKeys(store);
    expect(keys).toHaveLength(odd.length);
    for (const key of keys) expect(key).toMatch(/^activity-claims\/[a-z0-9-]+\/2026-11-23\/[0-9a-f]{64}$/);
  });

  test('a repeat on the same instance is caught in memory without asking the store, even while the first claim is under way', async () => {
    const clock = createFakeClock('2026-11-23T09:00:00Z');
    const { store, calls } = observedStore();
    const { seen } = instance(store, clock);
    expect(await Promise.all([seen.takeFirst(message('9')), seen.takeFirst(message('9'))])).toEqual([true, false]);
    expect(await seen.takeFirst(message('9'))).toBe(false);
    await seen.settled();
    // One create-only write for the activity, and the first claim's prune (a listing).
    expect(calls.filter((call) => call !== 'list')).toEqual(['put']);
  });

  test('a retry across midnight (UTC) finds the claim under the day before', async () => {
    const clock = createFakeClock('2026-11-23T23:59:50Z');
    const store = new MemoryStateStore();
    const [a, b] = [instance(store, clock), instance(store, clock)];
    expect(await a.seen.takeFirst(message('55'))).toBe(true);
    clock.advance(30_000);
    expect(await b.seen.takeFirst(message('55'))).toBe(false);
    expect(await b.seen.takeFirst(message('56'))).toBe(true);
  });

  test('activities without an id or conversation are always answered and claim nothing', async () => {
    const clock = createFakeClock('2026-11-23T09:00:00Z');
    const store = new MemoryStateStore();
    const { seen } = instance(store, clock);
    expect(await seen.takeFirst({ conversation: message('1').conversation })).toBe(true);
    expect(await seen.takeFirst({ id: '1', conversation: { ...message('1').conversation, id: '' } })).toBe(true);
    expect(await claimKeys(store)).toEqual([]);
  });
});

describe('when the store cannot take the claim', () => {
  test('the message is answered anyway, the warning names the error but no conversation or activity id, and the memory still stops repeats', async () => {
    const clock = createFakeClock('2026-11-23T09:00:00Z');
    const { store, failing } = observedStore();
    const { logger, lines } = recordingLogger();
    const { seen } = instance(store, clock, logger);
    failing.add('put');

    expect(await seen.takeFirst(message('1795331054475'))).toBe(true);
    expect(await seen.takeFirst(message('1795331054475'))).toBe(false);

    const warnings = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ message: 'activity not claimed, answering anyway', errorName: 'StoreUnavailableError', errorCode: 'STORE_UNAVAILABLE' });
    expect(lines.join('\n')).not.toContain('1795331054475');
    expect(lines.join('\n')).not.toContain('19:channel-1');

    // Once the store answers again, claims work as before.
    failing.delete('put');
    expect(await seen.takeFirst(message('1795331054476'))).toBe(true);
    expect(await instance(store, clock).seen.takeFirst(message('1795331054476'))).toBe(false);
  });

  test('a failed read of the day before (just after midnight) answers anyway too', async () => {
    const clock = createFakeClock('2026-11-24T00:10:00Z');
    const { store, failing } = observedStore();
    const { logger, lines } = recordingLogger();
    failing.add('get');
    expect(await instance(store, clock, logger).seen.takeFirst(message('3'))).toBe(true);
    expect(lines.some((line) => line.includes('activity not claimed'))).toBe(true);
  });
});

describe('claims expire: pruned from the store after a day or two', () => {
  test('the first claim of an instance prunes days before yesterday, then at most once an hour', async () => {
    const clock = createFakeClock('2026-11-21T12:00:00Z');
    const { store, inner, calls } = observedStore();
    // An instance that prunes once a week wrote these.
    const writer = instance(inner, clock, undefined, 7 * 86_400_000);
    for (const day of ['2026-11-21T12:00:00Z', '2026-11-22T12:00:00Z', '2026-11-23T08:00:00Z']) {
      clock.advance(Date.parse(day) - clock.now());
      for (const id of ['1', '2']) await writer.seen.takeFirst(message(`${day}-${id}`));
    }
    await writer.seen.settled();
    expect(await claimKeys(inner)).toHaveLength(6);

    clock.advance(Date.parse('2026-11-23T09:00:00Z') - clock.now());
    const { logger, lines } = recordingLogger();
    const pruner = instance(store, clock, logger);
    await pruner.seen.takeFirst(message('new'));
    await pruner.seen.settled();
    // The 21st is gone; yesterday's and today's claims stay (a retry may still come for them).
    const kept = await claimKeys(inner);
    expect(kept.map((key) => key.split('/')[2])).toEqual(['2026-11-22', '2026-11-22', '2026-11-23', '2026-11-23', '2026-11-23']);
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(expect.objectContaining({ message: 'activity claims pruned', deleted: 2 }));

    const listings = () => calls.filter((call) => call === 'list').length;
    clock.advance(59 * 60_000);
    await pruner.seen.takeFirst(message('new-2'));
    await pruner.seen.settled();
    expect(listings()).toBe(1);
    clock.advance(60_000);
    await pruner.seen.takeFirst(message('new-3'));
    await pruner.seen.settled();
    expect(listings()).toBe(2);
  });

  test('a prune that fails is logged and tried again after the interval; claims go on meanwhile', async () => {
    const clock = createFakeClock('2026-11-23T09:00:00Z');
    const { store, failing, calls } = observedStore();
    const { logger, lines } = recordingLogger();
    const { seen } = instance(store, clock, logger);
    failing.add('list');
    expect(await seen.takeFirst(message('1'))).toBe(true);
    await seen.settled();
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'activity claims not pruned', errorName: 'StoreUnavailableError' }),
    );
    failing.delete('list');
    clock.advance(60 * 60_000);
    expect(await seen.takeFirst(message('2'))).toBe(true);
    await seen.settled();
    expect(calls.filter((call) => call === 'list')).toHaveLength(2);
  });

  test("infra/azure.bicep's lifecycle rule matches the blob names of claims, and no other state", async () => {
    const bicep = readFileSync(new URL('../infra/azure.bicep', import.meta.url), 'utf8');
    const prefix = /prefixMatch: \['\$\{stateContainer\.name\}\/([^']+)'\]/.exec(bicep)?.[1];
    const store = new MemoryStateStore();
    await instance(store, createFakeClock('2026-11-23T09:00:00Z')).seen.takeFirst(message('1'));
    const [claim] = await claimKeys(store);
    expect(prefix).toBe('activity-claims~2F');
    expect(blobNameOf(claim!).startsWith(prefix!)).toBe(true);
    for (const other of ['digest/claims/2026-11-23', 'graph-budget/subscribedSkus', 'activity-claims']) expect(blobNameOf(other).startsWith(prefix!)).toBe(false);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BlobStateStore, blobNameOf } from '../src/store/blob-state-store.js';
import { createContainerClient } from '../src/store/blob-container.js';
import { StoreConflictError, StoreUnavailableError } from '../src/store/state-store.js';
import { startAzurite, type Azurite } from './support/azurite.js';
import { startGateProxy } from './support/gate-proxy.js';
import { describeStateStoreContract } from './support/state-store-contract.js';

let azurite: Azurite;

beforeAll(async () => {
  azurite = await startAzurite();
}, 90_000);

afterAll(async () => {
  await azurite?.close();
});

/** A container no test has used yet. */
function newContainer(name = `state-${randomUUID()}`) {
  return createContainerClient({ kind: 'connection-string', connectionString: azurite.connectionString }, name);
}

describeStateStoreContract('BlobStateStore on Azurite', async () => {
  const container = newContainer();
  const store = await BlobStateStore.open(container);
  return { store, close: async () => void (await container.deleteIfExists()) };
});

describe('BlobStateStore on Azurite', () => {
  test('creates its container when missing, and a second instance on it shares every value', async () => {
    const container = newContainer();
    expect(await container.exists()).toBe(false);
    const first = await BlobStateStore.open(container);
    expect(await container.exists()).toBe(true);
    const etag = await first.put('subscription/abc', { day: 'monday' });
    const second = await BlobStateStore.open(newContainer(container.containerName));
    expect(await second.get('subscription/abc')).toEqual({ value: { day: 'monday' }, etag });
    expect(await second.list('subscription/')).toEqual(['subscription/abc']);
    await container.delete();
  });

  test('two instances racing for one claim: exactly one wins, and the loser cannot overwrite it with a stale etag', async () => {
    const container = newContainer();
    const stores = [await BlobStateStore.open(container), await BlobStateStore.open(newContainer(container.containerName))];
    const results = await Promise.allSettled(stores.flatMap((store, instance) => [0, 1, 2].map((n) => store.put('digest/s1/2026-11-23T08:00:00.000Z', { instance, n }, { ifNoneMatch: '*' }))));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const read = (await stores[1]!.get('digest/s1/2026-11-23T08:00:00.000Z'))!;
    await stores[0]!.put('digest/s1/2026-11-23T08:00:00.000Z', { state: 'posted' }, { ifMatch: read.etag });
    await expect(stores[1]!.put('digest/s1/2026-11-23T08:00:00.000Z', { state: 'failed' }, { ifMatch: read.etag })).rejects.toMatchObject({
      code: 'ETAG_MISMATCH',
    });
    expect((await stores[1]!.get('digest/s1/2026-11-23T08:00:00.000Z'))?.value).toEqual({ state: 'posted' });
    await container.delete();
  });

  test('blob names are plain URL-safe text whatever the key holds, one blob per key, and never longer than Azure allows', async () => {
    const container = newContainer();
    const store = await BlobStateStore.open(container);
    const long = `conversation/${'é'.repeat(300)}${'x'.repeat(87)}`;
    const keys = ['a/b', 'a%2Fb', 'a/../b', './', '..', 'trailing/', 'trailing.', '19:abc@thread.tacv2;messageid=1', 'Zürich ✓', long, `${long.slice(0, -1)}y`];
    for (const [index, key] of keys.entries()) await store.put(key, index);
    const names: string[] = [];
    for await (const item of container.listBlobsFlat()) names.push(item.name);
    expect(names).toHaveLength(keys.length);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z0-9_~-]+$/);
      expect(name.length).toBeLessThanOrEqual(1024);
    }
    expect(blobNameOf('a/b')).toBe('a~2Fb');
    // Two long keys that differ only past the readable head of their names stay apart, by key and by prefix.
    expect((await store.get(long))?.value).toBe(9);
    expect((await store.get(`${long.slice(0, -1)}y`))?.value).toBe(10);
    expect(await store.list(long)).toEqual([long]);
    expect(await store.list('conversation/é')).toEqual([long, `${long.slice(0, -1)}y`]);
    expect(await store.list('trailing')).toEqual(['trailing.', 'trailing/']);
    await container.delete();
  });

  test('a blob that does not hold JSON is reported by key, and the other keys still read', async () => {
    const container = newContainer();
    const store = await BlobStateStore.open(container);
    await store.put('subscription/good', { ok: true });
    const text = '{"half":';
    await container.getBlockBlobClient(blobNameOf('subscription/bad')).upload(text, text.length);
    await expect(store.get('subscription/bad')).rejects.toThrow('The state blob for "subscription/bad" is not valid JSON; delete it to start that key afresh.');
    expect((await store.get('subscription/good'))?.value).toEqual({ ok: true });
    expect(await store.list('subscription/')).toEqual(['subscription/bad', 'subscription/good']);
    await container.delete();
  });

  test('a store that cannot be reached fails with STORE_UNAVAILABLE naming the operation, never the account key', async () => {
    const unreachable = createContainerClient(
      { kind: 'connection-string', connectionString: azurite.connectionString.replace(/127\.0\.0\.1:\d+/, '127.0.0.1:9') },
      'state',
    );
    const error = await BlobStateStore.open(unreachable).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).code).toBe('STORE_UNAVAILABLE');
    expect((error as Error).message).toMatch(/^Could not open the container "state" in the blob store: /);
    expect((error as Error).message).not.toContain('AccountKey');
    expect((error as Error).message).not.toContain(azurite.connectionString.split('AccountKey=')[1]!.slice(0, 20));
  }, 120_000);

  test('a conditional write whose answer was lost and which the client sent again counts as done, not as a conflict', async () => {
    const proxy = await startGateProxy(azurite.blobUrl.replace(/\/devstoreaccount1$/, ''));
    try {
      const name = `state-${randomUUID()}`;
      const viaProxy = createContainerClient(
        { kind: 'connection-string', connectionString: azurite.connectionString.replace(/http:\/\/127\.0\.0\.1:\d+/, proxy.url) },
        name,
      );
      const store = await BlobStateStore.open(viaProxy);
      proxy.loseNextAnswer('PUT');
      const created = await store.put('digest/s1/2026-11-23T09:00:00.000Z', { state: 'claimed' }, { ifNoneMatch: '*' });
      proxy.loseNextAnswer('PUT');
      const updated = await store.put('digest/s1/2026-11-23T09:00:00.000Z', { state: 'posted' }, { ifMatch: created });
      const direct = await BlobStateStore.open(newContainer(name));
      expect(await direct.get('digest/s1/2026-11-23T09:00:00.000Z')).toEqual({ value: { state: 'posted' }, etag: updated });
      // Someone else's write is still a conflict.
      await expect(store.put('digest/s1/2026-11-23T09:00:00.000Z', { state: 'claimed' }, { ifNoneMatch: '*' })).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
      await viaProxy.delete();
    } finally {
      await proxy.close();
    }
  }, 60_000);

  test('a conflict is a StoreConflictError with the key, as in every store', async () => {
    const container = newContainer();
    const store = await BlobStateStore.open(container);
    await store.put('k', 1);
    await expect(store.put('k', 2, { ifNoneMatch: '*' })).rejects.toBeInstanceOf(StoreConflictError);
    await expect(store.delete('gone', { ifMatch: '"0x1"' })).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'gone' });
    await container.delete();
  });
});

import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { FileArchive } from '../src/store/file-archive.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { scopeFileArchive, scopeStateStore, tenantOfKey } from '../src/store/tenant-scope.js';

const CONTOSO = '1b0c7a52-55c4-4d2a-9a6e-2f0f6b8e1c01';
const FABRIKAM = '2c1d8b63-66d5-4e3b-8b7f-3a1a7c9f2d02';

describe("a tenant's part of the state store", () => {
  test('keys carry the tenant as their second segment; each tenant reads, lists and deletes only its own', async () => {
    const store = new MemoryStateStore();
    const contoso = scopeStateStore(store, CONTOSO);
    const fabrikam = scopeStateStore(store, FABRIKAM);
    await contoso.put('subscription/abc', { day: 'monday' });
    await fabrikam.put('subscription/abc', { day: 'friday' });
    await contoso.put('digest/abc/2026-11-23T08:00:00.000Z', { state: 'posted' });

    expect(await store.list('')).toEqual([`digest/${CONTOSO}/abc/2026-11-23T08:00:00.000Z`, `subscription/${CONTOSO}/abc`, `subscription/${FABRIKAM}/abc`]);
    expect((await contoso.get('subscription/abc'))?.value).toEqual({ day: 'monday' });
    expect((await fabrikam.get('subscription/abc'))?.value).toEqual({ day: 'friday' });
    expect(await contoso.list('subscription/')).toEqual(['subscription/abc']);
    expect(await contoso.list('digest/abc/')).toEqual(['digest/abc/2026-11-23T08:00:00.000Z']);
    expect(await contoso.list('')).toEqual(['digest/abc/2026-11-23T08:00:00.000Z', 'subscription/abc']);
    expect(await fabrikam.list('dig')).toEqual([]);
    expect(await fabrikam.delete('digest/abc/2026-11-23T08:00:00.000Z')).toBe(false);
    expect(await store.list('')).toHaveLength(3);
    expect((await store.list('')).map(tenantOfKey)).toEqual([CONTOSO, CONTOSO, FABRIKAM]);
  });

  test('a key without a category, and a tenant that cannot be a key segment, are refused', async () => {
    const store = scopeStateStore(new MemoryStateStore(), CONTOSO);
    await expect(store.get('no-category')).rejects.toThrow(/no category/);
    expect(() => scopeStateStore(new MemoryStateStore(), 'contoso/other')).toThrow(/cannot name a tenant/);
    expect(() => scopeStateStore(new MemoryStateStore(), '')).toThrow(/cannot name a tenant/);
  });

  test('archived files carry the tenant too; pruning one tenant leaves the other’s files', async () => {
    const names = new Set<string>();
    const archive: FileArchive = {
      async upload(name) {
        names.add(name);
      },
      async download() {
        return Readable.from([]);
      },
      async prune(prefix, keep) {
        const gone = [...names].filter((name) => name.startsWith(prefix) && !keep.has(name));
        for (const name of gone) names.delete(name);
        return gone.length;
      },
    };
    const contoso = scopeFileArchive(archive, CONTOSO);
    const fabrikam = scopeFileArchive(archive, FABRIKAM);
    await contoso.upload('report-rows/k/1.csv.gz', Readable.from([]));
    await contoso.upload('report-rows/k/2.csv.gz', Readable.from([]));
    await fabrikam.upload('report-rows/k/1.csv.gz', Readable.from([]));
    expect(await contoso.prune('report-rows/k/', new Set(['report-rows/k/2.csv.gz']))).toBe(1);
    expect([...names].sort()).toEqual([`report-rows/${CONTOSO}/k/2.csv.gz`, `report-rows/${FABRIKAM}/k/1.csv.gz`]);
  });
});

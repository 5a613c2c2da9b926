import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FileStateStore, fileNameOf, stateStoreFolder, type StoreFileSystem } from '../src/store/file-state-store.js';
import { StoreConflictError } from '../src/store/state-store.js';
import { describeStateStoreContract } from './support/state-store-contract.js';

const folders: string[] = [];

async function newDataDir(): Promise<string> {
  const folder = await fs.mkdtemp(path.join(tmpdir(), 'state-store-'));
  folders.push(folder);
  return folder;
}

afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

describeStateStoreContract('FileStateStore', async () => {
  const store = await FileStateStore.open(stateStoreFolder(await newDataDir()));
  return { store };
});

const posix = process.platform !== 'win32';

describe('FileStateStore on disk', () => {
  test('values survive reopening the folder', async () => {
    const folder = stateStoreFolder(await newDataDir());
    const first = await FileStateStore.open(folder);
    const etag = await first.put('subscription/abc', { day: 'monday' });
    const second = await FileStateStore.open(folder);
    expect(await second.get('subscription/abc')).toEqual({ value: { day: 'monday' }, etag });
    expect(await second.list('subscription/')).toEqual(['subscription/abc']);
  });

  test.runIf(posix)('creates the data folder and its state folder 0700 and every file 0600', async () => {
    const dataDir = path.join(await newDataDir(), 'nested', '.data');
    const store = await FileStateStore.open(stateStoreFolder(dataDir));
    await store.put('a/b', 1);
    await store.put('c', 2, { ifNoneMatch: '*' });
    expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(store.folder)).mode & 0o777).toBe(0o700);
    for (const name of await fs.readdir(store.folder)) {
      expect((await fs.stat(path.join(store.folder, name))).mode & 0o777, name).toBe(0o600);
    }
  });

  test.runIf(posix)('tightens an existing folder that others could read', async () => {
    const folder = stateStoreFolder(await newDataDir());
    await fs.mkdir(folder, { mode: 0o755 });
    await fs.chmod(folder, 0o755);
    await FileStateStore.open(folder);
    expect((await fs.stat(folder)).mode & 0o777).toBe(0o700);
  });

  test("file names are portable: '/' , capitals and Unicode are encoded, distinct even case-insensitively", async () => {
    const store = await FileStateStore.open(stateStoreFolder(await newDataDir()));
    const keys = ['digest/s1/2026-11-23T08:00:00.000Z', 'A', 'a', 'Zürich/日本', '..', 'x'.repeat(300)];
    for (const key of keys) await store.put(key, key);
    const names = await fs.readdir(store.folder);
    expect(names).toHaveLength(keys.length);
    for (const name of names) expect(name).toMatch(/^(?:[a-z0-9_%A-F-]+|~[0-9a-f]{64})\.json$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(keys.length);
    expect(fileNameOf('digest/s1')).toBe('digest%2Fs1.json');
    expect(fileNameOf('x'.repeat(300))).toMatch(/^~[0-9a-f]{64}\.json$/);
    expect(await store.list('')).toEqual([...keys].sort());
  });

  test('files that are not the store’s own are ignored by list', async () => {
    const store = await FileStateStore.open(stateStoreFolder(await newDataDir()));
    await store.put('kept', 1);
    await fs.writeFile(path.join(store.folder, 'README.txt'), 'hello');
    await fs.writeFile(path.join(store.folder, 'UPPER.json'), '{}');
    expect(await store.list('')).toEqual(['kept']);
  });

  test('a crash between writing the temporary file and the rename leaves the old value, and the leftover is swept on open', async () => {
    const folder = stateStoreFolder(await newDataDir());
    const healthy = await FileStateStore.open(folder);
    const etag = await healthy.put('subscription/s1', { version: 1 });

    // The process "dies" at the rename: the temporary file is written and fsynced, nothing cleans up.
    const crashing: StoreFileSystem = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('simulated crash before rename'), { code: 'ECRASH' });
      },
      unlink: async () => undefined,
    };
    const doomed = await FileStateStore.open(folder, { fileSystem: crashing });
    await expect(doomed.put('subscription/s1', { version: 2 })).rejects.toThrow('simulated crash');
    const leftovers = (await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect(await fs.readFile(path.join(folder, leftovers[0]!), 'utf8')).toContain('"version":2');

    const restarted = await FileStateStore.open(folder);
    expect(await restarted.get('subscription/s1')).toEqual({ value: { version: 1 }, etag });
    expect(await restarted.list('')).toEqual(['subscription/s1']);
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('a crash before a create-only write is linked leaves no value, so the key can still be claimed', async () => {
    const folder = stateStoreFolder(await newDataDir());
    const crashing: StoreFileSystem = {
      ...fs,
      link: async () => {
        throw Object.assign(new Error('simulated crash before link'), { code: 'ECRASH' });
      },
      unlink: async () => undefined,
    };
    const doomed = await FileStateStore.open(folder, { fileSystem: crashing });
    await expect(doomed.put('digest/s1/o1', { state: 'claimed' }, { ifNoneMatch: '*' })).rejects.toThrow('simulated crash');
    const restarted = await FileStateStore.open(folder);
    expect(await restarted.get('digest/s1/o1')).toBeUndefined();
    await restarted.put('digest/s1/o1', { state: 'claimed' }, { ifNoneMatch: '*' });
  });

  test('a failed write removes its temporary file and reports the error', async () => {
    const folder = stateStoreFolder(await newDataDir());
    const failing: StoreFileSystem = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    const store = await FileStateStore.open(folder, { fileSystem: failing });
    await expect(store.put('k', 1)).rejects.toThrow('disk full');
    expect(await fs.readdir(folder)).toEqual([]);
    // The queue keeps going after a failure.
    await expect(store.put('k2', 1, { ifNoneMatch: '*' })).resolves.toEqual(expect.any(String));
  });

  test('create-only stays exclusive against a file another writer created behind this process’s back', async () => {
    const folder = stateStoreFolder(await newDataDir());
    const store = await FileStateStore.open(folder);
    // As if a second process had just written it, after our in-process check.
    const sneaky: StoreFileSystem = {
      ...fs,
      readFile: (async (file: string, options: unknown) => {
        if (String(file).endsWith(fileNameOf('digest/s1/o1'))) {
          await fs.writeFile(file, '{"key":"digest/s1/o1","etag":"other","value":{"by":"other process"}}\n');
          const error = Object.assign(new Error('not yet'), { code: 'ENOENT' });
          throw error;
        }
        return fs.readFile(file, options as 'utf8');
      }) as StoreFileSystem['readFile'],
    };
    const racing = await FileStateStore.open(folder, { fileSystem: sneaky });
    const error = await racing.put('digest/s1/o1', { by: 'us' }, { ifNoneMatch: '*' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreConflictError);
    expect((await store.get('digest/s1/o1'))?.value).toEqual({ by: 'other process' });
  });

  test('a write held up on the disk delays only its own key: other keys are written meanwhile, its next write waits, a reopen keeps its file', async () => {
    const folder = stateStoreFolder(await newDataDir());
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    let heldOpen!: () => void;
    const slowFileOpened = new Promise<void>((resolve) => (heldOpen = resolve));
    // The first fsync of a temporary file waits until released, as on a busy disk.
    const slowDisk: StoreFileSystem = {
      ...fs,
      open: (async (file: string, flags?: string, mode?: number) => {
        const handle = await fs.open(file, flags, mode);
        if (!file.endsWith('.tmp') || held++ > 0) return handle;
        heldOpen();
        const sync = handle.sync.bind(handle);
        return Object.assign(handle, { sync: async () => (await released, sync()) });
      }) as StoreFileSystem['open'],
    };
    const store = await FileStateStore.open(folder, { fileSystem: slowDisk });
    const slow = store.put('subscription/slow', 1);
    const after = store.put('subscription/slow', 2, { ifMatch: 'not yet known' }).catch((error: unknown) => error);
    // The held temporary file is the slow key's: the other write starts only once it is open.
    await slowFileOpened;
    await store.put('subscription/other', 'written');
    expect(await store.get('subscription/other')).toMatchObject({ value: 'written' });
    expect(await store.get('subscription/slow')).toBeUndefined();

    await FileStateStore.open(folder);
    release();
    const etag = await slow;
    expect(await after).toBeInstanceOf(StoreConflictError);
    expect(await store.get('subscription/slow')).toEqual({ value: 1, etag });
  });

  test('two store objects on one folder share one writer: concurrent claims still produce one winner', async () => {
    const folder = stateStoreFolder(await newDataDir());
    const [a, b] = await Promise.all([FileStateStore.open(folder), FileStateStore.open(folder)]);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? a : b).put('digest/s/o', index, { ifNoneMatch: '*' })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });
});

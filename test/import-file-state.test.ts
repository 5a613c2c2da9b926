import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../src/logger.js';
import { FileStateStore, fileNameOf, stateStoreFolder } from '../src/store/file-state-store.js';
import { importFileState } from '../src/store/import-file-state.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function dataDirWith(entries: Record<string, unknown>): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'import-state-'));
  folders.push(dataDir);
  const store = await FileStateStore.open(stateStoreFolder(dataDir));
  for (const [key, value] of Object.entries(entries)) await store.put(key, value as never);
  return dataDir;
}

const STATE = {
  'subscription/s1': { schedule: { day: 'monday', time: '09:00', timeZone: 'UTC' }, active: true },
  'conversation/s1': { conversation: { id: '19:general@thread.tacv2' } },
  'digest/s1/2026-11-23T09:00:00.000Z': { state: 'posted', attempt: 1 },
};

describe('importing a single instance’s file state into the shared store', () => {
  test('every key is copied with its value, the folder is set aside, and the next start finds nothing to import', async () => {
    const dataDir = await dataDirWith(STATE);
    const shared = new MemoryStateStore();
    const logs: string[] = [];
    expect(await importFileState(dataDir, shared, createLogger((line) => logs.push(line)))).toEqual({ copied: 3, present: 0, unreadable: 0 });
    for (const [key, value] of Object.entries(STATE)) expect((await shared.get(key))?.value).toEqual(value);
    expect(existsSync(stateStoreFolder(dataDir))).toBe(false);
    expect(readdirSync(dataDir)).toEqual([expect.stringMatching(/^state\.imported-\d{4}-\d\d-\d\dT/)]);
    expect(logs.join('\n')).toContain('"message":"file state imported into the shared store","copied":3');
    expect(await importFileState(dataDir, shared, createLogger(() => undefined))).toBeUndefined();
  });

  test('what the shared store already holds is newer and kept; two instances importing at once copy each key once', async () => {
    const dataDir = await dataDirWith(STATE);
    const shared = new MemoryStateStore();
    await shared.put('subscription/s1', { schedule: { day: 'friday', time: '08:00', timeZone: 'UTC' }, active: true });
    const quiet = createLogger(() => undefined);
    const [first, second] = await Promise.all([importFileState(dataDir, shared, quiet), importFileState(dataDir, shared, quiet)]);
    expect((first?.copied ?? 0) + (second?.copied ?? 0)).toBe(2);
    expect(((await shared.get('subscription/s1'))?.value as { schedule: { day: string } }).schedule.day).toBe('friday');
  });

  test('a file that cannot be read is left where it is, with its folder, for the next start; the rest is copied', async () => {
    const dataDir = await dataDirWith(STATE);
    await writeFile(path.join(stateStoreFolder(dataDir), fileNameOf('subscription/s2')), '{"key":', { mode: 0o600 });
    const shared = new MemoryStateStore();
    expect(await importFileState(dataDir, shared, createLogger(() => undefined))).toEqual({ copied: 3, present: 0, unreadable: 1 });
    expect(existsSync(path.join(stateStoreFolder(dataDir), fileNameOf('subscription/s2')))).toBe(true);
  });

  test('no state folder: nothing to import, and none is created', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'import-state-'));
    folders.push(dataDir);
    expect(await importFileState(dataDir, new MemoryStateStore(), createLogger(() => undefined))).toBeUndefined();
    expect(readdirSync(dataDir)).toEqual([]);
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CommandExport } from '../src/commands/command-export.js';
import { writeExportFile } from '../src/files/export-file.js';
import { PendingExports } from '../src/files/pending-exports.js';
import type { AnyRow } from '../src/reports/catalog.js';
import type { ReportMeta } from '../src/reports/report-service.js';
import { createFakeClock } from './support/fake-clock.js';

const META: ReportMeta = {
  report: 'activations',
  title: 'Microsoft 365 apps activations',
  privacy: 'aggregate',
  graphFunction: 'getOffice365ActivationsUserCounts',
  refreshDate: '2026-11-20',
  rowCount: 2,
  identities: 'not-applicable' as ReportMeta['identities'],
  source: 'test',
  fetchedAt: '2026-11-22T08:00:00.000Z',
  cache: 'hit',
};

function exportOf(rows: AnyRow[], fail = false): CommandExport {
  return {
    fileName: 'activations-2026-11-20.csv',
    meta: META,
    async *rows() {
      for (const row of rows) yield row;
      if (fail) throw new Error('the cache file went away');
    },
  };
}

const ROWS: AnyRow[] = [
  { reportRefreshDate: '2026-11-20', productType: 'Microsoft 365 Apps for enterprise', windows: 10, mac: 2, android: 1, ios: 1, pc: 12, assigned: 20, activated: 14 },
  { reportRefreshDate: '2026-11-20', productType: '=cmd|calc', windows: 0, mac: 0, android: 0, ios: 0, pc: 0, assigned: 1, activated: 0 },
];

const file = (rows = ROWS) => exportOf(rows);
const COMMAND = 'csv activations';

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'pending-exports-test-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('writeExportFile', () => {
  test('streams the CSV to a new 0600 file and counts its rows', async () => {
    const target = path.join(parent, 'out.csv');
    const written = await writeExportFile(exportOf(ROWS), target);
    expect(written).toEqual({ path: target, sizeInBytes: statSync(target).size, rowCount: 2 });
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('\uFEFFReport Refresh Date,Product Type,')).toBe(true);
    expect(text).toContain(",'=cmd|calc,");
  });

  test('a row source that fails leaves no partial file behind', async () => {
    const target = path.join(parent, 'broken.csv');
    await expect(writeExportFile(exportOf(ROWS, true), target)).rejects.toThrow('the cache file went away');
    expect(existsSync(target)).toBe(false);
  });
});

describe('PendingExports', () => {
  test('keeps a file for its owner only, until taken; a taken file is deleted on release', async () => {
    const pending = new PendingExports({ clock: createFakeClock(0), parentFolder: parent, sweepEveryMs: 0 });
    const entry = await pending.prepare(file(), COMMAND, 'tenant|ada');
    expect(entry).toMatchObject({ owner: 'tenant|ada', command: 'csv activations', fileName: 'activations-2026-11-20.csv', refreshDate: '2026-11-20', rowCount: 2 });
    expect(pending.take(entry.id, 'tenant|megan')).toBeUndefined();
    expect(pending.take(entry.id, 'tenant|ada')).toEqual(entry);
    expect(pending.take(entry.id, 'tenant|ada')).toBeUndefined();
    expect(existsSync(entry.path)).toBe(true);
    await pending.release(entry);
    expect(existsSync(entry.path)).toBe(false);
    await pending.close();
  });

  test('expired files are swept; at most maxFiles are kept, the oldest going first; close removes the folder', async () => {
    const clock = createFakeClock(0);
    const pending = new PendingExports({ clock, parentFolder: parent, ttlMs: 1000, maxFiles: 2, sweepEveryMs: 0 });
    const first = await pending.prepare(file(), COMMAND, 'o');
    const second = await pending.prepare(file(), COMMAND, 'o');
    const third = await pending.prepare(file(), COMMAND, 'o');
    expect(pending.size).toBe(2);
    expect(existsSync(first.path)).toBe(false);
    clock.advance(1000);
    expect(pending.take(second.id, 'o')).toBeUndefined();
    expect(await pending.sweep()).toBe(2);
    expect([second, third].map((entry) => existsSync(entry.path))).toEqual([false, false]);
    await pending.prepare(file(), COMMAND, 'o');
    expect(readdirSync(parent)).toHaveLength(1);
    await pending.close();
    expect(readdirSync(parent)).toEqual([]);
  });
});

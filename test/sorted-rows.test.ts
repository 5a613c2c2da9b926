import { readdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PrivateFolder } from '../src/private-folder.js';
import { sortRows } from '../src/reports/sorted-rows.js';
import { scratchFolder } from './support/scratch-folder.js';

type Row = { readonly name: string; readonly day?: string; readonly seq: number };

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** Files left in the sort folder's private folders. */
async function filesUnder(root: string): Promise<string[]> {
  const folders = await readdir(root).catch(() => []);
  return (await Promise.all(folders.map((folder) => readdir(path.join(root, folder))))).flat();
}

// By day, most recent first, undated last: the shape of the card orders.
const byDayThenName = (a: Row, b: Row) => (b.day ?? '').localeCompare(a.day ?? '') || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

describe('sortRows: rows in order with memory bounded by the run size', () => {
  test('equals a stable in-memory sort for any rows and any run size, and leaves no file behind', async () => {
    const root = scratchFolder();
    const folder = new PrivateFolder('sort', root);
    const row = fc.record({ name: fc.constantFrom('ann', 'bob', 'cy', '=1+1', 'zoë'), day: fc.option(fc.constantFrom('2026-11-01', '2026-11-19', '2026-10-02'), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), async (drawn, runRows) => {
        const rows: Row[] = drawn.map((item, seq) => ({ ...(item.day === undefined ? { name: item.name } : item), seq }));
        const sorted = await collect(sortRows(from(rows), byDayThenName, folder, runRows));
        expect(sorted).toEqual([...rows].sort(byDayThenName));
        expect(await filesUnder(root)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    await folder.remove();
  });

  test('a reader that stops early leaves no run file behind', async () => {
    const root = scratchFolder();
    const folder = new PrivateFolder('sort', root);
    const rows: Row[] = Array.from({ length: 100 }, (_, seq) => ({ name: `user${seq % 17}`, day: `2026-11-${String((seq % 28) + 1).padStart(2, '0')}`, seq }));
    const firstTen: Row[] = [];
    for await (const row of sortRows(from(rows), byDayThenName, folder, 7)) {
      firstTen.push(row);
      if (firstTen.length === 10) break;
    }
    expect(firstTen).toEqual([...rows].sort(byDayThenName).slice(0, 10));
    expect(await filesUnder(root)).toEqual([]);
    await folder.remove();
  });
});

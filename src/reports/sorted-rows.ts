/**
 * Rows in an order that needs all of them (a CSV export in the card's order) without holding them all:
 * up to `runRows` are sorted in memory, which is every report of a mid-size tenant; past that, sorted
 * runs go to private temp files (NDJSON) and are merged, so memory stays flat at a 1,000,000-user tenant.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { PrivateFolder } from '../private-folder.js';
import { BinaryHeap } from './binary-heap.js';

/** Rows per in-memory run: a few tens of MB of row objects at most. */
export const DEFAULT_RUN_ROWS = 50_000;

/** `rows` sorted by `compare` (stable: equal rows keep their input order). */
export async function* sortRows<Row>(rows: AsyncIterable<Row>, compare: (a: Row, b: Row) => number, folder: PrivateFolder, runRows = DEFAULT_RUN_ROWS): AsyncGenerator<Row> {
  const runs: string[] = [];
  try {
    let run: Row[] = [];
    for await (const row of rows) {
      run.push(row);
      if (run.length >= runRows) {
        runs.push(await writeRun(run.sort(compare), folder));
        run = [];
      }
    }
    run.sort(compare);
    if (runs.length === 0) {
      yield* run;
      return;
    }
    if (run.length > 0) runs.push(await writeRun(run, folder));
    run = [];
    yield* mergeRuns<Row>(runs, compare);
  } finally {
    await Promise.all(runs.map((file) => rm(file, { force: true })));
  }
}

async function writeRun<Row>(rows: readonly Row[], folder: PrivateFolder): Promise<string> {
  const file = await folder.newFilePath('.ndjson');
  const out = createWriteStream(file, { mode: 0o600 });
  let chunk = '';
  for (const row of rows) {
    chunk += `${JSON.stringify(row)}\n`;
    if (chunk.length >= 64 * 1024) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return file;
}

type Head<Row> = { readonly row: Row; readonly run: number; readonly lines: AsyncIterator<string> };

/** A k-way merge over the runs' files: a heap of each run's next row, ties to the earlier run. */
async function* mergeRuns<Row>(files: readonly string[], compare: (a: Row, b: Row) => number): AsyncGenerator<Row> {
  const heap = new BinaryHeap<Head<Row>>((a, b) => {
    const order = compare(a.row, b.row);
    return order < 0 || (order === 0 && a.run < b.run);
  });
  const streams = files.map((file) => createReadStream(file));
  const next = async (run: number, lines: AsyncIterator<string>) => {
    const line = await lines.next();
    return line.done ? undefined : { row: JSON.parse(line.value) as Row, run, lines };
  };
  try {
    for (const [run, stream] of streams.entries()) {
      const head = await next(run, createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]());
      if (head) heap.push(head);
    }
    for (let head = heap.peek(); head; head = heap.peek()) {
      yield head.row;
      const following = await next(head.run, head.lines);
      if (following) heap.replaceRoot(following);
      else heap.pop();
    }
  } finally {
    for (const stream of streams) stream.destroy();
  }
}

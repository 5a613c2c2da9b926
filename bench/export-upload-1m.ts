/**
 * Goal: `csv copilot users D30` for a 1,000,000-user tenant is built (report service → CSV → private
 * temp file) and uploaded (5 MiB Content-Range PUTs, streamed from the file) to a local upload server
 * with flat memory: heap sampled during build and upload stays under 64 MiB. Prints figures, and MISSED
 * when a goal is missed or the server did not receive every byte in order.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toIsoDate } from '../src/clock.js';
import { exportCommandRows } from '../src/commands/command-export.js';
import { PendingExports } from '../src/files/pending-exports.js';
import { uploadToSession } from '../src/files/upload-session.js';
import { createGoalReport, mib, quick } from './support/bench-run.js';
import { sampleHeapPeak, startEmulatedTenant, wallClock as clock } from './support/emulated-tenant.js';

const USERS = quick ? 50_000 : 1_000_000;
const GOAL_HEAP_BYTES = 64 * 1024 * 1024;

/** An upload session that counts bytes and checks the ranges arrive in order; it keeps nothing. */
async function startCountingUploadServer() {
  const state = { received: 0, requests: 0, problems: [] as string[], completed: false };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range']));
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      state.requests += 1;
      const [start, end, total] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
      if (start !== state.received || bytes !== end - start + 1) state.problems.push(`range ${String(req.headers['content-range'])} with ${bytes} bytes`);
      state.received += bytes;
      state.completed = end === total - 1;
      res.statusCode = state.completed ? 201 : 202;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/up/session`, state, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function main(): Promise<void> {
  const tenant = await startEmulatedTenant(USERS);
  const { service } = tenant;
  const pending = new PendingExports({ clock, sweepEveryMs: 0 });
  const uploads = await startCountingUploadServer();
  const heap = sampleHeapPeak();
  try {
    // The answer's report call first (download, parse, disk cache), as when an admin asks for the card.
    const downloadStarted = performance.now();
    const report = await service.getReport('copilot-users', { period: 'D30' });
    const downloadSeconds = (performance.now() - downloadStarted) / 1000;
    const heapAfterDownload = heap.peak();

    const buildStarted = performance.now();
    const command = { name: 'copilot-users', period: 'D30' } as const;
    const file = await exportCommandRows(command, service, toIsoDate(Date.now()));
    const prepared = await pending.prepare(file, 'csv copilot users D30', 'bench|admin');
    const buildSeconds = (performance.now() - buildStarted) / 1000;

    const uploadStarted = performance.now();
    const result = await uploadToSession(prepared, uploads.url, { clock, allowRemote: false });
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;
    heap.stop();
    const peakHeap = heap.peak();
    await pending.release(prepared);

    console.log(
      `export-upload-1m: ${USERS.toLocaleString('en')} users → ${report.meta.rowCount.toLocaleString('en')} Copilot user rows → ` +
        `${prepared.rowCount.toLocaleString('en')} active in D30 → ${prepared.fileName}, ${mib(prepared.sizeInBytes)}`,
    );
    console.log(`  report download + parse + cache: ${downloadSeconds.toFixed(1)} s`);
    console.log(`  build CSV to private temp file:  ${buildSeconds.toFixed(1)} s (${Math.round(prepared.rowCount / buildSeconds).toLocaleString('en')} rows/s)`);
    console.log(
      `  upload in ${result.chunks} PUTs of ≤ 5 MiB:      ${uploadSeconds.toFixed(1)} s (${mib(prepared.sizeInBytes / uploadSeconds)}/s), final HTTP ${result.status}`,
    );
    console.log(
      `  peak heap (sampled every 250 ms after GC): ${mib(peakHeap)} (${mib(heapAfterDownload)} already during the download) ` +
        `(goal < ${mib(GOAL_HEAP_BYTES)}); peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`,
    );
    const goals = createGoalReport('export-upload-1m');
    const complete = uploads.state.completed && uploads.state.problems.length === 0 && uploads.state.received === prepared.sizeInBytes;
    goals.check('every byte received, in order', complete, JSON.stringify({ ...uploads.state, problems: uploads.state.problems.slice(0, 3) }));
    goals.check(`peak heap < ${mib(GOAL_HEAP_BYTES)}`, peakHeap < GOAL_HEAP_BYTES, mib(peakHeap));
  } finally {
    heap.stop();
    await pending.close();
    await uploads.close();
    await tenant.close();
  }
}

await main();

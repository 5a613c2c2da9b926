/**
 * Goal: a 1,000,000-user tenant's Copilot user detail goes emulator → Graph client → CSV parser → disk
 * cache in one pass with flat memory: heap sampled during the download stays under 64 MiB, and reading the
 * cached rows back is faster than the download. Prints figures; exits 1 when a goal is missed.
 */
import { createGoalReport, mib, quick } from './support/bench-run.js';
import { sampleHeapPeak, startEmulatedTenant } from './support/emulated-tenant.js';

const USERS = quick ? 50_000 : 1_000_000;
const GOAL_HEAP_BYTES = 64 * 1024 * 1024;

async function main(): Promise<void> {
  const tenant = await startEmulatedTenant(USERS);
  const { service } = tenant;
  const heap = sampleHeapPeak();
  try {
    const started = performance.now();
    const report = await service.getReport('copilot-users', { period: 'D30' });
    const downloadSeconds = (performance.now() - started) / 1000;

    const readStarted = performance.now();
    let rows = 0;
    let neverActive = 0;
    for await (const row of report.rows()) {
      rows += 1;
      if (!row.lastActivityDate) neverActive += 1;
    }
    const readSeconds = (performance.now() - readStarted) / 1000;
    heap.stop();
    const peakHeap = heap.peak();

    console.log(`report-service-1m: ${USERS.toLocaleString('en')} users → ${report.meta.rowCount.toLocaleString('en')} Copilot user rows (${neverActive.toLocaleString('en')} never active)`);
    console.log(`  download + parse + cache: ${downloadSeconds.toFixed(1)} s (${Math.round(report.meta.rowCount / downloadSeconds).toLocaleString('en')} rows/s)`);
    console.log(`  read back from cache:     ${readSeconds.toFixed(1)} s (${Math.round(rows / readSeconds).toLocaleString('en')} rows/s)`);
    console.log(`  peak heap (sampled every 250 ms after GC): ${mib(peakHeap)} (goal < ${mib(GOAL_HEAP_BYTES)}); peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`);
    const goals = createGoalReport('report-service-1m');
    goals.check(`every row read back, peak heap < ${mib(GOAL_HEAP_BYTES)}`, rows === report.meta.rowCount && peakHeap < GOAL_HEAP_BYTES, mib(peakHeap));
    goals.check('reading back faster than downloading', readSeconds < downloadSeconds, `${readSeconds.toFixed(1)} s against ${downloadSeconds.toFixed(1)} s`);
  } finally {
    heap.stop();
    await tenant.close();
  }
}

await main();

/**
 * Goal: parsing a 1,000,000-row Copilot user-detail CSV holds memory flat: heap after 1,000,000 rows
 * is within 16 MiB of the heap after 100,000 rows (after GC). Prints rows/s and heap at checkpoints,
 * and MISSED when the goal is missed. The CSV is generated lazily, so the input itself takes no memory.
 */
import { Readable } from 'node:stream';
import { parseReportCsv } from '../src/reports/parse-csv.js';
import { createGoalReport, mib, quick } from './support/bench-run.js';

const ROWS = quick ? 200_000 : 1_000_000;
const GOAL_GROWTH_BYTES = 16 * 1024 * 1024;
const HEADER =
  '\uFEFFReport Refresh Date,User Principal Name,Display Name,Last Activity Date,Copilot Chat Last Activity Date,' +
  'Microsoft Teams Copilot Last Activity Date,Word Copilot Last Activity Date,Excel Copilot Last Activity Date,' +
  'PowerPoint Copilot Last Activity Date,Outlook Copilot Last Activity Date,OneNote Copilot Last Activity Date,' +
  'Loop Copilot Last Activity Date,Report Period\r\n';

function* csvChunks(): Generator<string> {
  yield HEADER;
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const active = i % 5 === 0 ? '' : `2026-10-${day}`;
    chunk += `2026-11-19,user${i}@contoso.onmicrosoft.com,"Doe, User ${i}",${active},${active},${active},,${active},,,,,30\r\n`;
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

function heapAfterGc(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  if (!globalThis.gc) throw new Error('run with node --expose-gc (npm run bench does)');
  const started = performance.now();
  const checkpoints = new Map<number, number>();
  let rows = 0;
  let active = 0;
  for await (const row of parseReportCsv('copilot-users', Readable.from(csvChunks()))) {
    rows += 1;
    if (row.lastActivityDate) active += 1;
    if (rows === 100_000 || rows % 250_000 === 0 || rows === ROWS) checkpoints.set(rows, heapAfterGc());
  }
  const seconds = (performance.now() - started) / 1000;
  const base = checkpoints.get(100_000) ?? 0;
  const end = checkpoints.get(ROWS) ?? 0;
  console.log(`parse-csv-memory: ${rows.toLocaleString('en')} rows (${active.toLocaleString('en')} active) in ${seconds.toFixed(1)} s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s`);
  for (const [at, heap] of checkpoints) console.log(`  heap after ${at.toLocaleString('en').padStart(9)} rows: ${mib(heap)}`);
  console.log(`  peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`);
  createGoalReport('parse-csv-memory').check(
    `every row parsed, heap growth from 100k to ${rows.toLocaleString('en')} rows < ${mib(GOAL_GROWTH_BYTES)}`,
    rows === ROWS && end - base < GOAL_GROWTH_BYTES,
    mib(end - base),
  );
}

await main();

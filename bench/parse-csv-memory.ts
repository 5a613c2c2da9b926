/**
 * Goal: parsing a 1,000,000-row Copilot user-detail CSV holds memory flat: heap after 1,000,000 rows
 * is within 16 MiB of the heap after 100,000 rows (after GC). Prints rows/s and heap at checkpoints,
 * exits 1 when the goal is missed. The CSV is generated lazily, so the input itself takes no memory.
 */
import { Readable } from 'node:stream';
import { parseReportCsv } from '../src/reports/parse-csv.js';

const ROWS = 1_000_000;
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

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function main(): Promise<void> {
  if (!globalThis.gc) throw new Error('run with node --expose-gc (npm run bench does)');
  const started = performance.now();
  const checkpoints = new Map<number, number>();
  let rows = 0;
  let active = 0;
  for await (const row of parseReportCsv('copilot-users', Readable.from(csvChunks()))) {
    rows += 1;
    if (row.lastActivityDate) active += 1;
    if (rows === 100_000 || rows % 250_000 === 0) checkpoints.set(rows, heapAfterGc());
  }
  const seconds = (performance.now() - started) / 1000;
  const base = checkpoints.get(100_000) ?? 0;
  const end = checkpoints.get(ROWS) ?? 0;
  console.log(`parse-csv-memory: ${rows.toLocaleString('en')} rows (${active.toLocaleString('en')} active) in ${seconds.toFixed(1)} s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s`);
  for (const [at, heap] of checkpoints) console.log(`  heap after ${at.toLocaleString('en').padStart(9)} rows: ${mib(heap)}`);
  console.log(`  growth 100k → 1M rows: ${mib(end - base)} (goal < ${mib(GOAL_GROWTH_BYTES)}); peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`);
  if (rows !== ROWS || end - base >= GOAL_GROWTH_BYTES) {
    console.error('parse-csv-memory: GOAL MISSED');
    process.exitCode = 1;
  }
}

await main();

/**
 * The floor for a cold answer, run as its own process: download report CSVs as Graph serves them (the
 * function call with a bearer token, then the 302's pre-authenticated link without one) and count their
 * records in a bare csv-parse loop; several at once (`--concurrent`, as an answer reading several reports
 * downloads them) or one after another (the sum of their bare parses). Reports `{ rows, ms, cpuMs }` over IPC
 * (`cpuMs`: this process's CPU time, which the machine's load moves less than `ms`).
 */
import { fork } from 'node:child_process';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DEVELOPMENT_TOKEN } from '../../src/reports/graph-token.js';

/** Downloads and counts one report's records. */
async function countRecords(url: string): Promise<number> {
  let response = await fetch(url, { headers: { authorization: `Bearer ${DEVELOPMENT_TOKEN}` }, redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status === 302 && location) {
    // Read to its end (a few bytes) so the connection goes back to the pool whole: a cancelled body can
    // leave undici a socket the server is closing, and the download then fails with ECONNRESET.
    await response.arrayBuffer();
    response = await fetch(location);
  }
  if (!response.ok || !response.body) throw new Error(`report download answered ${response.status}`);
  let rows = 0;
  for await (const record of Readable.fromWeb(response.body as never).pipe(parse({ bom: true, relax_column_count: true }))) {
    if (record) rows += 1;
  }
  return rows - 1;
}

/** In a separate process: the floor of downloading and parsing `urls`, at once or one after another. */
export function runBaseline(urls: readonly string[], mode: 'concurrent' | 'sequential'): Promise<{ rows: number; ms: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url).pathname, [mode, ...urls], { execArgv: ['--import', 'tsx'] });
    child.once('message', (result) => resolve(result as { rows: number; ms: number; cpuMs: number }));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`csv-parse baseline exited with ${code}`))));
  });
}

if (process.send) {
  const [mode, ...urls] = process.argv.slice(2);
  if (urls.length === 0 || (mode !== 'concurrent' && mode !== 'sequential')) throw new Error('usage: csv-parse-baseline.ts concurrent|sequential <report CSV URL>…');
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  if (mode === 'concurrent') rows = (await Promise.all(urls.map(countRecords))).reduce((sum, count) => sum + count, 0);
  else for (const url of urls) rows += await countRecords(url);
  const cpu = process.cpuUsage(cpuStarted);
  process.send({ rows, ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 }, () => process.exit(0));
}

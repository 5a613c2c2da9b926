/**
 * The floor for a cold answer, run as its own process: download one report CSV as Graph serves it
 * (the function call with a bearer token, then the 302's pre-authenticated link without one) and
 * count its records in a bare csv-parse loop. Reports `{ rows, ms }` to the parent over IPC.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DEVELOPMENT_TOKEN } from '../../src/reports/graph-token.js';

const url = process.argv[2];
if (!url) throw new Error('usage: csv-parse-baseline.ts <report CSV URL>');

const started = performance.now();
let response = await fetch(url, { headers: { authorization: `Bearer ${DEVELOPMENT_TOKEN}` }, redirect: 'manual' });
const location = response.headers.get('location');
if (response.status === 302 && location) {
  await response.body?.cancel();
  response = await fetch(location);
}
if (!response.ok || !response.body) throw new Error(`report download answered ${response.status}`);
let rows = 0;
for await (const record of Readable.fromWeb(response.body as never).pipe(parse({ bom: true, relax_column_count: true }))) {
  if (record) rows += 1;
}
process.send?.({ rows: rows - 1, ms: performance.now() - started }, () => process.exit(0));

/**
 * Activity claims: what claiming each incoming message in the shared blob store adds to a turn. `help`
 * (no Graph) through `POST /api/messages`, one at a time, to the bot on the file store (ids in memory
 * only) and to the same bot on the blob store on Azurite (a create-only write per message), in rounds
 * that alternate between them; beside it, the claim alone in this process, as most of the day (one write)
 * and in the hour after midnight UTC (a write and a read of the day before, in parallel).
 * Goal: the claim adds at most 10 ms to a turn's median and p99 on Azurite on loopback.
 */
import { ActivityClaims } from '../src/bot/activity-claims.js';
import { silentLogger } from '../src/logger.js';
import { BlobStateStore } from '../src/store/blob-state-store.js';
import { createContainerClient } from '../src/store/open-state-store.js';
import { startAzurite } from '../test/support/azurite.js';
import { startBotChild } from './support/bot-child.js';
import { count, createGoalReport, ms, quick } from './support/bench-run.js';
import { startFakeConnector } from './support/fake-connector.js';
import { formatLatency, summarizeLatencies, type LatencySummary } from './support/latency-stats.js';
import { runLoad } from './support/message-load.js';

const TURNS = quick ? 200 : 1_000;
const ROUNDS = quick ? 2 : 5;
const CLAIMS = quick ? 200 : 1_000;
const GOAL_ADDED_MS = 10;
const CONTAINER = 'bench-activity-claims';

async function main(): Promise<void> {
  const goals = createGoalReport('activity-claims');
  const azurite = await startAzurite();
  const connector = await startFakeConnector();
  const blobEnv = { STATE_STORE: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: CONTAINER };
  const onFiles = await startBotChild('usage', { EMULATOR_USERS: '200' });
  const onBlobs = await startBotChild('usage', { EMULATOR_USERS: '200', ...blobEnv });
  console.log(`activity-claims: ${count(TURNS)} turns of "help" per bot, one at a time, ${ROUNDS} alternating rounds; ${count(CLAIMS)} claims alone${quick ? ' (--quick)' : ''}`);
  try {
    const targets = [
      { label: 'file store (memory only)', url: onFiles.url, latencies: [] as number[], wallMs: 0 },
      { label: 'blob store on Azurite', url: onBlobs.url, latencies: [] as number[], wallMs: 0 },
    ];
    const load = (url: string, requests: number) => runLoad({ botUrl: url, connectorUrl: connector.url, concurrency: 1, requests, conversations: 100, text: () => 'help' });
    for (const target of targets) await load(target.url, 100);
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const result = await load(target.url, Math.ceil(TURNS / ROUNDS));
        if (result.failures > 0) throw new Error(`${target.label}: ${result.failures} turns failed`);
        target.latencies.push(...result.samples);
        target.wallMs += result.wallMs;
      }
      connector.reset();
    }
    const [files, blobs] = targets.map((target) => summarizeLatencies(target.latencies, target.wallMs)) as [LatencySummary, LatencySummary];
    console.log(`  turn on the file store           ${formatLatency(files)}`);
    console.log(`  turn on the blob store           ${formatLatency(blobs)}`);
    goals.check(`the claim adds ≤ ${GOAL_ADDED_MS} ms to a turn's median`, blobs.p50 - files.p50 <= GOAL_ADDED_MS, `+${ms(blobs.p50 - files.p50)}`);
    goals.check(`the claim adds ≤ ${GOAL_ADDED_MS} ms to a turn's p99`, blobs.p99 - files.p99 <= GOAL_ADDED_MS, `+${ms(blobs.p99 - files.p99)}`);

    const store = await BlobStateStore.open(createContainerClient({ kind: 'connection-string', connectionString: azurite.connectionString }, CONTAINER));
    for (const [label, at] of [
      ['claim alone, most of the day', Date.parse('2026-11-23T09:00:00Z')],
      ['claim alone, just after midnight', Date.parse('2026-11-24T00:10:00Z')],
    ] as const) {
      // A prune interval longer than the run: only the first claim lists the container.
      const claims = new ActivityClaims({ store, clock: { now: () => at, sleep: () => Promise.resolve() }, logger: silentLogger, pruneIntervalMs: 86_400_000 });
      const latencies: number[] = [];
      const started = performance.now();
      for (let i = 0; i < CLAIMS; i++) {
        const begun = performance.now();
        await claims.claim('a:bench-personal', `${label}-${i}`);
        latencies.push(performance.now() - begun);
      }
      await claims.settled();
      console.log(`  ${label.padEnd(32)} ${formatLatency(summarizeLatencies(latencies, performance.now() - started))}`);
    }
  } finally {
    await onBlobs.stop();
    await onFiles.stop();
    await connector.close();
    await azurite.close();
  }
}

await main();

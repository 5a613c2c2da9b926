/**
 * Activity claims: what claiming each incoming message in the shared blob store adds to a turn. `help`
 * (no Graph) through `POST /api/messages`, one at a time and at most 40 a second (under the pacer's 50 sends
 * per second per tenant, which would otherwise decide the p99), to the bot on the file store (ids in memory
 * only) and to the same bot on the blob store on Azurite (a create-only write per message), in rounds
 * that alternate between them; beside it, the claim alone in this process, as most of the day (one write)
 * and in the hour after midnight UTC (a write and a read of the day before, in parallel).
 * Goal: the claim adds at most 10 ms to a turn's median and p99 on Azurite on loopback.
 */
import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ActivityClaims } from '../src/bot/activity-claims.js';
import { silentLogger } from '../src/logger.js';
import { BlobStateStore } from '../src/store/blob-state-store.js';
import { createContainerClient } from '../src/store/blob-container.js';
import { startAzurite } from '../test/support/azurite.js';
import { startBotChild } from './support/bot-child.js';
import { count, createGoalReport, ms, quick } from './support/bench-run.js';
import { startFakeConnector } from './support/fake-connector.js';
import { formatLatency, summarizeLatencies, type LatencySummary } from './support/latency-stats.js';
import { personalMessage, postActivity } from './support/message-load.js';

const TURNS = quick ? 200 : 1_000;
const ROUNDS = quick ? 2 : 5;
const CLAIMS = quick ? 200 : 1_000;
const GOAL_ADDED_MS = 10;
/** One turn started per 25 ms at most: 40 a second. */
const TURN_SPACING_MS = 25;
const CONTAINER = 'bench-activity-claims';

async function main(): Promise<void> {
  const goals = createGoalReport('activity-claims');
  const azurite = await startAzurite();
  const connector = await startFakeConnector();
  const blobEnv = azurite.stateEnv(CONTAINER);
  const onFiles = await startBotChild('usage', { EMULATOR_USERS: '200' });
  const onBlobs = await startBotChild('usage', { EMULATOR_USERS: '200', ...blobEnv });
  console.log(`activity-claims: ${count(TURNS)} turns of "help" per bot, one at a time, ${ROUNDS} alternating rounds; ${count(CLAIMS)} claims alone${quick ? ' (--quick)' : ''}`);
  try {
    const targets = [
      { label: 'file store (memory only)', url: onFiles.url, latencies: [] as number[], wallMs: 0 },
      { label: 'blob store on Azurite', url: onBlobs.url, latencies: [] as number[], wallMs: 0 },
    ];
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const turns = async (url: string, requests: number, latencies: number[]) => {
      for (let i = 0; i < requests; i++) {
        const { status, ms: took } = await postActivity(url, personalMessage(connector.url, i % 100, 'help'), agent);
        if (status !== 200) throw new Error(`a turn answered ${status}`);
        latencies.push(took);
        await sleep(Math.max(0, TURN_SPACING_MS - took));
      }
    };
    for (const target of targets) await turns(target.url, 100, []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const started = performance.now();
        await turns(target.url, Math.ceil(TURNS / ROUNDS), target.latencies);
        target.wallMs += performance.now() - started;
      }
      connector.reset();
    }
    agent.destroy();
    const [files, blobs] = targets.map((target) => summarizeLatencies(target.latencies, target.wallMs)) as [LatencySummary, LatencySummary];
    console.log(`  turn on the file store           ${formatLatency(files)}`);
    console.log(`  turn on the blob store           ${formatLatency(blobs)}`);
    const added = (blob: number, file: number) => `${blob >= file ? '+' : '−'}${ms(Math.abs(blob - file))} (${ms(blob)} against ${ms(file)})`;
    goals.check(`the claim adds ≤ ${GOAL_ADDED_MS} ms to a turn's median`, blobs.p50 - files.p50 <= GOAL_ADDED_MS, added(blobs.p50, files.p50));
    goals.check(`the claim adds ≤ ${GOAL_ADDED_MS} ms to a turn's p99`, blobs.p99 - files.p99 <= GOAL_ADDED_MS, added(blobs.p99, files.p99));

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
        await claims.claim('00000000-0000-0000-0000-0000000000001', 'a:bench-personal', `${label}-${i}`);
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

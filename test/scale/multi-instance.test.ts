/**
 * Several real bot processes sharing one blob state store on Azurite, one Graph emulator and one
 * fake Bot Connector, all on loopback: digests post exactly once per channel, a killed instance's
 * work is finished by the others after the lease, and a fresh instance knows everything.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { DigestClaim } from '../../src/digest/digest-claims.js';
import { startGraphEmulator, type GraphEmulator } from '../../src/emulator/graph-emulator.js';
import { BlobStateStore } from '../../src/store/blob-state-store.js';
import { createContainerClient } from '../../src/store/blob-container.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { startRecordingConnector, type RecordingConnector } from '../support/bot-harness.js';
import { claimTimes, deliverActivity, startBotProcess, waitFor, type BotProcess } from '../support/bot-processes.js';
import { startGateProxy, type GateProxy } from '../support/gate-proxy.js';
import { playgroundActivity } from '../support/playground-activities.js';

const TEAM = '19:team-general@thread.tacv2';
/** A Monday: the bots start an hour before their channels' 09:00 digest. */
const MONDAY_8 = Date.parse('2026-11-23T08:00:00Z');
const MONDAY_9 = Date.parse('2026-11-23T09:00:01Z');
const LEASE_MS = 10 * 60_000;

let azurite: Azurite;
let emulator: GraphEmulator;
let graph: GateProxy;
let connector: RecordingConnector;
const processes: BotProcess[] = [];

beforeAll(async () => {
  [azurite, emulator, connector] = await Promise.all([startAzurite(), startGraphEmulator({ users: 200 }), startRecordingConnector()]);
  graph = await startGateProxy(emulator.url);
}, 90_000);

afterEach(async () => {
  await Promise.all(processes.splice(0).map((bot) => bot.stop()));
  graph.release();
  connector.posted.length = 0;
});

afterAll(async () => {
  await Promise.all([azurite?.close(), emulator?.close(), graph?.close(), connector?.close()]);
});

/** A container of its own for one test, and the store the test reads it through. */
async function newState(name: string) {
  const connection = { kind: 'connection-string', connectionString: azurite.connectionString } as const;
  const store = await BlobStateStore.open(createContainerClient(connection, name));
  const env = azurite.stateEnv(name);
  return { store, env };
}

async function startBots(count: number, env: Record<string, string>, clockStart: number): Promise<BotProcess[]> {
  const started = await Promise.all(
    Array.from({ length: count }, () => startBotProcess({ GRAPH_BASE_URL: graph.url, DIGEST_LEASE_MINUTES: String(LEASE_MS / 60_000), ...env }, clockStart)),
  );
  processes.push(...started);
  return started;
}

const channelIds = (count: number) => Array.from({ length: count }, (_, index) => `19:channel-${index + 1}@thread.tacv2`);

/** An @mention of the bot in `channel`, as Teams sends it, posted to one instance. */
async function mention(bot: BotProcess, channel: string, text: string): Promise<void> {
  const activity = playgroundActivity('message-channel-mention', {
    text: `<at>Test Bot</at> ${text}`,
    serviceUrl: connector.url,
    conversation: { id: `${channel};messageid=1795331054475` },
    channelData: { teamsChannelId: channel, team: { id: TEAM }, channel: { id: channel } },
  });
  await deliverActivity(bot, activity);
}

/** Subscribes every channel to Monday 09:00 UTC, each through the next instance in turn. */
async function subscribeAll(bots: readonly BotProcess[], channels: readonly string[]): Promise<void> {
  await Promise.all(channels.map((channel, index) => mention(bots[index % bots.length]!, channel, 'digest subscribe monday 09:00 UTC')));
  connector.posted.length = 0;
}

/** Moves every instance to `at` and runs their schedulers at once; resolves when every run has finished. */
async function runAllAt(bots: readonly BotProcess[], at: number): Promise<void> {
  for (const bot of bots) bot.setTime(at);
  await Promise.all(bots.map((bot) => bot.tick()));
}

async function claimsIn(store: BlobStateStore): Promise<DigestClaim[]> {
  const claims: DigestClaim[] = [];
  for (const key of await store.list('digest/')) {
    const value = (await store.get(key))?.value;
    if (value) claims.push(value as DigestClaim);
  }
  return claims;
}

/** Digest posts per channel: new posts at the channel root (replies go to the thread). */
function postsPerChannel(channels: readonly string[]): Record<string, number> {
  return Object.fromEntries(channels.map((channel) => [channel, connector.posted.filter((post) => post.conversationId === channel).length]));
}

const pidOf = (claim: DigestClaim) => Number(claim.claimedBy.split(':')[1]);

describe('several bot processes on one blob store', () => {
  test('many channels due in the same minute on three instances: each channel gets exactly one digest', async () => {
    const { store, env } = await newState('exactly-once');
    const channels = channelIds(24);
    const bots = await startBots(3, env, MONDAY_8);
    await subscribeAll(bots, channels);

    await runAllAt(bots, MONDAY_9);

    expect(postsPerChannel(channels)).toEqual(Object.fromEntries(channels.map((channel) => [channel, 1])));
    const claims = await claimsIn(store);
    expect(claims.map((claim) => [claim.state, claim.attempt])).toEqual(channels.map(() => ['posted', 1]));
    // Every instance raced for every occurrence, and lost the ones it did not post.
    const logs = bots.flatMap((bot) => bot.logs).filter((line) => line.includes('"digest run"'));
    expect(logs).toHaveLength(3);
    expect(logs.map((line) => (JSON.parse(line) as { due: number }).due)).toEqual([24, 24, 24]);
  }, 240_000);

  test('an instance killed mid-run: the others post its digests after the lease, and no channel gets two', async () => {
    const { store, env } = await newState('takeover');
    const channels = channelIds(12);
    const bots = await startBots(3, env, MONDAY_8);
    await subscribeAll(bots, channels);

    // Graph answers nothing for now: every instance claims its occurrences and waits for report data.
    graph.hold();
    const firstRuns = runAllAt(bots, MONDAY_9);
    await waitFor('every occurrence claimed', async () => (await claimsIn(store)).length === channels.length && graph.held > 0);
    const claimedFirst = await claimsIn(store);
    const victim = bots.find((bot) => claimedFirst.some((claim) => pidOf(claim) === bot.pid))!;
    const orphaned = claimedFirst.filter((claim) => pidOf(claim) === victim.pid).map((claim) => claim.subscriptionId);
    await victim.kill();
    graph.release();

    await firstRuns;
    const survivors = bots.filter((bot) => bot !== victim);
    const orphanedClaims = async () => (await claimsIn(store)).filter((claim) => orphaned.includes(claim.subscriptionId));
    expect((await claimsIn(store)).filter((claim) => claim.state === 'posted')).toHaveLength(channels.length - orphaned.length);

    // Within the lease nobody touches the victim's claims; once it has run out, a survivor takes each over.
    // The lease runs from each claim's own time, which a loaded machine puts seconds after the run began.
    const { first, last } = claimTimes(await orphanedClaims());
    await runAllAt(survivors, first + LEASE_MS - 60_000);
    expect((await orphanedClaims()).map((claim) => [claim.state, pidOf(claim)])).toEqual(orphaned.map(() => ['claimed', victim.pid]));
    await runAllAt(survivors, last + LEASE_MS + 2_000);

    expect(postsPerChannel(channels)).toEqual(Object.fromEntries(channels.map((channel) => [channel, 1])));
    for (const claim of await orphanedClaims()) {
      expect(claim.state).toBe('posted');
      expect(claim.attempt).toBe(2);
      expect(survivors.map((bot) => bot.pid)).toContain(pidOf(claim));
    }
  }, 240_000);

  test('a new instance with an empty data folder knows every subscription, conversation reference and the digest history', async () => {
    const { env } = await newState('restart');
    const channels = channelIds(6);
    const first = await startBots(2, env, MONDAY_8);
    await subscribeAll(first, channels);
    await runAllAt(first, MONDAY_9);
    expect(connector.posted).toHaveLength(channels.length);
    await Promise.all(first.map((bot) => bot.stop()));
    connector.posted.length = 0;

    const [fresh] = await startBots(1, env, MONDAY_9 + 3_600_000);
    expect(existsSync(path.join(fresh!.dataDir, 'state'))).toBe(false);
    for (const channel of channels) await mention(fresh!, channel, 'digest status');
    const statuses = connector.posted.map((post) => JSON.stringify(post.activity.attachments));
    expect(statuses).toHaveLength(channels.length);
    for (const status of statuses) {
      expect(status).toContain('This channel gets the weekly digest every Monday at 09:00 (UTC).');
      expect(status).toContain('Posted · Mon, Nov 23, 2026, 09:00 (UTC) · scheduled');
    }
    connector.posted.length = 0;

    // A week later it posts to every channel through the references the others stored.
    await runAllAt([fresh!], MONDAY_9 + 7 * 86_400_000);
    expect(postsPerChannel(channels)).toEqual(Object.fromEntries(channels.map((channel) => [channel, 1])));
  }, 240_000);
});

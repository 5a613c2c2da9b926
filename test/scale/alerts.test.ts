/**
 * Three real bot processes on one blob state store (Azurite), one Graph emulator and one fake Bot
 * Connector: 200 alert rules due on one refresh date are evaluated once each and each firing is posted
 * once; an instance killed in the middle leaves claims that the others take over after the lease, still
 * once; and an instance started on an empty disk knows every rule and its state.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readAlertClaim, type AlertClaim } from '../../src/alerts/alert-claims.js';
import { addRule } from '../../src/alerts/alert-rules.js';
import type { ConversationRef } from '../../src/digest/subscription.js';
import { startGraphEmulator, type GraphEmulator } from '../../src/emulator/graph-emulator.js';
import { createContainerClient } from '../../src/store/blob-container.js';
import { BlobStateStore } from '../../src/store/blob-state-store.js';
import type { StateStore } from '../../src/store/state-store.js';
import { scopeStateStore } from '../../src/store/tenant-scope.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { startRecordingConnector, type RecordingConnector } from '../support/bot-harness.js';
import { claimTimes, deliverActivity, startBotProcess, waitFor, type BotProcess } from '../support/bot-processes.js';
import { startGateProxy, type GateProxy } from '../support/gate-proxy.js';
import { playgroundActivity } from '../support/playground-activities.js';

const START = Date.parse('2026-11-23T08:00:00Z');
const MINUTE = 60_000;
const LEASE_MS = 10 * MINUTE;
const TEAM = '19:team-general@thread.tacv2';
const MANAGING_TENANT = '00000000-0000-0000-0000-0000000000001';
const RULES = [
  { kind: 'idle-seats', threshold: { value: 0, unit: 'count' } },
  { kind: 'idle-seats', threshold: { value: 1, unit: 'percent' } },
  { kind: 'unassigned', threshold: { value: 0, unit: 'count' } },
  { kind: 'idle-spend', threshold: { value: 1, unit: 'money', currency: 'USD' } },
  { kind: 'never-used', threshold: { value: 0, unit: 'count' } },
] as const;

let azurite: Azurite;
let emulator: GraphEmulator;
let connector: RecordingConnector;
let gate: GateProxy;
const processes: BotProcess[] = [];

beforeAll(async () => {
  [azurite, emulator, connector] = await Promise.all([startAzurite(), startGraphEmulator({ users: 200 }), startRecordingConnector()]);
  gate = await startGateProxy(connector.url);
}, 90_000);

afterEach(async () => {
  await Promise.all(processes.splice(0).map((bot) => bot.stop()));
  gate.release();
  connector.posted.length = 0;
});

afterAll(async () => {
  await Promise.all([azurite?.close(), emulator?.close(), connector?.close(), gate?.close()]);
});

/** The shared store's part of the managing tenant (the channels' tenant), where its rules and claims are kept, and the bots' settings for the store. */
async function newState(name: string) {
  const store = await BlobStateStore.open(createContainerClient({ kind: 'connection-string', connectionString: azurite.connectionString }, name));
  return { store: scopeStateStore(store, MANAGING_TENANT), env: azurite.stateEnv(name) };
}

async function startBots(count: number, env: Record<string, string>, at: number): Promise<BotProcess[]> {
  const settings = { GRAPH_BASE_URL: emulator.url, DIGEST_LEASE_MINUTES: String(LEASE_MS / MINUTE), ALERT_CHECK_MINUTES: '1', COPILOT_LICENSE_PRICE: '30 USD', ...env };
  const started = await Promise.all(Array.from({ length: count }, () => startBotProcess(settings, at)));
  processes.push(...started);
  return started;
}

const channelId = (index: number) => `19:alert-channel-${index}@thread.tacv2`;

function reference(index: number): ConversationRef {
  return {
    serviceUrl: gate.url,
    channelId: 'msteams',
    conversation: { id: channelId(index), conversationType: 'channel', tenantId: MANAGING_TENANT, isGroup: true },
    bot: { id: '28:bot', name: 'Usage bot' },
    teamId: TEAM,
  };
}

/** Five firing rules in each of `channels` channels, written to the shared store as `alert …` would. */
async function setRules(store: StateStore, channels: number): Promise<void> {
  await Promise.all(
    Array.from({ length: channels }, async (_, index) => {
      for (const rule of RULES) await addRule(store, { reference: reference(index), ...rule, requestedBy: 'admin', language: 'en' }, START);
    }),
  );
}

async function runAllAt(bots: readonly BotProcess[], at: number): Promise<void> {
  for (const bot of bots) bot.setTime(at);
  await Promise.all(bots.map((bot) => bot.tick()));
}

async function claimsIn(store: StateStore): Promise<AlertClaim[]> {
  const claims: AlertClaim[] = [];
  for (const key of await store.list('alert-claim/')) claims.push(readAlertClaim((await store.get(key))?.value)!);
  return claims;
}

/** Alert posts per rule (`<channel> <number>`): each rule's card (on the emulator's data its summary leads with "Demo data · "). */
function postsPerRule(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of connector.posted) {
    const number = /^(?:Demo data · )?Alert (\d+)/.exec(post.activity.summary ?? '')?.[1];
    if (number === undefined) continue;
    const key = `${post.conversationId} ${number}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const everyRuleOnce = (channels: number) => new Map(Array.from({ length: channels }, (_, index) => RULES.map((_rule, n) => [`${channelId(index)} ${n + 1}`, 1] as const)).flat());
const pidOf = (claim: AlertClaim) => Number(claim.claimedBy.split(':')[1]);

describe('alerts on several bot processes sharing one blob store', () => {
  test('200 rules due on one refresh date: 200 evaluations among three instances, each firing posted once', async () => {
    const { store, env } = await newState('alerts-exactly-once');
    const bots = await startBots(3, env, START);
    await setRules(store, 40);

    await runAllAt(bots, START + MINUTE);

    expect(postsPerRule()).toEqual(everyRuleOnce(40));
    const claims = await claimsIn(store);
    expect(claims).toHaveLength(200);
    expect(claims.every((claim) => claim.state === 'done' && claim.outcome === 'posted' && claim.attempt === 1)).toBe(true);
    // Every instance raced for the rules: the claims are spread over more than one of them.
    expect(new Set(claims.map(pidOf)).size).toBeGreaterThan(1);

    await runAllAt(bots, START + 5 * MINUTE);
    expect(connector.posted.filter((post) => post.activity.summary?.startsWith('Demo data · Alert'))).toHaveLength(200);
  }, 240_000);

  test('an instance killed while posting: the others take its claims over after the lease, and no rule is posted twice', async () => {
    const { store, env } = await newState('alerts-takeover');
    const bots = await startBots(3, env, START);
    await setRules(store, 12);

    // Teams answers nothing for now: every instance claims its rules and waits on its posts.
    gate.hold();
    const firstRuns = runAllAt(bots, START + MINUTE);
    await waitFor('every rule claimed and posts waiting', async () => (await claimsIn(store)).length === 60 && gate.held > 0);
    const claimed = await claimsIn(store);
    const victim = bots.find((bot) => claimed.some((claim) => pidOf(claim) === bot.pid))!;
    const orphaned = claimed.filter((claim) => pidOf(claim) === victim.pid).map((claim) => `${claim.conversation}/${claim.number}`);
    await victim.kill();
    gate.release();
    await firstRuns;
    const survivors = bots.filter((bot) => bot !== victim);
    const orphanedClaims = async () => (await claimsIn(store)).filter((claim) => orphaned.includes(`${claim.conversation}/${claim.number}`));
    expect((await orphanedClaims()).map((claim) => `${claim.conversation}/${claim.number} ${claim.state}`)).toEqual(orphaned.map((rule) => `${rule} claimed`));

    // The lease runs from each claim's own time, which a loaded machine puts seconds after the run began.
    const { first, last } = claimTimes(await orphanedClaims());
    await runAllAt(survivors, first + LEASE_MS - MINUTE);
    expect((await orphanedClaims()).every((claim) => claim.state === 'claimed' && pidOf(claim) === victim.pid)).toBe(true);
    await runAllAt(survivors, last + LEASE_MS + 2_000);

    expect(postsPerRule()).toEqual(everyRuleOnce(12));
    for (const claim of await orphanedClaims()) {
      expect([claim.state, claim.attempt]).toEqual(['done', 2]);
      expect(survivors.map((bot) => bot.pid)).toContain(pidOf(claim));
    }
  }, 240_000);

  test('a new instance with an empty data folder knows every rule and its state: no firing is posted again', async () => {
    const { env } = await newState('alerts-fresh');
    const first = await startBots(2, env, START);
    const { store } = await newState('alerts-fresh');
    await setRules(store, 3);
    await runAllAt(first, START + MINUTE);
    expect(postsPerRule()).toEqual(everyRuleOnce(3));
    await Promise.all(first.map((bot) => bot.stop()));
    connector.posted.length = 0;

    // The next day, on a fresh disk: every rule is still across its threshold, so there is nothing to post.
    emulator.advanceDays(1);
    const [fresh] = await startBots(1, env, START + 86_400_000);
    expect(existsSync(path.join(fresh!.dataDir, 'state'))).toBe(false);
    await runAllAt([fresh!], START + 86_400_000 + MINUTE);
    expect(connector.posted).toEqual([]);
    const activity = playgroundActivity('message-channel-mention', {
      text: '<at>Test Bot</at> alerts',
      serviceUrl: connector.url,
      conversation: { id: `${channelId(0)};messageid=1795331054475` },
      channelData: { teamsChannelId: channelId(0), team: { id: TEAM }, channel: { id: channelId(0) } },
    });
    await deliverActivity(fresh!, activity);
    const listed = JSON.stringify(connector.posted.map((post) => post.activity.attachments));
    expect(listed).toContain('5 alerts in this channel:');
    expect(listed.match(/Firing since the data of/g)).toHaveLength(5);
  }, 240_000);
});

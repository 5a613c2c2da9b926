import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { claimKey, claimPrefix, readClaim, type DigestClaim } from '../src/digest/digest-claims.js';
import { DigestRunner, type DigestRunnerOptions } from '../src/digest/digest-runner.js';
import { snapshotPrefix } from '../src/digest/digest-snapshots.js';
import { getDigestStatus } from '../src/digest/digest-status.js';
import {
  forgetConversation,
  forgetTeam,
  getConversationReference,
  getSubscription,
  listSubscriptions,
  saveConversationReference,
  subscribe,
  unsubscribe,
} from '../src/digest/digest-subscriptions.js';
import { silentLogger } from '../src/logger.js';
import { FileStateStore, fileNameOf, stateStoreFolder } from '../src/store/file-state-store.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import type { StateStore } from '../src/store/state-store.js';
import { createFakeClock, type FakeClock } from './support/fake-clock.js';
import { ADMIN, MONDAY_9_BERLIN, channelRef, connectorError, createRecordingSender, stubMessages, subscribeChannels } from './support/digest-fixtures.js';

/** Monday 23 November 2026, 09:00 in Berlin (CET, UTC+1). */
const OCCURRENCE = '2026-11-23T08:00:00.000Z';
const SUBSCRIBED_AT = '2026-11-16T10:00:00Z';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

async function fileStore(folder?: string): Promise<FileStateStore> {
  let target = folder;
  if (!target) {
    target = await fs.mkdtemp(path.join(tmpdir(), 'digest-runner-'));
    folders.push(target);
  }
  return FileStateStore.open(stateStoreFolder(target));
}

function runner(store: StateStore, clock: FakeClock, sender: DigestRunnerOptions['sender'], options: Partial<DigestRunnerOptions> = {}) {
  return new DigestRunner({ store, sender, compose: stubMessages, clock, logger: silentLogger, ...options });
}

async function claimsOf(store: StateStore, subscriptionId: string): Promise<DigestClaim[]> {
  const claims: DigestClaim[] = [];
  for (const key of await store.list(claimPrefix(subscriptionId))) claims.push(readClaim((await store.get(key))?.value)!);
  return claims;
}

describe('exactly once', () => {
  test.each([
    ['file store, two store objects on one folder', 'file'],
    ['memory store', 'memory'],
  ] as const)('two runners racing on the same store post each occurrence once (%s)', async (_, kind) => {
    const first = kind === 'file' ? await fileStore() : new MemoryStateStore();
    const second = kind === 'file' ? await FileStateStore.open((first as FileStateStore).folder) : first;
    const subscriptions = await subscribeChannels(first, 20, SUBSCRIBED_AT);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
    const recorder = createRecordingSender(clock);
    const a = runner(first, clock, recorder.sender, { runnerId: 'a' });
    const b = runner(second, clock, recorder.sender, { runnerId: 'b' });

    const [fromA, fromB] = await Promise.all([a.runDue(), b.runDue()]);

    expect(fromA.posted + fromB.posted).toBe(20);
    expect(fromA.busy + fromB.busy + fromA.done + fromB.done).toBe(20);
    expect(recorder.posted()).toHaveLength(20);
    for (const subscription of subscriptions) {
      expect(recorder.postsTo(subscription.reference.conversation.id), subscription.id).toBe(1);
      const [claim] = await claimsOf(first, subscription.id);
      expect(claim).toMatchObject({ occurrence: OCCURRENCE, state: 'posted', attempt: 1, trigger: 'schedule', refreshDate: '2026-11-19' });
    }
    // Later ticks of either runner post nothing more.
    clock.advance(5 * MINUTE);
    await Promise.all([a.runDue(), b.runDue(), a.runDue()]);
    expect(recorder.posted()).toHaveLength(20);
  });

  test('a runner that claims and then crashes posts nothing; after the lease another runner posts it once', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 2_000);
    const recorder = createRecordingSender(clock);
    // The claim reaches the store, then the process dies before anything else happens.
    const crashingStore: StateStore = {
      ...bind(store),
      async put(key, value, condition) {
        const etag = await store.put(key, value, condition);
        if (key.startsWith('digest/') && condition?.ifNoneMatch === '*') throw new Error('simulated crash after the claim');
        return etag;
      },
    };
    const crashed = await runner(crashingStore, clock, recorder.sender, { runnerId: 'crashed' }).runDue();
    expect(crashed.error).toBe(1);
    expect(recorder.sends).toHaveLength(0);
    expect(await claimsOf(store, subscription!.id)).toMatchObject([{ state: 'claimed', attempt: 1, claimedBy: 'crashed' }]);

    const survivor = runner(store, clock, recorder.sender, { runnerId: 'survivor', leaseMs: 10 * MINUTE });
    clock.advance(9 * MINUTE);
    expect((await survivor.runDue()).busy).toBe(1);
    expect(recorder.sends).toHaveLength(0);

    clock.advance(2 * MINUTE);
    expect((await survivor.runDue()).posted).toBe(1);
    expect(recorder.posted()).toHaveLength(1);
    expect(await claimsOf(store, subscription!.id)).toMatchObject([{ state: 'posted', attempt: 2, claimedBy: 'survivor' }]);

    clock.advance(HOUR);
    await survivor.runDue();
    expect(recorder.posted()).toHaveLength(1);
  });

  test('a claim is retried once: if the retry crashes too, it is recorded as failed after the next lease', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 2_000);
    const recorder = createRecordingSender(clock);
    // Composing hangs forever: the process froze after claiming.
    const hanging = { compose: () => new Promise<never>(() => undefined) };
    void runner(store, clock, recorder.sender, { runnerId: 'first', ...hanging }).runDue();
    await waitFor(async () => (await claimsOf(store, subscription!.id)).length === 1);
    clock.advance(11 * MINUTE);
    void runner(store, clock, recorder.sender, { runnerId: 'second', ...hanging }).runDue();
    await waitFor(async () => (await claimsOf(store, subscription!.id))[0]?.attempt === 2);
    clock.advance(11 * MINUTE);
    const third = await runner(store, clock, recorder.sender, { runnerId: 'third' }).runDue();
    expect(third.failed).toBe(1);
    expect(await claimsOf(store, subscription!.id)).toMatchObject([{ state: 'failed', attempt: 2, reason: 'LEASE_EXPIRED' }]);
    expect(recorder.sends).toHaveLength(0);
  });
});

describe('catch-up after downtime', () => {
  test('an occurrence less than the grace period late is posted once on start-up', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 150 * MINUTE);
    const recorder = createRecordingSender(clock);
    const restarted = runner(store, clock, recorder.sender, { graceMs: 6 * HOUR });
    expect(await restarted.runDue()).toMatchObject({ posted: 1, missed: 0 });
    expect(await claimsOf(store, subscription!.id)).toMatchObject([{ occurrence: OCCURRENCE, state: 'posted', lateMs: 150 * MINUTE }]);
    await restarted.runDue();
    expect(recorder.posted()).toHaveLength(1);
  });

  test('an occurrence later than the grace period is recorded as missed and not posted; the next week goes out as usual', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 7 * HOUR);
    const recorder = createRecordingSender(clock);
    const restarted = runner(store, clock, recorder.sender, { graceMs: 6 * HOUR });
    expect(await restarted.runDue()).toMatchObject({ posted: 0, missed: 1 });
    expect(await claimsOf(store, subscription!.id)).toMatchObject([{ state: 'missed', reason: 'PAST_GRACE' }]);
    expect(recorder.sends).toHaveLength(0);

    clock.advance(7 * 24 * HOUR - 7 * HOUR + 1_000);
    expect(await restarted.runDue()).toMatchObject({ posted: 1 });
    expect((await claimsOf(store, subscription!.id)).map((claim) => [claim.occurrence, claim.state])).toEqual([
      [OCCURRENCE, 'missed'],
      ['2026-11-30T08:00:00.000Z', 'posted'],
    ]);
  });

  test('after weeks of downtime only the lookback window is considered: the latest in grace is posted, the one before missed', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    const clock = createFakeClock('2026-12-14T12:00:00Z');
    const recorder = createRecordingSender(clock);
    expect(await runner(store, clock, recorder.sender).runDue()).toMatchObject({ posted: 1, missed: 1 });
    expect((await claimsOf(store, subscription!.id)).map((claim) => [claim.occurrence, claim.state])).toEqual([
      ['2026-12-07T08:00:00.000Z', 'missed'],
      ['2026-12-14T08:00:00.000Z', 'posted'],
    ]);
  });

  test('an occurrence before the subscription (or its last schedule change) is never due', async () => {
    const store = new MemoryStateStore();
    await subscribeChannels(store, 1, '2026-11-23T08:30:00Z');
    const clock = createFakeClock('2026-11-23T09:00:00Z');
    const recorder = createRecordingSender(clock);
    expect(await runner(store, clock, recorder.sender).runDue()).toMatchObject({ posted: 0, missed: 0 });
  });
});

describe('delivery outcomes', () => {
  test('403 and 404 deactivate their subscriptions; the other channels still get their digest; a failure is recorded', async () => {
    const store = new MemoryStateStore();
    const subscriptions = await subscribeChannels(store, 5, SUBSCRIBED_AT);
    const [notFound, forbidden, broken] = subscriptions.map((subscription) => subscription.reference.conversation.id);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
    const recorder = createRecordingSender(clock, (conversationId) =>
      conversationId === notFound ? connectorError(404) : conversationId === forbidden ? connectorError(403) : conversationId === broken ? connectorError(500) : undefined,
    );
    const digestRunner = runner(store, clock, recorder.sender);
    expect(await digestRunner.runDue()).toMatchObject({ posted: 2, gone: 2, failed: 1 });
    expect(await getSubscription(store, subscriptions[0]!.id)).toMatchObject({ active: false, deactivatedStatus: 404 });
    expect(await getSubscription(store, subscriptions[1]!.id)).toMatchObject({ active: false, deactivatedStatus: 403 });
    expect(await getSubscription(store, subscriptions[2]!.id)).toMatchObject({ active: true });
    expect(await claimsOf(store, subscriptions[0]!.id)).toMatchObject([{ state: 'gone', status: 404 }]);
    expect(await claimsOf(store, subscriptions[2]!.id)).toMatchObject([{ state: 'failed', reason: 'HTTP_500', status: 500 }]);
    // 403/404 are not retried; a 500 is, five attempts in all.
    expect(recorder.sends.filter((send) => send.status !== 201).map((send) => send.status).sort()).toEqual([403, 404, 500, 500, 500, 500, 500]);

    // Next week the deactivated channels are left alone; subscribing again brings one back.
    clock.advance(7 * 24 * HOUR);
    const attemptsBefore = recorder.sends.length;
    expect(await digestRunner.runDue()).toMatchObject({ posted: 2, failed: 1, gone: 0 });
    expect(recorder.sends.slice(attemptsBefore).map((send) => send.conversationId)).not.toContain(notFound);
    await subscribe(store, { reference: subscriptions[0]!.reference, schedule: MONDAY_9_BERLIN, requestedBy: ADMIN }, clock.now());
    expect(await getSubscription(store, subscriptions[0]!.id)).toMatchObject({ active: true, createdAt: subscriptions[0]!.createdAt });
  });

  test('a digest that cannot be composed is recorded as failed and does not stop the others', async () => {
    const store = new MemoryStateStore();
    const subscriptions = await subscribeChannels(store, 3, SUBSCRIBED_AT);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
    const recorder = createRecordingSender(clock);
    const compose: DigestRunnerOptions['compose'] = async (subscription) => {
      if (subscription.id === subscriptions[1]!.id) throw new Error('report service down');
      return stubMessages(subscription);
    };
    expect(await runner(store, clock, recorder.sender, { compose }).runDue()).toMatchObject({ posted: 2, failed: 1 });
    expect(await claimsOf(store, subscriptions[1]!.id)).toMatchObject([{ state: 'failed', reason: 'COMPOSE_FAILED' }]);
  });

  test('a posted digest keeps its snapshot; a failed one does not', async () => {
    const store = new MemoryStateStore();
    const subscriptions = await subscribeChannels(store, 2, SUBSCRIBED_AT);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
    const failing = subscriptions[1]!.reference.conversation.id;
    const recorder = createRecordingSender(clock, (conversationId) => (conversationId === failing ? connectorError(500) : undefined));
    await runner(store, clock, recorder.sender).runDue();
    expect(await store.list(snapshotPrefix(subscriptions[0]!.id))).toEqual([`${snapshotPrefix(subscriptions[0]!.id)}2026-11-19`]);
    expect(await store.list(snapshotPrefix(subscriptions[1]!.id))).toEqual([]);
  });
});

describe('run-now and status', () => {
  test('run-now posts through the same claim path, once per minute, recorded like a scheduled run', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    const clock = createFakeClock('2026-11-18T14:03:27Z');
    const recorder = createRecordingSender(clock);
    const digestRunner = runner(store, clock, recorder.sender);

    const [first, second] = await Promise.all([digestRunner.runNow(subscription!.id, ADMIN), digestRunner.runNow(subscription!.id, ADMIN)]);
    expect([first.kind, second.kind].sort()).toEqual(['busy', 'finished']);
    expect(recorder.posted()).toHaveLength(1);
    const finished = first.kind === 'finished' ? first : second;
    expect(finished).toMatchObject({ kind: 'finished', claim: { trigger: 'run-now', state: 'posted', requestedBy: ADMIN, occurrence: '2026-11-18T14:03:00.000Z' } });

    clock.advance(MINUTE);
    expect(await digestRunner.runNow(subscription!.id, ADMIN)).toMatchObject({ kind: 'finished' });
    expect(recorder.posted()).toHaveLength(2);

    const status = await getDigestStatus(store, subscription!.reference.conversation.id, clock.now());
    expect(status).toMatchObject({ subscribed: true, nextRun: OCCURRENCE, lastRun: { trigger: 'run-now', state: 'posted', occurrence: '2026-11-18T14:04:00.000Z' } });
    expect(await digestRunner.runNow('0'.repeat(32), ADMIN)).toEqual({ kind: 'not-subscribed' });
  });

  test('status: not subscribed, then the next run in the subscription’s zone, then the last outcome', async () => {
    const store = new MemoryStateStore();
    const reference = channelRef(1);
    const clock = createFakeClock('2026-11-24T10:00:00Z');
    expect(await getDigestStatus(store, reference.conversation.id, clock.now())).toEqual({ subscribed: false });
    await subscribe(store, { reference, schedule: { day: 'friday', time: '16:30', timeZone: 'America/New_York' }, requestedBy: ADMIN }, clock.now());
    expect(await getDigestStatus(store, `${reference.conversation.id};messageid=42`, clock.now())).toMatchObject({
      subscribed: true,
      nextRun: '2026-11-27T21:30:00.000Z',
    });
    const recorder = createRecordingSender(clock);
    clock.advance(3 * 24 * HOUR + 11 * HOUR + 31 * MINUTE);
    await runner(store, clock, recorder.sender).runDue();
    expect(await getDigestStatus(store, reference.conversation.id, clock.now())).toMatchObject({
      nextRun: '2026-12-04T21:30:00.000Z',
      lastRun: { occurrence: '2026-11-27T21:30:00.000Z', state: 'posted' },
    });
  });
});

describe('unsubscribe and uninstall', () => {
  test('unsubscribe stops the digest and removes its history and snapshots', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
    const recorder = createRecordingSender(clock);
    await runner(store, clock, recorder.sender).runDue();
    expect(await unsubscribe(store, subscription!.reference.conversation.id)).toBe(true);
    expect(await unsubscribe(store, subscription!.reference.conversation.id)).toBe(false);
    expect(await store.list(claimPrefix(subscription!.id))).toEqual([]);
    expect(await store.list(snapshotPrefix(subscription!.id))).toEqual([]);
    clock.advance(7 * 24 * HOUR);
    expect(await runner(store, clock, recorder.sender).runDue()).toMatchObject({ posted: 0 });
    expect(recorder.posted()).toHaveLength(1);
  });

  test('removing the app from a team forgets every channel of that team, and only that team', async () => {
    const store = new MemoryStateStore();
    const teamA = await subscribeChannels(store, 3, SUBSCRIBED_AT, MONDAY_9_BERLIN, (index) => channelRef(index, { team: 'team-a' }));
    const teamB = await subscribeChannels(store, 2, SUBSCRIBED_AT, MONDAY_9_BERLIN, (index) => channelRef(index, { team: 'team-b' }));
    // A channel of team A where the app was installed but nothing subscribed.
    await saveConversationReference(store, channelRef(9, { team: 'team-a' }));
    await forgetTeam(store, teamA[0]!.reference.teamId!);
    expect((await listSubscriptions(store)).map((subscription) => subscription.id).sort()).toEqual(teamB.map((subscription) => subscription.id).sort());
    expect(await getConversationReference(store, channelRef(9, { team: 'team-a' }).conversation.id)).toBeUndefined();
    expect(await getConversationReference(store, teamB[0]!.reference.conversation.id)).toEqual(teamB[0]!.reference);

    const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
    const recorder = createRecordingSender(clock);
    expect(await runner(store, clock, recorder.sender).runDue()).toMatchObject({ posted: 2 });
  });

  test('subscribing from a reply in a channel thread subscribes the channel itself; subscribing again changes the schedule', async () => {
    const store = new MemoryStateStore();
    const channel = channelRef(3);
    const inThread = { ...channel, conversation: { ...channel.conversation, id: `${channel.conversation.id};messageid=1732262400000` } };
    const first = await subscribe(store, { reference: inThread, schedule: MONDAY_9_BERLIN, requestedBy: ADMIN, locale: 'de-DE' }, Date.parse(SUBSCRIBED_AT));
    expect(first).toMatchObject({ created: true, subscription: { reference: channel, locale: 'de-DE', createdBy: ADMIN, active: true } });
    expect(await getConversationReference(store, channel.conversation.id)).toEqual(channel);
    const friday = { day: 'friday', time: '16:00', timeZone: 'UTC' } as const;
    const second = await subscribe(store, { reference: channel, schedule: friday, requestedBy: 'someone-else' }, Date.parse(SUBSCRIBED_AT) + HOUR);
    expect(second).toMatchObject({ created: false, subscription: { id: first.subscription.id, schedule: friday, createdBy: ADMIN, createdAt: first.subscription.createdAt } });
    expect(await listSubscriptions(store)).toHaveLength(1);
  });

  test('removing the bot from a group chat forgets that conversation', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    await forgetConversation(store, subscription!.reference.conversation.id);
    expect(await store.list('')).toEqual([]);
  });
});

/** Waits (in real time, briefly) until `check` holds: for work left running in the background on purpose. */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not reached');
}

function bind(store: StateStore): StateStore {
  return {
    get: (key) => store.get(key),
    put: (key, value, condition) => store.put(key, value, condition),
    delete: (key, condition) => store.delete(key, condition),
    list: (prefix) => store.list(prefix),
  };
}

test('history older than a quarter is pruned by a run; the newest claims stay', async () => {
  const store = new MemoryStateStore();
  const [subscription] = await subscribeChannels(store, 1, '2026-01-01T00:00:00Z');
  const old: DigestClaim = {
    subscriptionId: subscription!.id,
    occurrence: '2026-08-03T07:00:00.000Z',
    trigger: 'schedule',
    state: 'posted',
    attempt: 1,
    claimedAt: '2026-08-03T07:00:01.000Z',
    claimedBy: 'old',
    lateMs: 1_000,
  };
  const recent = { ...old, occurrence: '2026-11-16T08:00:00.000Z' };
  await store.put(claimKey(subscription!.id, Date.parse(old.occurrence)), old);
  await store.put(claimKey(subscription!.id, Date.parse(recent.occurrence)), recent);
  const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
  await runner(store, clock, createRecordingSender(clock).sender).runDue();
  expect((await claimsOf(store, subscription!.id)).map((claim) => claim.occurrence)).toEqual(['2026-11-16T08:00:00.000Z', OCCURRENCE]);
});

test('claim keys sort chronologically under their subscription', () => {
  expect(claimKey('abc', Date.parse(OCCURRENCE))).toBe(`digest/abc/${OCCURRENCE}`);
  expect(claimKey('abc', Date.parse('2026-11-30T08:00:00Z')) > claimKey('abc', Date.parse(OCCURRENCE))).toBe(true);
});

describe('recovery of run-now and of damaged records', () => {
  test('a run-now whose process died mid-flight is taken over after the lease and posted once; a second crash ends as failed', async () => {
    const store = new MemoryStateStore();
    const [subscription] = await subscribeChannels(store, 1, SUBSCRIBED_AT);
    const clock = createFakeClock('2026-11-24T10:15:20Z');
    const recorder = createRecordingSender(clock);
    const runNowOf = async (id: string) => (await claimsOf(store, id)).filter((claim) => claim.trigger === 'run-now');
    // The process that claimed it hangs while composing (as if killed): the claim stays `claimed`.
    const hanging = { compose: () => new Promise<never>(() => undefined), leaseMs: MINUTE };
    void runner(store, clock, recorder.sender, { runnerId: 'killed', ...hanging }).runNow(subscription!.id, ADMIN);
    await waitFor(async () => (await claimsOf(store, subscription!.id)).length === 1);
    expect(await claimsOf(store, subscription!.id)).toMatchObject([{ trigger: 'run-now', state: 'claimed', attempt: 1 }]);

    const restarted = runner(store, clock, recorder.sender, { runnerId: 'restarted', leaseMs: MINUTE });
    expect(await restarted.runDue()).toMatchObject({ posted: 0, busy: 1 });
    clock.advance(2 * MINUTE);
    expect(await restarted.runDue()).toMatchObject({ posted: 1 });
    expect(await runNowOf(subscription!.id)).toMatchObject([{ state: 'posted', attempt: 2, activityId: 'posted-1' }]);
    expect(await getDigestStatus(store, subscription!.reference.conversation.id, clock.now())).toMatchObject({ lastRun: { state: 'posted' } });
    clock.advance(5 * MINUTE);
    await restarted.runDue();
    expect(recorder.posted()).toHaveLength(1);

    // Killed again after the takeover: recorded as failed, never "under way" for ever.
    const second = await subscribeChannels(store, 2, SUBSCRIBED_AT);
    void runner(store, clock, recorder.sender, { runnerId: 'killed-again', ...hanging }).runNow(second[1]!.id, ADMIN);
    await waitFor(async () => (await runNowOf(second[1]!.id)).length === 1);
    clock.advance(2 * MINUTE);
    void runner(store, clock, recorder.sender, { runnerId: 'killed-on-takeover', ...hanging }).runDue();
    await waitFor(async () => (await runNowOf(second[1]!.id))[0]?.attempt === 2);
    clock.advance(2 * MINUTE);
    await restarted.runDue();
    expect(await runNowOf(second[1]!.id)).toMatchObject([{ state: 'failed', reason: 'LEASE_EXPIRED' }]);
  });

  test('a truncated subscription file stops only its own digest; it is logged with its key and answered for in digest status', async () => {
    const store = await fileStore();
    const subscriptions = await subscribeChannels(store, 3, SUBSCRIBED_AT);
    const damaged = subscriptions[1]!;
    const file = path.join(store.folder, fileNameOf(`subscription/${damaged.id}`));
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.slice(0, text.length / 2));
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
    const recorder = createRecordingSender(clock);
    const logs: string[] = [];
    const logger = { info: () => {}, warn: () => {}, error: (message: string, fields?: object) => logs.push(`${message} ${JSON.stringify(fields)}`) };

    expect(await runner(store, clock, recorder.sender, { logger }).runDue()).toMatchObject({ posted: 2, error: 1 });
    expect(recorder.postsTo(subscriptions[0]!.reference.conversation.id)).toBe(1);
    expect(recorder.postsTo(subscriptions[2]!.reference.conversation.id)).toBe(1);
    expect(logs).toEqual([`digest subscription unreadable: skipped {"key":"subscription/${damaged.id}"}`]);
    await expect(getDigestStatus(store, damaged.reference.conversation.id, clock.now())).rejects.toMatchObject({ code: 'UNREADABLE_RECORD' });

    // Subscribing again replaces the damaged record.
    await subscribe(store, { reference: damaged.reference, schedule: MONDAY_9_BERLIN, requestedBy: ADMIN }, clock.now());
    expect(await getSubscription(store, damaged.id)).toMatchObject({ active: true });
  });

  test('a damaged claim affects only its own subscription', async () => {
    const store = await fileStore();
    const subscriptions = await subscribeChannels(store, 2, SUBSCRIBED_AT);
    await store.put(claimKey(subscriptions[0]!.id, Date.parse(OCCURRENCE)), { state: 'posted' });
    const clock = createFakeClock(Date.parse(OCCURRENCE) + 1_000);
    const recorder = createRecordingSender(clock);
    expect(await runner(store, clock, recorder.sender).runDue()).toMatchObject({ posted: 1, error: 1 });
    expect(recorder.postsTo(subscriptions[1]!.reference.conversation.id)).toBe(1);
    expect(recorder.postsTo(subscriptions[0]!.reference.conversation.id)).toBe(0);
  });
});

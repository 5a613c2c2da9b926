import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { alertClaimKey, readAlertClaim, type AlertClaim } from '../src/alerts/alert-claims.js';
import { conversationKeyOf } from '../src/alerts/alert-rules.js';
import { FileStateStore, stateStoreFolder } from '../src/store/file-state-store.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import type { StateStore } from '../src/store/state-store.js';
import { DAY, channelOrigin, modelOf, replyText, startAlertFixture, type AlertFixture } from './support/alert-fixtures.js';
import { channelRef, connectorError, createRecordingSender } from './support/digest-fixtures.js';
import { rawCopilotSku, rawCopilotUsers } from './support/raw-tenant.js';

const MINUTE = 60_000;
const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

async function fileStoreFolder(): Promise<string> {
  const folder = await fs.mkdtemp(path.join(tmpdir(), 'alert-runner-'));
  folders.push(folder);
  return stateStoreFolder(folder);
}

/** Idle Copilot seats now, from the emulator's raw SKUs and user detail. */
async function idleSeats(fixture: AlertFixture): Promise<number> {
  const [sku, users] = await Promise.all([rawCopilotSku(fixture.emulator.url), rawCopilotUsers(fixture.emulator.url, 'D30')]);
  return sku.unassigned + users.inactive;
}

async function claimsIn(store: StateStore): Promise<AlertClaim[]> {
  const claims: AlertClaim[] = [];
  for (const key of await store.list('alert-claim/')) claims.push(readAlertClaim((await store.get(key))?.value)!);
  return claims;
}

/** Five rules that all fire on the emulator's figures, in each of `channels` channels. */
async function setFiringRules(fixture: AlertFixture, channels: number): Promise<void> {
  for (let index = 0; index < channels; index++) {
    for (const text of ['alert idle-seats > 0', 'alert idle-seats > 1%', 'alert unassigned > 0', 'alert idle-spend > 1 USD', 'alert never-used > 0']) {
      await fixture.ask(text, channelOrigin(index));
    }
  }
}

describe('exactly once across instances', () => {
  test.each([
    ['memory store', 'memory'],
    ['file store, three store objects on one folder', 'file'],
  ] as const)('200 rules due on one refresh date, three runners racing (%s): 200 evaluations, each firing posted once', async (_, kind) => {
    const folder = kind === 'file' ? await fileStoreFolder() : undefined;
    const stores: StateStore[] = folder ? await Promise.all([0, 1, 2].map(() => FileStateStore.open(folder))) : [new MemoryStateStore()];
    const fixture = await startAlertFixture({ store: stores[0]! });
    await setFiringRules(fixture, 40);
    const runners = [0, 1, 2].map((index) => fixture.runner({ store: stores[index % stores.length]!, runnerId: `runner-${index}` }));

    const summaries = await Promise.all(runners.map((runner) => runner.runDue()));

    const total = (key: 'posted' | 'busy' | 'done' | 'error') => summaries.reduce((sum, summary) => sum + summary[key], 0);
    expect(total('posted')).toBe(200);
    expect(total('error')).toBe(0);
    expect(total('busy') + total('done')).toBe(400);
    const posts = fixture.recording.posted();
    expect(posts).toHaveLength(200);
    const perRule = new Map<string, number>();
    for (const post of posts) {
      const rule = `${post.conversationId} ${/^Alert (\d+):/.exec(post.activity.summary ?? '')?.[1]}`;
      perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    }
    expect([...perRule.values()]).toEqual(Array.from({ length: 200 }, () => 1));
    const claims = await claimsIn(stores[0]!);
    expect(claims).toHaveLength(200);
    expect(claims.every((claim) => claim.state === 'done' && claim.outcome === 'posted' && claim.attempt === 1)).toBe(true);

    // Later checks the same day, by any runner, post nothing more.
    fixture.clock.advance(20 * MINUTE);
    await Promise.all(runners.map((runner) => runner.runDue()));
    expect(fixture.recording.posted()).toHaveLength(200);
  }, 120_000);

  test('a runner that dies after claiming posts nothing; after the lease another takes its claims over and posts each once', async () => {
    const store = new MemoryStateStore();
    const fixture = await startAlertFixture({ store });
    await setFiringRules(fixture, 2);
    // Each claim reaches the store, then the process dies before it measures or posts anything.
    const crashing: StateStore = {
      get: (key) => store.get(key),
      list: (prefix) => store.list(prefix),
      delete: (key, condition) => store.delete(key, condition),
      async put(key, value, condition) {
        const etag = await store.put(key, value, condition);
        if (key.startsWith('alert-claim/') && condition?.ifNoneMatch === '*') throw new Error('simulated crash after the claim');
        return etag;
      },
    };
    expect((await fixture.runner({ store: crashing, runnerId: 'crashed' }).runDue()).error).toBe(10);
    expect(fixture.recording.sends).toHaveLength(0);
    expect((await claimsIn(store)).map((claim) => [claim.state, claim.claimedBy])).toEqual(Array.from({ length: 10 }, () => ['claimed', 'crashed']));

    const survivor = fixture.runner({ runnerId: 'survivor', leaseMs: 10 * MINUTE, checkIntervalMs: MINUTE });
    fixture.clock.advance(9 * MINUTE);
    expect((await survivor.runDue()).busy).toBe(10);
    expect(fixture.recording.sends).toHaveLength(0);

    fixture.clock.advance(2 * MINUTE);
    expect((await survivor.runDue()).posted).toBe(10);
    expect(fixture.recording.posted()).toHaveLength(10);
    expect((await claimsIn(store)).map((claim) => [claim.state, claim.attempt, claim.claimedBy])).toEqual(Array.from({ length: 10 }, () => ['done', 2, 'survivor']));

    fixture.clock.advance(DAY / 2);
    await survivor.runDue();
    expect(fixture.recording.posted()).toHaveLength(10);
  });

  test('a claim whose taker dies too is recorded as failed after a second lease; the next refresh date evaluates again', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert idle-seats > 0');
    const hanging = { sender: { post: () => new Promise<never>(() => undefined) } };
    void fixture.runner({ runnerId: 'first', ...hanging }).runDue();
    const key = alertClaimKey(conversationKeyOf(channelRef(0).conversation.id), 1, fixture.refreshDate());
    await waitFor(async () => (await fixture.store.get(key)) !== undefined);
    fixture.clock.advance(11 * MINUTE);
    void fixture.runner({ runnerId: 'second', ...hanging }).runDue();
    await waitFor(async () => readAlertClaim((await fixture.store.get(key))?.value)?.attempt === 2);
    fixture.clock.advance(11 * MINUTE);
    expect((await fixture.runner({ runnerId: 'third' }).runDue()).failed).toBe(1);
    expect(readAlertClaim((await fixture.store.get(key))?.value)).toMatchObject({ state: 'failed', attempt: 2, reason: 'LEASE_EXPIRED' });
    expect(fixture.recording.sends).toHaveLength(0);

    await fixture.nextDay();
    expect((await fixture.runner({ runnerId: 'third' }).runDue()).posted).toBe(1);
  });
});

describe('state that lasts', () => {
  test('state survives a restart and a new instance: a firing rule is not posted again, and resolves once', async () => {
    const folder = await fileStoreFolder();
    const fixture = await startAlertFixture({ store: await FileStateStore.open(folder) });
    const idle = await idleSeats(fixture);
    await fixture.ask(`alert idle-seats > ${idle + 20}`);
    await fixture.nextDay({ idleSeats: 60 });
    expect((await fixture.runner().runDue()).posted).toBe(1);

    // A new process on the same folder, and later on a fresh one (new memory, new claims cache).
    const restarted = fixture.runner({ store: await FileStateStore.open(folder), runnerId: 'restarted' });
    expect((await restarted.runDue()).posted).toBe(0);
    await fixture.nextDay({ idleSeats: 60 });
    expect(await restarted.runDue()).toMatchObject({ posted: 0, unchanged: 1 });
    await fixture.nextDay({});
    const fresh = fixture.runner({ store: await FileStateStore.open(folder), runnerId: 'fresh' });
    expect(await fresh.runDue()).toMatchObject({ posted: 1 });
    expect(fixture.recording.posted().map((send) => send.activity.summary?.startsWith('Alert 1 resolved'))).toEqual([false, true]);
  });

  test('flapping: a figure that crosses and goes back every day fires and resolves at most once a day', async () => {
    const fixture = await startAlertFixture();
    const runner = fixture.runner();
    const idle = await idleSeats(fixture);
    await fixture.ask(`alert idle-seats > ${idle + 20}`);
    const postsPerDay: number[] = [];
    for (let days = 0; days < 8; days++) {
      await fixture.nextDay(days % 2 === 0 ? { idleSeats: 60 } : {});
      const before = fixture.recording.posted().length;
      // Checks all day long: the same refresh date is evaluated once.
      for (let check = 0; check < 6; check++) {
        await runner.runDue();
        fixture.clock.advance(3 * 3_600_000);
      }
      fixture.clock.advance(-18 * 3_600_000);
      postsPerDay.push(fixture.recording.posted().length - before);
    }
    expect(postsPerDay).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(fixture.recording.posted().map((send) => (send.activity.summary ?? '').includes('resolved'))).toEqual([false, true, false, true, false, true, false, true]);
  });

  test('a new rule is evaluated at the next tick; other rules wait for the check interval', async () => {
    const fixture = await startAlertFixture();
    const runner = fixture.runner({ checkIntervalMs: 15 * MINUTE });
    await fixture.ask('alert idle-seats > 0');
    expect((await runner.runDue()).posted).toBe(1);
    fixture.clock.advance(MINUTE);
    await fixture.ask('alert never-used > 0');
    expect((await runner.runDue()).posted).toBe(1);
    const requests = fixture.emulator.requests.length;
    fixture.clock.advance(MINUTE);
    expect(await runner.runDue()).toMatchObject({ posted: 0, unchanged: 0 });
    expect(fixture.emulator.requests.length).toBe(requests);
  });
});

describe('delivery through the one outbound path, with true outcomes', () => {
  test('a conversation Teams refuses (403) pauses its rules, "alerts" says why, and a change there resumes them', async () => {
    const fixture = await startAlertFixture();
    const refusing = createRecordingSender(fixture.clock, () => connectorError(403));
    await fixture.ask('alert idle-seats > 0');
    await fixture.ask('alert never-used > 0');
    // Both rules fire at once and both posts meet the refusal.
    const summary = await fixture.runner({ sender: refusing.sender }).runDue();
    expect(summary).toMatchObject({ gone: 2, posted: 0 });
    expect(refusing.posted()).toHaveLength(0);
    let rules = (await fixture.list()).rules;
    expect(rules.every((rule) => rule.paused?.status === 403)).toBe(true);
    expect(rules[0]).toMatchObject({ state: 'firing', lastPost: { event: 'fired', outcome: 'gone', reason: 'HTTP_403' } });

    // Paused: the next refresh date is evaluated and recorded, nothing is sent.
    await fixture.nextDay();
    expect((await fixture.runner({ sender: refusing.sender }).runDue()).held).toBe(2);
    expect(refusing.sends).toHaveLength(2);
    rules = (await fixture.list()).rules;
    expect(rules.map((rule) => rule.lastEvaluation?.dataDate)).toEqual([fixture.refreshDate(), fixture.refreshDate()]);
    const listed = replyText(await fixture.ask('alerts'));
    expect(listed).toMatch(/^Paused\s+since .+: Teams answered 403 when the bot posted here; set, snooze or remove an alert here to resume$/m);

    const snoozed = modelOf(await fixture.ask('alert snooze 2 1h'), 'alert-rules');
    expect(snoozed.resumed).toMatchObject({ status: 403, reason: 'HTTP_403' });
    expect(snoozed.rules.every((rule) => rule.paused === undefined)).toBe(true);
    await fixture.nextDay();
    expect((await fixture.runner().runDue()).posted).toBe(2);
  });

  test('a transient failure is retried by the outbound path, recorded as failed if it lasts, and tried again at the next evaluation', async () => {
    const fixture = await startAlertFixture();
    const failing = createRecordingSender(fixture.clock, () => connectorError(502), { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 10 } });
    await fixture.ask('alert idle-seats > 0');
    expect(await fixture.runner({ sender: failing.sender }).runDue()).toMatchObject({ failed: 1, posted: 0 });
    expect(failing.sends.map((send) => send.status)).toEqual([502, 502, 502]);
    const [rule] = (await fixture.list()).rules;
    expect(rule).toMatchObject({ state: 'firing', lastPost: { event: 'fired', outcome: 'failed', reason: 'HTTP_502' } });
    expect(rule?.paused).toBeUndefined();

    await fixture.nextDay();
    expect((await fixture.runner().runDue()).posted).toBe(1);
    expect((await fixture.list()).rules[0]).toMatchObject({ lastPost: { outcome: 'posted' } });
  });

  test('an answer without an activity id is not recorded as posted', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert idle-seats > 0');
    const withoutId = { post: async () => ({ kind: 'refused' as const, reason: 'NO_ACTIVITY_ID', attempts: 1 }) };
    expect((await fixture.runner({ sender: withoutId }).runDue()).failed).toBe(1);
    expect((await fixture.list()).rules[0]).toMatchObject({ lastPost: { outcome: 'failed', reason: 'NO_ACTIVITY_ID' } });
  });
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('timed out');
}

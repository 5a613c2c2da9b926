import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DigestRunner } from '../src/digest/digest-runner.js';
import { subscribe } from '../src/digest/digest-subscriptions.js';
import { subscriptionIdFor, type ConversationRef } from '../src/digest/subscription.js';
import { createLogger, silentLogger } from '../src/logger.js';
import { FileStateStore, stateStoreFolder } from '../src/store/file-state-store.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { StoreRecordError, type StateStore } from '../src/store/state-store.js';
import { adoptLegacyState } from '../src/tenants/legacy-state.js';
import { startBotHarness } from './support/bot-harness.js';
import { stubMessages } from './support/digest-fixtures.js';
import { createFakeClock } from './support/fake-clock.js';
import { playgroundActivity } from './support/playground-activities.js';

const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
const TEAM = 'team-id';
const TEAM_CHANNEL: ConversationRef = {
  serviceUrl: 'http://127.0.0.1:9/_connector',
  channelId: 'msteams',
  conversation: { id: TEAM, conversationType: 'channel', tenantId: PLAYGROUND_TENANT, isGroup: true },
  bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' },
  teamId: TEAM,
};

/** What the release before tenants kept for a channel subscribed on Sunday 15 and posted on Sunday 22 at 08:00 UTC. */
async function writePreviousRelease(store: StateStore): Promise<void> {
  const schedule = { day: 'sunday', time: '08:00', timeZone: 'UTC' } as const;
  await subscribe(store, { reference: TEAM_CHANNEL, schedule, requestedBy: '3c9d6a7e-1111-4222-8333-944445555666', locale: 'en-US' }, Date.parse('2026-11-15T09:00:00Z'));
  const delivered = { post: async () => ({ kind: 'delivered' as const, activityId: 'posted-1', attempts: 1 }) };
  const runner = new DigestRunner({ store, sender: delivered, compose: stubMessages, clock: createFakeClock('2026-11-22T08:00:30Z'), logger: silentLogger });
  expect((await runner.runDue()).posted).toBe(1);
  await store.put('graph-budget/getOffice365GroupsActivityDetail', { requests: [Date.parse('2026-11-22T07:59:00Z')] });
}

describe('state written by the release before tenants', () => {
  test('its records are the default tenant’s after the upgrade: the channel keeps its digest and history, and the digest is not posted again', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'legacy-state-'));
    const legacy = await FileStateStore.open(stateStoreFolder(dataDir));
    await writePreviousRelease(legacy);
    const written = await legacy.list('');
    expect(written.every((key) => key.split('/')[1] !== PLAYGROUND_TENANT)).toBe(true);

    const bot = await startBotHarness({ env: { DATA_DIR: dataDir } });
    try {
      // The scheduler's run at start-up found the occurrence posted: nothing goes out twice.
      expect(bot.connector.posted).toEqual([]);
      const keys = await (await FileStateStore.open(stateStoreFolder(dataDir))).list('');
      expect(keys.sort()).toEqual(written.map((key) => key.replace('/', `/${PLAYGROUND_TENANT}/`)).sort());

      await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> digest status' }));
      const status = JSON.stringify(bot.cardsIn('team-id;messageid=1795331054475'));
      expect(status).toContain('every Sunday at 08:00 (UTC)');
      expect(status).toContain('"title":"Last digest","value":"Posted · Sun, Nov 22, 2026, 08:00 (UTC) · scheduled"');
      expect(await bot.app.digest.store.get(`subscription/${subscriptionIdFor(TEAM)}`)).toBeDefined();
    } finally {
      await bot.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('each record moves once, however many instances start together; records that carry a tenant stay; a damaged one is left and logged', async () => {
    const store = new MemoryStateStore();
    await writePreviousRelease(store);
    await store.put(`subscription/${PLAYGROUND_TENANT}/already-moved`, { kept: true });
    const damaged = Object.assign(Object.create(store) as StateStore, {
      get: (key: string) => (key === 'conversation/broken' ? Promise.reject(new StoreRecordError(key)) : store.get(key)),
    });
    await store.put('conversation/broken', {});
    const before = (await store.list('')).length;
    const lines: string[] = [];
    const moved = await Promise.all([1, 2, 3].map(() => adoptLegacyState(damaged, PLAYGROUND_TENANT, createLogger((line) => lines.push(line)))));
    expect(moved.reduce((sum, count) => sum + count, 0)).toBe(before - 2);
    const keys = await store.list('');
    expect(keys.filter((key) => key.split('/')[1] !== PLAYGROUND_TENANT)).toEqual(['conversation/broken']);
    expect(keys).toContain(`subscription/${PLAYGROUND_TENANT}/already-moved`);
    expect(lines.filter((line) => line.includes('record of the previous release not moved')).length).toBeGreaterThan(0);
    expect(await adoptLegacyState(damaged, PLAYGROUND_TENANT, silentLogger)).toBe(0);
  });
});

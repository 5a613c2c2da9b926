import { describe, expect, test } from 'vitest';
import { claimPrefix, readClaim } from '../src/digest/digest-claims.js';
import { DigestRunner } from '../src/digest/digest-runner.js';
import { SendPacer, TEAMS_PACING, type RateLimit } from '../src/outbound/send-pacer.js';
import { silentLogger } from '../src/logger.js';
import { PacedSender } from '../src/outbound/paced-sender.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { OTHER_TENANT, TENANT, channelRef, connectorError, createRecordingSender, stubMessages, subscribeChannels, type RecordedSend } from './support/digest-fixtures.js';
import { createVirtualClock } from './support/virtual-clock.js';

const OCCURRENCE = Date.parse('2026-11-23T08:00:00.000Z');

/** The most sends of `sends` that fall in any window of `windowMs` (sends sorted by time). */
function busiestWindow(sends: readonly RecordedSend[], windowMs: number): number {
  const times = sends.map((send) => send.at).sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

function withinLimits(sends: readonly RecordedSend[], limits: readonly RateLimit[]): void {
  for (const { count, windowMs } of limits) expect(busiestWindow(sends, windowMs), `${count} per ${windowMs} ms`).toBeLessThanOrEqual(count);
}

describe('paced fan-out', () => {
  test('200 channels in two tenants, with 429/412/502/504 along the way: every channel gets exactly one digest, within Teams limits', async () => {
    const store = new MemoryStateStore();
    const inA = await subscribeChannels(store, 150, '2026-11-16T10:00:00Z', undefined, (index) => channelRef(index, { team: 'alpha', tenant: TENANT }));
    const inB = await subscribeChannels(store, 50, '2026-11-16T10:00:00Z', undefined, (index) => channelRef(index, { team: 'beta', tenant: OTHER_TENANT }));
    const subscriptions = [...inA, ...inB];
    const clock = createVirtualClock(OCCURRENCE + 1_000);

    // What the fake connector does: Teams' own tenant limit (50 a second) enforced for real, plus
    // scripted transient failures on first (and some second) attempts.
    const accepted: number[] = [];
    let overLimit = 0;
    const recorder = createRecordingSender(clock, (conversationId, attempt) => {
      const index = Number(/channel-(\d+)-/.exec(conversationId)![1]);
      const now = clock.now();
      if (accepted.filter((at) => at > now - 1_000).length >= 50) {
        overLimit += 1;
        return connectorError(429, '1');
      }
      if (attempt === 1 && index % 7 === 0) return connectorError(429, '2');
      if (attempt === 2 && index % 21 === 0) return connectorError(429);
      if (attempt === 1 && index % 11 === 0) return connectorError(502);
      if (attempt === 1 && index % 13 === 0) return connectorError(412);
      if (attempt === 1 && index % 17 === 0) return connectorError(504);
      accepted.push(now);
      return undefined;
    });
    const runner = new DigestRunner({ store, sender: recorder.sender, compose: stubMessages, clock, logger: silentLogger, concurrency: 16 });

    const summary = await clock.run(runner.runDue());

    expect(summary).toMatchObject({ posted: 200, failed: 0, gone: 0, error: 0 });
    for (const subscription of subscriptions) {
      expect(recorder.postsTo(subscription.reference.conversation.id), subscription.id).toBe(1);
      const [key] = await store.list(claimPrefix(subscription.id));
      expect(readClaim((await store.get(key!))?.value)).toMatchObject({ state: 'posted' });
    }
    // Pacing held: no send (attempts included) beyond the tenant's 50 a second or a conversation's limits.
    for (const tenant of [TENANT, OTHER_TENANT]) withinLimits(recorder.sends.filter((send) => send.tenantId === tenant), TEAMS_PACING.perTenant);
    for (const subscription of subscriptions) {
      withinLimits(recorder.sends.filter((send) => send.conversationId === subscription.reference.conversation.id), TEAMS_PACING.perConversation);
    }
    // Teams' real limit was never hit, so every 429 was a scripted one.
    expect(overLimit).toBe(0);
    const retried = recorder.sends.filter((send) => send.status !== 201);
    expect(retried.length).toBeGreaterThan(40);
    // A 429 with Retry-After: 2 was waited out before the same channel was tried again.
    const first = recorder.sends.find((send) => send.status === 429 && send.conversationId.includes('channel-7-alpha'))!;
    const again = recorder.sends.find((send) => send.conversationId === first.conversationId && send.at > first.at)!;
    expect(again.at - first.at).toBeGreaterThanOrEqual(2_000);
    // 150 sends at 50 a second take at least 3 s of clock time, and nothing slept on the wall clock.
    const alpha = recorder.sends.filter((send) => send.tenantId === TENANT).map((send) => send.at);
    expect(Math.max(...alpha) - Math.min(...alpha)).toBeGreaterThanOrEqual(2_000);
    expect(clock.now() - OCCURRENCE).toBeLessThan(60_000);
  });

  test('a channel still throttled after five attempts is recorded as failed (HTTP_429) and the others are posted', async () => {
    const store = new MemoryStateStore();
    const subscriptions = await subscribeChannels(store, 4, '2026-11-16T10:00:00Z');
    const stuck = subscriptions[2]!.reference.conversation.id;
    const clock = createVirtualClock(OCCURRENCE + 1_000);
    const recorder = createRecordingSender(clock, (conversationId) => (conversationId === stuck ? connectorError(429) : undefined), { random: () => 1 });
    const runner = new DigestRunner({ store, sender: recorder.sender, compose: stubMessages, clock, logger: silentLogger });
    expect(await clock.run(runner.runDue())).toMatchObject({ posted: 3, failed: 1 });
    const attempts = recorder.sends.filter((send) => send.conversationId === stuck);
    expect(attempts).toHaveLength(5);
    // Full-jitter backoff with random() = 1: 1 s, 2 s, 4 s, 8 s between attempts.
    expect(attempts.slice(1).map((send, i) => send.at - attempts[i]!.at)).toEqual([1_000, 2_000, 4_000, 8_000]);
    const [key] = await store.list(claimPrefix(subscriptions[2]!.id));
    expect(readClaim((await store.get(key!))?.value)).toMatchObject({ state: 'failed', reason: 'HTTP_429', status: 429 });
  });
});

describe('send pacer', () => {
  test('books sends into the earliest slot that fits every window, per conversation and per tenant', async () => {
    const clock = createVirtualClock(0);
    const pacer = new SendPacer(clock, { perConversation: [{ count: 2, windowMs: 1_000 }], perTenant: [{ count: 3, windowMs: 1_000 }] });
    const times: [string, number][] = [];
    const send = async (conversation: string) => {
      await pacer.acquire(conversation, 't');
      times.push([conversation, clock.now()]);
    };
    await clock.run(Promise.all([send('a'), send('a'), send('a'), send('b'), send('c'), send('d')]));
    expect(times).toEqual([
      ['a', 0],
      ['a', 0],
      ['a', 1_000],
      ['b', 1_000],
      ['c', 1_000],
      ['d', 2_000],
    ]);
  });

  test("Teams' 50 a second per tenant: a fan-out goes out a seventh at a time, replies in one burst; the second paced with 50 ms to spare", async () => {
    const clock = createVirtualClock(0);
    const pacer = new SendPacer(clock);
    const times: number[] = [];
    await clock.run(
      Promise.all(
        Array.from({ length: 60 }, async (_, index) => {
          await pacer.acquire(`19:channel-${index}@thread.tacv2`, 't', 'background');
          times.push(clock.now());
        }),
      ),
    );
    expect(times.slice(0, 14)).toEqual([...Array<number>(7).fill(0), ...Array<number>(7).fill(140)]);
    expect(times[49]).toBe(980);
    expect(times[50]).toBe(1_050);

    const replyClock = createVirtualClock(0);
    const replyPacer = new SendPacer(replyClock);
    const replies: number[] = [];
    await replyClock.run(
      Promise.all(
        Array.from({ length: 60 }, async (_, index) => {
          await replyPacer.acquire(`a:personal-${index}`, 't', 'reply');
          replies.push(replyClock.now());
        }),
      ),
    );
    expect(replies).toEqual([...Array<number>(50).fill(0), ...Array<number>(10).fill(1_050)]);
  });

  test("one tenant's burst does not slow another's: each tenant has its own 50 a second", async () => {
    const clock = createVirtualClock(0);
    const pacer = new SendPacer(clock);
    const sent: [string, number][] = [];
    const send = async (tenant: string, index: number) => {
      await pacer.acquire(`a:personal-${tenant}-${index}`, tenant, 'reply');
      sent.push([tenant, clock.now()]);
    };
    const contoso = Array.from({ length: 60 }, (_, index) => send('contoso-tenant', index));
    // Fabrikam's 51 sends, its id cased two ways: one tenant all the same.
    const fabrikam = Array.from({ length: 51 }, (_, index) => send(index % 2 === 0 ? 'fabrikam-tenant' : 'FABRIKAM-TENANT', index));
    await clock.run(Promise.all([...contoso, ...fabrikam]));
    const late = (tenant: string) => sent.filter(([name, time]) => name.toLowerCase() === tenant && time > 0).map(([, time]) => time);
    expect(late('contoso-tenant')).toEqual(Array<number>(10).fill(1_050));
    expect(late('fabrikam-tenant')).toEqual([1_050]);
  });

  test('a send that leaves late (a busy process wakes late) moves the window: the next slot counts from when it left', async () => {
    const virtual = createVirtualClock(0);
    const lateClock = {
      now: () => virtual.now(),
      sleep: async (ms: number) => {
        await virtual.sleep(ms);
        virtual.advance(30);
      },
    };
    const pacer = new SendPacer(lateClock, { perConversation: [], perTenant: [{ count: 1, windowMs: 1_000 }] });
    const times: number[] = [];
    for (let index = 0; index < 3; index++) {
      await virtual.run(pacer.acquire('c', 't'));
      times.push(virtual.now());
    }
    expect(times).toEqual([0, 1_030, 2_060]);
  });

  test('a 429 with Retry-After holds the whole tenant back', async () => {
    const clock = createVirtualClock(0);
    const pacer = new SendPacer(clock);
    pacer.holdTenant('t', 5_000);
    await clock.run(pacer.acquire('x', 't'));
    expect(clock.now()).toBe(5_000);
    await clock.run(pacer.acquire('y', 'other tenant'));
    expect(clock.now()).toBe(5_000);
  });

  test('limits must be positive', () => {
    expect(() => new SendPacer(createVirtualClock(0), { perConversation: [{ count: 0, windowMs: 1_000 }], perTenant: [] })).toThrow(RangeError);
  });

  test('answers are read once: delivered with the id Teams gave, gone for 403/404, refused without retry for other 4xx and for no id', async () => {
    const clock = createVirtualClock(0);
    const paced = new PacedSender({ clock, logger: silentLogger, random: () => 0 });
    const send = (call: () => Promise<{ id?: string }>) => clock.run(paced.send({ conversationId: 'c', tenantId: 't' }, call, 'background'));
    const failing = (error: Error) => send(() => Promise.reject(error));
    expect(await send(async () => ({ id: '1:abc' }))).toEqual({ kind: 'delivered', activityId: '1:abc', attempts: 1 });
    expect(await send(async () => ({}))).toEqual({ kind: 'refused', reason: 'NO_ACTIVITY_ID', attempts: 1 });
    expect(await failing(connectorError(404))).toEqual({ kind: 'gone', reason: 'HTTP_404', status: 404, attempts: 1 });
    expect(await failing(Object.assign(connectorError(403), { code: 'BotNotInConversationRoster' }))).toEqual({
      kind: 'gone',
      reason: 'HTTP_403 BotNotInConversationRoster',
      status: 403,
      attempts: 1,
    });
    expect(await failing(Object.assign(connectorError(413), { code: 'MessageSizeTooBig' }))).toMatchObject({ kind: 'refused', status: 413, reason: 'HTTP_413 MessageSizeTooBig', attempts: 1 });
    expect(await failing(connectorError(400))).toEqual({ kind: 'refused', reason: 'HTTP_400', status: 400, attempts: 1 });
    expect(await failing(new TypeError('Invalid URL'))).toEqual({ kind: 'refused', reason: 'NOT_SENT', attempts: 1 });
    expect(await failing(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toEqual({ kind: 'retryable', reason: 'NO_ANSWER', attempts: 5 });
    expect(await failing(connectorError(503))).toEqual({ kind: 'retryable', reason: 'HTTP_503', status: 503, attempts: 5 });
    // A Retry-After longer than a minute is not waited for.
    expect(await failing(connectorError(429, '120'))).toMatchObject({ kind: 'retryable', status: 429, retryAfterMs: 120_000, attempts: 1 });
  });
});

import { describe, expect, test } from 'vitest';
import type { CommandOrigin, ConversationKind, HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import type { Reply } from '../src/commands/reply.js';
import type { ViewModels, ViewName } from '../src/view-models.js';
import { readClaim } from '../src/digest/digest-claims.js';
import { createDigestMessageSource } from '../src/digest/digest-message.js';
import { DigestRunner } from '../src/digest/digest-runner.js';
import { getSubscription } from '../src/digest/digest-subscriptions.js';
import { subscriptionIdFor } from '../src/digest/subscription.js';
import { silentLogger } from '../src/logger.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { ADMIN, CHANNEL_ORIGIN, PERSONAL_ORIGIN, channelRef, connectorError, createRecordingSender, withDigest } from './support/digest-fixtures.js';
import { startReportFixture } from './support/report-fixture.js';
import { phrase } from '../src/i18n/message-types.js';

const CHANNEL = channelRef(0).conversation.id;
const SUBSCRIPTION = subscriptionIdFor(CHANNEL);

/** A report fixture (Sunday 2026-11-22 09:00 UTC) with the digest wired, default zone Europe/Berlin. */
async function setUp() {
  const fixture = await startReportFixture();
  return { ...withDigest(fixture.deps, fixture.clock), clock: fixture.clock, plainDeps: fixture.deps };
}

async function ask(deps: HandlerDeps, text: string, conversation: ConversationKind = 'channel', origin: CommandOrigin = CHANNEL_ORIGIN): Promise<Reply> {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
  return handleCommand(parsed.parsed, conversation, deps, origin);
}

function only<K extends ViewName>(reply: Reply, view: K): ViewModels[K] {
  expect(reply.messages.map((message) => message.view)).toEqual([view]);
  return reply.messages[0]!.model as ViewModels[K];
}

/** The reply as the terminal reads its card. */
const textOf = (reply: Reply) => reply.messages.map((message) => formatReplyText(message, { locale: 'en-US' })).join('\n\n');

describe('digest subscribe', () => {
  test('without arguments: Monday 09:00 in the configured zone, with the next run and the reference kept', async () => {
    const { deps, store } = await setUp();
    const reply = await ask(deps, 'digest subscribe');
    const model = only(reply, 'digest-status');
    expect(model).toMatchObject({
      event: 'subscribed',
      conversation: 'channel',
      subscription: { schedule: { day: 'monday', time: '09:00', timeZone: 'Europe/Berlin' }, active: true },
      nextRun: '2026-11-23T08:00:00.000Z',
    });
    expect(model).not.toHaveProperty('lastRun');
    expect(await getSubscription(store, SUBSCRIPTION)).toMatchObject({ createdBy: ADMIN, locale: 'en-US', reference: { conversation: { id: CHANNEL } } });
    expect(await store.list('conversation/')).toEqual([`conversation/${SUBSCRIPTION}`]);
    const text = textOf(reply);
    expect(text).toContain('Subscribed: this channel gets the weekly digest every Monday at 09:00 (Europe/Berlin), in English.');
    expect(text).toMatch(/^Next digest\s+Mon, Nov 23, 2026, 09:00 \(Europe\/Berlin\)$/m);
    expect(text).toMatch(/^Last digest\s+None yet$/m);
  });

  test('an explicit day, time and zone; subscribing again changes the schedule', async () => {
    const { deps, store } = await setUp();
    await ask(deps, 'digest subscribe');
    const model = only(await ask(deps, 'digest subscribe friday 8:00 america/new_york'), 'digest-status');
    expect(model).toMatchObject({
      event: 'rescheduled',
      subscription: { schedule: { day: 'friday', time: '08:00', timeZone: 'America/New_York' } },
      nextRun: '2026-11-27T13:00:00.000Z',
    });
    expect(await store.list('subscription/')).toHaveLength(1);
    expect(textOf(await ask(deps, 'digest status'))).toContain('This channel gets the weekly digest every Friday at 08:00 (America/New_York).');
  });

  test('a group chat may subscribe; a personal chat is told that digests go to channels', async () => {
    const { deps, store } = await setUp();
    expect(only(await ask(deps, 'digest subscribe', 'groupChat'), 'digest-status').event).toBe('subscribed');
    const refusal = only(await ask(deps, 'digest subscribe sunday', 'personal', PERSONAL_ORIGIN), 'error');
    expect(refusal).toMatchObject({ code: 'DIGEST_CHANNELS_ONLY', title: phrase('errorTitle.DIGEST_CHANNELS_ONLY'), actions: [{ command: 'digest preview' }] });
    expect(await store.list('subscription/')).toHaveLength(1);
  });

  test('in the terminal (no digest, no conversation) every digest command but preview says where to ask', async () => {
    const { plainDeps, deps } = await setUp();
    for (const text of ['digest subscribe', 'digest status', 'digest unsubscribe', 'digest run-now', 'digest preview']) {
      expect(only(await ask(plainDeps, text, 'personal', {}), 'error').code, text).toBe('DIGEST_UNAVAILABLE');
    }
    const { runner: _runner, ...withoutRunner } = deps.digest!;
    expect(only(await ask({ ...deps, digest: withoutRunner }, 'digest run-now'), 'error').code).toBe('DIGEST_UNAVAILABLE');
  });
});

describe('digest status', () => {
  test('not subscribed: how to subscribe and what the defaults are; in personal chat, where digests go', async () => {
    const { deps } = await setUp();
    const channel = only(await ask(deps, 'digest status'), 'digest-status');
    expect(channel).toEqual({
      event: 'status',
      conversation: 'channel',
      defaultSchedule: { day: 'monday', time: '09:00', timeZone: 'Europe/Berlin' },
      actions: [
        { title: phrase('action.subscribe'), command: 'digest subscribe' },
        { title: phrase('action.preview'), command: 'digest preview' },
      ],
    });
    expect(textOf(await ask(deps, 'digest status'))).toContain(
      'This channel has no weekly digest. “digest subscribe” posts one every Monday at 09:00 (Europe/Berlin)',
    );
    expect(textOf(await ask(deps, 'digest status', 'personal', PERSONAL_ORIGIN))).toContain('Digests go to channels and group chats, not to personal chats');
  });

  test('the last run and its outcome come from the newest claim', async () => {
    const { deps } = await setUp();
    await ask(deps, 'digest subscribe');
    await ask(deps, 'digest run-now');
    const model = only(await ask(deps, 'digest status'), 'digest-status');
    expect(model.lastRun).toEqual({
      occurrence: '2026-11-22T09:00:00.000Z',
      trigger: 'run-now',
      state: 'posted',
      finishedAt: '2026-11-22T09:00:00.000Z',
    });
    expect(textOf(await ask(deps, 'digest status'))).toMatch(/^Last digest\s+Posted · Sun, Nov 22, 2026, 10:00 \(Europe\/Berlin\) · run now$/m);
  });
});

describe('digest run-now', () => {
  test('claims the current minute, posts the digest card to the channel root, and records it like a scheduled run', async () => {
    const { deps, store, sends } = await setUp();
    await ask(deps, 'digest subscribe friday 08:00 Europe/Berlin');
    const reply = await ask(deps, 'digest run-now');
    expect(only(reply, 'digest-status')).toMatchObject({ event: 'ran', lastRun: { state: 'posted', trigger: 'run-now' } });
    expect(textOf(reply)).toContain('Posted: the digest is in this channel now, as a new post, and recorded like a scheduled run.');
    expect(sends.map((send) => send.conversationId)).toEqual([CHANNEL]);
    const card = sends[0]!.activity.attachments?.[0];
    expect(JSON.stringify(card)).toContain('Weekly Microsoft 365 digest');
    expect(JSON.stringify(card)).toContain('Every Friday at 08:00 (Europe/Berlin)');

    const claimKeys = await store.list(`digest/${SUBSCRIPTION}/`);
    expect(claimKeys).toEqual([`digest/${SUBSCRIPTION}/2026-11-22T09:00:00.000Z`]);
    expect(readClaim((await store.get(claimKeys[0]!))?.value)).toMatchObject({ trigger: 'run-now', state: 'posted', requestedBy: ADMIN, attempt: 1 });
    // The posted digest's figures are kept for next week's changes.
    expect(await store.list(`digest-snapshot/${SUBSCRIPTION}/`)).toHaveLength(1);
  });

  test('one run per rolling minute, also across a clock minute: the second is told when the next is possible', async () => {
    const { deps, sends, clock } = await setUp();
    await ask(deps, 'digest subscribe');
    clock.advance(54_000); // 09:00:54
    await ask(deps, 'digest run-now');
    const firstAt = clock.now();
    clock.advance(6_000); // 09:01:00, a new clock minute six seconds later
    const second = await ask(deps, 'digest run-now');
    const nextAt = new Date(firstAt + 60_000).toISOString();
    expect(only(second, 'digest-status')).toMatchObject({ event: 'too-soon', nextRunNowAt: nextAt, lastRun: { state: 'posted' } });
    expect(sends).toHaveLength(1);
    // It says the digest was posted (not that one is being posted) and when to ask again.
    expect(textOf(second)).toContain(
      'The last run-now posted the digest at 9:00:54 AM UTC. Run now posts at most one digest a minute in this channel: ask again at 9:01:54 AM UTC.',
    );
    clock.advance(53_000); // 59 s after the first
    expect(only(await ask(deps, 'digest run-now'), 'digest-status').event).toBe('too-soon');
    clock.advance(1_000); // a full minute after the first
    expect(only(await ask(deps, 'digest run-now'), 'digest-status').event).toBe('ran');
    expect(sends).toHaveLength(2);
  });

  test('not subscribed: nothing is posted and the status says how to subscribe', async () => {
    const { deps, sends } = await setUp();
    expect(only(await ask(deps, 'digest run-now'), 'digest-status')).not.toHaveProperty('subscription');
    expect(sends).toEqual([]);
  });

  test('a post Teams refuses is recorded as failed and said so; 403 pauses the subscription', async () => {
    const fixture = await startReportFixture();
    const failing = withDigest(fixture.deps, fixture.clock);
    const refusing = createRecordingSender(fixture.clock, () => connectorError(500));
    const runner = new DigestRunner({
      store: failing.store,
      sender: refusing.sender,
      compose: createDigestMessageSource(failing.deps.digest!.composer!),
      clock: fixture.clock,
      logger: silentLogger,
    });
    const deps: HandlerDeps = { ...failing.deps, digest: { ...failing.deps.digest!, runner } };
    await ask(deps, 'digest subscribe');
    const reply = await ask(deps, 'digest run-now');
    expect(only(reply, 'digest-status').lastRun).toMatchObject({ state: 'failed', reason: 'HTTP_500', status: 500 });
    expect(textOf(reply)).toContain('The digest could not be posted (HTTP_500); the run is recorded as failed.');
  });
});

describe('digest preview', () => {
  test('answers with the digest itself, aggregates only, and records nothing', async () => {
    const { deps, store, sends } = await setUp();
    const reply = await ask(deps, 'digest preview');
    const model = only(reply, 'digest');
    expect(model.copilot.status).toBe('ok');
    expect(model).not.toHaveProperty('schedule');
    expect(textOf(reply)).toContain('Preview · Nov 22, 2026');
    expect(JSON.stringify(reply)).not.toMatch(/@contoso\.onmicrosoft\.com/);
    expect(sends).toEqual([]);
    expect(await store.list('')).toEqual([]);
  });

  test('with a subscription here, changes are measured against its last posted digest', async () => {
    const { deps, clock } = await setUp();
    await ask(deps, 'digest subscribe');
    await ask(deps, 'digest run-now');
    clock.advance(7 * 86_400_000);
    const model = only(await ask(deps, 'digest preview'), 'digest');
    expect(model.copilot.status === 'ok' && model.copilot.data.comparedWith).toBe('2026-11-19');
  });
});

describe('digest unsubscribe', () => {
  test('deletes the subscription with its history and snapshots, and offers to subscribe again with the same schedule', async () => {
    const { deps, store } = await setUp();
    await ask(deps, 'digest subscribe tuesday 07:30 UTC');
    await ask(deps, 'digest run-now');
    const model = only(await ask(deps, 'digest unsubscribe'), 'digest-status');
    expect(model).toMatchObject({ event: 'unsubscribed', actions: [{ title: phrase('action.subscribeAgain'), command: 'digest subscribe tuesday 07:30 UTC' }] });
    expect(await store.list('subscription/')).toEqual([]);
    expect(await store.list('digest/')).toEqual([]);
    expect(await store.list('digest-snapshot/')).toEqual([]);
    // Nothing left to unsubscribe: the status says so.
    expect(only(await ask(deps, 'digest unsubscribe'), 'digest-status')).toMatchObject({ event: 'status' });
  });
});

/**
 * What the bot records and says about a digest is what Teams did with it: the real bot (adapter, sender,
 * runner, file store) against a Bot Connector on loopback that refuses the channel's posts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { subscriptionIdFor } from '../src/digest/subscription.js';
import { startBotHarness, type BotHarness } from './support/bot-harness.js';
import { playgroundActivity } from './support/playground-activities.js';

const TEAM = '19:9f5a0c2e7d5b4d2a8a3c1f0e6b7d8c9a@thread.tacv2';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBotHarness();
});
afterAll(async () => {
  await bot.close();
});

/** An @mention of the bot in `channel` of the team, as a reply in a thread (so answers go to the thread, digests to the channel). */
function mention(channel: string, text: string) {
  return bot.post(
    playgroundActivity('message-channel-mention', {
      text: `<at>Test Bot</at> ${text}`,
      conversation: { id: `${channel};messageid=1795331054475` },
      channelData: { teamsChannelId: channel, team: { id: TEAM }, channel: { id: channel } },
    }),
  );
}

function threadTexts(channel: string): string[] {
  return bot.cardsIn(`${channel};messageid=1795331054475`).map((card) => JSON.stringify(card));
}

async function claimsOf(channel: string): Promise<Record<string, unknown>[]> {
  const store = bot.app.digest.store;
  const keys = await store.list(`digest/${subscriptionIdFor(channel)}/`);
  return Promise.all(keys.map(async (key) => (await store.get(key))!.value as Record<string, unknown>));
}

describe('digest outcomes against a connector that refuses', () => {
  test.each([
    { status: 404, code: 'ConversationNotFound', state: 'gone', said: 'The digest was not posted: Teams answered 404', shown: 'Not posted: Teams answered 404' },
    { status: 403, code: 'BotNotInConversationRoster', state: 'gone', said: 'The digest was not posted: Teams answered 403', shown: 'Not posted: Teams answered 403' },
    { status: 429, code: 'Throttled', state: 'failed', said: 'The digest could not be posted (HTTP_429 Throttled)', shown: 'Failed (HTTP_429 Throttled)' },
    { status: 503, code: 'ServiceUnavailable', state: 'failed', said: 'The digest could not be posted (HTTP_503 ServiceUnavailable)', shown: 'Failed (HTTP_503 ServiceUnavailable)' },
    { status: 413, code: 'MessageSizeTooBig', state: 'failed', said: 'The digest could not be posted (HTTP_413 MessageSizeTooBig)', shown: 'Failed (HTTP_413 MessageSizeTooBig)' },
  ])('$status: run-now and digest status say $state, and nothing else reaches the channel', async ({ status, code, state, said, shown }) => {
    const channel = `19:refused-${status}@thread.tacv2`;
    await mention(channel, 'digest subscribe');
    bot.connector.refuse(channel, { status, code });
    bot.clock.advance(60_000);

    expect((await mention(channel, 'digest run-now')).status).toBe(200);
    const [, ranReply] = threadTexts(channel);
    expect(ranReply).toContain(said);
    expect(ranReply).not.toContain('Posted');

    const [claim] = await claimsOf(channel);
    expect(claim).toMatchObject({ trigger: 'run-now', state, status });
    expect(claim).not.toHaveProperty('activityId');
    const attempts = bot.connector.attempts.filter((id) => id === channel).length;
    // 403/404/413 are answered once; 429 and 503 are retried, a bounded number of times.
    expect(attempts).toBe(status === 429 || status === 503 ? 5 : 1);

    await mention(channel, 'digest status');
    const statusCard = threadTexts(channel).at(-1)!;
    expect(statusCard).toContain(shown);
    if (state === 'gone') expect(statusCard).toContain(`paused: Teams answered ${status}`);
    else expect(statusCard).toContain('Active');

    // The channel itself got nothing: no digest, no error card; and no turn failed.
    expect(bot.connector.posted.filter((post) => post.conversationId === channel)).toEqual([]);
    expect(JSON.stringify(bot.connector.posted)).not.toContain('Something went wrong');
    expect(bot.logs.join('\n')).not.toContain('turn failed');
    bot.connector.refuse(channel, undefined);
  });

  test('a digest Teams accepts is recorded posted with the activity id Teams returned', async () => {
    const channel = '19:accepted@thread.tacv2';
    await mention(channel, 'digest subscribe');
    bot.clock.advance(60_000);
    await mention(channel, 'digest run-now');
    const [digest] = bot.connector.posted.filter((post) => post.conversationId === channel);
    expect(digest).toBeDefined();
    const [claim] = await claimsOf(channel);
    expect(claim).toMatchObject({ state: 'posted' });
    expect(claim?.activityId).toMatch(/^reply-\d+$/);
    expect(threadTexts(channel).at(-1)).toContain('Posted: the digest is in this channel now');
  });
});

describe('a damaged subscription record', () => {
  test('affects only its own channel: digest status there says so, other channels answer as usual, subscribing again repairs it', async () => {
    const damaged = '19:damaged@thread.tacv2';
    const healthy = '19:healthy@thread.tacv2';
    await mention(damaged, 'digest subscribe');
    await mention(healthy, 'digest subscribe');
    // What a crash mid-write on a file system without atomic rename leaves: half a file.
    await bot.app.digest.store.put(`subscription/${subscriptionIdFor(damaged)}`, { id: 'not a subscription' });

    await mention(damaged, 'digest status');
    expect(threadTexts(damaged).at(-1)).toContain('This digest subscription cannot be read');
    expect(threadTexts(damaged).at(-1)).toContain('DIGEST_RECORD_UNREADABLE');
    await mention(healthy, 'digest status');
    expect(threadTexts(healthy).at(-1)).toContain('gets the weekly digest every Monday at 09:00');

    await bot.app.digest.runner.runDue();
    expect(bot.logs.join('\n')).toContain(`"key":"subscription/${subscriptionIdFor(damaged)}"`);

    await mention(damaged, 'digest subscribe');
    await mention(damaged, 'digest status');
    expect(threadTexts(damaged).at(-1)).toContain('gets the weekly digest every Monday at 09:00');
  });
});

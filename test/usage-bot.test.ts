import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { getConversationKind } from '../src/bot/conversation-kind.js';
import { PrivateChat, personalChatNeededReply } from '../src/bot/private-chat.js';
import type { CommandRunner } from '../src/bot/usage-bot.js';
import { helpReply } from '../src/commands/handlers.js';
import type { Reply, ReplyMessage } from '../src/commands/reply.js';
import { silentLogger } from '../src/logger.js';
import { MessageFactory } from 'botbuilder';
import { ActivityDelivery } from '../src/bot/activity-delivery.js';
import { createBotAuthentication } from '../src/bot/bot-authentication.js';
import { createProactiveSender } from '../src/bot/proactive-sender.js';
import { systemClock } from '../src/clock.js';
import { cardFor, createFakeProactiveSender, startBotHarness, startRecordingConnector, type BotHarness } from './support/bot-harness.js';
import { createFakeClock } from './support/fake-clock.js';
import { playgroundActivity } from './support/playground-activities.js';

const PERSONAL = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';
const CHANNEL_POST = 'team-id;messageid=1795331054475';
const TEAM = 'team-id';
const HELP = helpReply().messages.map(cardFor);

let bot: BotHarness;

beforeAll(async () => {
  bot = await startBotHarness({ env: { ACCESS_CONTACT: 'IT service desk, it@contoso.com' } });
});
afterAll(async () => {
  await bot.close();
});
beforeEach(() => {
  bot.connector.posted.length = 0;
  bot.answered.length = 0;
  bot.sender.continued.length = 0;
  bot.sender.created.length = 0;
  bot.logs.length = 0;
});

/** The cards a reply's messages become, as the connector receives them. */
function cardsOf(messages: readonly ReplyMessage[]) {
  return messages.map(cardFor);
}

/** The user principal names in a reply's per-user rows. */
function namesIn(reply: Reply | undefined): string[] {
  return (reply?.privateMessages ?? reply?.messages ?? []).flatMap((message) =>
    message.view === 'copilot-users' || message.view === 'copilot-inactive' ? message.model.rows.map((row) => row.userPrincipalName) : [],
  );
}

describe('messages', () => {
  test('a personal message is parsed, answered by the handlers, and sent back as the cards of their reply', async () => {
    const response = await bot.post(playgroundActivity('message-personal', { text: 'copilot summary D30' }));
    expect(response.status).toBe(200);
    expect(bot.answered).toHaveLength(1);
    const [answer] = bot.answered;
    expect(answer?.parsed).toEqual({ command: { name: 'copilot-summary', period: 'D30' }, delivery: 'here' });
    expect(answer?.conversation).toBe('personal');
    expect(bot.cardsIn(PERSONAL)).toEqual(cardsOf(answer!.reply.messages));
    expect(bot.cardsIn(PERSONAL)[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } });
    // A reply, in the asker's conversation, from the bot.
    expect(bot.connector.posted[0]?.activity).toMatchObject({ replyToId: '9dc56c95-2c92-4002-8328-8712132889dc', from: { name: 'Test Bot' } });
  });

  test('a channel @mention is answered in the channel thread, mention removed, with aggregates only', async () => {
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> copilot users D30' }));
    const [answer] = bot.answered;
    expect(answer?.parsed.command).toEqual({ name: 'copilot-users', period: 'D30' });
    expect(answer?.conversation).toBe('channel');
    expect(answer?.reply.messages[0]).toMatchObject({ view: 'copilot-users', model: { rows: [], detail: { kind: 'withheld' } } });
    expect(bot.cardsIn(CHANNEL_POST)).toEqual(cardsOf(answer!.reply.messages));
  });

  test('text the grammar does not know gets the help card with what was typed, and no handler runs', async () => {
    await bot.post(playgroundActivity('message-channel-mention'));
    expect(bot.answered).toEqual([]);
    const [card] = bot.cardsIn(CHANNEL_POST);
    expect(JSON.stringify(card)).toContain('usage please');
  });

  test('a card submit is parsed from its value: a command runs, anything else (the Playground sample) gets help', async () => {
    await bot.post(playgroundActivity('message-personal-action-submit', { value: { command: 'copilot users D30' } }));
    expect(bot.answered[0]?.parsed).toEqual({ command: { name: 'copilot-users', period: 'D30' }, delivery: 'here' });
    const reply = bot.answered[0]!.reply;
    expect(namesIn(reply).length).toBeGreaterThan(0); // personal chat: the rows are shown
    expect(bot.cardsIn(PERSONAL)).toEqual(cardsOf(reply.messages));

    bot.connector.posted.length = 0;
    await bot.post(playgroundActivity('message-personal-action-submit'));
    expect(bot.answered).toHaveLength(1);
    expect(bot.cardsIn(PERSONAL)).toHaveLength(1);
    expect(JSON.stringify(bot.cardsIn(PERSONAL))).not.toContain('refresh');
  });
});

describe('per-user detail asked for in a channel', () => {
  const askPrivately = () =>
    bot.post(
      playgroundActivity('message-channel-mention', {
        text: undefined,
        value: { command: 'copilot users D30', delivery: 'private' },
      }),
    );

  test('with no personal chat to reach (Playground), the channel is told to ask in one, and no row reaches it', async () => {
    // A fresh bot has seen no personal chat yet.
    const fresh = await startBotHarness();
    try {
      await fresh.post(
        playgroundActivity('message-channel-mention', { text: undefined, value: { command: 'copilot users D30', delivery: 'private' } }),
      );
      const names = namesIn(fresh.answered[0]?.reply);
      expect(names.length).toBeGreaterThan(0);
      expect(fresh.sender.continued).toEqual([]);
      expect(fresh.sender.created).toEqual([]); // unauthenticated: no conversation is created
      expect(fresh.cardsIn(CHANNEL_POST)).toEqual(cardsOf(personalChatNeededReply('copilot users D30').messages));
      const channel = JSON.stringify(fresh.connector.posted);
      for (const name of names) expect(channel).not.toContain(name);
    } finally {
      await fresh.close();
    }
  });

  test('once the personal chat is known (the Playground installs it on page load) the rows go there and the channel gets a note', async () => {
    await bot.post(playgroundActivity('installationUpdate-personal'));
    bot.connector.posted.length = 0;
    await askPrivately();
    const reply = bot.answered[0]!.reply;
    expect(bot.sender.continued).toHaveLength(1);
    expect(bot.sender.continued[0]?.reference).toMatchObject({ conversation: { id: PERSONAL }, user: { id: 'user-id-0' }, activityId: undefined });
    expect(bot.sender.continued[0]?.activities.map((activity) => activity.attachments?.[0])).toEqual(cardsOf(reply.privateMessages!));
    expect(bot.cardsIn(CHANNEL_POST)).toEqual(cardsOf(reply.messages));
    expect(reply.messages.map((message) => message.view)).toEqual(['sent-privately']);
    const channel = JSON.stringify(bot.cardsIn(CHANNEL_POST));
    for (const name of namesIn(reply)) expect(channel).not.toContain(name);
  });

  test('when the personal chat cannot be reached any more, the channel gets the ask-there card instead of the note', async () => {
    await bot.post(playgroundActivity('installationUpdate-personal'));
    bot.sender.fail = true;
    try {
      await askPrivately();
    } finally {
      bot.sender.fail = false;
    }
    expect(bot.cardsIn(CHANNEL_POST)).toEqual(cardsOf(personalChatNeededReply('copilot users D30').messages));
    expect(bot.logs.some((line) => line.includes('personal chat could not be continued'))).toBe(true);
  });
});

describe('PrivateChat', () => {
  const asker = {
    from: { id: '29:ada', aadObjectId: '0A0A0A0A-0000-4000-8000-000000000001', name: 'Ada' },
    recipient: { id: '28:bot', name: 'Usage Bot' },
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    conversation: { id: '19:reports@thread.tacv2;messageid=1', isGroup: true, conversationType: 'channel', name: '' },
  };
  const card = [{ type: 'message', text: 'rows' }];

  test('authenticated: creates the 1:1 chat on the asker’s service URL and tenant, then continues it', async () => {
    const sender = createFakeProactiveSender();
    const chat = new PrivateChat({ sender, canCreateConversations: true, logger: silentLogger });
    expect(await chat.send(asker, 'tenant-1', card)).toBe('sent');
    expect(sender.created).toEqual([
      {
        request: {
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          channelId: 'msteams',
          tenantId: 'tenant-1',
          bot: { id: '28:bot', name: 'Usage Bot' },
          user: { id: '29:ada' },
        },
        activities: card,
      },
    ]);
    expect(await chat.send(asker, 'tenant-1', card)).toBe('sent');
    expect(sender.created).toHaveLength(1);
    expect(sender.continued[0]?.reference).toMatchObject({ conversation: { id: 'a:personal-29:ada' } });
  });

  test('a failed creation is reported as unavailable, never thrown; unauthenticated it is not even tried', async () => {
    const sender = createFakeProactiveSender();
    sender.fail = true;
    expect(await new PrivateChat({ sender, canCreateConversations: true, logger: silentLogger }).send(asker, 't', card)).toBe('unavailable');
    const playground = createFakeProactiveSender();
    expect(await new PrivateChat({ sender: playground, canCreateConversations: false, logger: silentLogger }).send(asker, 't', card)).toBe(
      'unavailable',
    );
    expect(playground.created).toEqual([]);
  });
});

describe('createProactiveSender (the real one, on CloudAdapter)', () => {
  test('continues a known conversation and creates a personal one through the Bot Connector, paced like replies', async () => {
    const connector = await startRecordingConnector();
    try {
      const { adapter, appId } = createBotAuthentication({ kind: 'anonymous' }, systemClock);
      const sender = createProactiveSender(adapter, appId, new ActivityDelivery({ clock: createFakeClock(0), logger: silentLogger }));
      const card = MessageFactory.text('rows');
      await sender.continueConversation(
        { serviceUrl: connector.url, channelId: 'msteams', conversation: { id: PERSONAL, isGroup: false, conversationType: 'personal', name: '' } },
        [card],
      );
      expect(connector.posted.map((post) => [post.conversationId, post.activity.text])).toEqual([[PERSONAL, 'rows']]);

      const reference = await sender.createPersonalConversation(
        { serviceUrl: connector.url, channelId: 'msteams', tenantId: 'tenant-1', bot: { id: '28:bot', name: 'Usage Bot' }, user: { id: '29:ada' } },
        [card],
      );
      expect(connector.created).toEqual([
        expect.objectContaining({
          isGroup: false,
          bot: { id: '28:bot', name: 'Usage Bot' },
          members: [{ id: '29:ada', name: '' }],
          tenantId: 'tenant-1',
          channelData: { tenant: { id: 'tenant-1' } },
        }),
      ]);
      expect(reference.conversation?.id).toBe('a:created-1');
      expect(connector.posted.at(-1)?.conversationId).toBe('a:created-1');
    } finally {
      await connector.close();
    }
  });
});

describe('installation and welcome', () => {
  test('a personal install is welcomed once with the help card, however often the Playground repeats the events', async () => {
    const fresh = await startBotHarness();
    try {
      for (let pageLoad = 0; pageLoad < 3; pageLoad++) {
        await fresh.post(playgroundActivity('installationUpdate-personal'));
        await fresh.post(playgroundActivity('conversationUpdate-personal'));
      }
      expect(fresh.cardsIn(PERSONAL)).toEqual(HELP);
      await fresh.post(playgroundActivity('installationUpdate-channel'));
      await fresh.post(playgroundActivity('conversationUpdate-channel-teamMemberAdded'));
      expect(fresh.cardsIn(TEAM)).toEqual(HELP);
      expect(fresh.answered).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test('an install in another tenant gets the access-denied card, without the contact', async () => {
    await bot.post(playgroundActivity('installationUpdate-channel', { conversation: { tenantId: '11111111-2222-3333-4444-555555555555', id: 'team-x' }, channelData: { tenant: { id: '11111111-2222-3333-4444-555555555555' } } }));
    expect(bot.cardsIn('team-x')).toEqual(cardsOf([{ view: 'access-denied', model: { reason: 'tenant', contact: undefined } }]));
  });
});

describe('access', () => {
  test('another tenant gets the access-denied card and no handler runs', async () => {
    const custom = playgroundActivity('message-channel-mention-custom-config', { text: '<at>Usage Bot</at> copilot summary' });
    await bot.post(custom);
    expect(bot.answered).toEqual([]);
    expect(bot.cardsIn('19:reports@thread.tacv2;messageid=1795331123895')).toEqual(
      cardsOf([{ view: 'access-denied', model: { reason: 'tenant', contact: undefined } }]),
    );
    expect(bot.logs.find((line) => line.includes('access denied'))).toContain('"reason":"tenant"');
  });

  test('a user of the tenant who is not allow-listed is refused with the contact; the allowed user is answered', async () => {
    await bot.post(
      playgroundActivity('message-personal', {
        text: 'copilot summary',
        from: { id: 'user-id-1', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000021' },
      }),
    );
    expect(bot.answered).toEqual([]);
    expect(bot.cardsIn(PERSONAL)).toEqual(
      cardsOf([{ view: 'access-denied', model: { reason: 'user', contact: 'IT service desk, it@contoso.com' } }]),
    );
    const denial = bot.logs.find((line) => line.includes('access denied'));
    expect(denial).toContain('"userId":"00000000-0000-0000-0000-0000000000021"');
    expect(denial).not.toContain('Megan');

    await bot.post(playgroundActivity('message-personal', { text: 'copilot summary' }));
    expect(bot.answered).toHaveLength(1);
  });
});

describe('sending within Teams limits', () => {
  const threeMessages: CommandRunner = async () => ({
    messages: [1, 2, 3].map((n) => ({ view: 'sent-privately', model: { what: `part ${n}` } }) as const),
  });

  test('several messages are paced apart in one conversation and arrive in order', async () => {
    const paced = await startBotHarness({ runCommand: threeMessages });
    try {
      const before = paced.clock.now();
      await paced.post(playgroundActivity('message-personal', { text: 'help' }));
      expect(paced.cardsIn(PERSONAL).map((card) => JSON.stringify(card).match(/part \d/)?.[0])).toEqual(['part 1', 'part 2', 'part 3']);
      // 7 messages a second per conversation: at least ~143 ms between sends, on the injected clock.
      expect(paced.clock.now() - before).toBeGreaterThanOrEqual(2 * 143);
    } finally {
      await paced.close();
    }
  });

  test('a 429 from the connector is retried with jittered backoff, then delivered once', async () => {
    bot.connector.failNext(429, 429);
    const sleepsBefore = bot.clock.sleeps.length;
    await bot.post(playgroundActivity('message-personal', { text: 'help' }));
    expect(bot.cardsIn(PERSONAL)).toEqual(HELP);
    const retries = bot.logs.filter((line) => line.includes('bot connector throttled: retrying'));
    expect(retries).toHaveLength(2);
    // Full jitter with random() = 0.5: half of 1 s, then half of 2 s.
    expect(bot.clock.sleeps.slice(sleepsBefore)).toEqual(expect.arrayContaining([500, 1000]));
  });

  test('throttling that does not stop is given up after a bounded number of attempts, and the process carries on', async () => {
    bot.connector.failNext(429, 429, 429, 429);
    const response = await bot.post(playgroundActivity('message-personal', { text: 'help' }));
    expect(response.status).toBe(200);
    expect(bot.logs.some((line) => line.includes('bot connector throttled: giving up'))).toBe(true);
    expect(bot.logs.some((line) => line.includes('turn failed'))).toBe(true);
    bot.connector.posted.length = 0;
    await bot.post(playgroundActivity('message-personal', { text: 'help' }));
    expect(bot.cardsIn(PERSONAL)).toEqual(HELP);
  });
});

describe('getConversationKind', () => {
  test('maps Teams conversation types; anything unknown is treated as a group chat', () => {
    expect(getConversationKind({ conversationType: 'personal' })).toBe('personal');
    expect(getConversationKind({ conversationType: 'channel', isGroup: true })).toBe('channel');
    expect(getConversationKind({ conversationType: 'groupChat', isGroup: true })).toBe('groupChat');
    expect(getConversationKind({ conversationType: 'personal', isGroup: true })).toBe('groupChat');
    expect(getConversationKind({})).toBe('groupChat');
    expect(getConversationKind(undefined)).toBe('groupChat');
  });
});

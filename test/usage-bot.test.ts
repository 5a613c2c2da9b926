import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { getConversationKind } from '../src/bot/conversation-kind.js';
import { PrivateChat, personalChatNeededReply, privateDeliveryFailedReply } from '../src/bot/private-chat.js';
import type { CommandRunner } from '../src/bot/usage-bot.js';
import { helpReply } from '../src/commands/handlers.js';
import type { Reply } from '../src/commands/reply.js';
import type { ReplyMessage } from '../src/view-models.js';
import { silentLogger } from '../src/logger.js';
import { MessageFactory } from 'botbuilder';
import { createBotAuthentication } from '../src/bot/bot-authentication.js';
import { createTeamsSender } from '../src/bot/teams-sender.js';
import { PacedSender } from '../src/outbound/paced-sender.js';
import { systemClock } from '../src/clock.js';
import { createDigestPoster } from '../src/bot/digest-poster.js';
import { toConversationReference } from '../src/bot/conversation-reference.js';
import { subscriptionIdFor, type ConversationRef } from '../src/digest/subscription.js';
import { answerCardsFor, cardFor, createFakeProactiveSender, startBotHarness, startRecordingConnector, type BotHarness } from './support/bot-harness.js';
import { stubDigest } from './support/digest-fixtures.js';
import { createFakeClock } from './support/fake-clock.js';
import { playgroundActivity } from './support/playground-activities.js';
import { cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';

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
  bot.connector.updated.length = 0;
  bot.connector.typing.length = 0;
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
    expect(bot.cardsIn(PERSONAL)).toEqual(answerCardsFor(answer!));
    expect(bot.cardsIn(PERSONAL)[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } });
    // From the bot, in the asker's conversation: the progress card posted as a reply, then replaced by the answer.
    expect(bot.connector.posted[0]?.activity).toMatchObject({ from: { name: 'Test Bot' }, conversation: { id: PERSONAL } });
    expect(bot.connector.updated.map((update) => update.activityId)).toEqual([bot.connector.posted[0]?.id]);
  });

  test('Teams shows the bot typing only while a turn waits for Graph (a csv export); a progress card needs none', async () => {
    await bot.post(playgroundActivity('message-personal', { text: 'activations' }));
    expect(bot.connector.typing).toEqual([]);
    expect(bot.cardsIn(PERSONAL)).toHaveLength(1);
    await bot.post(playgroundActivity('message-personal', { text: 'csv groups D180' }));
    expect(bot.connector.typing).toEqual([PERSONAL]);
  });

  test('a channel @mention is answered in the channel thread, mention removed, with aggregates only', async () => {
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> copilot users D30' }));
    const [answer] = bot.answered;
    expect(answer?.parsed.command).toEqual({ name: 'copilot-users', period: 'D30' });
    expect(answer?.conversation).toBe('channel');
    expect(answer?.reply.messages[0]).toMatchObject({ view: 'copilot-users', model: { rows: [], detail: { kind: 'withheld' } } });
    expect(bot.cardsIn(CHANNEL_POST)).toEqual(cardsOf(answer!.reply.messages));
  });

  test('a plain question runs the command it asks for, and the answer opens with the command, so the admin learns it', async () => {
    await bot.post(playgroundActivity('message-personal', { text: 'Who is not using Copilot this quarter?' }));
    expect(bot.answered.map((answer) => answer.parsed)).toEqual([{ command: { name: 'copilot-inactive', period: 'D90' }, delivery: 'here', fromQuestion: true }]);
    const [card] = bot.cardsIn(PERSONAL).map(cardOf);
    const exact = answerCardsFor(bot.answered[0]!).map(cardOf)[0]!;
    // The same card as the command's, with one line more at the top.
    expect(visibleTexts(card!)).toEqual(['Ran: copilot inactive D90', ...visibleTexts(exact)]);

    bot.connector.posted.length = 0;
    await bot.post(playgroundActivity('message-personal', { text: 'copilot inactive D90' }));
    expect(visibleTexts(cardOf(bot.cardsIn(PERSONAL)[0]!))).not.toContain('Ran: copilot inactive D90');
  });

  test('text that maps to nothing gets one short card with the three closest commands as buttons, in a personal chat too; no handler runs', async () => {
    await bot.post(playgroundActivity('message-personal', { text: 'copilt sumary' }));
    expect(bot.answered).toEqual([]);
    const cards = bot.cardsIn(PERSONAL).map(cardOf);
    expect(cards).toHaveLength(1);
    const texts = visibleTexts(cards[0]!);
    expect(texts[0]).toBe('I don\'t know "copilt sumary". Did you mean "copilot summary"? Type "help" to see all commands.');
    expect(texts).not.toContain('What I can answer');
    expect(submitActions(cards[0]!).map((action) => action.data.command)).toEqual(['copilot summary', 'copilot users', 'copilot inactive']);
  });

  test('in a channel the same short answer, saying "type help" once, never the whole help', async () => {
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> weather please' }));
    expect(bot.answered).toEqual([]);
    const cards = bot.cardsIn(CHANNEL_POST).map(cardOf);
    expect(cards).toHaveLength(1);
    const texts = visibleTexts(cards[0]!);
    expect(texts[0]).toBe('I don\'t know "weather please". Type "help" to see all commands.');
    expect(texts.join(' ').match(/"help"/g)).toHaveLength(1);
    expect(submitActions(cards[0]!)).toHaveLength(3);
  });

  test('a question that could mean two commands is not guessed: both are offered', async () => {
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> inactive copilot groups' }));
    expect(bot.answered).toEqual([]);
    const [card] = bot.cardsIn(CHANNEL_POST).map(cardOf);
    expect(visibleTexts(card!)[0]).toBe(
      '"inactive copilot groups" could mean more than one command. Pick the one you meant. Type "help" to see all commands.',
    );
    expect(submitActions(card!).map((action) => action.data.command)).toEqual(['copilot inactive', 'groups inactive']);
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

  test('a transient failure keeps the personal chat: the channel is told nothing was sent this time, and the next ask reaches it', async () => {
    await bot.post(playgroundActivity('installationUpdate-personal'));
    bot.sender.fail = true;
    bot.sender.failure = { kind: 'retryable', reason: 'HTTP_503', status: 503, attempts: 5 };
    try {
      await askPrivately();
    } finally {
      bot.sender.fail = false;
      bot.sender.failure = { kind: 'gone', reason: 'HTTP_403', status: 403, attempts: 1 };
    }
    const [card] = bot.cardsIn(CHANNEL_POST).map(cardOf);
    expect(visibleTexts(card!).slice(0, 2)).toEqual([
      'Not sent to your personal chat',
      'Teams did not take the list for your personal chat just now, so nothing was sent there. Try again in a moment.',
    ]);
    expect(submitActions(card!)).toEqual([{ title: 'Try again', data: { command: 'copilot users D30', delivery: 'private' } }]);
    expect(bot.logs.some((line) => line.includes('personal chat could not be continued'))).toBe(true);

    // The chat was kept: the next ask goes there, no install or message from the user in between.
    bot.connector.posted.length = 0;
    bot.sender.continued.length = 0;
    await askPrivately();
    expect(bot.sender.continued.map((sent) => sent.reference.conversation?.id)).toEqual([PERSONAL]);
    expect(bot.answered.at(-1)?.reply.messages.map((message) => message.view)).toEqual(['sent-privately']);
    expect(bot.cardsIn(CHANNEL_POST)).toEqual(cardsOf(bot.answered.at(-1)!.reply.messages));
  });

  test('a 403 (the chat is gone, the bot blocked) forgets the personal chat: the channel is told so, and the next ask is told to open one', async () => {
    await bot.post(playgroundActivity('installationUpdate-personal'));
    bot.sender.fail = true;
    try {
      await askPrivately();
    } finally {
      bot.sender.fail = false;
    }
    expect(bot.cardsIn(CHANNEL_POST)).toEqual(cardsOf(privateDeliveryFailedReply({ kind: 'gone' }, 'copilot users D30').messages));
    expect(visibleTexts(cardOf(bot.cardsIn(CHANNEL_POST)[0]!))[1]).toMatch(/^Teams answered that your personal chat with the bot is gone/);

    bot.connector.posted.length = 0;
    bot.sender.continued.length = 0;
    await askPrivately();
    expect(bot.sender.continued).toEqual([]);
    expect(bot.cardsIn(CHANNEL_POST)).toEqual(cardsOf(personalChatNeededReply('copilot users D30').messages));
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
    expect(await chat.send(asker, 'tenant-1', card)).toEqual({ kind: 'sent' });
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
    expect(await chat.send(asker, 'tenant-1', card)).toEqual({ kind: 'sent' });
    expect(sender.created).toHaveLength(1);
    expect(sender.continued[0]?.reference).toMatchObject({ conversation: { id: 'a:personal-29:ada' } });
  });

  test('a failed creation is reported as no chat, never thrown; unauthenticated it is not even tried', async () => {
    const sender = createFakeProactiveSender();
    sender.fail = true;
    expect(await new PrivateChat({ sender, canCreateConversations: true, logger: silentLogger }).send(asker, 't', card)).toEqual({ kind: 'no-chat' });
    const playground = createFakeProactiveSender();
    expect(await new PrivateChat({ sender: playground, canCreateConversations: false, logger: silentLogger }).send(asker, 't', card)).toEqual({
      kind: 'no-chat',
    });
    expect(playground.created).toEqual([]);
  });

  test('a known chat is forgotten only when Teams says it is gone; after a timeout, a 5xx or part of a list it is kept', async () => {
    const sender = createFakeProactiveSender();
    const chat = new PrivateChat({ sender, canCreateConversations: false, logger: silentLogger });
    const known = { conversation: { id: 'a:personal-ada', isGroup: false, conversationType: 'personal', name: '' } };
    chat.remember(known, { ...asker, conversation: known.conversation }, 't');
    sender.fail = true;
    for (const failure of [
      { kind: 'retryable', reason: 'NO_ANSWER', attempts: 5 },
      { kind: 'retryable', reason: 'HTTP_503', status: 503, attempts: 5 },
      { kind: 'refused', reason: 'HTTP_400 BadArgument', status: 400, attempts: 1 },
    ] as const) {
      sender.failure = failure;
      expect(await chat.send(asker, 't', card), failure.reason).toEqual({ kind: 'not-sent' });
    }
    sender.fail = false;
    expect(await chat.send(asker, 't', card)).toEqual({ kind: 'sent' });
    expect(sender.continued.map((sent) => sent.reference.conversation?.id)).toEqual(['a:personal-ada']);

    // Two cards, the second refused: part of it arrived, and the chat is still the one to use.
    const partly = createFakeProactiveSender();
    const halfway = new PrivateChat({ sender: { ...partly, continueConversation: async () => [{ kind: 'delivered', activityId: '1', attempts: 1 }, { kind: 'retryable', reason: 'HTTP_502', status: 502, attempts: 5 }] }, canCreateConversations: false, logger: silentLogger });
    halfway.remember(known, { ...asker, conversation: known.conversation }, 't');
    expect(await halfway.send(asker, 't', [...card, ...card])).toEqual({ kind: 'partly', sent: 1, of: 2 });

    sender.fail = true;
    sender.failure = { kind: 'gone', reason: 'HTTP_404 ConversationNotFound', status: 404, attempts: 1 };
    expect(await chat.send(asker, 't', card)).toEqual({ kind: 'gone' });
    sender.fail = false;
    // Forgotten: with no chat to continue (and none to create here) nothing is sent.
    expect(await chat.send(asker, 't', card)).toEqual({ kind: 'no-chat' });
    expect(sender.continued).toHaveLength(1);
  });
});

describe('createTeamsSender (the real one, on CloudAdapter)', () => {
  test('continues a known conversation and creates a personal one through the Bot Connector, paced like replies', async () => {
    const connector = await startRecordingConnector();
    try {
      const { adapter, appId } = createBotAuthentication({ kind: 'anonymous' }, systemClock);
      const clock = createFakeClock(0);
      const sender = createTeamsSender(adapter, appId, new PacedSender({ clock, logger: silentLogger }), clock);
      const card = MessageFactory.text('rows');
      const continued = await sender.continueConversation(
        { serviceUrl: connector.url, channelId: 'msteams', conversation: { id: PERSONAL, isGroup: false, conversationType: 'personal', name: '' } },
        [card],
      );
      expect(connector.posted.map((post) => [post.conversationId, post.activity.text])).toEqual([[PERSONAL, 'rows']]);
      expect(continued).toEqual([{ kind: 'delivered', activityId: 'reply-1', attempts: 1 }]);

      const { reference, results } = await sender.createPersonalConversation(
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
      expect(reference?.conversation?.id).toBe('a:created-1');
      expect(results).toEqual([{ kind: 'delivered', activityId: 'reply-2', attempts: 1 }]);

      // A card replaced in place (a progress card by its answer), and one in a conversation that is gone.
      const personal = { serviceUrl: connector.url, channelId: 'msteams', conversation: { id: PERSONAL, isGroup: false, conversationType: 'personal', name: '' } };
      expect(await sender.update(personal, 'reply-1', MessageFactory.text('answer'))).toEqual({ kind: 'delivered', activityId: 'reply-1', attempts: 1 });
      expect(connector.updated).toMatchObject([{ conversationId: PERSONAL, activityId: 'reply-1', activity: { text: 'answer', id: 'reply-1' } }]);
      connector.refuse(PERSONAL, { status: 404, code: 'ConversationNotFound' });
      expect(await sender.update(personal, 'reply-1', MessageFactory.text('again'))).toEqual({
        kind: 'gone',
        status: 404,
        reason: 'HTTP_404 ConversationNotFound',
        attempts: 1,
      });
      expect(await sender.continueConversation(personal, [card, card])).toEqual([{ kind: 'gone', status: 404, reason: 'HTTP_404 ConversationNotFound', attempts: 1 }]);
      expect(connector.posted.at(-1)?.conversationId).toBe('a:created-1');
    } finally {
      await connector.close();
    }
  });
});

describe('one pacer for every send', () => {
  test('digests and chat replies to one conversation share Teams limits: a reply after seven digest posts waits out the second', async () => {
    const connector = await startRecordingConnector();
    try {
      const { adapter, appId } = createBotAuthentication({ kind: 'anonymous' }, systemClock);
      const clock = createFakeClock(0);
      const sender = createTeamsSender(adapter, appId, new PacedSender({ clock, logger: silentLogger }), clock);
      const group = { id: '19:group-chat@thread.v2', conversationType: 'groupChat' };
      const reference: ConversationRef = { serviceUrl: connector.url, channelId: 'msteams', conversation: group, bot: { id: '28:bot' } };
      const digests = createDigestPoster(sender);
      for (let i = 0; i < 7; i++) expect(await digests.post(reference, stubDigest(`digest ${i}`))).toMatchObject({ kind: 'delivered' });
      expect(clock.now()).toBe(0);
      // A turn in the same chat: its reply is the eighth send within a second.
      await adapter.continueConversationAsync(appId, toConversationReference(reference), async (context) => {
        expect(await sender.reply(context, [MessageFactory.text('reply')])).toMatchObject([{ kind: 'delivered' }]);
      });
      expect(clock.now()).toBeGreaterThanOrEqual(1_000);
      expect(connector.posted.map((post) => post.activity.summary ?? post.activity.text)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `digest ${i}`).concat('reply'));
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
  const nineMessages: CommandRunner = async () => ({
    messages: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ view: 'sent-privately', model: { what: { kind: 'file', fileName: `part ${n}` } } }) as const),
  });

  test('several messages are paced under Teams limits in one conversation and arrive in order', async () => {
    const paced = await startBotHarness({ runCommand: nineMessages });
    try {
      const before = paced.clock.now();
      await paced.post(playgroundActivity('message-personal', { text: 'help' }));
      expect(paced.cardsIn(PERSONAL).map((card) => JSON.stringify(card).match(/part \d/)?.[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `part ${n}`));
      // 7 a second and 8 per 2 s per conversation (the typing indicator counts too): the ninth waits two seconds, on the injected clock.
      expect(paced.clock.now() - before).toBeGreaterThanOrEqual(2_000);
    } finally {
      await paced.close();
    }
  });

  test('a 429 from the connector is retried with jittered backoff, then delivered once', async () => {
    bot.connector.failNext(429, 429);
    const sleepsBefore = bot.clock.sleeps.length;
    await bot.post(playgroundActivity('message-personal', { text: 'help' }));
    expect(bot.cardsIn(PERSONAL)).toEqual(HELP);
    const retries = bot.logs.filter((line) => line.includes('teams send: retrying'));
    expect(retries).toHaveLength(2);
    // Full jitter with random() = 0.5: half of 1 s, then half of 2 s.
    expect(bot.clock.sleeps.slice(sleepsBefore)).toEqual(expect.arrayContaining([500, 1000]));
  });

  test('throttling that does not stop is given up after a bounded number of attempts, and the process carries on', async () => {
    bot.connector.failNext(429, 429, 429, 429);
    const response = await bot.post(playgroundActivity('message-personal', { text: 'help' }));
    expect(response.status).toBe(200);
    expect(bot.logs.some((line) => line.includes('teams send: giving up'))).toBe(true);
    expect(bot.logs.some((line) => line.includes('reply not delivered'))).toBe(true);
    bot.connector.posted.length = 0;
    await bot.post(playgroundActivity('message-personal', { text: 'help' }));
    expect(bot.cardsIn(PERSONAL)).toEqual(HELP);
  });
});

describe('weekly digest over HTTP', () => {
  const ADMIN = '00000000-0000-0000-0000-0000000000020';
  const TEAM_SUBSCRIPTION = subscriptionIdFor(TEAM);
  const OTHER_CHANNEL = '19:reports@thread.tacv2';
  let digestBot: BotHarness;

  /** An @mention of the bot in the General channel (or `channel` of the same team), as the Playground sends it. */
  const mention = (text: string, channel = TEAM) =>
    digestBot.post(
      playgroundActivity('message-channel-mention', {
        text: `<at>Test Bot</at> ${text}`,
        conversation: { id: `${channel};messageid=1795331054475` },
        channelData: { teamsChannelId: channel, team: { id: TEAM }, channel: { id: channel } },
      }),
    );
  const inThread = (channel = TEAM) => digestBot.cardsIn(`${channel};messageid=1795331054475`).map((card) => JSON.stringify(card));
  const keys = (prefix: string) => digestBot.app.digest.store.list(prefix);
  const stored = async (key: string) => (await digestBot.app.digest.store.get(key))?.value as Record<string, unknown> | undefined;

  beforeAll(async () => {
    digestBot = await startBotHarness();
  });
  afterAll(async () => {
    await digestBot.close();
  });
  beforeEach(() => {
    digestBot.connector.posted.length = 0;
    digestBot.answered.length = 0;
  });

  test('"digest subscribe" in a channel: Monday 09:00 in the configured zone, the channel root kept as the reference', async () => {
    expect((await mention('digest subscribe')).status).toBe(200);
    expect(digestBot.answered[0]?.parsed.command).toEqual({ name: 'digest-subscribe' });
    const [reply] = inThread();
    expect(reply).toContain('Subscribed: this channel gets the weekly digest every Monday at 09:00 (UTC), in English.');
    expect(await stored(`subscription/${TEAM_SUBSCRIPTION}`)).toMatchObject({
      createdBy: ADMIN,
      locale: 'en-US',
      active: true,
      schedule: { day: 'monday', time: '09:00', timeZone: 'UTC' },
      reference: { serviceUrl: digestBot.connector.url, channelId: 'msteams', conversation: { id: TEAM, conversationType: 'channel' }, teamId: TEAM },
    });
    expect(await keys('conversation/')).toEqual([`conversation/${TEAM_SUBSCRIPTION}`]);
  });

  test('an explicit day, time and zone changes the schedule; "digest status" shows the next run', async () => {
    await mention('digest subscribe friday 08:00 Europe/Berlin');
    expect(inThread()[0]).toContain('Schedule changed: this channel now gets the weekly digest every Friday at 08:00 (Europe/Berlin).');
    await mention('digest status');
    const status = inThread()[1] ?? '';
    expect(status).toContain('This channel gets the weekly digest every Friday at 08:00 (Europe/Berlin).');
    // The harness clock is Sunday 2026-11-22 08:00 UTC.
    expect(status).toContain('Fri, Nov 27, 2026, 08:00 (Europe/Berlin)');
  });

  test('an invalid day, time or zone is answered in the channel with one line: the allowed forms and the corrected command', async () => {
    await mention('digest subscribe fryday 08:00');
    await mention('digest subscribe friday 8pm');
    await mention('digest subscribe Berlin');
    const [day, time, zone] = inThread();
    expect(day).toContain('is not a day: use monday, tuesday, wednesday, thursday, friday, saturday or sunday (or mon … sun).');
    // Card JSON: the line's quotes are escaped.
    expect(day).toContain('Did you mean \\"digest subscribe friday 08:00\\"?');
    expect(time).toContain('is not a time: write HH:MM on a 24-hour clock, e.g. 09:00 or 17:30.');
    expect(zone).toContain('Did you mean \\"digest subscribe Europe/Berlin\\"?');
    for (const answer of [day, time, zone]) expect(answer).not.toContain('What I can answer');
    expect(digestBot.answered).toEqual([]);
    expect(await stored(`subscription/${TEAM_SUBSCRIPTION}`)).toMatchObject({ schedule: { day: 'friday', time: '08:00', timeZone: 'Europe/Berlin' } });
  });

  test('"digest run-now" posts the digest card as a new channel post through the claim path, and records the run', async () => {
    await mention('digest run-now');
    const posts = digestBot.connector.posted.filter((post) => post.conversationId === TEAM);
    expect(posts).toHaveLength(1);
    const digest = JSON.stringify(posts[0]?.activity);
    expect(digest).toContain('Weekly Microsoft 365 digest');
    expect(digest).toContain('Every Friday at 08:00 (Europe/Berlin)');
    expect(inThread()[0]).toContain('Posted: the digest is in this channel now');

    const claims = await keys(`digest/${TEAM_SUBSCRIPTION}/`);
    expect(claims).toEqual([`digest/${TEAM_SUBSCRIPTION}/2026-11-22T08:00:00.000Z`]);
    expect(await stored(claims[0]!)).toMatchObject({ trigger: 'run-now', state: 'posted', requestedBy: ADMIN, attempt: 1 });
    expect(await keys(`digest-snapshot/${TEAM_SUBSCRIPTION}/`)).toHaveLength(1);
    // Logged by name and counts, never the card or the text typed.
    expect(digestBot.logs.join('\n')).not.toContain('Weekly Microsoft 365 digest');
  });

  test('the digest in a channel carries no per-user data: no user principal name or display name of the tenant', async () => {
    const users = await digestBot.app.stack.service.getReport('copilot-users', { period: 'D30' });
    const names: string[] = [];
    for await (const row of users.rows()) names.push(row.userPrincipalName, ...(row.displayName && row.displayName.length > 5 ? [row.displayName] : []));
    expect(names.length).toBeGreaterThan(100);
    digestBot.clock.advance(60_000);
    await mention('digest run-now');
    const digest = JSON.stringify(digestBot.connector.posted.filter((post) => post.conversationId === TEAM));
    expect(digest).toContain('Weekly Microsoft 365 digest');
    expect(digest).not.toMatch(/@contoso\.onmicrosoft\.com/);
    expect(names.filter((name) => digest.includes(name))).toEqual([]);
  });

  test('a scheduled occurrence is posted by the runner the scheduler drives, once', async () => {
    const claimsBefore = (await keys(`digest/${TEAM_SUBSCRIPTION}/`)).length;
    // Friday 27 November 08:00 in Berlin is 07:00 UTC; the harness clock is a few minutes past Sunday 08:00 UTC.
    digestBot.clock.advance(Date.parse('2026-11-27T07:00:30Z') - digestBot.clock.now());
    await digestBot.app.digest.runner.runDue();
    await digestBot.app.digest.runner.runDue();
    expect(digestBot.connector.posted.filter((post) => post.conversationId === TEAM)).toHaveLength(1);
    const claims = await keys(`digest/${TEAM_SUBSCRIPTION}/`);
    expect(claims).toHaveLength(claimsBefore + 1);
    expect(await stored(claims.at(-1)!)).toMatchObject({ occurrence: '2026-11-27T07:00:00.000Z', trigger: 'schedule', state: 'posted' });
  });

  test('"digest preview" in a channel answers in the thread with the digest, and records nothing', async () => {
    const claimsBefore = await keys('digest/');
    await mention('digest preview');
    const [preview] = inThread();
    expect(preview).toContain('Weekly Microsoft 365 digest');
    expect(preview).toContain('Preview · ');
    expect(preview).not.toMatch(/@contoso\.onmicrosoft\.com/);
    expect(digestBot.connector.posted.filter((post) => post.conversationId === TEAM)).toEqual([]);
    expect(await keys('digest/')).toEqual(claimsBefore);
  });

  test('in personal chat, "digest preview" goes to the asker only and "digest subscribe" says digests go to channels', async () => {
    await digestBot.post(playgroundActivity('message-personal', { text: 'digest preview' }));
    await digestBot.post(playgroundActivity('message-personal', { text: 'digest subscribe' }));
    const [preview, refusal] = digestBot.cardsIn(PERSONAL).map((card) => JSON.stringify(card));
    expect(preview).toContain('Weekly Microsoft 365 digest');
    expect(refusal).toContain('Digests go to channels');
    expect(refusal).toContain('DIGEST_CHANNELS_ONLY');
    expect(digestBot.connector.posted.every((post) => post.conversationId === PERSONAL)).toBe(true);
    expect(await keys('subscription/')).toEqual([`subscription/${TEAM_SUBSCRIPTION}`]);
  });

  test('"digest unsubscribe" ends the subscription and deletes its history and snapshots', async () => {
    await mention('digest unsubscribe');
    expect(inThread()[0]).toContain('Unsubscribed: this channel gets no more weekly digests');
    expect(await keys('subscription/')).toEqual([]);
    expect(await keys('digest/')).toEqual([]);
    expect(await keys('digest-snapshot/')).toEqual([]);
    await mention('digest run-now');
    expect(inThread()[1]).toContain('This channel has no weekly digest.');
    expect(digestBot.connector.posted.filter((post) => post.conversationId === TEAM)).toEqual([]);
  });

  test('installing the app (installation and conversation-update events) keeps the conversation reference', async () => {
    const fresh = await startBotHarness();
    try {
      await fresh.post(playgroundActivity('installationUpdate-channel'));
      await fresh.post(playgroundActivity('conversationUpdate-channel-teamMemberAdded'));
      await fresh.post(playgroundActivity('installationUpdate-personal'));
      const store = fresh.app.digest.store;
      expect(await store.list('conversation/')).toEqual(
        [`conversation/${TEAM_SUBSCRIPTION}`, `conversation/${subscriptionIdFor(PERSONAL)}`].sort(),
      );
      expect((await store.get(`conversation/${TEAM_SUBSCRIPTION}`))?.value).toEqual({
        serviceUrl: fresh.connector.url,
        channelId: 'msteams',
        conversation: { id: TEAM, conversationType: 'channel', tenantId: '00000000-0000-0000-0000-0000000000001', isGroup: true },
        bot: { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' },
        teamId: TEAM,
      });
      // Another tenant's install is welcomed with the access-denied card and nothing is kept.
      await fresh.post(
        playgroundActivity('installationUpdate-channel', {
          conversation: { tenantId: '11111111-2222-3333-4444-555555555555', id: 'team-x' },
          channelData: { tenant: { id: '11111111-2222-3333-4444-555555555555' }, team: { id: 'team-x' } },
        }),
      );
      expect(await store.list('conversation/')).toHaveLength(2);
    } finally {
      await fresh.close();
    }
  });

  test('removing the app from a team deletes the subscriptions and references of all its channels, whoever removes it', async () => {
    await mention('digest subscribe');
    await mention('digest subscribe tuesday', OTHER_CHANNEL);
    await mention('digest run-now', OTHER_CHANNEL);
    expect(await keys('subscription/')).toHaveLength(2);
    expect(await keys('conversation/')).toHaveLength(2);
    await digestBot.post(
      playgroundActivity('installationUpdate-channel', {
        action: 'remove',
        from: { id: 'user-id-1', aadObjectId: '00000000-0000-0000-0000-0000000000021' },
      }),
    );
    expect(await keys('subscription/')).toEqual([]);
    expect(await keys('conversation/')).toEqual([]);
    expect(await keys('digest/')).toEqual([]);
    expect(await keys('digest-snapshot/')).toEqual([]);
    expect(digestBot.logs.some((line) => line.includes('digest conversations forgotten') && line.includes('"removed":"team"'))).toBe(true);
  });

  test('the bot removed from a team or group chat, and a deleted team or channel, forget their digests too', async () => {
    const groupChat = { id: '19:it-admins@thread.v2', conversationType: 'groupChat', isGroup: true };
    const inGroupChat = (overrides: Record<string, unknown>) =>
      playgroundActivity('conversationUpdate-channel-teamMemberAdded', {
        conversation: groupChat,
        channelData: { tenant: { id: '00000000-0000-0000-0000-0000000000001' }, team: undefined, eventType: undefined },
        ...overrides,
      });
    const subscribeChatAndTeam = async () => {
      await mention('digest subscribe');
      await digestBot.post(
        playgroundActivity('message-channel-mention', {
          text: '<at>Test Bot</at> digest subscribe',
          conversation: groupChat,
          channelData: { tenant: { id: '00000000-0000-0000-0000-0000000000001' }, team: undefined, channel: undefined, teamsChannelId: undefined, teamsTeamId: undefined },
        }),
      );
      expect(await keys('subscription/')).toHaveLength(2);
    };

    await subscribeChatAndTeam();
    await digestBot.post(inGroupChat({ membersAdded: undefined, membersRemoved: [{ id: '00000000-0000-0000-0000-00000000000011' }] }));
    expect(await keys('subscription/')).toEqual([`subscription/${TEAM_SUBSCRIPTION}`]);

    await digestBot.post(
      playgroundActivity('conversationUpdate-channel-teamMemberAdded', {
        membersAdded: undefined,
        membersRemoved: [{ id: '00000000-0000-0000-0000-00000000000011' }],
        channelData: { eventType: 'teamMemberRemoved' },
      }),
    );
    expect(await keys('subscription/')).toEqual([]);

    await subscribeChatAndTeam();
    await digestBot.post(playgroundActivity('conversationUpdate-channel-teamMemberAdded', { membersAdded: undefined, channelData: { eventType: 'teamDeleted' } }));
    expect(await keys('subscription/')).toEqual([`subscription/${subscriptionIdFor(groupChat.id)}`]);

    await mention('digest subscribe', OTHER_CHANNEL);
    await digestBot.post(
      playgroundActivity('conversationUpdate-channel-teamMemberAdded', {
        membersAdded: undefined,
        channelData: { eventType: 'channelDeleted', channel: { id: OTHER_CHANNEL, name: 'Reports' } },
      }),
    );
    expect(await keys('subscription/')).toEqual([`subscription/${subscriptionIdFor(groupChat.id)}`]);
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

/**
 * Period and refresh buttons as Universal Actions, over HTTP on loopback: the `adaptiveCard/action`
 * invoke is answered with the card that replaces the one clicked, and the Action.Submit fallback still
 * answers as a new message where a client has no Universal Actions.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { withUniversalActions } from '../src/bot/universal-actions.js';
import { answerCardsFor, forgetTraffic, startBotHarness, type BotHarness } from './support/bot-harness.js';
import { playgroundActivity } from './support/playground-activities.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

const PERSONAL = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';

type Action = { type: string; title: string; verb?: string; data?: { command?: string }; fallback?: Action };

let bot: BotHarness;

beforeAll(async () => {
  bot = await startBotHarness();
});
afterAll(async () => {
  await bot.close();
});
beforeEach(() => {
  forgetTraffic(bot);
});

/** How many answers the bot logged as sent (the handler's, or kept ones sent again). */
function answersLogged(): number {
  return bot.logs.filter((line) => line.includes('command answered')).length;
}

/** The invoke Teams sends when `action` is clicked on the bot's message `replyToId`. */
function clicked(action: Action, replyToId: string) {
  const { text: _text, ...message } = playgroundActivity('message-personal');
  return { ...message, type: 'invoke', name: 'adaptiveCard/action', replyToId, value: { action: { type: action.type, verb: action.verb, data: action.data } } };
}

/** Asks `text` in the personal chat and returns the answer's card as posted, its id and its buttons. */
async function ask(text: string) {
  await bot.post(playgroundActivity('message-personal', { text }));
  const posted = bot.connector.posted.at(-1)!;
  const card = cardOf(posted.activity.attachments![0]!);
  return { id: posted.id, card, actions: card['actions'] as Action[] };
}

describe('the buttons of an answer', () => {
  test('another period of the same report is an Action.Execute with the Action.Submit as its fallback; other reports stay Action.Submit', async () => {
    const { actions } = await ask('copilot summary D30');

    const execute = actions.filter((action) => action.type === 'Action.Execute');
    const submit = actions.filter((action) => action.type === 'Action.Submit');
    expect(execute.map((action) => action.title)).toContain('Last 7 days');
    expect(submit.length).toBeGreaterThan(0);
    for (const action of execute) {
      expect(action.data?.command).toMatch(/^copilot summary /);
      expect(action).toMatchObject({ verb: 'command', fallback: { type: 'Action.Submit', title: action.title, data: action.data } });
    }
    for (const action of submit) expect(action.data?.command).not.toMatch(/^copilot summary /);
  });
});

describe('withUniversalActions', () => {
  test('only plain buttons for the same command change: a private delivery, another command or a card without actions stay as they are', () => {
    const submit = (title: string, data: Record<string, string>) => ({ type: 'Action.Submit', title, data });
    const card = {
      type: 'AdaptiveCard',
      actions: [
        submit('Last 7 days', { command: 'copilot users D7' }),
        submit('Send me the list privately', { command: 'copilot users D30', delivery: 'private' }),
        submit('Summary', { command: 'copilot summary D30' }),
        { type: 'Action.OpenUrl', title: 'Docs', url: 'https://learn.microsoft.com' },
      ],
    };
    const changed = withUniversalActions({ contentType: 'application/vnd.microsoft.card.adaptive', content: card }, 'copilot-users').content as typeof card;
    expect(changed.actions.map((action) => action.type)).toEqual(['Action.Execute', 'Action.Submit', 'Action.Submit', 'Action.OpenUrl']);
    expect(changed.actions[0]).toEqual({ ...card.actions[0], type: 'Action.Execute', verb: 'command', fallback: card.actions[0] });
    const plain = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [] } };
    expect(withUniversalActions(plain, 'copilot-users')).toBe(plain);
  });
});

describe('clicking a period button where Universal Actions work', () => {
  test('data to fetch: the invoke answers with the progress card in place of the one clicked, which then becomes the answer', async () => {
    const { id, actions } = await ask('copilot summary D30');
    bot.connector.updated.length = 0;
    const lastWeek = actions.find((action) => action.title === 'Last 7 days')!;

    const response = await bot.post(clicked(lastWeek, id));

    expect(response.status).toBe(200);
    const invokeAnswer = JSON.parse(response.body) as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(invokeAnswer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(visibleTexts(invokeAnswer.value)[0]).toBe('⏳ Fetching Microsoft 365 Copilot user count summary');
    const answer = bot.answered.at(-1)!;
    expect(answer.parsed.command).toEqual({ name: 'copilot-summary', period: 'D7' });
    // The clicked card itself is updated with the answer: no new message.
    expect(bot.connector.updated.map((update) => update.activityId)).toEqual([id]);
    expect(bot.connector.updated[0]?.activity.attachments).toEqual(answerCardsFor(answer));
    expect(bot.connector.posted).toHaveLength(1);
  });

  test('data ready: the invoke answers with the answer card itself, nothing else is sent', async () => {
    const { id, actions } = await ask('copilot summary D90');
    await ask('copilot summary D7');
    bot.connector.posted.length = 0;
    bot.connector.updated.length = 0;
    const lastWeek = actions.find((action) => action.title === 'Last 7 days')!;

    const response = await bot.post(clicked(lastWeek, id));

    const invokeAnswer = JSON.parse(response.body) as { value: Record<string, unknown> };
    const answer = bot.answered.at(-1)!;
    expect(invokeAnswer.value).toEqual(answerCardsFor(answer)[0]?.content);
    expect(visibleTexts(invokeAnswer.value)[0]).toBe('Demo data · Copilot adoption · last 7 days');
    expect(bot.connector.posted).toEqual([]);
    expect(bot.connector.updated).toEqual([]);
  });
  test('an Action.Execute asking for a file: the card clicked stays, Teams shows the string message its contract asks for, and the offer comes as a new message', async () => {
    const { id, actions } = await ask('copilot summary D30');
    const lastWeek = actions.find((action) => action.title === 'Last 7 days')!;
    bot.connector.posted.length = 0;

    const response = await bot.post(clicked({ ...lastWeek, data: { command: 'csv copilot summary D30' } }, id));

    expect(JSON.parse(response.body)).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Answered in a new message.' });
    expect(bot.connector.posted.flatMap((post) => post.activity.attachments ?? []).map((attachment) => attachment.contentType)).toContain('application/vnd.microsoft.teams.card.file.consent');
  });
});

describe('a card action Teams sends again', () => {
  test('is answered once: the repeat (same activity id) runs no command and leaves the card as it is', async () => {
    const { id, actions } = await ask('copilot summary D30');
    const lastWeek = actions.find((action) => action.title === 'Last 7 days')!;
    const click = clicked(lastWeek, id);
    bot.connector.posted.length = 0;
    bot.connector.updated.length = 0;
    const answeredBefore = answersLogged();

    const first = await bot.post(click);
    const updates = bot.connector.updated.length;
    const repeat = await bot.post(click);

    expect(JSON.parse(first.body)).toMatchObject({ type: 'application/vnd.microsoft.card.adaptive' });
    expect(repeat.status).toBe(200);
    expect(JSON.parse(repeat.body)).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'This was already answered.' });
    expect(answersLogged() - answeredBefore).toBe(1);
    expect(bot.connector.updated).toHaveLength(updates);
    expect(bot.connector.posted).toEqual([]);
  });
});

describe('clicking a period button in a channel', () => {
  test('replaces the card for everyone with aggregates only: no user of the tenant is named', async () => {
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> copilot inactive D30' }));
    const posted = bot.connector.posted.at(-1)!;
    const actions = cardOf(posted.activity.attachments![0]!)['actions'] as Action[];
    const period = actions.find((action) => action.type === 'Action.Execute')!;
    const { text: _text, ...channelMessage } = playgroundActivity('message-channel-mention');
    bot.connector.updated.length = 0;

    const response = await bot.post({ ...channelMessage, type: 'invoke', name: 'adaptiveCard/action', replyToId: posted.id, value: { action: { type: period.type, verb: period.verb, data: period.data } } });

    const answer = bot.answered.at(-1)!;
    expect(answer.conversation).toBe('channel');
    expect(answer.reply.messages[0]).toMatchObject({ view: 'copilot-inactive', model: { rows: [] } });
    // Another period is fetched: the invoke answered with the progress card, which the answer then replaced.
    expect(visibleTexts((JSON.parse(response.body) as { value: Record<string, unknown> }).value)[0]).toMatch(/^⏳ Fetching /);
    expect(bot.connector.updated.map((update) => update.activityId)).toEqual([posted.id]);
    expect(bot.connector.updated[0]?.activity.attachments).toEqual(answerCardsFor(answer));
  });
});

describe('where Universal Actions do not work', () => {
  test('the fallback Action.Submit sends the same command as a message, answered with a new card', async () => {
    const { actions } = await ask('copilot summary D30');
    bot.connector.posted.length = 0;
    const fallback = actions.find((action) => action.title === 'Last 7 days')!.fallback!;

    await bot.post(playgroundActivity('message-personal', { text: undefined, value: fallback.data }));

    // A new message with the week's card (kept from the click above when that ran first in this file).
    const cards = bot.cardsIn(PERSONAL);
    expect(cards).toHaveLength(1);
    expect(visibleTexts(cardOf(cards[0]!))[0]).toBe('Demo data · Copilot adoption · last 7 days');
  });
});

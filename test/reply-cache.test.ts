/**
 * Warm answers kept ready to send (src/bot/reply-cache.ts), through the bot over HTTP: a repeated question
 * gets the same cards without running its command again; a refreshed report, another language, time zone or
 * conversation kind gets an answer of its own; what a card says about time is right when it is sent.
 */
import type { Attachment } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../src/clock.js';
import { answerCardsFor, forgetTraffic, startBotHarness, type BotHarness } from './support/bot-harness.js';
import { playgroundActivity } from './support/playground-activities.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

const CACHE_TTL_MINUTES = 30;
const USER_ADDRESS = /[\w.-]+@[\w-]+\.onmicrosoft\.com/;

let bot: BotHarness;

beforeAll(async () => {
  bot = await startBotHarness({ env: { REPORT_CACHE_TTL_MINUTES: String(CACHE_TTL_MINUTES) } });
});
afterAll(async () => {
  await bot.close();
});
beforeEach(() => {
  forgetTraffic(bot);
});

/** Asks `text` in the personal chat (with the activity's other fields overridden) and returns the answer's cards: posted, or the progress card's last update. */
async function ask(text: string, overrides: Record<string, unknown> = {}): Promise<Attachment[]> {
  bot.connector.posted.length = 0;
  bot.connector.updated.length = 0;
  await bot.post(playgroundActivity('message-personal', { text, ...overrides }));
  const activity = bot.connector.updated.at(-1)?.activity ?? bot.connector.posted.at(-1)?.activity;
  return activity?.attachments ?? [];
}

/** How many times a command's handler ran so far in this test. */
const runs = () => bot.answered.length;

const sourceLine = (cards: readonly Attachment[]) => visibleTexts(cardOf(cards[0]!)).find((text) => /^(Source|Origine):/.test(text));

describe('a question asked again', () => {
  test('gets the same cards as the answer made from the cached report, without its command running again', async () => {
    await ask('copilot summary D30');
    const made = await ask('copilot summary D30');
    const handled = bot.answered.at(-1)!;
    expect(made).toEqual(answerCardsFor(handled));
    const before = runs();

    const again = await ask('copilot summary D30');
    const typedOtherwise = await ask('Copilot Summary d30');

    expect(runs()).toBe(before);
    expect(again).toEqual(made);
    expect(typedOtherwise).toEqual(made);
    expect(bot.logs.filter((line) => line.includes('command answered') && line.includes('"reused":true'))).toHaveLength(2);
  });

  test('states when its data was fetched, not when it was asked; a new download of the report makes a new answer', async () => {
    await ask('copilot summary D7');
    const fetchedAt = new Date(bot.clock.now()).toISOString();
    const made = await ask('copilot summary D7');
    expect(bot.answered.at(-1)!.reply.messages[0]).toMatchObject({ model: { freshness: { fetchedAt } } });
    // The tenant's figures change (25 more seats never used, from the day the reports describe on).
    await bot.app.stack.emulator!.shiftFigures({ from: addDays(toIsoDate(bot.clock.now()), -3), neverUsed: 25 });

    // Until the report is fetched again, the kept answer (with its fetch time) is what the bot's data says.
    bot.clock.advance((CACHE_TTL_MINUTES - 5) * 60_000);
    const before = runs();
    expect(await ask('copilot summary D7')).toEqual(made);
    expect(runs()).toBe(before);

    bot.clock.advance(10 * 60_000);
    const refreshed = await ask('copilot summary D7');
    expect(runs()).toBe(before + 1);
    const answer = bot.answered.at(-1)!;
    expect(answer.reply.messages[0]).toMatchObject({ model: { freshness: { fetchedAt: new Date(bot.clock.now()).toISOString(), cache: 'miss' } } });
    expect(refreshed).toEqual(answerCardsFor(answer));
    expect(sourceLine(refreshed)).not.toBe(sourceLine(made));
    const activeOfEnabled = (cards: readonly Attachment[]) => visibleTexts(cardOf(cards[0]!)).find((text) => text.endsWith(' active'));
    expect(activeOfEnabled(refreshed)).not.toBe(activeOfEnabled(made));
  });
});

describe('a kept answer is only for the same asker', () => {
  test('another language or time zone gets an answer of its own, in its words and times', async () => {
    await ask('copilot summary D90');
    const english = await ask('copilot summary D90');
    const before = runs();

    const italian = await ask('copilot summary D90', { locale: 'it-IT' });
    expect(runs()).toBe(before + 1);
    expect(visibleTexts(cardOf(italian[0]!))[0]).toContain('Adozione di Copilot');
    expect(sourceLine(italian)).toMatch(/^Origine: /);
    // The Italian answer is kept as well, apart from the English one.
    expect(await ask('copilot summary D90', { locale: 'it-IT' })).toEqual(italian);
    expect(await ask('copilot summary D90')).toEqual(english);

    const tokyo = await ask('copilot summary D90', { entities: [{ type: 'clientInfo', locale: 'en-US', timezone: 'Asia/Tokyo' }] });
    expect(runs()).toBe(before + 2);
    expect(sourceLine(tokyo)).not.toBe(sourceLine(english));
  });

  test("a channel never gets the personal chat's answer: its card names no user", async () => {
    await ask('copilot inactive D30');
    const personal = await ask('copilot inactive D30');
    expect(JSON.stringify(personal)).toMatch(USER_ADDRESS);
    const before = runs();

    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> copilot inactive D30' }));

    expect(runs()).toBe(before + 1);
    expect(bot.answered.at(-1)!.conversation).toBe('channel');
    const channelCards = bot.connector.posted.filter((post) => post.conversationId.startsWith('team-id')).flatMap((post) => post.activity.attachments ?? []);
    expect(channelCards.length).toBeGreaterThan(0);
    expect(JSON.stringify(channelCards)).not.toMatch(USER_ADDRESS);
  });
});

/**
 * The answer's lifecycle over HTTP on loopback: the real bot in front of the Graph emulator (behind a
 * proxy that stalls report downloads part way) and a recording Bot Connector that applies updates.
 */
import type { Activity, Attachment } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { answerCardsFor, startBotHarness, type BotHarness } from './support/bot-harness.js';
import { createFakeClock } from './support/fake-clock.js';
import { playgroundActivity } from './support/playground-activities.js';
import { startSlowDownloadProxy, type SlowDownloadProxy } from './support/slow-download-proxy.js';
import { PROGRESS_HALFWAY, visibleTexts, cardOf } from './support/view-fixtures.js';

const PERSONAL = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';
const CHANNEL_POST = 'team-id;messageid=1795331054475';

let emulator: GraphEmulator;
let graph: SlowDownloadProxy;
let bot: BotHarness;

beforeAll(async () => {
  emulator = await startGraphEmulator({ users: 2000, clock: createFakeClock('2026-11-22T08:00:00Z') });
  graph = await startSlowDownloadProxy(emulator.url);
  bot = await startBotHarness({ env: { GRAPH_BASE_URL: graph.url } });
});
afterAll(async () => {
  graph?.release();
  await bot?.close();
  await Promise.all([graph?.close(), emulator?.close()]);
});
beforeEach(() => {
  graph.release();
  emulator.clearFaults();
  bot.connector.posted.length = 0;
  bot.connector.updated.length = 0;
  bot.connector.typing.length = 0;
  bot.answered.length = 0;
  bot.sender.continued.length = 0;
});

const personal = (text: string) => playgroundActivity('message-personal', { text });
const texts = (activity: Partial<Activity> | undefined) => (activity?.attachments ?? []).flatMap((attachment: Attachment) => visibleTexts(cardOf(attachment)));
const graphCallsTo = (graphFunction: string) => emulator.requests.filter((request) => request.kind === 'api' && request.functionName === graphFunction).length;

describe('a command whose report must be fetched', () => {
  test('gets a progress card at once, the HTTP request ends before the fetch, the card is updated as it downloads, then becomes the answer', async () => {
    graph.stall(30_000);
    const asked = personal('copilot inactive D30');
    const response = await bot.postOnly(asked);

    expect(response.status).toBe(200);
    // Answered while the report is still on its way: nothing computed yet, one card posted.
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toHaveLength(1);
    const [progress] = bot.connector.posted;
    expect(texts(progress?.activity)).toEqual([
      '⏳ Fetching Microsoft 365 Copilot usage user detail',
      'Asking Microsoft Graph for the report…',
      'This card becomes the answer to "copilot inactive D30" when the data is in.',
    ]);
    expect(progress?.activity.replyToId).toBe(asked.id);
    // The progress card says more than "typing…" would.
    expect(bot.connector.typing).toEqual([]);

    await graph.whenStalled();
    bot.clock.advance(3000);
    graph.release();
    await bot.app.bot.settled();

    const [answer] = bot.answered;
    const updates = bot.connector.updated;
    // Each update replaced the progress card itself; with 3 s gone by, one progress update, then the answer.
    expect(updates.map((update) => update.activityId)).toEqual([progress?.id, progress?.id]);
    // The emulator streams without Content-Length: bytes so far instead of a share (timing decides how far it got).
    expect(texts(updates[0]?.activity)[1]).toMatch(/^Downloading( the report…| · [\d.,]+\s(B|KB|MB) · [\d,]+ rows read)$/);
    expect(updates[1]?.activity.attachments).toEqual(answerCardsFor(answer!));
    expect(bot.cardsIn(PERSONAL)).toEqual(answerCardsFor(answer!));
  });

  test('by department: the first read of the directory gets the progress card, which becomes the grouped answer', async () => {
    // The report is at hand; the directory is not yet.
    await bot.post(personal('copilot users D30'));
    bot.connector.posted.length = 0;
    bot.answered.length = 0;
    graph.stall(20_000);
    await bot.postOnly(personal('copilot summary D30 by department'));
    expect(bot.connector.posted).toHaveLength(1);
    const [progress] = bot.connector.posted;
    expect(texts(progress?.activity)).toEqual([
      '⏳ Fetching the directory (department, country and office of every user)',
      "Asking Microsoft Graph for the directory's users…",
      'This card becomes the answer to "copilot summary D30 by department" when the data is in.',
    ]);
    await graph.whenStalled();
    bot.clock.advance(3000);
    graph.release();
    await bot.app.bot.settled();
    const updates = bot.connector.updated;
    expect(texts(updates[0]?.activity)[1]).toMatch(/^Downloading( the directory's users…| · [\d,]+ users read)$/);
    const [answer] = bot.answered;
    expect(answer?.reply.messages.map((message) => message.view)).toEqual(['attribute-groups']);
    expect(updates.at(-1)?.activity.attachments).toEqual(answerCardsFor(answer!));
    // Every user read once, 999 to a page.
    const model = answer!.reply.messages[0]!.model as { directory: { users: number; refresh: string } };
    expect(model.directory.refresh).toBe('full');
    expect(graphCallsTo('users')).toBe(Math.ceil(model.directory.users / 999));
  });

  test('a retried activity (same id, as Teams sends when a bot was slow) starts no second fetch and gets no second answer', async () => {
    graph.stall(1);
    const activity = personal('copilot summary D30');
    const before = graphCallsTo('getMicrosoft365CopilotUserCountSummary');

    await bot.postOnly(activity);
    const retried = await bot.postOnly(activity);
    graph.release();
    await bot.app.bot.settled();
    await bot.post(activity);

    expect(retried.status).toBe(200);
    expect(graphCallsTo('getMicrosoft365CopilotUserCountSummary') - before).toBe(1);
    expect(bot.answered).toHaveLength(1);
    expect(bot.connector.posted).toHaveLength(1);
    expect(bot.cardsIn(PERSONAL)).toEqual(answerCardsFor(bot.answered[0]!));
  });

  test('a report already cached and fresh is answered within the turn, with no progress card and no typing', async () => {
    await bot.post(personal('copilot summary D90'));
    bot.connector.posted.length = 0;
    bot.connector.updated.length = 0;
    bot.answered.length = 0;

    const asked = personal('copilot summary D90');
    const response = await bot.postOnly(asked);

    expect(response.status).toBe(200);
    // Posted before the HTTP answer: nothing is left to finish.
    expect(bot.cardsIn(PERSONAL)).toEqual(answerCardsFor(bot.answered[0]!));
    expect(bot.connector.updated).toEqual([]);
    expect(bot.connector.typing).toEqual([]);
    expect(bot.connector.posted[0]?.activity.replyToId).toBe(asked.id);
  });

  test('a fetch that fails replaces the progress card with the error card', async () => {
    emulator.injectFault({ target: 'api', match: 'getOffice365ActivationsUserCounts', status: 403 });

    await bot.post(personal('activations'));

    const [shown] = bot.connector.posted;
    expect(bot.connector.posted).toHaveLength(1);
    expect(bot.connector.updated.map((update) => update.activityId)).toEqual([shown?.id]);
    expect(texts(shown?.activity)[0]).toBe('The bot may not read usage reports');
    expect(shown?.activity.attachments).toEqual(answerCardsFor(bot.answered[0]!));
  });

  test('in a channel the progress card is replaced by aggregates only: no user of the tenant is named there', async () => {
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> copilot inactive D90' }));

    const [answer] = bot.answered;
    expect(answer?.conversation).toBe('channel');
    expect(answer?.reply.messages[0]).toMatchObject({ view: 'copilot-inactive', model: { rows: [] } });
    expect(bot.connector.updated).toHaveLength(1);
    expect(bot.cardsIn(CHANNEL_POST)).toEqual(answerCardsFor(answer!));
  });
});

describe('when the progress card cannot be replaced', () => {
  test('a card Teams no longer has (404) is left, and the answer comes as a new message', async () => {
    graph.stall(1);
    await bot.postOnly(personal('groups D30'));
    bot.connector.failNext(404);
    graph.release();
    await bot.app.bot.settled();

    const [answer] = bot.answered;
    expect(bot.connector.updated).toEqual([]);
    // Proactive sends go to the harness's fake sender, into the same conversation.
    expect(bot.sender.continued).toHaveLength(1);
    expect(bot.sender.continued[0]?.reference.conversation?.id).toBe(PERSONAL);
    expect(bot.sender.continued[0]?.activities.flatMap((activity) => activity.attachments)).toEqual(answerCardsFor(answer!));
  });
});

describe('a command that fails unexpectedly after its progress card', () => {
  test('has the card replaced by the "something went wrong" card, without the error text', async () => {
    const failing = await startBotHarness({
      runCommand: async (_parsed, _conversation, deps) => {
        await deps.reports.getReport('activations');
        throw new Error('secret internal detail');
      },
    });
    try {
      await failing.post(personal('activations'));
      const [shown] = failing.connector.posted;
      expect(failing.connector.posted).toHaveLength(1);
      expect(failing.connector.updated.map((update) => update.activityId)).toEqual([shown?.id]);
      expect(texts(shown?.activity)[0]).toBe('Something went wrong');
      expect(JSON.stringify(shown?.activity)).not.toContain('secret internal detail');
      expect(failing.logs.some((line) => line.includes('command failed after its progress card'))).toBe(true);
    } finally {
      await failing.close();
    }
  });
});

describe('the progress card', () => {
  test('names the report, the share downloaded, the rows read against the last copy, and the command it answers', () => {
    const card = cardOf(renderReplyMessage({ view: 'progress', model: PROGRESS_HALFWAY }, { locale: 'en-US' }));
    expect(visibleTexts(card)).toEqual([
      '⏳ Fetching Microsoft 365 Copilot usage user detail',
      'Downloading · 45 % · 180,043 of about 400,097 rows read',
      'This card becomes the answer to "copilot inactive D90" when the data is in.',
    ]);
  });

  test('without a stated size it counts bytes, in the asker’s locale and language', () => {
    const { totalBytes: _totalBytes, previousRows: _previousRows, ...progress } = PROGRESS_HALFWAY.progress;
    const card = cardOf(renderReplyMessage({ view: 'progress', model: { ...PROGRESS_HALFWAY, progress } }, { locale: 'de-DE' }));
    expect(visibleTexts(card)[1]).toBe('Download · 43\u00a0MB · 180.043 Zeilen gelesen');
  });

  test('a read of the directory, page by page without a byte count, counts the users read', () => {
    const progress = { report: 'directory-users', title: 'the directory (department, country and office of every user)', phase: 'downloading', bytes: 0, rows: 1998, previousRows: 2067 } as const;
    const card = cardOf(renderReplyMessage({ view: 'progress', model: { progress, command: 'copilot summary D30' } }, { locale: 'en-US' }));
    expect(visibleTexts(card).slice(0, 2)).toEqual(['⏳ Fetching the directory (department, country and office of every user)', 'Downloading · 1,998 of about 2,067 users read']);
  });
});

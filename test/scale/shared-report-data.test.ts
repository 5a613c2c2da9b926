/**
 * Three real bot processes on one blob container (Azurite) and one Graph emulator: report data is
 * downloaded once per report and refresh among them and answered everywhere, and a CSV offered by one
 * instance is uploaded by another when the user's Allow lands there.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../../src/emulator/graph-emulator.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { startRecordingConnector, type RecordingConnector } from '../support/bot-harness.js';
import { deliverActivity, startBotProcess, waitFor, type BotProcess } from '../support/bot-processes.js';
import { startFakeUploadServer, type FakeUploadServer } from '../support/fake-upload-server.js';
import { consentCards, fileConsentInvoke, FILE_INFO_CONTENT_TYPE, uploadInfoFor } from '../support/file-consent-activities.js';
import { playgroundActivity } from '../support/playground-activities.js';

const MONDAY_8 = Date.parse('2026-11-23T08:00:00Z');
const COMMANDS = ['copilot summary D30', 'copilot inactive D30', 'activations', 'groups D7'];
const USERS = Array.from({ length: 100 }, (_, index) => index + 1);
const objectIdOf = (user: number) => `00000000-0000-4000-8000-${String(user).padStart(12, '0')}`;

let azurite: Azurite;
let emulator: GraphEmulator;
let connector: RecordingConnector;
let uploads: FakeUploadServer;
const processes: BotProcess[] = [];

beforeAll(async () => {
  [azurite, emulator, connector, uploads] = await Promise.all([startAzurite(), startGraphEmulator({ users: 3000 }), startRecordingConnector(), startFakeUploadServer()]);
}, 90_000);

afterEach(async () => {
  await Promise.all(processes.splice(0).map((bot) => bot.stop()));
  connector.posted.length = 0;
});

afterAll(async () => {
  await Promise.all([azurite?.close(), emulator?.close(), connector?.close(), uploads?.close()]);
});

async function startBots(count: number, container: string): Promise<BotProcess[]> {
  const env = { ...azurite.stateEnv(container), GRAPH_BASE_URL: emulator.url, ALLOWED_USER_IDS: USERS.map(objectIdOf).join(',') };
  const started = await Promise.all(Array.from({ length: count }, () => startBotProcess(env, MONDAY_8)));
  processes.push(...started);
  return started;
}

/** A personal-chat message from user `user`, as Teams sends it, posted to `bot`. */
async function say(bot: BotProcess, user: number, text: string, id = `m-${user}-${Math.random().toString(36).slice(2)}`): Promise<void> {
  const activity = playgroundActivity('message-personal', {
    id,
    text,
    serviceUrl: connector.url,
    conversation: { id: `a:personal-${user}`, conversationType: 'personal' },
    from: { id: `29:user-${user}`, aadObjectId: objectIdOf(user), name: `User ${user}` },
  });
  await deliverActivity(bot, activity);
}

/** What `user`'s chat shows now: each card's JSON (updates applied). */
function cardsOf(user: number): string[] {
  return connector.posted.filter((posted) => posted.conversationId === `a:personal-${user}`).flatMap((posted) => (posted.activity.attachments ?? []).map((attachment) => JSON.stringify(attachment.content)));
}

/** Graph API calls per report function since `since` (downloads of the CSV files are not API calls). */
function callsPerFunction(since: number): Record<string, number> {
  const calls: Record<string, number> = {};
  for (const request of emulator.requests.slice(since)) {
    if (request.kind === 'api' && request.functionName) calls[request.functionName] = (calls[request.functionName] ?? 0) + 1;
  }
  return calls;
}

describe('report data shared by three bot processes', () => {
  test('100 concurrent commands spread over three instances: one Graph request per report, and every user answered', async () => {
    const bots = await startBots(3, 'shared-reports');
    const since = emulator.requests.length;
    const users = USERS;
    await Promise.all(users.map((user) => say(bots[user % bots.length]!, user, COMMANDS[user % COMMANDS.length]!)));

    // Each chat ends with its answer: the progress card (if there was one) replaced, nothing fetching any more.
    await waitFor('every user answered', async () => users.every((user) => cardsOf(user).length > 0 && cardsOf(user).every((card) => !card.includes('⏳ Fetching'))));
    const { subscribedSkus = 0, ...calls } = callsPerFunction(since);
    expect(Object.keys(calls)).toHaveLength(COMMANDS.length);
    expect(Object.values(calls)).toEqual(COMMANDS.map(() => 1));
    // The idle seats of copilot inactive read the live licence counts too: not a report, at most once per instance.
    expect(subscribedSkus).toBeGreaterThan(0);
    expect(subscribedSkus).toBeLessThanOrEqual(bots.length);
    for (const user of users) expect(cardsOf(user).join('\n'), `user ${user}`).not.toContain('Something went wrong');
  }, 240_000);

  test('a CSV offered by one instance is uploaded by another when the Allow lands there, from the shared rows', async () => {
    const [offering, accepting] = await startBots(2, 'shared-exports');
    await say(offering!, 7, 'csv copilot users D30');
    await waitFor('the consent card', async () => connector.posted.some((posted) => consentCards(posted.activity.attachments ?? []).length > 0));
    const [card] = connector.posted.flatMap((posted) => consentCards(posted.activity.attachments ?? []));
    const since = emulator.requests.length;
    const session = uploads.session();
    const accept = fileConsentInvoke('accept', card!.content.acceptContext, uploadInfoFor(session.url, card!.name!), {
      serviceUrl: connector.url,
      conversation: { id: 'a:personal-7', conversationType: 'personal' },
      from: { id: '29:user-7', aadObjectId: objectIdOf(7), name: 'User 7' },
    });
    await deliverActivity(accepting!, accept);

    await waitFor('the file info card', async () =>
      connector.posted.some((posted) => (posted.activity.attachments ?? []).some((attachment) => attachment.contentType === FILE_INFO_CONTENT_TYPE)),
    );
    expect(session.completed).toBe(true);
    const text = session.received().toString('utf8');
    expect(text.split('\r\n').filter(Boolean).length).toBeGreaterThan(100);
    expect(callsPerFunction(since)).toEqual({});
  }, 240_000);
});

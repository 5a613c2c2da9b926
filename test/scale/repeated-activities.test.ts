/**
 * Teams sends an activity again when a bot was slow to answer, and behind a load balancer the retry may
 * reach another instance; so may a second click on a card. Two real bot processes on one blob store
 * (Azurite), one Graph emulator behind a gate and one recording Bot Connector, all on loopback: the user
 * gets exactly one answer, one upload.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ACTIVITY_CLAIM_PREFIX } from '../../src/bot/activity-claims.js';
import { startGraphEmulator, type GraphEmulator } from '../../src/emulator/graph-emulator.js';
import { BlobStateStore } from '../../src/store/blob-state-store.js';
import { createContainerClient } from '../../src/store/blob-container.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { startRecordingConnector, type RecordingConnector } from '../support/bot-harness.js';
import { consentCards, fileConsentInvoke, uploadInfoFor } from '../support/file-consent-activities.js';
import { startFakeUploadServer, type FakeUploadServer } from '../support/fake-upload-server.js';
import { deliverActivity, startBotProcess, waitFor, type BotProcess } from '../support/bot-processes.js';
import { startGateProxy, type GateProxy } from '../support/gate-proxy.js';
import { playgroundActivity } from '../support/playground-activities.js';

const PERSONAL = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';

let azurite: Azurite;
let emulator: GraphEmulator;
let graph: GateProxy;
let connector: RecordingConnector;
let uploads: FakeUploadServer;
const processes: BotProcess[] = [];

beforeAll(async () => {
  [azurite, emulator, connector, uploads] = await Promise.all([startAzurite(), startGraphEmulator({ users: 200 }), startRecordingConnector(), startFakeUploadServer()]);
  graph = await startGateProxy(emulator.url);
}, 90_000);

afterEach(async () => {
  await Promise.all(processes.splice(0).map((bot) => bot.stop()));
  graph.release();
  connector.posted.length = 0;
  connector.updated.length = 0;
});

afterAll(async () => {
  await Promise.all([azurite?.close(), emulator?.close(), graph?.close(), connector?.close(), uploads?.close()]);
});

/** Two instances on a container of their own, and the store the test reads it through. */
async function startTwoBots(container: string): Promise<{ store: BlobStateStore; bots: BotProcess[] }> {
  const connection = { kind: 'connection-string', connectionString: azurite.connectionString } as const;
  const store = await BlobStateStore.open(createContainerClient(connection, container));
  const env = { ...azurite.stateEnv(container), GRAPH_BASE_URL: graph.url };
  const bots = await Promise.all([1, 2].map(() => startBotProcess(env, Date.now())));
  processes.push(...bots);
  return { store, bots };
}

const logged = (bot: BotProcess, message: string) => bot.logs.some((line) => line.includes(`"message":"${message}"`));
const cardTexts = () => connector.posted.map((post) => JSON.stringify(post.activity.attachments));
const graphCallsTo = (graphFunction: string) => emulator.requests.filter((request) => request.kind === 'api' && request.functionName === graphFunction).length;

describe('one activity delivered to two instances', () => {
  test('a retry that reaches the other instance while the first waits for Graph starts no fetch and gets no second answer', async () => {
    const { store, bots } = await startTwoBots('retry-elsewhere');
    const [first, second] = bots as [BotProcess, BotProcess];
    const activity = playgroundActivity('message-personal', { text: 'copilot summary D30', serviceUrl: connector.url });
    const before = graphCallsTo('getMicrosoft365CopilotUserCountSummary');

    graph.hold();
    await deliverActivity(first, activity);
    expect(cardTexts()).toEqual([expect.stringContaining('Fetching')]);
    // The same activity (same id), as Teams sends it again, lands on the other instance.
    await deliverActivity(second, activity);
    graph.release();
    await waitFor('the first instance to answer', () => logged(first, 'command answered'));

    // One message in the chat: the progress card, replaced by the answer.
    expect(connector.posted.map((post) => post.conversationId)).toEqual([PERSONAL]);
    expect(connector.updated.every((update) => update.activityId === connector.posted[0]!.id)).toBe(true);
    expect(cardTexts()[0]).not.toContain('Fetching');
    expect(cardTexts()[0]).toContain('Copilot');
    expect(logged(second, 'repeated activity ignored')).toBe(true);
    expect(logged(second, 'command answered')).toBe(false);
    expect(graphCallsTo('getMicrosoft365CopilotUserCountSummary') - before).toBe(1);
    expect(await store.list(ACTIVITY_CLAIM_PREFIX)).toHaveLength(1);
  });

  test('the same activity arriving at both instances at once is answered by exactly one of them', async () => {
    const { bots } = await startTwoBots('retry-race');
    const activity = playgroundActivity('message-personal', { text: 'help', serviceUrl: connector.url });

    // Each instance decides before it answers the HTTP request: once both have, nothing more will be posted.
    await Promise.all(bots.map((bot) => deliverActivity(bot, activity)));

    expect(connector.posted.map((post) => post.conversationId)).toEqual([PERSONAL]);
    expect(bots.filter((bot) => logged(bot, 'command answered'))).toHaveLength(1);
    expect(bots.filter((bot) => logged(bot, 'repeated activity ignored'))).toHaveLength(1);
  });
});

describe('one click, two instances', () => {
  test('a card action (Action.Execute) sent to both instances is answered by exactly one of them', async () => {
    const { bots } = await startTwoBots('card-action-race');
    const { text: _text, ...message } = playgroundActivity('message-personal', { serviceUrl: connector.url });
    const invoke = {
      ...message,
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'clicked-card',
      value: { action: { type: 'Action.Execute', verb: 'command', data: { command: 'help' } }, trigger: 'manual' },
    };

    await Promise.all(bots.map((bot) => deliverActivity(bot, invoke)));

    expect(bots.filter((bot) => logged(bot, 'command answered'))).toHaveLength(1);
    expect(bots.filter((bot) => logged(bot, 'repeated activity ignored'))).toHaveLength(1);
  });

  test('a second click on Allow that lands on the other instance uploads nothing more', async () => {
    const { bots } = await startTwoBots('file-consent-twice');
    const [first, second] = bots as [BotProcess, BotProcess];
    await deliverActivity(first, playgroundActivity('message-personal', { text: 'csv activations', serviceUrl: connector.url }));
    const [card] = consentCards(connector.posted.flatMap((post) => post.activity.attachments ?? []));
    expect(card).toBeDefined();
    const sessions = [uploads.session(), uploads.session()];
    const accept = (index: number) =>
      fileConsentInvoke('accept', card!.content.acceptContext, uploadInfoFor(sessions[index]!.url, card!.name!), { serviceUrl: connector.url });

    await deliverActivity(first, accept(0));
    await waitFor('the upload', () => logged(first, 'file uploaded'));
    await deliverActivity(second, accept(1));
    await waitFor('the second click to be seen', () => logged(second, 'file consent repeated'));

    expect(sessions[0]!.completed).toBe(true);
    expect(sessions[1]!.requests).toEqual([]);
    expect(logged(second, 'file uploaded')).toBe(false);
  });

  test('an activity from another channel than Teams leaves no claim in the shared store', async () => {
    const { store, bots } = await startTwoBots('not-teams');
    const activity = playgroundActivity('message-personal', { text: 'help', channelId: 'webchat', serviceUrl: connector.url });
    const response = await fetch(`${bots[0]!.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(response.status).toBe(403);
    expect(await store.list(ACTIVITY_CLAIM_PREFIX)).toEqual([]);
    expect(connector.posted).toEqual([]);
  });
});

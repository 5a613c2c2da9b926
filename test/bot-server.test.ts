import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { TURN_FAILED_REPLY } from '../src/bot/turn-error.js';
import { handleCommand, helpReply } from '../src/commands/handlers.js';
import { silentLogger } from '../src/logger.js';
import { startBotServer } from '../src/server.js';
import { cardFor, startBotHarness, type BotHarness } from './support/bot-harness.js';
import { playgroundActivity } from './support/playground-activities.js';

const PERSONAL = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';
const SECRET_TEXT = 'SECRET-MESSAGE-TEXT-7f3a';

describe('anonymous (no BOT_ID, loopback): the Playground set-up', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBotHarness();
  });
  afterAll(async () => {
    await bot.close();
  });
  beforeEach(() => {
    bot.connector.posted.length = 0;
    bot.answered.length = 0;
  });

  const health = async () => {
    const response = await fetch(`${bot.app.url}/healthz`);
    return { status: response.status, body: (await response.json()) };
  };

  test('GET /healthz says the bot is up and its version, nothing about authentication or data', async () => {
    expect(bot.app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await health()).toEqual({ status: 200, body: { ok: true, version: '0.1.0' } });
  });

  test('unauthenticated, only requests addressed to a loopback host are answered: another Host gets a fixed 403 and no turn', async () => {
    const request = (host: string, path: string, body?: unknown) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const { port } = new URL(bot.app.url);
        const headers = { 'content-type': 'application/json', host };
        const req = httpRequest({ host: '127.0.0.1', port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('error', reject);
        req.end(body === undefined ? undefined : JSON.stringify({ ...(body as object), serviceUrl: bot.connector.url }));
      });
    const message = playgroundActivity('message-personal', { text: 'copilot summary' });
    const refusal = JSON.stringify({ error: 'forbidden', problem: 'Without BOT_ID the bot answers requests addressed to localhost, 127.0.0.1 or [::1] only.' });
    for (const host of ['attacker.example', 'attacker.example:3978', 'localhost.attacker.example', '127.0.0.1.nip.io:3978', '10.0.0.7:3978', 'evil@127.0.0.1']) {
      expect({ host, ...(await request(host, '/api/messages', message)) }).toEqual({ host, status: 403, body: refusal });
      expect((await request(host, '/healthz')).status).toBe(403);
    }
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toEqual([]);
    for (const host of ['localhost:3978', '127.0.0.1', '127.0.0.1:3978', '[::1]:3978', 'LOCALHOST']) {
      expect({ host, status: (await request(host, '/healthz')).status }).toEqual({ host, status: 200 });
    }
    expect((await request('[::1]:3978', '/api/messages', message)).status).toBe(200);
    await bot.app.bot.settled();
    expect(bot.answered).toHaveLength(1);
  });

  test('activities without the envelope a reply needs are refused 400 before any turn, and the server carries on', async () => {
    const cases: { body: string; problem: string }[] = [
      { body: '{not json', problem: '' },
      { body: '[]', problem: 'The body is not a JSON activity object.' },
      { body: JSON.stringify({ ...playgroundActivity('message-personal'), type: undefined }), problem: 'The activity has no type.' },
      { body: JSON.stringify({ ...playgroundActivity('message-personal'), conversation: undefined }), problem: 'The activity has no conversation id.' },
      { body: JSON.stringify({ ...playgroundActivity('message-personal'), serviceUrl: undefined }), problem: 'The activity has no serviceUrl.' },
      // Unauthenticated, the bot never posts off this machine.
      {
        body: JSON.stringify(playgroundActivity('message-personal', { serviceUrl: 'https://attacker.example/' })),
        problem: 'Without authentication the serviceUrl must be on this machine (loopback).',
      },
    ];
    for (const { body, problem } of cases) {
      const response = await fetch(`${bot.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
      if (problem) expect(await response.json()).toMatchObject({ problem });
    }
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toEqual([]);
    expect((await health()).status).toBe(200);
  });

  test('a handler that throws: the turn error is logged without the text and answered with the error card', async () => {
    const failing = await startBotHarness({
      runCommand: async (parsed, conversation, deps) => {
        if (parsed.command.name === 'help') return handleCommand(parsed, conversation, deps);
        throw Object.assign(new TypeError(`cannot read ${SECRET_TEXT}`), { code: 'E_BROKEN' });
      },
    });
    try {
      const response = await failing.post(playgroundActivity('message-personal', { text: `copilot summary ${SECRET_TEXT}` }));
      expect(response.status).toBe(200);
      // The text is no period, so it was "not understood"; a real command reaches the failing handler.
      await failing.post(playgroundActivity('message-personal', { text: 'copilot summary' }));
      expect(failing.cardsIn(PERSONAL).at(-1)).toEqual(cardFor(TURN_FAILED_REPLY.messages[0]!));
      const failure = failing.logs.find((line) => line.includes('turn failed'));
      expect(JSON.parse(failure!)).toMatchObject({
        level: 'error',
        errorName: 'TypeError',
        errorCode: 'E_BROKEN',
        activityType: 'message',
        conversationType: 'personal',
      });
      expect(failing.logs.join('\n')).not.toContain(SECRET_TEXT);
      // The process and the server are still there.
      failing.connector.posted.length = 0;
      await failing.post(playgroundActivity('message-personal', { text: 'help' }));
      expect(failing.cardsIn(PERSONAL)).toEqual(helpReply().messages.map(cardFor));
    } finally {
      await failing.close();
    }
  });

  test('odd field types never fail a turn: a message is answered with what was wrong, other activities are logged', async () => {
    const logsBefore = bot.logs.length;
    await bot.post(playgroundActivity('conversationUpdate-personal', { membersAdded: 'everyone' }));
    expect(bot.cardsIn(PERSONAL)).toEqual([]);
    const odd: Record<string, unknown>[] = [{ text: 42 }, { locale: 5 }, { id: 5 }, { from: { id: 5 } }, { conversation: { isGroup: 'yes' } }, { channelData: { tenant: 7 } }];
    for (const fields of odd) {
      bot.connector.posted.length = 0;
      expect((await bot.post(playgroundActivity('message-personal', { text: 'help', ...fields }))).status).toBe(200);
      const [card] = bot.cardsIn(PERSONAL).map((attachment) => JSON.stringify(attachment));
      expect(card, JSON.stringify(fields)).toContain('This message could not be read');
      expect(card).toContain(`${Object.keys(fields)[0]}`);
      expect(card).toMatch(/Expected \w+, received \w+/);
    }
    const logs = bot.logs.slice(logsBefore).join('\n');
    expect(logs).toContain('activity fields not usable');
    expect(logs).not.toContain('turn failed');
    bot.connector.posted.length = 0;
    await bot.post(playgroundActivity('message-personal', { text: undefined, value: 'refresh' }));
    expect(bot.cardsIn(PERSONAL)).toHaveLength(1);
    bot.connector.posted.length = 0;
    await bot.post(playgroundActivity('message-personal', { from: undefined }));
    expect(bot.cardsIn(PERSONAL)).toEqual([cardFor({ view: 'access-denied', model: { reason: 'user', contact: undefined } })]);
    expect(bot.answered).toEqual([]);
    expect((await health()).status).toBe(200);
  });

  test('conversation ids the connector cannot take (a NUL, 9 KB) are refused at the edge and nothing is stored', async () => {
    for (const id of ['19:abc\u0000def@thread.tacv2', `19:${'x'.repeat(9_000)}@thread.tacv2`]) {
      const response = await bot.post(playgroundActivity('message-personal', { text: 'digest subscribe', conversation: { id } }));
      expect(response.status).toBe(400);
      expect(response.body).toContain('conversation id must be 1 to 1000 characters');
    }
    expect(await bot.app.digest.store.list('')).toEqual([]);
    expect(bot.answered).toEqual([]);
  });

  test('only Microsoft Teams is served: another channel is refused 403 before any turn, and nothing is stored or sent', async () => {
    const stored = await bot.app.digest.store.list('');
    const channelPost = (channelId: unknown, type = 'message') =>
      playgroundActivity(type === 'message' ? 'message-channel-mention' : 'installationUpdate-channel', { text: '<at>Usage Bot</at> digest subscribe', channelId });
    for (const channelId of ['webchat', 'directline', 'emulator', 'MSTeams', '', undefined]) {
      for (const type of ['message', 'installationUpdate']) {
        const response = await bot.post(channelPost(channelId, type));
        expect({ channelId, type, status: response.status }).toEqual({ channelId, type, status: 403 });
        expect(JSON.parse(response.body)).toEqual({ error: 'forbidden', problem: 'This bot serves Microsoft Teams only (channelId msteams).' });
      }
    }
    expect(await bot.app.digest.store.list('')).toEqual(stored);
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toEqual([]);
    // The same activities from Teams are served (the subscription is stored).
    expect((await bot.post(channelPost('msteams'))).status).toBe(200);
    expect(bot.answered.map((answer) => answer.parsed.command.name)).toEqual(['digest-subscribe']);
    expect((await bot.app.digest.store.list('')).length).toBeGreaterThan(stored.length);
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Usage Bot</at> digest unsubscribe' }));
  });

  test('the tenant is conversation.tenantId: missing, or contradicted by channelData.tenant.id, the activity is refused 400 before any turn', async () => {
    const OTHER_TENANT = '11111111-2222-3333-4444-555555555555';
    const stored = await bot.app.digest.store.list('');
    const cases = [
      // The allowed tenant in channelData only is not enough.
      { activity: playgroundActivity('message-personal', { conversation: { tenantId: undefined } }), problem: 'The activity has no conversation.tenantId, which Teams sends with every activity.' },
      { activity: playgroundActivity('message-personal', { conversation: { tenantId: '' } }), problem: 'The activity has no conversation.tenantId, which Teams sends with every activity.' },
      { activity: playgroundActivity('message-personal', { conversation: { tenantId: 7 } }), problem: 'The activity has no conversation.tenantId, which Teams sends with every activity.' },
      { activity: playgroundActivity('message-personal', { channelData: { tenant: { id: OTHER_TENANT } } }), problem: 'conversation.tenantId and channelData.tenant.id name different tenants.' },
      { activity: playgroundActivity('message-personal', { conversation: { tenantId: OTHER_TENANT } }), problem: 'conversation.tenantId and channelData.tenant.id name different tenants.' },
    ];
    for (const { activity, problem } of cases) {
      const response = await bot.post({ ...activity, text: 'copilot summary' });
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toEqual({ error: 'bad activity', problem });
    }
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toEqual([]);
    expect(await bot.app.digest.store.list('')).toEqual(stored);
  });

  test('invokes the bot does not handle get a 200 in their contract\'s shape, not a 501', async () => {
    const invoke = (name: string, value: unknown) => bot.post(playgroundActivity('message-personal', { type: 'invoke', name, value, text: undefined }));
    const action = await invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'refresh', data: {} }, trigger: 'manual' });
    expect(action.status).toBe(200);
    expect(JSON.parse(action.body)).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('help') });
    const task = await invoke('task/fetch', { data: {} });
    expect(task.status).toBe(200);
    expect(JSON.parse(task.body)).toMatchObject({ task: { type: 'message' } });
    for (const name of ['signin/verifyState', 'signin/tokenExchange', 'signin/failure', 'composeExtension/query']) {
      const response = await invoke(name, { state: '123456' });
      expect({ name, status: response.status }).toEqual({ name, status: 200 });
    }
    expect(bot.logs.join('\n')).not.toContain('turn failed');
  });

  test('nothing logged carries message text, tokens or headers', async () => {
    await bot.post(playgroundActivity('message-personal', { text: `groups ${SECRET_TEXT}` }), { authorization: `Bearer ${SECRET_TEXT}` });
    expect(bot.logs.join('\n')).not.toContain(SECRET_TEXT);
  });

  test('the server refuses to listen unauthenticated anywhere but loopback', async () => {
    await expect(
      startBotServer({
        host: '0.0.0.0',
        port: 0,
        logger: silentLogger,
        adapter: { processRequest: async () => {} },
        bot: { run: async () => {} },
        checkActivity: () => ({ ok: true }),
        health: () => ({ ok: true, version: '0' }),
      }),
    ).rejects.toThrow('Refusing to listen on 0.0.0.0 without authentication');
  });
});


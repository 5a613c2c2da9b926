import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthenticationError } from 'botframework-connector';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BOT_CONNECTOR_ISSUER, precheckAuthorization } from '../src/bot/authorization-precheck.js';
import { createBotAuthentication, createChannelClaimsValidator } from '../src/bot/bot-authentication.js';
import { TURN_FAILED_REPLY } from '../src/bot/turn-error.js';
import { handleCommand, helpReply } from '../src/commands/handlers.js';
import { systemClock } from '../src/clock.js';
import { ConfigError, PLAYGROUND_TENANT_ID, PLAYGROUND_USER_ID } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { startBotServer } from '../src/server.js';
import { answerCardsFor, cardFor, startBotHarness, type BotHarness } from './support/bot-harness.js';
import { playgroundActivity } from './support/playground-activities.js';

const PERSONAL = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';
const APP_ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
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

  test('GET /healthz answers ok, version, source and whether authentication is on, nothing else', async () => {
    expect(bot.app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await health()).toEqual({
      status: 200,
      body: { ok: true, version: '0.1.0', source: 'Graph reports emulator', authentication: false },
    });
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
        health: () => ({ ok: true, version: '0', source: 'test', authentication: false }),
      }),
    ).rejects.toThrow('Refusing to listen on 0.0.0.0 without authentication');
  });
});

/** Signs JWTs the way the Bot Connector does (RS256, kid) with a key served on loopback as its OpenID keys. */
type KeyServer = { readonly openIdMetadataUrl: string; sign(payload: object, header?: object, key?: KeyObject): string; close(): Promise<void> };

async function startKeyServer(): Promise<KeyServer> {
  const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...trusted.publicKey.export({ format: 'jwk' }), kid: 'connector-key', use: 'sig', endorsements: ['msteams'] };
  const server: Server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body = req.url === '/openidconfiguration' ? { issuer: BOT_CONNECTOR_ISSUER, jwks_uri: `${base}/keys` } : { keys: [jwk] };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    openIdMetadataUrl: `${url}/openidconfiguration`,
    sign(payload, header = {}, key = trusted.privateKey) {
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const input = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'connector-key', ...header })}.${encode(payload)}`;
      return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('authenticated (BOT_ID set): only the Bot Connector gets in', () => {
  let keys: KeyServer;
  let bot: BotHarness;
  beforeAll(async () => {
    keys = await startKeyServer();
    bot = await startBotHarness({
      env: { BOT_ID: APP_ID, BOT_PASSWORD: 'never-sent', ALLOWED_TENANT_ID: PLAYGROUND_TENANT_ID, ALLOWED_USER_IDS: PLAYGROUND_USER_ID },
      openIdMetadataUrl: keys.openIdMetadataUrl,
    });
  });
  afterAll(async () => {
    await bot?.close();
    await keys?.close();
  });
  beforeEach(() => {
    bot.answered.length = 0;
    bot.connector.posted.length = 0;
  });

  /** A personal Playground message as Teams would send it, answered in the HTTP response (expectReplies), so nothing leaves loopback. */
  const teamsMessage = (text = 'copilot summary') =>
    playgroundActivity('message-personal', { text, serviceUrl: TEAMS_SERVICE_URL, deliveryMode: 'expectReplies' });
  const validClaims = (overrides: object = {}) => ({
    iss: BOT_CONNECTOR_ISSUER,
    aud: APP_ID,
    serviceurl: TEAMS_SERVICE_URL,
    nbf: Math.floor(Math.min(Date.now(), bot.clock.now()) / 1000) - 60,
    exp: Math.floor(Math.max(Date.now(), bot.clock.now()) / 1000) + 3600,
    ...overrides,
  });

  test('healthz says authentication is on and shows no credential', async () => {
    const text = await (await fetch(`${bot.app.url}/healthz`)).text();
    expect(JSON.parse(text)).toEqual({ ok: true, version: '0.1.0', source: 'Graph reports emulator', authentication: true });
    expect(text).not.toContain('never-sent');
  });

  test('unauthenticated and forged requests get 401 before the adapter, and no turn runs', async () => {
    const expired = Math.floor(bot.clock.now() / 1000) - 600;
    const headers: Record<string, string | undefined> = {
      missing: undefined,
      basic: 'Basic dXNlcjpwYXNz',
      'two segments': 'Bearer abc.def',
      'not base64url JSON': 'Bearer abc.def.ghi',
      'alg HS256': `Bearer ${keys.sign(validClaims(), { alg: 'HS256' })}`,
      'alg none': `Bearer ${keys.sign(validClaims(), { alg: 'none' })}`,
      'Entra ID issuer': `Bearer ${keys.sign(validClaims({ iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/' }))}`,
      'another app': `Bearer ${keys.sign(validClaims({ aud: '00000000-1111-2222-3333-444444444444' }))}`,
      expired: `Bearer ${keys.sign(validClaims({ exp: expired }))}`,
    };
    for (const [name, authorization] of Object.entries(headers)) {
      const response = await bot.post(teamsMessage(), authorization === undefined ? {} : { authorization });
      expect({ name, status: response.status }).toEqual({ name, status: 401 });
    }
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toEqual([]);
    const refusals = bot.logs.filter((line) => line.includes('request refused')).map((line) => JSON.parse(line).reason as string);
    expect(refusals.slice(-9)).toEqual(['missing', 'malformed', 'malformed', 'malformed', 'algorithm', 'algorithm', 'issuer', 'audience', 'expired']);
    for (const authorization of Object.values(headers)) if (authorization) expect(bot.logs.join('\n')).not.toContain(authorization.slice(7));
  });

  test('a well-formed token the Bot Connector did not sign is refused 401 by botbuilder, and no turn runs', async () => {
    const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = keys.sign(validClaims(), {}, forger.privateKey);
    expect(precheckAuthorization(`Bearer ${forged}`, APP_ID, bot.clock.now())).toEqual({ ok: true });
    expect((await bot.post(teamsMessage(), { authorization: `Bearer ${forged}` })).status).toBe(401);
    const unknownKey = keys.sign(validClaims(), { kid: 'someone-elses-key' });
    expect((await bot.post(teamsMessage(), { authorization: `Bearer ${unknownKey}` })).status).toBe(401);
    // Signed by the Bot Connector's key, but for another service URL than the activity's.
    const elsewhere = keys.sign(validClaims({ serviceurl: 'https://smba.trafficmanager.net/emea/' }));
    expect((await bot.post(teamsMessage(), { authorization: `Bearer ${elsewhere}` })).status).toBe(401);
    expect(bot.answered).toEqual([]);
  });

  test('a token the Bot Connector signed is accepted and the turn runs', async () => {
    const response = await bot.post(teamsMessage(), { authorization: `Bearer ${keys.sign(validClaims())}` });
    expect(response.status).toBe(200);
    expect(bot.answered).toHaveLength(1);
    const replies = (JSON.parse(response.body) as { activities: { attachments: unknown[] }[] }).activities;
    expect(replies.map((reply) => reply.attachments[0])).toEqual(answerCardsFor(bot.answered[0]!));
  });

  test('authenticated, an activity must name an https service URL', async () => {
    const plain = playgroundActivity('message-personal', { serviceUrl: 'http://smba.trafficmanager.net/amer/' });
    const response = await bot.post(plain, { authorization: `Bearer ${keys.sign(validClaims({ serviceurl: 'http://smba.trafficmanager.net/amer/' }))}` });
    expect(response.status).toBe(400);
  });
});

describe('createBotAuthentication', () => {
  test('a certificate that cannot be read stops start-up naming BOT_CERTIFICATE_PATH, never its password', () => {
    const certificatePath = join(tmpdir(), 'm365-usage-bot-no-such-bot-cert.pem');
    const identity = {
      kind: 'app',
      appId: APP_ID,
      appType: 'MultiTenant',
      credential: { kind: 'certificate', certificatePath, certificatePassword: 'pem-password' },
    } as const;
    let error: unknown;
    try {
      createBotAuthentication(identity, systemClock);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ variable: 'BOT_CERTIFICATE_PATH' });
    expect((error as Error).message).toMatch(/^BOT_CERTIFICATE_PATH is .*m365-usage-bot-no-such-bot-cert\.pem, which could not be read as a PEM file/);
    expect((error as Error).message).not.toContain('pem-password');
  });
});

describe('precheckAuthorization', () => {
  const now = Date.parse('2026-11-22T08:00:00Z');
  const token = (header: object, payload: object) =>
    `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`;
  const good = { iss: BOT_CONNECTOR_ISSUER, aud: APP_ID, exp: now / 1000 + 60 };
  const header = { alg: 'RS256', kid: 'k' };

  test('passes what the Bot Connector sends, names the first thing wrong otherwise', () => {
    expect(precheckAuthorization(`Bearer ${token(header, good)}`, APP_ID, now)).toEqual({ ok: true });
    expect(precheckAuthorization(`Bearer ${token(header, { ...good, aud: APP_ID.toUpperCase() })}`, APP_ID, now)).toEqual({ ok: true });
    expect(precheckAuthorization('', APP_ID, now)).toEqual({ ok: false, reason: 'missing' });
    expect(precheckAuthorization(`bearer ${token(header, good)}`, APP_ID, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(precheckAuthorization(`Bearer ${token(header, good)}.x`, APP_ID, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(precheckAuthorization(`Bearer ${token(header, good)}`.padEnd(20_000, 'a'), APP_ID, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(precheckAuthorization(`Bearer ${token({ alg: 'RS256' }, good)}`, APP_ID, now)).toEqual({ ok: false, reason: 'algorithm' });
    expect(precheckAuthorization(`Bearer ${token(header, { ...good, exp: undefined })}`, APP_ID, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  test('tolerates the same five minutes of clock skew as botbuilder', () => {
    const at = (secondsAgo: number) => precheckAuthorization(`Bearer ${token(header, { ...good, exp: now / 1000 - secondsAgo })}`, APP_ID, now);
    expect(at(299)).toEqual({ ok: true });
    expect(at(300)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('createChannelClaimsValidator', () => {
  const validate = createChannelClaimsValidator(APP_ID);

  test('accepts Bot Connector channel tokens for this app only', async () => {
    await expect(validate([{ type: 'iss', value: BOT_CONNECTOR_ISSUER }, { type: 'aud', value: APP_ID }])).resolves.toBeUndefined();
    // botbuilder's Emulator path accepts Entra ID tokens our own app id obtained; a Teams bot does not.
    const emulator = [
      { type: 'iss', value: 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0' },
      { type: 'aud', value: APP_ID },
      { type: 'azp', value: APP_ID },
      { type: 'ver', value: '2.0' },
    ];
    await expect(validate(emulator)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(validate([{ type: 'iss', value: BOT_CONNECTOR_ISSUER }, { type: 'aud', value: 'another-app' }])).rejects.toMatchObject({
      statusCode: 401,
    });
  });
});

describe('forged tokens when the Bot Connector key host cannot be reached', () => {
  type KeyHost = { readonly url: string; readonly connections: () => number; readonly open: () => number; close(): Promise<void> };

  /** Accepts TCP connections and never answers. */
  async function startSilentHost(): Promise<KeyHost> {
    let connections = 0;
    const sockets = new Set<Socket>();
    const server = createNetServer((socket) => {
      connections += 1;
      sockets.add(socket);
      // Reads (and ignores) the request, so a client hanging up is seen; never answers.
      socket.resume();
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openidconfiguration`,
      connections: () => connections,
      open: () => sockets.size,
      close: () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          server.close(() => resolve());
        }),
    };
  }

  /** A port that refuses connections: bound once, then closed. */
  async function unreachableUrl(): Promise<string> {
    const server = createNetServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return `http://127.0.0.1:${port}/openidconfiguration`;
  }

  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  function forgedToken(now: number): string {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = { iss: BOT_CONNECTOR_ISSUER, aud: APP_ID, serviceurl: TEAMS_SERVICE_URL, nbf: Math.floor(now / 1000) - 60, exp: Math.floor(now / 1000) + 3600 };
    const input = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'unknown-key-id' })}.${encode(claims)}`;
    return `${input}.${createSign('RSA-SHA256').update(input).sign(forger.privateKey).toString('base64url')}`;
  }

  async function burst(bot: BotHarness, count: number): Promise<{ statuses: number[]; bodies: string[]; ms: number; stderr: string }> {
    const activity = playgroundActivity('message-personal', { text: 'copilot summary', serviceUrl: TEAMS_SERVICE_URL, deliveryMode: 'expectReplies' });
    const authorization = `Bearer ${forgedToken(bot.clock.now())}`;
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
    const started = performance.now();
    try {
      const responses = await Promise.all(Array.from({ length: count }, () => bot.post(activity, { authorization })));
      return { statuses: responses.map((r) => r.status), bodies: responses.map((r) => r.body), ms: performance.now() - started, stderr: written.join('') };
    } finally {
      process.stderr.write = write;
    }
  }

  const env = { BOT_ID: APP_ID, BOT_PASSWORD: 'never-sent', ALLOWED_TENANT_ID: PLAYGROUND_TENANT_ID, ALLOWED_USER_IDS: PLAYGROUND_USER_ID };

  test('unreachable key host: every forged request is a 401 at once, with no internal text and no stack', async () => {
    const bot = await startBotHarness({ env, openIdMetadataUrl: await unreachableUrl(), keyFetchTimeoutMs: 500 });
    try {
      const { statuses, bodies, ms, stderr } = await burst(bot, 20);
      expect(new Set(statuses)).toEqual(new Set([401]));
      expect(new Set(bodies)).toEqual(new Set(['{"error":"unauthorized"}']));
      expect(ms).toBeLessThan(5_000);
      expect(stderr).not.toMatch(/\n\s+at |ECONNREFUSED|getaddrinfo/);
      expect(bot.logs.join('\n')).toContain('signing keys not fetched');
      expect(bot.answered).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  test('silent key host: a burst of forged requests shares one bounded key fetch, all 401 within seconds, and no socket stays open', async () => {
    const host = await startSilentHost();
    const bot = await startBotHarness({ env, openIdMetadataUrl: host.url, keyFetchTimeoutMs: 500 });
    try {
      const first = await burst(bot, 60);
      expect(new Set(first.statuses)).toEqual(new Set([401]));
      expect(new Set(first.bodies)).toEqual(new Set(['{"error":"unauthorized"}']));
      expect(first.ms).toBeLessThan(5_000);
      expect(first.stderr).not.toMatch(/\n\s+at /);
      // One fetch for the whole burst (single-flight), and it was given up: the connection is closed.
      expect(host.connections()).toBe(1);
      await waitUntil(() => host.open() === 0);
      // Within the refresh interval an unknown key id does not fetch again; after it, once more.
      const second = await burst(bot, 20);
      expect(new Set(second.statuses)).toEqual(new Set([401]));
      expect(host.connections()).toBe(1);
      bot.clock.advance(5 * 60_000);
      const third = await burst(bot, 20);
      expect(new Set(third.statuses)).toEqual(new Set([401]));
      expect(host.connections()).toBe(2);
      await waitUntil(() => host.open() === 0);
      expect(bot.answered).toEqual([]);
    } finally {
      await bot.close();
      await host.close();
    }
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

/**
 * Inbound authentication with BOT_ID set, over HTTP against a stand-in for the Bot Connector's key host
 * (own key pairs, a key set with endorsements, OpenID metadata): what the Bot Connector signs for this
 * bot and activity gets a turn; everything else is a 401 before any turn runs, with a fixed body.
 */
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BOT_CONNECTOR_ISSUER, precheckAuthorization } from '../src/bot/authorization-precheck.js';
import { createBotAuthentication } from '../src/bot/bot-authentication.js';
import { ConnectorKeys } from '../src/bot/connector-keys.js';
import { verifyConnectorToken } from '../src/bot/connector-token.js';
import { systemClock } from '../src/clock.js';
import { ConfigError, PLAYGROUND_TENANT_ID, PLAYGROUND_USER_ID } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { answerCardsFor, startBotHarness, type BotHarness } from './support/bot-harness.js';
import { startKeyHost, type HostKey, type KeyHost } from './support/key-host.js';
import { playgroundActivity } from './support/playground-activities.js';

const APP_ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
const ENV = { BOT_ID: APP_ID, BOT_PASSWORD: 'never-sent', GRAPH_SOURCE: 'emulator', ALLOWED_TENANT_ID: PLAYGROUND_TENANT_ID, ALLOWED_USER_IDS: PLAYGROUND_USER_ID };
const UNAUTHORIZED = '{"error":"unauthorized"}';

/** A personal Playground message as Teams would send it, answered in the HTTP response (expectReplies), so nothing leaves loopback. */
const teamsMessage = (overrides: Record<string, unknown> = {}) =>
  playgroundActivity('message-personal', { text: 'copilot summary', serviceUrl: TEAMS_SERVICE_URL, deliveryMode: 'expectReplies', ...overrides });

/** The claims the Bot Connector puts in a token for this bot, valid at `nowMs` for an hour. */
const claimsAt = (nowMs: number, overrides: JWTPayload = {}): JWTPayload => ({
  iss: BOT_CONNECTOR_ISSUER,
  aud: APP_ID,
  serviceurl: TEAMS_SERVICE_URL,
  nbf: Math.floor(nowMs / 1000) - 60,
  exp: Math.floor(nowMs / 1000) + 3600,
  ...overrides,
});

/** `token` with its header replaced (signature kept): what a forger sends to confuse the algorithm. */
const withHeader = (token: string, header: object) => `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${token.split('.').slice(1).join('.')}`;

describe('authenticated (BOT_ID set): only the Bot Connector gets in', () => {
  let keys: KeyHost;
  let bot: BotHarness;
  let webchatKey: HostKey;
  let unendorsedKey: HostKey;
  let directLineKey: HostKey;
  beforeAll(async () => {
    keys = await startKeyHost();
    webchatKey = await keys.addKey('webchat-key', ['webchat']);
    directLineKey = await keys.addKey('directline-key', ['directline']);
    unendorsedKey = await keys.addKey('unendorsed-key');
    bot = await startBotHarness({ env: ENV, openIdMetadataUrl: keys.openIdMetadataUrl });
  });
  afterAll(async () => {
    await bot?.close();
    await keys?.close();
  });
  beforeEach(() => {
    bot.answered.length = 0;
    bot.connector.posted.length = 0;
  });

  const claims = (overrides: JWTPayload = {}) => claimsAt(bot.clock.now(), overrides);
  const post = async (token: string | undefined, activity = teamsMessage()) => bot.post(activity, token === undefined ? {} : { authorization: `Bearer ${token}` });

  test('positive control: a token the Bot Connector signed for this bot and activity is accepted and the turn runs', async () => {
    const response = await post(await keys.sign(claims()));
    expect(response.status).toBe(200);
    expect(bot.answered).toHaveLength(1);
    const replies = (JSON.parse(response.body) as { activities: { attachments: unknown[] }[] }).activities;
    expect(replies.map((reply) => reply.attachments[0])).toEqual(answerCardsFor(bot.answered[0]!));
  });

  test('what the Bot Connector never sends is refused 401 before the body is read, naming the check in the log, never the token', async () => {
    const valid = await keys.sign(claims());
    const headers: Record<string, string | undefined> = {
      missing: undefined,
      basic: 'Basic dXNlcjpwYXNz',
      'two segments': 'Bearer abc.def',
      'not base64url JSON': 'Bearer abc.def.ghi',
      'alg HS256': `Bearer ${withHeader(valid, { alg: 'HS256', typ: 'JWT', kid: 'connector-key' })}`,
      'alg none': `Bearer ${withHeader(valid, { alg: 'none', typ: 'JWT', kid: 'connector-key' })}`,
      'Entra ID issuer': `Bearer ${await keys.sign(claims({ iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/' }))}`,
      'another app': `Bearer ${await keys.sign(claims({ aud: '00000000-1111-2222-3333-444444444444' }))}`,
      expired: `Bearer ${await keys.sign(claims({ exp: Math.floor(bot.clock.now() / 1000) - 600 }))}`,
    };
    for (const [name, authorization] of Object.entries(headers)) {
      const response = await bot.post(teamsMessage(), authorization === undefined ? {} : { authorization });
      expect({ name, status: response.status, body: response.body }).toEqual({ name, status: 401, body: UNAUTHORIZED });
    }
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toEqual([]);
    const refusals = bot.logs.filter((line) => line.includes('request refused')).map((line) => JSON.parse(line).reason as string);
    expect(refusals.slice(-9)).toEqual(['missing', 'malformed', 'malformed', 'malformed', 'algorithm', 'algorithm', 'issuer', 'audience', 'expired']);
    for (const authorization of Object.values(headers)) if (authorization) expect(bot.logs.join('\n')).not.toContain(authorization.slice(7));
  });

  test('well-formed tokens the Bot Connector did not sign, or signed for something else, are refused 401 by jose, and no turn runs', async () => {
    const { privateKey: forgerKey } = await generateKeyPair('RS256');
    const nowS = Math.floor(bot.clock.now() / 1000);
    const refused: Record<string, string> = {
      // Passes the precheck: only the signature is wrong.
      'signed by another key under our kid': await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: 'connector-key' }).sign(forgerKey),
      'a key id the Bot Connector does not publish': await keys.sign(claims(), { header: { kid: 'someone-elses-key' } }),
      'another service URL': await keys.sign(claims({ serviceurl: 'https://smba.trafficmanager.net/emea/' })),
      'no service URL claim': await keys.sign(claims({ serviceurl: undefined })),
      'not valid for ten minutes yet': await keys.sign(claims({ nbf: nowS + 600 })),
      'a key endorsed for webchat only': await keys.sign(claims(), { key: webchatKey }),
      'a key without endorsements': await keys.sign(claims(), { key: unendorsedKey }),
    };
    for (const [name, token] of Object.entries(refused)) {
      expect(precheckAuthorization(`Bearer ${token}`, APP_ID, bot.clock.now()), name).toEqual({ ok: true });
      const response = await post(token);
      expect({ name, status: response.status, body: response.body }).toEqual({ name, status: 401, body: UNAUTHORIZED });
    }
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toEqual([]);
    const checks = bot.logs.filter((line) => line.includes('"reason":"token"')).map((line) => JSON.parse(line).check as string);
    expect(checks.slice(-7)).toEqual([
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      'ERR_JWKS_NO_MATCHING_KEY',
      'SERVICE_URL',
      'ERR_JWT_CLAIM_VALIDATION_FAILED serviceurl',
      'ERR_JWT_CLAIM_VALIDATION_FAILED nbf',
      'NOT_ENDORSED',
      'NOT_ENDORSED',
    ]);
  });

  test('Web Chat and Direct Line activities are refused 403 before any turn, even signed by a key endorsed for their channel', async () => {
    for (const channelId of ['webchat', 'directline']) {
      const token = await keys.sign(claims(), { key: channelId === 'webchat' ? webchatKey : directLineKey });
      const response = await post(token, teamsMessage({ channelId }));
      expect({ channelId, status: response.status }).toEqual({ channelId, status: 403 });
    }
    expect(bot.answered).toEqual([]);
    expect(bot.connector.posted).toEqual([]);
  });

  test('five minutes of clock skew are tolerated either way, as Bot Framework documents', async () => {
    const nowS = Math.floor(bot.clock.now() / 1000);
    const expiredLately = await post(await keys.sign(claims({ exp: nowS - 240 })));
    const validSoon = await post(await keys.sign(claims({ nbf: nowS + 240 })));
    // Both turns ran and were answered with the same card (the second maybe the answer kept from the first).
    const cards = (response: { body: string }) => (JSON.parse(response.body) as { activities: { attachments: unknown[] }[] }).activities.map((reply) => reply.attachments[0]);
    expect([expiredLately.status, validSoon.status]).toEqual([200, 200]);
    expect(cards(expiredLately)).toHaveLength(1);
    expect(cards(validSoon)).toEqual(cards(expiredLately));
  });

  test('a key set with odd entries (an EC key, a key without its modulus, a string) still verifies with its good key', async () => {
    const { publicKey: ecKey } = await generateKeyPair('ES256', { extractable: true });
    keys.extraEntries.push({ ...(await exportJWK(ecKey)), kid: 'ec-key', endorsements: ['msteams'] }, { kty: 'RSA', kid: 'no-modulus', e: 'AQAB' }, 'not a key');
    try {
      const fresh = await startBotHarness({ env: ENV, openIdMetadataUrl: keys.openIdMetadataUrl });
      try {
        expect((await fresh.post(teamsMessage(), { authorization: `Bearer ${await keys.sign(claimsAt(fresh.clock.now()))}` })).status).toBe(200);
        expect(fresh.answered).toHaveLength(1);
      } finally {
        await fresh.close();
      }
    } finally {
      keys.extraEntries.length = 0;
    }
  });

  test('authenticated, an activity must name an https service URL', async () => {
    const plain = teamsMessage({ serviceUrl: 'http://smba.trafficmanager.net/amer/' });
    const response = await post(await keys.sign(claims({ serviceurl: 'http://smba.trafficmanager.net/amer/' })), plain);
    expect(response.status).toBe(400);
  });
});

describe('verifyConnectorToken: RS256 only, whatever the header claims', () => {
  test('a token signed with the right key under another algorithm, or HMAC-signed with the public key, is refused', async () => {
    const host = await startKeyHost();
    try {
      const keys = new ConnectorKeys({ metadataUrl: host.openIdMetadataUrl, clock: systemClock, logger: silentLogger });
      const claims = claimsAt(Date.now());
      const expected = { appId: APP_ID, channelId: 'msteams', serviceUrl: TEAMS_SERVICE_URL, nowMs: Date.now() };
      const verify = (token: string) => verifyConnectorToken(`Bearer ${token}`, expected, keys);
      await expect(verify(await host.sign(claims))).resolves.toMatchObject({ serviceurl: TEAMS_SERVICE_URL });
      const samePrivateKey = await importJWK(await exportJWK(host.teamsKey.privateKey), 'PS256');
      const ps256 = await new SignJWT(claims).setProtectedHeader({ alg: 'PS256', kid: 'connector-key' }).sign(samePrivateKey);
      await expect(verify(ps256)).rejects.toMatchObject({ name: 'TokenRefusedError', code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
      const publicJwk = await exportJWK(host.teamsKey.publicKey);
      const hmacSecret = new TextEncoder().encode(JSON.stringify(publicJwk));
      const hs256 = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: 'connector-key' }).sign(hmacSecret);
      await expect(verify(hs256)).rejects.toMatchObject({ code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
      await expect(verifyConnectorToken(`Bearer ${await host.sign(claims)}`, { ...expected, channelId: 'webchat' }, keys)).rejects.toMatchObject({ code: 'NOT_ENDORSED' });
    } finally {
      await host.close();
    }
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

  test('tolerates the same five minutes of clock skew as the token check', () => {
    const at = (secondsAgo: number) => precheckAuthorization(`Bearer ${token(header, { ...good, exp: now / 1000 - secondsAgo })}`, APP_ID, now);
    expect(at(299)).toEqual({ ok: true });
    expect(at(300)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('forged tokens when the Bot Connector key host cannot be reached', () => {
  type SilentHost = { readonly url: string; readonly connections: () => number; readonly open: () => number; close(): Promise<void> };

  /** Accepts TCP connections and never answers. */
  async function startSilentHost(): Promise<SilentHost> {
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

  let forged: (nowMs: number) => Promise<string>;
  beforeAll(async () => {
    const { privateKey } = await generateKeyPair('RS256');
    forged = (nowMs) => new SignJWT(claimsAt(nowMs)).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'unknown-key-id' }).sign(privateKey);
  });

  async function burst(bot: BotHarness, count: number): Promise<{ statuses: number[]; bodies: string[]; ms: number; stderr: string }> {
    const activity = teamsMessage();
    const authorization = `Bearer ${await forged(bot.clock.now())}`;
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

  test('unreachable key host: every forged request is a 401 at once, with no internal text and no stack', async () => {
    const bot = await startBotHarness({ env: ENV, openIdMetadataUrl: await unreachableUrl(), keyFetchTimeoutMs: 500 });
    try {
      const { statuses, bodies, ms, stderr } = await burst(bot, 20);
      expect(new Set(statuses)).toEqual(new Set([401]));
      expect(new Set(bodies)).toEqual(new Set([UNAUTHORIZED]));
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
    const bot = await startBotHarness({ env: ENV, openIdMetadataUrl: host.url, keyFetchTimeoutMs: 500 });
    try {
      const first = await burst(bot, 60);
      expect(new Set(first.statuses)).toEqual(new Set([401]));
      expect(new Set(first.bodies)).toEqual(new Set([UNAUTHORIZED]));
      expect(first.ms).toBeLessThan(5_000);
      expect(first.stderr).not.toMatch(/\n\s+at /);
      // One fetch for the whole burst (single-flight), and it was given up: the connection is closed.
      expect(host.connections()).toBe(1);
      await waitUntil(() => host.open() === 0);
      // Within the retry interval after a failed fetch nothing is fetched again; after it, once more.
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

  test('with the keys cached, forged tokens under unknown key ids fetch nothing more and good tokens keep verifying', async () => {
    const keys = await startKeyHost();
    const bot = await startBotHarness({ env: ENV, openIdMetadataUrl: keys.openIdMetadataUrl, keyFetchTimeoutMs: 500 });
    try {
      const good = async () => (await bot.post(teamsMessage(), { authorization: `Bearer ${await keys.sign(claimsAt(bot.clock.now()))}` })).status;
      expect(await good()).toBe(200);
      expect(keys.requests).toEqual(['/openidconfiguration', '/keys']);
      const { statuses } = await burst(bot, 20);
      expect(new Set(statuses)).toEqual(new Set([401]));
      expect(await good()).toBe(200);
      // The key set was fetched for the first token only: the forged ones fell in its cooldown.
      expect(keys.requests).toEqual(['/openidconfiguration', '/keys']);
    } finally {
      await bot.close();
      await keys.close();
    }
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

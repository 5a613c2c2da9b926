/**
 * What the bot agrees to serve: without BOT_ID only local development data (never real credentials),
 * with BOT_ID never the emulator unless it is asked for, and then every card says Demo data.
 */
import { spawnSync } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Attachment } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BOT_CONNECTOR_ISSUER } from '../src/bot/authorization-precheck.js';
import { runCli } from '../src/cli.js';
import { ConfigError, loadConfig, PLAYGROUND_TENANT_ID, PLAYGROUND_USER_ID } from '../src/config.js';
import { startBotApp } from '../src/index.js';
import { silentLogger } from '../src/logger.js';
import { checkServingMode } from '../src/serving-mode.js';
import { FILE_CONSENT_CONTENT_TYPE } from '../src/views/file-cards.js';
import { startBotHarness, type BotHarness } from './support/bot-harness.js';
import { startKeyHost, type KeyHost } from './support/key-host.js';
import { playgroundActivity } from './support/playground-activities.js';
import { scratchFolder } from './support/scratch-folder.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

const APP_ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const APP = { BOT_ID: APP_ID, BOT_PASSWORD: 'never-sent', ALLOWED_TENANT_ID: PLAYGROUND_TENANT_ID, ALLOWED_USER_IDS: PLAYGROUND_USER_ID };
const CLIENT_SECRET = { GRAPH_TENANT_ID: '0a0a0a0a-0000-4000-8000-0000000000aa', GRAPH_CLIENT_ID: '0a0a0a0a-0000-4000-8000-0000000000bb', GRAPH_CLIENT_SECRET: 'graph-secret' };

/** The ConfigError `startBotApp` refuses `env` with, before it starts anything. */
async function startRefusal(env: Record<string, string>): Promise<ConfigError> {
  const error: unknown = await startBotApp(loadConfig({ PORT: '0', DATA_DIR: scratchFolder(), ...env }), { logger: silentLogger }).then(
    async (app) => {
      await app.close();
      return undefined;
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('without BOT_ID: local development only', () => {
  test('real Graph credentials refuse start-up, naming BOT_ID and the credential variables, never the secret', async () => {
    const secret = await startRefusal(CLIENT_SECRET);
    expect(secret.variable).toBe('BOT_ID');
    expect(secret.message).toMatch(/^Real Graph credentials are set \(GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET\) but BOT_ID is not/);
    expect(secret.message).toContain('Set BOT_ID with BOT_PASSWORD or BOT_CERTIFICATE_PATH');
    expect(secret.message).not.toContain('graph-secret');
    // A loopback Graph with real credentials is still a real tenant's data.
    expect((await startRefusal({ ...CLIENT_SECRET, GRAPH_BASE_URL: 'http://127.0.0.1:5995' })).variable).toBe('BOT_ID');
    expect((await startRefusal({ GRAPH_AUTH: 'managed-identity' })).message).toContain('(GRAPH_AUTH=managed-identity)');
    const certificate = { ...CLIENT_SECRET, GRAPH_CLIENT_SECRET: '', GRAPH_CLIENT_CERTIFICATE_PATH: '/run/graph.pem' };
    expect((await startRefusal(certificate)).message).toContain('(GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_CERTIFICATE_PATH)');
  });

  test('the built-in emulator and a loopback Graph with the development token are served', () => {
    for (const env of [{}, { GRAPH_SOURCE: 'emulator' }, { GRAPH_BASE_URL: 'http://127.0.0.1:5995' }]) {
      expect(() => checkServingMode(loadConfig(env))).not.toThrow();
    }
  });

  test('`npm run bot` with real credentials and no BOT_ID exits 1 with one log line naming the variables, and never listens', () => {
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', entry], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: scratchFolder(), PORT: '0', ...CLIENT_SECRET },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', message: 'configuration refused', variable: 'BOT_ID' });
    expect(result.stderr).not.toContain('graph-secret');
    expect(result.stderr).not.toContain('bot listening');
  });
});

describe('with BOT_ID: the emulator is chosen, never fallen into', () => {
  test('no Graph settings refuse start-up and say which settings are needed, or how to ask for demo data', async () => {
    const error = await startRefusal(APP);
    expect(error.variable).toBe('GRAPH_SOURCE');
    expect(error.message).toBe(
      'BOT_ID is set, so the bot answers real Teams users, but no Graph settings are. To read your tenant set GRAPH_TENANT_ID, ' +
        'GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET (or GRAPH_CLIENT_CERTIFICATE_PATH instead of the secret, or GRAPH_AUTH=managed-identity); ' +
        "to answer with the built-in emulator's demo data instead, set GRAPH_SOURCE=emulator.",
    );
  });

  describe('GRAPH_SOURCE=emulator: every card says Demo data in its header', () => {
    const TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
    let keys: KeyHost;
    let bot: BotHarness;
    beforeAll(async () => {
      keys = await startKeyHost();
      bot = await startBotHarness({ env: { ...APP, GRAPH_SOURCE: 'emulator' }, openIdMetadataUrl: keys.openIdMetadataUrl });
    });
    afterAll(async () => {
      await bot?.close();
      await keys?.close();
    });

    /** What the bot answers `text` with in a personal chat, taken from the HTTP response (expectReplies). */
    async function ask(text: string): Promise<{ text?: string; attachments?: Attachment[] }[]> {
      const nowS = Math.floor(bot.clock.now() / 1000);
      const token = await keys.sign({ iss: BOT_CONNECTOR_ISSUER, aud: APP_ID, serviceurl: TEAMS_SERVICE_URL, nbf: nowS - 60, exp: nowS + 3600 });
      const activity = playgroundActivity('message-personal', { text, serviceUrl: TEAMS_SERVICE_URL, deliveryMode: 'expectReplies' });
      const response = await bot.post(activity, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(200);
      return (JSON.parse(response.body) as { activities: { text?: string; attachments?: Attachment[] }[] }).activities;
    }

    test('the start-up log warns once that the data is the emulator\'s', () => {
      expect(bot.logs.filter((line) => line.includes('demo data'))).toHaveLength(1);
      expect(JSON.parse(bot.logs.find((line) => line.includes('demo data'))!)).toMatchObject({ level: 'warn' });
    });

    test('every report card and the digest lead with "Demo data ·"', async () => {
      const commands = [
        'copilot summary',
        'copilot users',
        'copilot inactive',
        'copilot trend',
        'copilot licenses',
        'activations',
        'groups',
        'groups inactive',
        'digest preview',
      ];
      for (const command of commands) {
        const cards = (await ask(command)).flatMap((reply) => reply.attachments ?? []).map(cardOf);
        expect(cards.length, command).toBeGreaterThan(0);
        for (const card of cards) expect({ command, title: visibleTexts(card)[0] }).toEqual({ command, title: expect.stringMatching(/^Demo data · /) });
      }
    });

    test('a CSV says Demo data on its offer and in its name, never inside the file', async () => {
      const [reply] = await ask('csv activations');
      const offer = reply?.attachments?.find((attachment) => attachment.contentType === FILE_CONSENT_CONTENT_TYPE);
      expect(offer?.name).toMatch(/^demo-activations-\d{4}-\d{2}-\d{2}\.csv$/);
      expect((offer?.content as { description: string }).description).toMatch(/^Demo data · /);
      expect(reply?.text).toMatch(/^Demo data, not your tenant's\. The file demo-activations-/);
      // The file's bytes (the terminal prints the same) carry no demo marker: a CSV is rows and headers only.
      const chunks: Buffer[] = [];
      const stdout = new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      });
      const code = await runCli(['csv', 'activations'], { stdout, stderr: new PassThrough(), env: { GRAPH_BASE_URL: bot.app.stack.graphUrl, DATA_DIR: scratchFolder() }, clock: bot.clock });
      expect(code).toBe(0);
      const csv = Buffer.concat(chunks).toString('utf8');
      expect(csv.split('\r\n').length).toBeGreaterThan(2);
      expect(csv.toLowerCase()).not.toContain('demo');
    });
  });
});

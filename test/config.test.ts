import { describe, expect, test } from 'vitest';
import { ConfigError, isLoopbackHost, loadConfig, PLAYGROUND_TENANT_ID, PLAYGROUND_USER_ID } from '../src/config.js';

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  test('with nothing configured the built-in emulator is the source', () => {
    const config = loadConfig({});
    expect(config.graph).toEqual({ source: { kind: 'emulator', explicit: false }, format: 'csv', copilotApi: 'copilot-v1' });
    expect(config.reports).toEqual({ cacheTtlMs: 30 * 60_000, csvRequestsPer10Minutes: 14, jsonRequestsPer10Minutes: 100 });
    expect(config.emulator).toEqual({ users: 2000, seed: 42, concealed: false, port: 0, tenants: [] });
    expect(Object.isFrozen(config.graph.source)).toBe(true);
  });

  test('GRAPH_SOURCE=emulator asks for the emulator, and refuses Graph settings beside it, naming them', () => {
    expect(loadConfig({ GRAPH_SOURCE: 'Emulator' }).graph.source).toEqual({ kind: 'emulator', explicit: true });
    expect(refusal({ GRAPH_SOURCE: 'emulator', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' })).toMatchObject({
      variable: 'GRAPH_SOURCE',
      message: 'GRAPH_SOURCE is emulator (demo data), but GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET are set too: unset them, or unset GRAPH_SOURCE to read Microsoft Graph.',
    });
    expect(refusal({ GRAPH_SOURCE: 'emulator', GRAPH_BASE_URL: 'http://127.0.0.1:5995' }).message).toContain('GRAPH_BASE_URL is set too: unset it');
    expect(refusal({ GRAPH_SOURCE: 'demo' }).message).toBe('GRAPH_SOURCE is "demo"; allowed: emulator, graph.');
    // GRAPH_SOURCE=graph never falls back to the emulator: without credentials Microsoft Graph cannot be read.
    expect(refusal({ GRAPH_SOURCE: 'graph' }).message).toMatch(/^GRAPH_BASE_URL is https:\/\/graph\.microsoft\.com, which needs credentials: set GRAPH_AUTH/);
  });

  test('a loopback GRAPH_BASE_URL without credentials uses the development token', () => {
    expect(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:5995/' }).graph.source).toEqual({
      kind: 'graph',
      baseUrl: 'http://127.0.0.1:5995',
      auth: { kind: 'development' },
    });
  });

  test('client-secret credentials default the base URL to Microsoft Graph', () => {
    const config = loadConfig({ GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' });
    expect(config.graph.source).toEqual({
      kind: 'graph',
      baseUrl: 'https://graph.microsoft.com',
      auth: { kind: 'client-secret', tenantId: 't', clientId: 'c', clientSecret: 's' },
    });
  });

  test('a certificate path selects certificate auth; managed identity needs no secret', () => {
    const certificate = loadConfig({ GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_CERTIFICATE_PATH: '/run/cert.pem' });
    expect(certificate.graph.source).toMatchObject({ auth: { kind: 'client-certificate', certificatePath: '/run/cert.pem' } });
    expect(loadConfig({ GRAPH_AUTH: 'managed-identity' }).graph.source).toMatchObject({
      kind: 'graph',
      auth: { kind: 'managed-identity', clientId: undefined },
    });
  });

  test('a missing credential part names the variable and the auth kind needing it', () => {
    expect(refusal({ GRAPH_AUTH: 'client-secret', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_SECRET: 's' })).toMatchObject({
      variable: 'GRAPH_CLIENT_ID',
      message: 'GRAPH_CLIENT_ID is required when GRAPH_AUTH is client-secret.',
    });
  });

  test('a remote GRAPH_BASE_URL without credentials is refused at start-up', () => {
    expect(refusal({ GRAPH_BASE_URL: 'https://graph.microsoft.us' }).message).toMatch(
      /^GRAPH_BASE_URL is https:\/\/graph\.microsoft\.us, which needs credentials: set GRAPH_AUTH/,
    );
  });

  test('plain http is allowed only on loopback, and a non-URL is named as such', () => {
    expect(refusal({ GRAPH_BASE_URL: 'http://graph.example.com', GRAPH_AUTH: 'managed-identity' }).message).toBe(
      'GRAPH_BASE_URL must be an https URL (plain http only for a loopback address), not http://graph.example.com.',
    );
    expect(refusal({ GRAPH_BASE_URL: 'graph' }).message).toBe(
      'GRAPH_BASE_URL is "graph", which is not a URL. Use for example https://graph.microsoft.com.',
    );
  });

  test('choices and numbers outside their range name the variable and what is allowed', () => {
    expect(refusal({ COPILOT_REPORT_API: 'v3' }).message).toBe('COPILOT_REPORT_API is "v3"; allowed: copilot-v1, copilot-v2, legacy-beta.');
    expect(refusal({ GRAPH_REPORT_FORMAT: 'xml' }).variable).toBe('GRAPH_REPORT_FORMAT');
    expect(refusal({ EMULATOR_USERS: '2000000' }).message).toBe('EMULATOR_USERS is "2000000"; use a whole number from 1 to 1,000,000.');
    expect(refusal({ GRAPH_CSV_REQUESTS_PER_10_MINUTES: '20' }).message).toBe(
      'GRAPH_CSV_REQUESTS_PER_10_MINUTES is "20"; use a whole number from 1 to 14.',
    );
    expect(refusal({ EMULATOR_CONCEALED: 'maybe' }).message).toBe('EMULATOR_CONCEALED is "maybe"; use true or false.');
    expect(loadConfig({ EMULATOR_USERS: '1_000_000', EMULATOR_CONCEALED: 'yes', COPILOT_REPORT_API: 'Copilot-V2' })).toMatchObject({
      emulator: { users: 1_000_000, concealed: true },
      graph: { copilotApi: 'copilot-v2' },
    });
  });
});

const APP_ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const TENANT_ID = '0a0a0a0a-0000-4000-8000-0000000000aa';
const ADMIN_ID = '0a0a0a0a-0000-4000-8000-000000000001';
/** A production bot: app id, secret, and who may use it. */
const APP = { BOT_ID: APP_ID, BOT_PASSWORD: 'secret', ALLOWED_TENANT_ID: TENANT_ID, ALLOWED_USER_IDS: ADMIN_ID };

describe('loadConfig: bot and access', () => {
  test('with nothing configured the bot is anonymous on loopback and serves only the Playground tenant and user', () => {
    const config = loadConfig({});
    expect(config.bot).toEqual({ host: '127.0.0.1', port: 3978, identity: { kind: 'anonymous' } });
    expect(config.access).toEqual({ tenantId: PLAYGROUND_TENANT_ID, userIds: [PLAYGROUND_USER_ID], contact: undefined, tenantName: 'Home' });
    // The Playground's ids are not GUIDs: 13 hex digits in the last group.
    expect(PLAYGROUND_TENANT_ID.split('-').at(-1)).toHaveLength(13);
    expect(Object.isFrozen(config.access.userIds)).toBe(true);
  });

  test('Teams Toolkit variables give an app identity; BOT_TYPE is read case-insensitively', () => {
    expect(loadConfig(APP).bot.identity).toEqual({
      kind: 'app',
      appId: APP_ID,
      appType: 'MultiTenant',
      tenantId: undefined,
      credential: { kind: 'password', password: 'secret' },
    });
    const single = loadConfig({ ...APP, BOT_TYPE: 'singletenant', BOT_TENANT_ID: TENANT_ID.toUpperCase() }).bot.identity;
    expect(single).toMatchObject({ appType: 'SingleTenant', tenantId: TENANT_ID });
    const msi = loadConfig({ ...APP, BOT_PASSWORD: '', BOT_TYPE: 'UserAssignedMsi', BOT_TENANT_ID: TENANT_ID }).bot.identity;
    expect(msi).toMatchObject({ appType: 'UserAssignedMsi', credential: { kind: 'managed-identity' } });
    const certificate = loadConfig({ ...APP, BOT_PASSWORD: '', BOT_CERTIFICATE_PATH: '/run/bot.pem' }).bot.identity;
    expect(certificate).toMatchObject({ credential: { kind: 'certificate', certificatePath: '/run/bot.pem' } });
  });

  test('bot credentials that cannot work are refused, naming the variable', () => {
    expect(refusal({ BOT_PASSWORD: 'secret' })).toMatchObject({
      variable: 'BOT_ID',
      message: "BOT_ID is required when BOT_PASSWORD is set: it names the bot's app registration.",
    });
    expect(refusal({ ...APP, BOT_PASSWORD: '' })).toMatchObject({
      variable: 'BOT_PASSWORD',
      message: 'BOT_PASSWORD (or BOT_CERTIFICATE_PATH) is required when BOT_ID is set and BOT_TYPE is MultiTenant.',
    });
    expect(refusal({ ...APP, BOT_TYPE: 'SingleTenant' })).toMatchObject({
      variable: 'BOT_TENANT_ID',
      message: 'BOT_TENANT_ID is required when BOT_TYPE is SingleTenant.',
    });
    expect(refusal({ ...APP, BOT_TYPE: 'UserAssignedMsi', BOT_TENANT_ID: TENANT_ID }).variable).toBe('BOT_PASSWORD');
    expect(refusal({ ...APP, BOT_CERTIFICATE_PATH: '/run/bot.pem' }).message).toBe('Set BOT_PASSWORD or BOT_CERTIFICATE_PATH, not both.');
    expect(refusal({ ...APP, BOT_TYPE: 'Global' }).message).toBe('BOT_TYPE is "Global"; allowed: MultiTenant, SingleTenant, UserAssignedMsi.');
    expect(refusal({ ...APP, BOT_ID: 'usage-bot' }).message).toBe(
      'BOT_ID is "usage-bot", which is not an app registration\'s client id (a GUID like 0a0a0a0a-0000-4000-8000-000000000001).',
    );
  });

  test('without a bot app id the server may only listen on loopback', () => {
    expect(refusal({ HOST: '0.0.0.0' })).toMatchObject({ variable: 'BOT_ID' });
    expect(refusal({ HOST: '0.0.0.0' }).message).toMatch(/^HOST is 0\.0\.0\.0, which is not a loopback address, and BOT_ID is not set/);
    expect(loadConfig({ HOST: '[::1]', PORT: '0' }).bot).toMatchObject({ host: '::1', port: 0 });
    expect(loadConfig({ HOST: 'localhost' }).bot.host).toBe('localhost');
    expect(loadConfig({ ...APP, HOST: '0.0.0.0' }).bot.host).toBe('0.0.0.0');
    expect(refusal({ HOST: 'not a host' }).variable).toBe('HOST');
    expect(refusal({ PORT: '70000' }).message).toBe('PORT is "70000"; use a whole number from 0 to 65,535.');
    expect([isLoopbackHost('127.0.0.2'), isLoopbackHost('::1'), isLoopbackHost('[::1]'), isLoopbackHost('10.0.0.1')]).toEqual([true, true, true, false]);
    // Only the literal name: anything under .localhost would be resolved, and resolvers differ.
    expect([isLoopbackHost('localhost'), isLoopbackHost('bot.localhost'), isLoopbackHost('::ffff:127.0.0.1')]).toEqual([true, false, false]);
    expect(() => loadConfig({ HOST: 'bot.localhost' })).toThrow(ConfigError);
  });

  test('allow-listed ids are validated loosely (the Playground\'s have 13 digits at the end), lower-cased and deduplicated', () => {
    const access = loadConfig({
      ALLOWED_TENANT_ID: PLAYGROUND_TENANT_ID,
      ALLOWED_USER_IDS: ` ${ADMIN_ID.toUpperCase()}, ${PLAYGROUND_USER_ID},,${ADMIN_ID} `,
      ACCESS_CONTACT: 'IT service desk, it@contoso.com',
    }).access;
    expect(access).toEqual({ tenantId: PLAYGROUND_TENANT_ID, userIds: [ADMIN_ID, PLAYGROUND_USER_ID], contact: 'IT service desk, it@contoso.com', tenantName: 'Home' });
    expect(refusal({ ALLOWED_USER_IDS: 'ada@contoso.com' })).toMatchObject({
      variable: 'ALLOWED_USER_IDS',
      message: 'ALLOWED_USER_IDS has "ada@contoso.com", which is not a Microsoft Entra object id (a GUID like 0a0a0a0a-0000-4000-8000-000000000001).',
    });
    // 14 digits (the Playground's bot id) is no object id.
    expect(refusal({ ALLOWED_USER_IDS: '00000000-0000-0000-0000-00000000000011' }).variable).toBe('ALLOWED_USER_IDS');
    expect(refusal({ ALLOWED_USER_IDS: ' , ' }).variable).toBe('ALLOWED_USER_IDS');
    expect(refusal({ ALLOWED_TENANT_ID: 'contoso.onmicrosoft.com' }).variable).toBe('ALLOWED_TENANT_ID');
    expect(refusal({ ACCESS_CONTACT: 'x'.repeat(201) }).variable).toBe('ACCESS_CONTACT');
  });

  test('with a bot app id the tenant falls back to BOT_TENANT_ID or GRAPH_TENANT_ID, and the user list is required', () => {
    const { ALLOWED_TENANT_ID: _tenant, ...withoutTenant } = APP;
    expect(loadConfig({ ...withoutTenant, BOT_TENANT_ID: TENANT_ID }).access.tenantId).toBe(TENANT_ID);
    expect(loadConfig({ ...withoutTenant, GRAPH_TENANT_ID: TENANT_ID, GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' }).access.tenantId).toBe(TENANT_ID);
    expect(refusal(withoutTenant)).toMatchObject({ variable: 'ALLOWED_TENANT_ID' });
    expect(refusal({ ...withoutTenant, BOT_TENANT_ID: TENANT_ID, GRAPH_TENANT_ID: APP_ID }).message).toBe(
      'ALLOWED_TENANT_ID is required: BOT_TENANT_ID and GRAPH_TENANT_ID differ, so name the tenant whose users may read the reports.',
    );
    expect(refusal({ ...APP, ALLOWED_USER_IDS: '' })).toMatchObject({
      variable: 'ALLOWED_USER_IDS',
      message:
        'ALLOWED_USER_IDS is required when BOT_ID is set: list the Microsoft Entra object ids of the admins who may use the bot, separated by commas.',
    });
  });
});

describe('loadConfig: data folder and weekly digest', () => {
  test('defaults: .data, UTC, no seat price, ten-minute lease, six-hour grace', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe('.data');
    expect(config.digest).toEqual({ defaultTimeZone: 'UTC', leaseMs: 600_000, graceMs: 21_600_000 });
    expect(Object.isFrozen(config.digest)).toBe(true);
  });

  test('every variable is read and normalized', () => {
    const config = loadConfig({
      DATA_DIR: '/var/lib/usage-bot',
      DIGEST_TIME_ZONE: 'europe/berlin',
      DIGEST_SEAT_PRICE: '30 usd',
      DIGEST_LEASE_MINUTES: '15',
      DIGEST_GRACE_HOURS: '0',
    });
    expect(config.dataDir).toBe('/var/lib/usage-bot');
    expect(config.digest).toEqual({ defaultTimeZone: 'Europe/Berlin', leaseMs: 900_000, graceMs: 0 });
    expect(config.licences.price).toEqual({ currency: 'USD', seat: 30, bySku: {} });
    expect(loadConfig({ DIGEST_SEAT_PRICE: 'EUR 28.10' }).licences.price).toEqual({ currency: 'EUR', seat: 28.1, bySku: {} });
  });

  test('bad values name the variable and what it accepts', () => {
    expect(refusal({ DIGEST_TIME_ZONE: 'Berlin' })).toMatchObject({
      variable: 'DIGEST_TIME_ZONE',
      message: 'DIGEST_TIME_ZONE is "Berlin", which is not an IANA time zone; use e.g. Europe/Berlin, America/New_York or UTC.',
    });
    for (const price of ['30', 'USD', '30 dollars', '30 XYZ', '-5 USD', '1.999 USD']) {
      expect(refusal({ DIGEST_SEAT_PRICE: price }), price).toMatchObject({
        variable: 'DIGEST_SEAT_PRICE',
        message: expect.stringContaining(`DIGEST_SEAT_PRICE is "${price}"; write an amount and an ISO 4217 currency code per seat and month`),
      });
    }
    expect(refusal({ DIGEST_LEASE_MINUTES: '0' })).toMatchObject({ variable: 'DIGEST_LEASE_MINUTES', message: 'DIGEST_LEASE_MINUTES is "0"; use a whole number from 1 to 1,440.' });
    expect(refusal({ DIGEST_GRACE_HOURS: '2.5' }).variable).toBe('DIGEST_GRACE_HOURS');
  });

  test('alerts read their sources every ALERT_CHECK_MINUTES, 15 by default', () => {
    expect(loadConfig({}).alerts).toEqual({ checkIntervalMs: 15 * 60_000 });
    expect(loadConfig({ ALERT_CHECK_MINUTES: '1' }).alerts).toEqual({ checkIntervalMs: 60_000 });
    expect(refusal({ ALERT_CHECK_MINUTES: '0' })).toMatchObject({ variable: 'ALERT_CHECK_MINUTES', message: 'ALERT_CHECK_MINUTES is "0"; use a whole number from 1 to 1,440.' });
  });
});

describe('loadConfig: the state store', () => {
  const AZURITE =
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';
  const ACCOUNT_URL = 'https://usagebot.blob.core.windows.net';

  test('files under DATA_DIR unless an Azure Storage account is configured', () => {
    expect(loadConfig({}).stateStore).toEqual({ kind: 'file' });
    expect(loadConfig({ STATE_STORE: 'file', AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL }).stateStore).toEqual({ kind: 'file' });
  });

  test('an account URL signs in with the managed identity (system-assigned, or the client id given); the container has a default', () => {
    expect(loadConfig({ AZURE_STORAGE_ACCOUNT_URL: `${ACCOUNT_URL}/` }).stateStore).toEqual({
      kind: 'blob',
      container: 'm365-usage-bot-state',
      connection: { kind: 'managed-identity', accountUrl: ACCOUNT_URL },
    });
    const clientId = '0a0a0a0a-0000-4000-8000-000000000002';
    expect(
      loadConfig({ STATE_STORE: 'BLOB', AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL, AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID: clientId, AZURE_STORAGE_CONTAINER: 'bot-state-2' })
        .stateStore,
    ).toEqual({ kind: 'blob', container: 'bot-state-2', connection: { kind: 'managed-identity', accountUrl: ACCOUNT_URL, clientId } });
  });

  test('a connection string (Azurite here) is taken as it is', () => {
    expect(loadConfig({ STATE_STORE: 'blob', AZURE_STORAGE_CONNECTION_STRING: AZURITE }).stateStore).toEqual({
      kind: 'blob',
      container: 'm365-usage-bot-state',
      connection: { kind: 'connection-string', connectionString: AZURITE },
    });
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).stateStore).toMatchObject({ kind: 'blob' });
  });

  test('bad settings fail start-up naming the variable, and never repeat the connection string', () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ STATE_STORE: 'cosmos' }, 'STATE_STORE', /^STATE_STORE is "cosmos"; allowed: file, blob\.$/],
      [{ STATE_STORE: 'blob' }, 'AZURE_STORAGE_ACCOUNT_URL', /^STATE_STORE is blob: set AZURE_STORAGE_ACCOUNT_URL .* or AZURE_STORAGE_CONNECTION_STRING\.$/],
      [{ AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL, AZURE_STORAGE_CONNECTION_STRING: AZURITE }, 'AZURE_STORAGE_ACCOUNT_URL', /not both/],
      [{ AZURE_STORAGE_ACCOUNT_URL: 'usagebot.blob.core.windows.net' }, 'AZURE_STORAGE_ACCOUNT_URL', /is not a URL/],
      [{ AZURE_STORAGE_ACCOUNT_URL: 'http://usagebot.blob.core.windows.net' }, 'AZURE_STORAGE_ACCOUNT_URL', /must be an https URL/],
      [{ AZURE_STORAGE_ACCOUNT_URL: `${ACCOUNT_URL}?sv=2025-01-05&sig=secret` }, 'AZURE_STORAGE_ACCOUNT_URL', /without a query or credentials/],
      [{ AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL, AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID: 'bot' }, 'AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID', /not a managed identity's client id/],
      [{ AZURE_STORAGE_CONNECTION_STRING: AZURITE, AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID: '0a0a0a0a-0000-4000-8000-000000000002' }, 'AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID', /with AZURE_STORAGE_ACCOUNT_URL only/],
      [{ AZURE_STORAGE_CONNECTION_STRING: 'secret-text-without-pairs' }, 'AZURE_STORAGE_CONNECTION_STRING', /is not a connection string/],
      [{ AZURE_STORAGE_CONNECTION_STRING: 'AccountName=usagebot;EndpointSuffix=core.windows.net' }, 'AZURE_STORAGE_CONNECTION_STRING', /needs AccountName with AccountKey/],
      [{ AZURE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=http;AccountName=usagebot;AccountKey=c2VjcmV0' }, 'AZURE_STORAGE_CONNECTION_STRING', /over https/],
      [{ AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL, AZURE_STORAGE_CONTAINER: 'Bot_State' }, 'AZURE_STORAGE_CONTAINER', /3 to 63 lower-case letters, digits and single hyphens/],
      [{ AZURE_STORAGE_ACCOUNT_URL: ACCOUNT_URL, AZURE_STORAGE_CONTAINER: 'bot--state' }, 'AZURE_STORAGE_CONTAINER', /single hyphens/],
    ];
    for (const [env, variable, message] of cases) {
      const error = refusal(env);
      expect(error.variable, JSON.stringify(env)).toBe(variable);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('c2VjcmV0');
      expect(error.message).not.toContain('secret');
    }
  });
});

describe('loadConfig: Copilot licence price and SKUs', () => {
  test('COPILOT_LICENSE_PRICE takes one price, prices per SKU, or both; DIGEST_SEAT_PRICE is its older name', () => {
    expect(loadConfig({ COPILOT_LICENSE_PRICE: '30 USD' }).licences).toEqual({ price: { currency: 'USD', seat: 30, bySku: {} }, extraSkuIds: [] });
    const perSku = loadConfig({ COPILOT_LICENSE_PRICE: 'Microsoft_365_Copilot=30 EUR; Microsoft_365_Copilot_EDU = 18.50 eur' });
    expect(perSku.licences.price).toEqual({ currency: 'EUR', bySku: { microsoft_365_copilot: 30, microsoft_365_copilot_edu: 18.5 } });
    const both = loadConfig({ COPILOT_LICENSE_PRICE: '28 GBP; 639dec6b-bb19-468b-871c-c5c441c4b0cb=25 GBP' });
    expect(both.licences.price).toEqual({ currency: 'GBP', seat: 28, bySku: { '639dec6b-bb19-468b-871c-c5c441c4b0cb': 25 } });
    expect(loadConfig({ DIGEST_SEAT_PRICE: '30 USD' }).licences.price).toEqual({ currency: 'USD', seat: 30, bySku: {} });
    expect(loadConfig({ DIGEST_SEAT_PRICE: '30 USD', COPILOT_LICENSE_PRICE: '30 USD' }).licences.price).toEqual({ currency: 'USD', seat: 30, bySku: {} });
    expect(loadConfig({}).licences).toEqual({ extraSkuIds: [] });
  });

  test('a price that does not parse fails start-up naming the variable and the accepted form', () => {
    const form =
      'write an amount and an ISO 4217 currency code per seat and month, e.g. 30 USD or 28.10 EUR, or prices per SKU part number or id, ' +
      'e.g. "Microsoft_365_Copilot=30 USD; Microsoft_365_Copilot_EDU=18 USD", all in one currency.';
    for (const price of ['thirty dollars', '30', '30 USD; 18 USD', 'A=30 USD; B=18 EUR', 'A=30 USD; a=31 USD', '30,50 EUR', 'X=', '30 ABC']) {
      expect(refusal({ COPILOT_LICENSE_PRICE: price }), price).toMatchObject({
        variable: 'COPILOT_LICENSE_PRICE',
        message: `COPILOT_LICENSE_PRICE is "${price}"; ${form}`,
      });
    }
    expect(refusal({ COPILOT_LICENSE_PRICE: '30 USD', DIGEST_SEAT_PRICE: '25 USD' })).toMatchObject({
      variable: 'DIGEST_SEAT_PRICE',
      message: 'DIGEST_SEAT_PRICE is the older name of COPILOT_LICENSE_PRICE and says otherwise; set only COPILOT_LICENSE_PRICE.',
    });
  });

  test('LICENSE_PRICES prices every SKU by part number or id, in one currency; COPILOT_LICENSE_PRICE joins it as its Copilot entry', () => {
    expect(loadConfig({ LICENSE_PRICES: 'SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD' }).licences.price).toEqual({
      currency: 'USD',
      bySku: { spe_e5: 57, spe_e3: 36, microsoft_365_copilot: 30 },
    });
    // Semicolons separate as well; part numbers keep their parentheses; an id names its SKU.
    expect(loadConfig({ LICENSE_PRICES: 'Microsoft_365_E3_(no_Teams)=33.75 EUR; 06ebc4ee-1bb5-47dd-8120-11324bc54e06 = EUR 54' }).licences.price).toEqual({
      currency: 'EUR',
      bySku: { 'microsoft_365_e3_(no_teams)': 33.75, '06ebc4ee-1bb5-47dd-8120-11324bc54e06': 54 },
    });
    // The Copilot price covers the Copilot SKUs LICENSE_PRICES does not name; both may name one if they agree.
    expect(loadConfig({ LICENSE_PRICES: 'SPE_E5=57 USD', COPILOT_LICENSE_PRICE: '30 USD' }).licences.price).toEqual({ currency: 'USD', seat: 30, bySku: { spe_e5: 57 } });
    expect(loadConfig({ LICENSE_PRICES: 'SPE_E5=57 USD, Microsoft_365_Copilot=30 USD', COPILOT_LICENSE_PRICE: '30 USD' }).licences.price).toEqual({
      currency: 'USD',
      seat: 30,
      bySku: { spe_e5: 57, microsoft_365_copilot: 30 },
    });
  });

  test('LICENSE_PRICES that does not parse, or prices a Copilot SKU otherwise than COPILOT_LICENSE_PRICE, stops start-up naming it', () => {
    const form =
      'Write SKU=price entries separated by commas, each SKU a part number or id and each price an amount and an ISO 4217 currency code per seat ' +
      'and month, all in one currency, e.g. "SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD".';
    const problems: [string, string][] = [
      ['57 USD', '"57 USD" names no SKU'],
      ['SPE_E5=57', '"SPE_E5=57" is not a price'],
      ['SPE_E5=57 USD, SPE_E3=36 EUR', 'it mixes currencies (USD and EUR)'],
      ['SPE_E5=57 USD, spe_e5=50 USD', 'it prices spe_e5 twice'],
      ['SPE_E5=57 XYZ', '"SPE_E5=57 XYZ" names no ISO 4217 currency'],
      // A decimal comma splits the entry: its first half has no currency.
      ['SPE_E5=57,50 EUR', '"SPE_E5=57" is not a price'],
      [',', 'it has no price'],
    ];
    for (const [value, problem] of problems) {
      expect(refusal({ LICENSE_PRICES: value }), value).toMatchObject({ variable: 'LICENSE_PRICES', message: `LICENSE_PRICES is "${value}": ${problem}. ${form}` });
    }
    expect(refusal({ LICENSE_PRICES: 'Microsoft_365_Copilot=28 USD', COPILOT_LICENSE_PRICE: '30 USD' })).toMatchObject({
      variable: 'LICENSE_PRICES',
      message: 'LICENSE_PRICES prices microsoft_365_copilot at 28 USD and COPILOT_LICENSE_PRICE at 30 USD; a Copilot SKU has one price: give it in one of them, or the same in both.',
    });
    expect(refusal({ LICENSE_PRICES: 'SPE_E5=57 USD', COPILOT_LICENSE_PRICE: '30 EUR' })).toMatchObject({
      variable: 'LICENSE_PRICES',
      message: 'LICENSE_PRICES is in USD and COPILOT_LICENSE_PRICE in EUR; give every price in one currency, so idle spend adds up.',
    });
  });

  test('COPILOT_SKU_IDS lists SKU ids, lower-cased and deduplicated; anything else is named', () => {
    const id = 'A1B2C3D4-0000-4000-8000-000000000001';
    expect(loadConfig({ COPILOT_SKU_IDS: `${id}, ${id.toLowerCase()}` }).licences.extraSkuIds).toEqual([id.toLowerCase()]);
    expect(refusal({ COPILOT_SKU_IDS: `${id}, Microsoft_365_Copilot` })).toMatchObject({
      variable: 'COPILOT_SKU_IDS',
      message: `COPILOT_SKU_IDS has "Microsoft_365_Copilot", which is not a SKU id; list SKU ids (GUIDs like 0a0a0a0a-0000-4000-8000-000000000001) separated by commas.`,
    });
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthenticationError, CredentialUnavailableError, type TokenCredential } from '@azure/identity';
import { describe, expect, test } from 'vitest';
import { startGraphEmulator } from '../src/emulator/graph-emulator.js';
import {
  DEVELOPMENT_TOKEN,
  authorityHostFor,
  consentUrlFor,
  createTokenProvider,
  createTokenProviderFromCredential,
  createTokenSource,
  graphScopeFor,
  isLoopbackUrl,
} from '../src/reports/graph-token.js';
import { GraphReportError } from '../src/reports/report-errors.js';
import { createFakeClock } from './support/fake-clock.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = '66666666-7777-8888-9999-000000000000';
const SECRET = 'Zx8Q~very-secret-value~do-not-leak';
const secretAuth = { kind: 'client-secret', tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET } as const;

async function captureError(run: () => unknown): Promise<GraphReportError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphReportError);
    return error as GraphReportError;
  }
  throw new Error('expected a GraphReportError, nothing was thrown');
}

function fakeCredential(getToken: TokenCredential['getToken']): TokenCredential & { scopes: unknown[] } {
  const scopes: unknown[] = [];
  return {
    scopes,
    getToken: (scope, options) => {
      scopes.push(scope);
      return getToken(scope, options);
    },
  };
}

describe('isLoopbackUrl', () => {
  test.each([
    ['http://127.0.0.1:3978', true],
    ['http://127.45.6.7/graph', true],
    ['http://localhost:8080', true],
    ['http://LOCALHOST', true],
    ['http://graph.localhost', false],
    ['http://localhost.', false],
    ['http://0x7f000001:8080', true],
    ['http://[::1]:3000', true],
    ['http://[::ffff:127.0.0.1]:3000', false],
    ['https://graph.microsoft.com', false],
    ['http://128.0.0.1', false],
    ['http://127.0.0.1.evil.example', false],
    ['http://localhost.evil.example', false],
    ['http://[::2]', false],
    ['http://0.0.0.0:3978', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});

describe('national clouds', () => {
  test('the scope is the Graph origin’s .default, so each cloud gets its own audience', () => {
    expect(graphScopeFor('https://graph.microsoft.com')).toBe('https://graph.microsoft.com/.default');
    expect(graphScopeFor('https://graph.microsoft.us/')).toBe('https://graph.microsoft.us/.default');
    expect(graphScopeFor('https://microsoftgraph.chinacloudapi.cn/v1.0')).toBe(
      'https://microsoftgraph.chinacloudapi.cn/.default',
    );
  });

  test('sign-in goes to the matching Entra ID host', () => {
    expect(authorityHostFor('https://graph.microsoft.com')).toBe('https://login.microsoftonline.com');
    expect(authorityHostFor('https://dod-graph.microsoft.us')).toBe('https://login.microsoftonline.us');
    expect(authorityHostFor('https://microsoftgraph.chinacloudapi.cn')).toBe('https://login.chinacloudapi.cn');
    expect(authorityHostFor('http://127.0.0.1:3000')).toBeUndefined();
  });
});

describe('development token', () => {
  test('is handed out for a loopback Graph', async () => {
    await expect(createTokenProvider({ kind: 'development' }, 'http://127.0.0.1:3979').getToken()).resolves.toBe(
      DEVELOPMENT_TOKEN,
    );
  });

  test('is refused at creation for any other host, saying what to configure', async () => {
    const error = await captureError(() => createTokenProvider({ kind: 'development' }, 'https://graph.microsoft.com'));
    expect(error.code).toBe('TOKEN');
    expect(error.message).toMatch(/development token only works with a Graph emulator on this machine/);
    expect(error.message).toMatch(/https:\/\/graph\.microsoft\.com/);
    expect(error.message).toMatch(/client secret, a client certificate or a managed identity/);
  });
});

describe('credentials from @azure/identity', () => {
  test('empty settings fail at creation, naming the setting but never the secret', async () => {
    const error = await captureError(() =>
      createTokenProvider({ ...secretAuth, clientId: ' ', clientSecret: '' }, 'https://graph.microsoft.com'),
    );
    expect(error.code).toBe('TOKEN');
    expect(error.message).toMatch(/the settings clientId, clientSecret are empty/);
    expect(error.request).toEqual({
      method: 'POST',
      url: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
    });
  });

  test('a malformed tenant id fails at creation with the library’s reason and our hint', async () => {
    const error = await captureError(() =>
      createTokenProvider({ ...secretAuth, tenantId: 'contoso tenant!' }, 'https://graph.microsoft.com'),
    );
    expect(error.code).toBe('TOKEN');
    expect(error.message).toMatch(/client-secret sign-in \(Error: Invalid tenant id provided/);
    expect(error.message).toMatch(/Check the tenant id and client id/);
    expect(error.message).not.toContain(SECRET);
  });

  test('a certificate file that does not exist is named, its password is not', async () => {
    const certificatePath = join(tmpdir(), 'm365-usage-bot-no-such-cert.pem');
    const provider = createTokenProvider(
      { kind: 'client-certificate', tenantId: TENANT, clientId: CLIENT, certificatePath, certificatePassword: 'pfx-password' },
      'https://graph.microsoft.com',
    );
    const error = await captureError(() => provider.getToken());
    expect(error.code).toBe('TOKEN');
    expect(error.message).toContain(`(no file at ${certificatePath})`);
    expect(error.message).toMatch(/PEM file holding the certificate and its private key/);
    expect(error.message).not.toContain('pfx-password');
  });

  test('a certificate file that is not PEM is reported as such', async () => {
    const certificatePath = join(mkdtempSync(join(tmpdir(), 'graph-token-')), 'not-a-cert.pem');
    writeFileSync(certificatePath, 'hello');
    const provider = createTokenProvider(
      { kind: 'client-certificate', tenantId: TENANT, clientId: CLIENT, certificatePath },
      'https://graph.microsoft.com',
    );
    const error = await captureError(() => provider.getToken());
    expect(error.message).toMatch(/does not contain a PEM-encoded certificate/);
  });

  test('asks the credential for the Graph scope and returns the bare token', async () => {
    const credential = fakeCredential(async () => ({ token: 'eyJ.token', expiresOnTimestamp: Date.now() + 3_600_000 }));
    const provider = createTokenProviderFromCredential(credential, 'https://graph.microsoft.us/.default', secretAuth);
    await expect(provider.getToken()).resolves.toBe('eyJ.token');
    expect(credential.scopes).toEqual(['https://graph.microsoft.us/.default']);
  });

  test('an Entra ID refusal keeps the AADSTS code and first sentence, not trace ids or secrets', async () => {
    const credential = fakeCredential(async () => {
      throw new AuthenticationError(401, {
        error: 'invalid_client',
        error_description:
          `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent is the value, not the id ` +
          `(${SECRET}). Trace ID: 0a1b Correlation ID: 2c3d Timestamp: 2025-03-04 10:00:00Z`,
      });
    });
    const provider = createTokenProviderFromCredential(credential, 'https://graph.microsoft.com/.default', secretAuth);
    const error = await captureError(() => provider.getToken());
    expect(error.code).toBe('TOKEN');
    expect(error.message).toMatch(/client-secret sign-in \(AADSTS7000215: Invalid client secret provided\.\)/);
    expect(error.message).toMatch(/secret's value \(not its id\) and has not expired/);
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain('Trace ID');
  });

  test('a configured secret echoed by a library is masked', async () => {
    const credential = fakeCredential(async () => {
      throw new Error(`request failed with client_secret=${SECRET}`);
    });
    const provider = createTokenProviderFromCredential(credential, 'https://graph.microsoft.com/.default', secretAuth);
    const error = await captureError(() => provider.getToken());
    expect(error.message).toContain('client_secret=***');
    expect(error.message).not.toContain(SECRET);
  });

  test('a managed identity that is not there says how to attach one', async () => {
    const credential = fakeCredential(async () => {
      throw new CredentialUnavailableError('ManagedIdentityCredential: no managed identity endpoint found.');
    });
    const auth = { kind: 'managed-identity', clientId: CLIENT } as const;
    const error = await captureError(() =>
      createTokenProviderFromCredential(credential, 'https://graph.microsoft.com/.default', auth).getToken(),
    );
    expect(error.message).toMatch(/managed-identity sign-in \(CredentialUnavailableError: ManagedIdentityCredential: no managed identity/);
    expect(error.message).toContain(`user-assigned managed identity with client id ${CLIENT} is attached`);
  });

  test('a credential that returns no token is an error, not an empty bearer', async () => {
    const credential = fakeCredential(async () => null);
    const provider = createTokenProviderFromCredential(credential, 'https://graph.microsoft.com/.default', secretAuth);
    const error = await captureError(() => provider.getToken());
    expect(error.message).toMatch(/\(Entra ID returned no token\)/);
  });

  test('a managed identity provider is created without any network call', () => {
    expect(createTokenProvider({ kind: 'managed-identity' }, 'https://graph.microsoft.com')).toHaveProperty('getToken');
  });
});

describe('tokens per tenant: one app for every customer tenant that consented to it', () => {
  const CUSTOMER = '0c0c0c0c-1111-4222-8333-444444444444';

  test('a customer tenant’s token is asked for in that tenant; the own tenant’s without naming one', async () => {
    const asked: unknown[] = [];
    const credential: TokenCredential = {
      getToken: async (_scope, options) => {
        asked.push(options?.tenantId);
        return { token: `token-of-${options?.tenantId ?? 'home'}`, expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    const own = createTokenProviderFromCredential(credential, 'https://graph.microsoft.com/.default', secretAuth);
    const customer = createTokenProviderFromCredential(credential, 'https://graph.microsoft.com/.default', secretAuth, undefined, CUSTOMER);
    expect(await customer.getToken()).toBe(`token-of-${CUSTOMER}`);
    expect(await own.getToken()).toBe('token-of-home');
    expect(asked).toEqual([CUSTOMER, undefined]);
  });

  test('a customer tenant that has not consented is told where its admin grants consent', async () => {
    const credential = fakeCredential(async () => {
      throw new AuthenticationError(400, {
        error: 'unauthorized_client',
        error_description: `AADSTS700016: Application with identifier '${CLIENT}' was not found in the directory '${CUSTOMER}'. This can happen if the application has not been installed.`,
      });
    });
    const error = await captureError(() => createTokenProviderFromCredential(credential, 'https://graph.microsoft.com/.default', secretAuth, undefined, CUSTOMER).getToken());
    expect(error.message).toContain(`Could not get an access token for Microsoft Graph in tenant ${CUSTOMER} with the client-secret sign-in (AADSTS700016:`);
    expect(error.message).toContain(`An admin of that tenant grants the app its permissions once, at https://login.microsoftonline.com/${CUSTOMER}/adminconsent?client_id=${CLIENT}.`);
  });

  test('a plain managed identity reads its own tenant only, and says so for any other', async () => {
    const source = createTokenSource({ kind: 'managed-identity' }, 'https://graph.microsoft.com');
    const error = await captureError(() => source.forTenant(CUSTOMER).getToken());
    expect(error.message).toContain(`a managed identity signs in to its own tenant only, not to ${CUSTOMER}`);
  });

  test('the consent page: Entra ID’s for the app (in its cloud), the emulator’s in development, none for a plain managed identity', () => {
    expect(consentUrlFor(secretAuth, 'https://graph.microsoft.com', CUSTOMER)).toBe(`https://login.microsoftonline.com/${CUSTOMER}/adminconsent?client_id=${CLIENT}`);
    const federated = { kind: 'managed-identity-federated', tenantId: TENANT, clientId: CLIENT } as const;
    expect(consentUrlFor(federated, 'https://graph.microsoft.us', CUSTOMER)).toBe(`https://login.microsoftonline.us/${CUSTOMER}/adminconsent?client_id=${CLIENT}`);
    expect(consentUrlFor({ kind: 'development' }, 'http://127.0.0.1:4000', CUSTOMER)).toBe(`http://127.0.0.1:4000/${CUSTOMER}/adminconsent?client_id=m365-usage-bot-development`);
    expect(consentUrlFor({ kind: 'managed-identity' }, 'https://graph.microsoft.com', CUSTOMER)).toBeUndefined();
  });

  test('in development a customer tenant’s token comes from the emulator’s token endpoint, once until it nears expiry; an unknown tenant is named', async () => {
    const clock = createFakeClock('2026-11-22T08:00:00Z');
    const emulator = await startGraphEmulator({ users: 20, clock, tenants: [{ name: 'contoso', users: 30, permissions: ['Reports.Read.All'] }] });
    try {
      const contoso = emulator.tenants[0]!.id;
      const source = createTokenSource({ kind: 'development' }, emulator.url, clock);
      expect(await source.forTenant().getToken()).toBe(DEVELOPMENT_TOKEN);
      const provider = source.forTenant(contoso);
      const token = await provider.getToken();
      expect(await provider.getToken()).toBe(token);
      clock.advance(59 * 60_000);
      expect(await provider.getToken()).not.toBe(token);
      expect(emulator.requests.map((request) => `${request.kind} ${request.tenant} ${request.status}`)).toEqual(['token contoso 200', 'token contoso 200']);
      const error = await captureError(() => source.forTenant(CUSTOMER).getToken());
      expect(error.message).toBe(`Could not get a development token for tenant ${CUSTOMER} from the emulator (AADSTS90002: Tenant '${CUSTOMER}' not found.).`);
    } finally {
      await emulator.close();
    }
  });
});

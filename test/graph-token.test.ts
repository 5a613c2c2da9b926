import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthenticationError, CredentialUnavailableError, type TokenCredential } from '@azure/identity';
import { describe, expect, test } from 'vitest';
import {
  DEVELOPMENT_TOKEN,
  authorityHostFor,
  createTokenProvider,
  createTokenProviderFromCredential,
  graphScopeFor,
  isLoopbackUrl,
} from '../src/reports/graph-token.js';
import { GraphReportError } from '../src/reports/report-errors.js';

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

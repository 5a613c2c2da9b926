import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

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
    expect(config.graph).toEqual({ source: { kind: 'emulator' }, format: 'csv', copilotApi: 'copilot-v1' });
    expect(config.reports).toEqual({ cacheTtlMs: 30 * 60_000, csvRequestsPer10Minutes: 14, jsonRequestsPer10Minutes: 100 });
    expect(config.emulator).toEqual({ users: 2000, seed: 42, concealed: false, port: 0 });
    expect(Object.isFrozen(config.graph.source)).toBe(true);
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

/**
 * Reads `process.env` once into a typed, frozen object. Every bad or missing value fails start-up
 * with a message naming the variable and what it accepts, so a misconfiguration is found at boot
 * rather than at the first admin's question.
 */
import { isLoopbackUrl, type GraphAuth } from './reports/graph-token.js';
import { COPILOT_REPORT_APIS, type CopilotReportApi } from './reports/report-request.js';

export type GraphSource =
  /** No credentials and no GRAPH_BASE_URL: the built-in emulator is started on loopback. */
  | { readonly kind: 'emulator' }
  | { readonly kind: 'graph'; readonly baseUrl: string; readonly auth: GraphAuth };

export type Config = {
  readonly graph: {
    readonly source: GraphSource;
    readonly format: 'csv' | 'json';
    readonly copilotApi: CopilotReportApi;
  };
  readonly reports: {
    readonly cacheTtlMs: number;
    readonly csvRequestsPer10Minutes: number;
    readonly jsonRequestsPer10Minutes: number;
  };
  readonly emulator: {
    readonly users: number;
    readonly seed: number;
    readonly concealed: boolean;
    readonly port: number;
  };
};

/** A configuration value that cannot be used; the message names the variable and what it accepts. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';

export function loadConfig(env: Env = process.env): Config {
  const config: Config = {
    graph: {
      source: readGraphSource(env),
      format: readChoice(env, 'GRAPH_REPORT_FORMAT', ['csv', 'json'], 'csv'),
      copilotApi: readChoice(env, 'COPILOT_REPORT_API', COPILOT_REPORT_APIS, 'copilot-v1'),
    },
    reports: {
      cacheTtlMs: readInteger(env, 'REPORT_CACHE_TTL_MINUTES', 30, 0, 24 * 60) * 60_000,
      csvRequestsPer10Minutes: readInteger(env, 'GRAPH_CSV_REQUESTS_PER_10_MINUTES', 14, 1, 14),
      jsonRequestsPer10Minutes: readInteger(env, 'GRAPH_JSON_REQUESTS_PER_10_MINUTES', 100, 1, 100),
    },
    emulator: {
      users: readInteger(env, 'EMULATOR_USERS', 2000, 1, 1_000_000),
      seed: readInteger(env, 'EMULATOR_SEED', 42, 0, 2 ** 31 - 1),
      concealed: readBoolean(env, 'EMULATOR_CONCEALED', false),
      port: readInteger(env, 'EMULATOR_PORT', 0, 0, 65_535),
    },
  };
  return deepFreeze(config);
}

function readGraphSource(env: Env): GraphSource {
  const baseUrlText = read(env, 'GRAPH_BASE_URL');
  const auth = readGraphAuth(env);
  if (!baseUrlText && !auth) return { kind: 'emulator' };

  const baseUrl = baseUrlText ? readUrl('GRAPH_BASE_URL', baseUrlText) : DEFAULT_GRAPH_BASE_URL;
  if (auth) return { kind: 'graph', baseUrl, auth };
  if (isLoopbackUrl(baseUrl)) return { kind: 'graph', baseUrl, auth: { kind: 'development' } };
  throw new ConfigError(
    'GRAPH_AUTH',
    `GRAPH_BASE_URL is ${baseUrl}, which needs credentials: set GRAPH_AUTH to client-secret, client-certificate ` +
      `or managed-identity with GRAPH_TENANT_ID and GRAPH_CLIENT_ID (or unset GRAPH_BASE_URL to use the built-in emulator).`,
  );
}

function readGraphAuth(env: Env): GraphAuth | undefined {
  const secret = read(env, 'GRAPH_CLIENT_SECRET');
  const certificatePath = read(env, 'GRAPH_CLIENT_CERTIFICATE_PATH');
  const inferred = secret ? 'client-secret' : certificatePath ? 'client-certificate' : undefined;
  const kinds = ['client-secret', 'client-certificate', 'managed-identity'] as const;
  const kind = read(env, 'GRAPH_AUTH') ? readChoice(env, 'GRAPH_AUTH', kinds, 'client-secret') : inferred;
  switch (kind) {
    case undefined:
      return undefined;
    case 'managed-identity':
      return { kind, clientId: read(env, 'GRAPH_MANAGED_IDENTITY_CLIENT_ID') };
    case 'client-secret':
      return {
        kind,
        tenantId: readRequired(env, 'GRAPH_TENANT_ID', kind),
        clientId: readRequired(env, 'GRAPH_CLIENT_ID', kind),
        clientSecret: readRequired(env, 'GRAPH_CLIENT_SECRET', kind),
      };
    case 'client-certificate':
      return {
        kind,
        tenantId: readRequired(env, 'GRAPH_TENANT_ID', kind),
        clientId: readRequired(env, 'GRAPH_CLIENT_ID', kind),
        certificatePath: readRequired(env, 'GRAPH_CLIENT_CERTIFICATE_PATH', kind),
        certificatePassword: read(env, 'GRAPH_CLIENT_CERTIFICATE_PASSWORD'),
      };
  }
}

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function readRequired(env: Env, name: string, authKind: string): string {
  const value = read(env, name);
  if (!value) throw new ConfigError(name, `${name} is required when GRAPH_AUTH is ${authKind}.`);
  return value;
}

function readUrl(name: string, text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(name, `${name} is "${text}", which is not a URL. Use for example ${DEFAULT_GRAPH_BASE_URL}.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(text))) {
    throw new ConfigError(name, `${name} must be an https URL (plain http only for a loopback address), not ${url.origin}.`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function readChoice<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(env, name);
  if (value === undefined) return fallback;
  const match = allowed.find((choice) => choice === value.toLowerCase());
  if (!match) throw new ConfigError(name, `${name} is "${value}"; allowed: ${allowed.join(', ')}.`);
  return match;
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = read(env, name);
  if (value === undefined) return fallback;
  const number = Number(value.replaceAll('_', ''));
  if (!/^\d[\d_]*$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new ConfigError(name, `${name} is "${value}"; use a whole number from ${min} to ${max.toLocaleString('en')}.`);
  }
  return number;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = read(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new ConfigError(name, `${name} is "${value}"; use true or false.`);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

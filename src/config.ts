/**
 * Reads `process.env` once into a typed, frozen object. Every bad or missing value fails start-up
 * with a message naming the variable and what it accepts, so a misconfiguration is found at boot
 * rather than at the first admin's question.
 */
import { isIP } from 'node:net';
import type { SeatPrice } from './view-models.js';
import { DEFAULT_GRACE_MS, DEFAULT_LEASE_MS } from './digest/digest-runner.js';
import { resolveTimeZone } from './digest/subscription.js';
import { isLoopbackUrl, type GraphAuth } from './reports/graph-token.js';
import { COPILOT_REPORT_APIS, type CopilotReportApi } from './reports/report-request.js';

export type GraphSource =
  /** No credentials and no GRAPH_BASE_URL: the built-in emulator is started on loopback. */
  | { readonly kind: 'emulator' }
  | { readonly kind: 'graph'; readonly baseUrl: string; readonly auth: GraphAuth };

/** Bot registration types as Teams Toolkit writes them to `BOT_TYPE` (botbuilder's `MicrosoftAppType`). */
export const BOT_APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMsi'] as const;
export type BotAppType = (typeof BOT_APP_TYPES)[number];

/** How the bot proves itself to the Bot Connector when it sends. */
export type BotCredential =
  | { readonly kind: 'password'; readonly password: string }
  /** A PEM file holding the certificate and its private key. */
  | { readonly kind: 'certificate'; readonly certificatePath: string; readonly certificatePassword?: string }
  | { readonly kind: 'managed-identity' };

/**
 * Who the bot is to the Bot Framework. `anonymous` (no `BOT_ID`): inbound requests carry no token and
 * are not authenticated, which is allowed only while the server listens on loopback (local Playground).
 */
export type BotIdentity =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'app';
      readonly appId: string;
      readonly appType: BotAppType;
      readonly tenantId?: string;
      readonly credential: BotCredential;
    };

/** Who may read reports through the bot: one tenant, and allow-listed users in it. */
export type AccessConfig = {
  /** Lower case; compared with the activity's `conversation.tenantId` / `channelData.tenant.id`. */
  readonly tenantId: string;
  /** Microsoft Entra object ids (`from.aadObjectId`), lower case. */
  readonly userIds: readonly string[];
  /** Who to ask for access, shown on the access-denied card. */
  readonly contact?: string;
};

/** The weekly digest: the zone of subscriptions that name none, the seat price, and the runner's lease and grace. */
export type DigestConfig = {
  /** IANA zone, canonical (`DIGEST_TIME_ZONE`, default UTC). */
  readonly defaultTimeZone: string;
  /** Monthly price of a Copilot seat (`DIGEST_SEAT_PRICE`, e.g. `30 USD`); absent: no cost is shown. */
  readonly seatPrice?: SeatPrice;
  /** How long a claim may stay unfinished before it is taken over (`DIGEST_LEASE_MINUTES`, default 10). */
  readonly leaseMs: number;
  /** How late a digest may still be posted after downtime (`DIGEST_GRACE_HOURS`, default 6). */
  readonly graceMs: number;
};

export type Config = {
  /** Where state lives (`DATA_DIR`, default `.data`, git-ignored): the state store uses `<dataDir>/state`. */
  readonly dataDir: string;
  readonly bot: {
    readonly host: string;
    readonly port: number;
    readonly identity: BotIdentity;
  };
  readonly access: AccessConfig;
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
  readonly digest: DigestConfig;
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

/** The Agents Playground's built-in tenant and signed-in user: the only ones served with nothing configured. */
export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_USER_ID = '00000000-0000-0000-0000-0000000000020';

export const DEFAULT_BOT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = '.data';
export const DEFAULT_DIGEST_TIME_ZONE = 'UTC';
export const DEFAULT_BOT_PORT = 3978;

// A GUID, loosely: the Playground's built-in ids carry 13 hex digits in the last group, not 12.
const ENTRA_ID_LOOSE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;
// App registrations and tenants in Microsoft Entra ID are real GUIDs.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXAMPLE_ID = '0a0a0a0a-0000-4000-8000-000000000001';
const MAX_CONTACT_LENGTH = 200;

export function loadConfig(env: Env = process.env): Config {
  const identity = readBotIdentity(env);
  const config: Config = {
    dataDir: read(env, 'DATA_DIR') ?? DEFAULT_DATA_DIR,
    bot: { host: readBotHost(env, identity), port: readInteger(env, 'PORT', DEFAULT_BOT_PORT, 0, 65_535), identity },
    access: readAccess(env, identity),
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
    digest: readDigest(env),
  };
  return deepFreeze(config);
}

function readDigest(env: Env): DigestConfig {
  const seatPrice = readSeatPrice(env);
  return {
    defaultTimeZone: readTimeZone(env, 'DIGEST_TIME_ZONE', DEFAULT_DIGEST_TIME_ZONE),
    ...(seatPrice ? { seatPrice } : {}),
    leaseMs: readInteger(env, 'DIGEST_LEASE_MINUTES', DEFAULT_LEASE_MS / 60_000, 1, 24 * 60) * 60_000,
    graceMs: readInteger(env, 'DIGEST_GRACE_HOURS', DEFAULT_GRACE_MS / 3_600_000, 0, 7 * 24) * 3_600_000,
  };
}

function readTimeZone(env: Env, name: string, fallback: string): string {
  const text = read(env, name);
  if (text === undefined) return fallback;
  const zone = resolveTimeZone(text);
  if (!zone) throw new ConfigError(name, `${name} is "${text}", which is not an IANA time zone; use e.g. Europe/Berlin, America/New_York or UTC.`);
  return zone;
}

/** `30 USD`, `USD 30`, `27.50 EUR`: an amount and an ISO 4217 currency code. */
function readSeatPrice(env: Env): SeatPrice | undefined {
  const name = 'DIGEST_SEAT_PRICE';
  const text = read(env, name);
  if (text === undefined) return undefined;
  const match = /^(?:(\d+(?:\.\d{1,2})?)\s*([A-Za-z]{3})|([A-Za-z]{3})\s*(\d+(?:\.\d{1,2})?))$/.exec(text);
  const amount = Number(match?.[1] ?? match?.[4]);
  const currency = (match?.[2] ?? match?.[3])?.toUpperCase();
  if (!match || !currency || !(amount >= 0) || amount > 100_000 || !Intl.supportedValuesOf('currency').includes(currency)) {
    throw new ConfigError(name, `${name} is "${text}"; write an amount and an ISO 4217 currency code, e.g. 30 USD or 28.10 EUR.`);
  }
  return { amount, currency };
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

function readBotIdentity(env: Env): BotIdentity {
  const appId = read(env, 'BOT_ID');
  const password = read(env, 'BOT_PASSWORD');
  const certificatePath = read(env, 'BOT_CERTIFICATE_PATH');
  if (!appId) {
    const orphan = password ? 'BOT_PASSWORD' : certificatePath ? 'BOT_CERTIFICATE_PATH' : undefined;
    if (orphan) throw new ConfigError('BOT_ID', `BOT_ID is required when ${orphan} is set: it names the bot's app registration.`);
    return { kind: 'anonymous' };
  }
  if (!GUID.test(appId)) {
    throw new ConfigError('BOT_ID', `BOT_ID is "${appId}", which is not an app registration's client id (a GUID like ${EXAMPLE_ID}).`);
  }
  const appType = readBotAppType(env);
  const tenantId = read(env, 'BOT_TENANT_ID');
  if (tenantId !== undefined && !GUID.test(tenantId)) {
    throw new ConfigError('BOT_TENANT_ID', `BOT_TENANT_ID is "${tenantId}", which is not a tenant id (a GUID like ${EXAMPLE_ID}).`);
  }
  if (appType !== 'MultiTenant' && !tenantId) {
    throw new ConfigError('BOT_TENANT_ID', `BOT_TENANT_ID is required when BOT_TYPE is ${appType}.`);
  }
  const app = { kind: 'app', appId: appId.toLowerCase(), appType, tenantId: tenantId?.toLowerCase() } as const;
  if (appType === 'UserAssignedMsi') {
    const secret = password ? 'BOT_PASSWORD' : certificatePath ? 'BOT_CERTIFICATE_PATH' : undefined;
    if (secret) {
      throw new ConfigError(secret, `${secret} must not be set when BOT_TYPE is UserAssignedMsi: the managed identity signs in without one.`);
    }
    return { ...app, credential: { kind: 'managed-identity' } };
  }
  if (password && certificatePath) {
    throw new ConfigError('BOT_CERTIFICATE_PATH', 'Set BOT_PASSWORD or BOT_CERTIFICATE_PATH, not both.');
  }
  if (password) return { ...app, credential: { kind: 'password', password } };
  if (certificatePath) {
    return {
      ...app,
      credential: { kind: 'certificate', certificatePath, certificatePassword: read(env, 'BOT_CERTIFICATE_PASSWORD') },
    };
  }
  throw new ConfigError('BOT_PASSWORD', `BOT_PASSWORD (or BOT_CERTIFICATE_PATH) is required when BOT_ID is set and BOT_TYPE is ${appType}.`);
}

function readBotAppType(env: Env): BotAppType {
  const value = read(env, 'BOT_TYPE');
  if (value === undefined) return 'MultiTenant';
  const match = BOT_APP_TYPES.find((type) => type.toLowerCase() === value.toLowerCase());
  if (!match) throw new ConfigError('BOT_TYPE', `BOT_TYPE is "${value}"; allowed: ${BOT_APP_TYPES.join(', ')}.`);
  return match;
}

function readBotHost(env: Env, identity: BotIdentity): string {
  const value = read(env, 'HOST')?.replace(/^\[(.*)\]$/, '$1');
  const host = value ?? DEFAULT_BOT_HOST;
  const hostname = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
  if (isIP(host) === 0 && !hostname.test(host)) {
    throw new ConfigError('HOST', `HOST is "${host}", which is neither an IP address nor a host name. Use for example ${DEFAULT_BOT_HOST}.`);
  }
  if (identity.kind === 'anonymous' && !isLoopbackHost(host)) {
    throw new ConfigError(
      'BOT_ID',
      `HOST is ${host}, which is not a loopback address, and BOT_ID is not set, so anyone who reaches the server could ` +
        'post activities to the bot unauthenticated. Set BOT_ID with BOT_PASSWORD or BOT_CERTIFICATE_PATH (or BOT_TYPE=UserAssignedMsi), ' +
        `or listen on ${DEFAULT_BOT_HOST}.`,
    );
  }
  return host;
}

/** True for host names and addresses that only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  return isLoopbackUrl(`http://${isIP(bare) === 6 ? `[${bare}]` : bare}/`);
}

function readAccess(env: Env, identity: BotIdentity): AccessConfig {
  const contact = read(env, 'ACCESS_CONTACT');
  if (contact !== undefined && (contact.length > MAX_CONTACT_LENGTH || /[\u0000-\u001f\u007f]/.test(contact))) {
    throw new ConfigError('ACCESS_CONTACT', `ACCESS_CONTACT must be one line of at most ${MAX_CONTACT_LENGTH} characters, e.g. "IT service desk, it@contoso.com".`);
  }
  return { tenantId: readAllowedTenant(env, identity), userIds: readAllowedUsers(env, identity), contact };
}

function readAllowedTenant(env: Env, identity: BotIdentity): string {
  const configured = read(env, 'ALLOWED_TENANT_ID');
  if (configured !== undefined) {
    if (!ENTRA_ID_LOOSE.test(configured)) {
      throw new ConfigError('ALLOWED_TENANT_ID', `ALLOWED_TENANT_ID is "${configured}", which is not a tenant id (a GUID like ${EXAMPLE_ID}).`);
    }
    return configured.toLowerCase();
  }
  if (identity.kind === 'anonymous') return PLAYGROUND_TENANT_ID;
  // The bot's own tenant, or else the tenant whose reports are read; if both are known they must agree.
  const candidates = new Set([identity.tenantId, read(env, 'GRAPH_TENANT_ID')?.toLowerCase()].filter((id) => id !== undefined));
  const [only] = candidates;
  if (candidates.size === 1 && only !== undefined && ENTRA_ID_LOOSE.test(only)) return only;
  throw new ConfigError(
    'ALLOWED_TENANT_ID',
    candidates.size > 1
      ? 'ALLOWED_TENANT_ID is required: BOT_TENANT_ID and GRAPH_TENANT_ID differ, so name the tenant whose users may read the reports.'
      : 'ALLOWED_TENANT_ID is required when BOT_ID is set and neither BOT_TENANT_ID nor GRAPH_TENANT_ID names the tenant whose users may read the reports.',
  );
}

function readAllowedUsers(env: Env, identity: BotIdentity): readonly string[] {
  const text = read(env, 'ALLOWED_USER_IDS');
  if (text === undefined) {
    if (identity.kind === 'anonymous') return [PLAYGROUND_USER_ID];
    throw new ConfigError(
      'ALLOWED_USER_IDS',
      'ALLOWED_USER_IDS is required when BOT_ID is set: list the Microsoft Entra object ids of the admins who may use the bot, separated by commas.',
    );
  }
  const ids = text.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const wrong = ids.find((id) => !ENTRA_ID_LOOSE.test(id));
  if (wrong !== undefined) {
    throw new ConfigError('ALLOWED_USER_IDS', `ALLOWED_USER_IDS has "${wrong}", which is not a Microsoft Entra object id (a GUID like ${EXAMPLE_ID}).`);
  }
  if (ids.length === 0) {
    throw new ConfigError('ALLOWED_USER_IDS', `ALLOWED_USER_IDS lists no object ids; separate them with commas, e.g. ${EXAMPLE_ID}.`);
  }
  return [...new Set(ids.map((id) => id.toLowerCase()))];
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

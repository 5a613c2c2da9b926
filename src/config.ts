/**
 * Reads `process.env` once into a typed, frozen object. Every bad or missing value fails start-up
 * with a message naming the variable and what it accepts, so a misconfiguration is found at boot
 * rather than at the first admin's question.
 */
import { isIP } from 'node:net';
import { DEFAULT_ALERT_CHECK_MS } from './alerts/alert-runner.js';
import { DEFAULT_GRACE_MS, DEFAULT_LEASE_MS } from './digest/digest-runner.js';
import { resolveTimeZone } from './digest/subscription.js';
import { isLoopbackUrl, type GraphAuth } from './reports/graph-token.js';
import { namesCopilotSku } from './reports/copilot-skus.js';
import { LICENCE_PRICE_FORM, LICENSE_PRICES_FORM, parseLicencePrice, parseLicensePrices, type LicencePrice } from './reports/licence-price.js';
import { COPILOT_REPORT_APIS, type CopilotReportApi } from './reports/report-request.js';
import { AppError } from './app-error.js';
import { parseEmulatedTenants, type EmulatedTenantSpec } from './emulator/emulated-tenants.js';
import { isTenantName, TENANT_NAME_FORM } from './tenants/tenant-name.js';
import type { BlobStoreConnection, StateStoreSettings } from './store/open-state-store.js';

export type GraphSource =
  /**
   * The built-in emulator, started on loopback: asked for with `GRAPH_SOURCE=emulator` (`explicit`), or
   * with no Graph settings at all (which only the local, anonymous bot and the CLI accept).
   */
  | { readonly kind: 'emulator'; readonly explicit: boolean }
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

/**
 * Who may read reports through the bot: the deployment's own (managing) tenant and allow-listed users in
 * it; customer tenants and their users are added in chat (the tenant registry).
 */
export type AccessConfig = {
  /** Lower case; compared with the activity's `conversation.tenantId`. */
  readonly tenantId: string;
  /** Microsoft Entra object ids (`from.aadObjectId`), lower case. */
  readonly userIds: readonly string[];
  /** Who to ask for access, shown on the access-denied card. */
  readonly contact?: string;
  /** What cards and `@`/`use` call the managing tenant once customer tenants are served too (`MANAGING_TENANT_NAME`, default Home). */
  readonly tenantName: string;
};

/** The weekly digest: the zone of subscriptions that name none, and the runner's lease and grace. */
export type DigestConfig = {
  /** IANA zone, canonical (`DIGEST_TIME_ZONE`, default UTC). */
  readonly defaultTimeZone: string;
  /** How long a claim may stay unfinished before it is taken over (`DIGEST_LEASE_MINUTES`, default 10). */
  readonly leaseMs: number;
  /** How late a digest may still be posted after downtime (`DIGEST_GRACE_HOURS`, default 6). */
  readonly graceMs: number;
};

/** Alerts: how often the engine reads its figures' sources for a new refresh date. */
export type AlertConfig = {
  /** `ALERT_CHECK_MINUTES`, default 15: least time between two reads (the report cache makes most of them free). */
  readonly checkIntervalMs: number;
};

/** Licence economics: what a seat of each SKU costs and which extra SKUs are Copilot seats. */
export type LicenceConfig = {
  /**
   * `LICENSE_PRICES` and `COPILOT_LICENSE_PRICE` (or its older name `DIGEST_SEAT_PRICE`) as one price list;
   * absent: no spend is shown.
   */
  readonly price?: LicencePrice;
  /** `COPILOT_SKU_IDS`: SKU ids counted as Copilot seats besides the documented ones, lower case. */
  readonly extraSkuIds: readonly string[];
};

export type Config = {
  /** Where state lives (`DATA_DIR`, default `.data`, git-ignored): the state store uses `<dataDir>/state`. */
  readonly dataDir: string;
  /** Where subscriptions, references, claims and (blob) the shared Graph budget live (`STATE_STORE`). */
  readonly stateStore: StateStoreSettings;
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
    /** Customer tenants served beside the emulator's own (`EMULATOR_TENANTS`). */
    readonly tenants: readonly EmulatedTenantSpec[];
  };
  readonly digest: DigestConfig;
  readonly licences: LicenceConfig;
  readonly alerts: AlertConfig;
};

/** A configuration value that cannot be used; the message names the variable and what it accepts. */
export class ConfigError extends AppError<'BAD_CONFIG'> {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super('BAD_CONFIG', message);
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
export const DEFAULT_STATE_CONTAINER = 'm365-usage-bot-state';
export const DEFAULT_MANAGING_TENANT_NAME = 'Home';

// A GUID, loosely: the Playground's built-in ids carry 13 hex digits in the last group, not 12.
const ENTRA_ID_LOOSE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;
// App registrations and tenants in Microsoft Entra ID are real GUIDs.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXAMPLE_ID = '0a0a0a0a-0000-4000-8000-000000000001';
const MAX_CONTACT_LENGTH = 200;

export function loadConfig(env: Env = process.env): Config {
  const identity = readBotIdentity(env);
  const licences = readLicences(env);
  const config: Config = {
    dataDir: read(env, 'DATA_DIR') ?? DEFAULT_DATA_DIR,
    stateStore: readStateStore(env),
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
      tenants: readEmulatedTenants(env),
    },
    digest: readDigest(env),
    licences,
    alerts: { checkIntervalMs: readInteger(env, 'ALERT_CHECK_MINUTES', DEFAULT_ALERT_CHECK_MS / 60_000, 1, 24 * 60) * 60_000 },
  };
  return deepFreeze(config);
}

function readLicences(env: Env): LicenceConfig {
  const extraSkuIds = readSkuIds(env, 'COPILOT_SKU_IDS');
  const price = mergePrices(env, readLicensePrices(env), readLicencePrice(env), extraSkuIds);
  return { ...(price ? { price } : {}), extraSkuIds };
}

function readDigest(env: Env): DigestConfig {
  return {
    defaultTimeZone: readTimeZone(env, 'DIGEST_TIME_ZONE', DEFAULT_DIGEST_TIME_ZONE),
    leaseMs: readInteger(env, 'DIGEST_LEASE_MINUTES', DEFAULT_LEASE_MS / 60_000, 1, 24 * 60) * 60_000,
    graceMs: readInteger(env, 'DIGEST_GRACE_HOURS', DEFAULT_GRACE_MS / 3_600_000, 0, 7 * 24) * 3_600_000,
  };
}

/**
 * `STATE_STORE=file|blob`; blob when unset but an Azure Storage account is configured. The blob store
 * takes a connection string or an account URL (signed in with the managed identity), never both.
 */
function readStateStore(env: Env): StateStoreSettings {
  const connectionString = read(env, 'AZURE_STORAGE_CONNECTION_STRING');
  const accountUrl = read(env, 'AZURE_STORAGE_ACCOUNT_URL');
  const inferred = connectionString || accountUrl ? 'blob' : 'file';
  const kind = read(env, 'STATE_STORE') ? readChoice(env, 'STATE_STORE', ['file', 'blob'], 'file') : inferred;
  if (kind === 'file') return { kind };
  if (connectionString && accountUrl) {
    throw new ConfigError('AZURE_STORAGE_ACCOUNT_URL', 'Set AZURE_STORAGE_ACCOUNT_URL (signed in with the managed identity) or AZURE_STORAGE_CONNECTION_STRING, not both.');
  }
  const clientId = read(env, 'AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID');
  let connection: BlobStoreConnection;
  if (accountUrl) {
    if (clientId !== undefined && !GUID.test(clientId)) {
      throw new ConfigError(
        'AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID',
        `AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID is "${clientId}", which is not a managed identity's client id (a GUID like ${EXAMPLE_ID}).`,
      );
    }
    connection = { kind: 'managed-identity', accountUrl: readStorageAccountUrl(accountUrl), ...(clientId ? { clientId } : {}) };
  } else if (connectionString) {
    if (clientId) {
      throw new ConfigError('AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID', 'AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID is used with AZURE_STORAGE_ACCOUNT_URL only: a connection string signs in by itself.');
    }
    checkStorageConnectionString(connectionString);
    connection = { kind: 'connection-string', connectionString };
  } else {
    throw new ConfigError(
      'AZURE_STORAGE_ACCOUNT_URL',
      'STATE_STORE is blob: set AZURE_STORAGE_ACCOUNT_URL (e.g. https://<account>.blob.core.windows.net, signed in with the managed identity) or AZURE_STORAGE_CONNECTION_STRING.',
    );
  }
  return { kind, container: readContainerName(env), connection };
}

function readStorageAccountUrl(text: string): string {
  const name = 'AZURE_STORAGE_ACCOUNT_URL';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(name, `${name} is not a URL; use the account's blob endpoint, e.g. https://<account>.blob.core.windows.net.`);
  }
  // A query here would be a SAS token: a secret, and not what this variable is for.
  if (url.search || url.username || url.password) {
    throw new ConfigError(name, `${name} must be the bare blob endpoint, e.g. https://<account>.blob.core.windows.net, without a query or credentials.`);
  }
  // The managed identity's token goes over https only (Azurite is reached with a connection string).
  if (url.protocol !== 'https:') {
    throw new ConfigError(name, `${name} must be an https URL, not ${url.origin}; for Azurite use AZURE_STORAGE_CONNECTION_STRING.`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * A connection string that names an account and how to sign in (account key, SAS or the emulator's
 * shortcut), over https except to loopback. Messages never repeat the string: it holds the key.
 */
function checkStorageConnectionString(text: string): void {
  const name = 'AZURE_STORAGE_CONNECTION_STRING';
  const parts = new Map<string, string>();
  for (const part of text.split(';').map((item) => item.trim()).filter((item) => item !== '')) {
    const equals = part.indexOf('=');
    if (equals <= 0) throw new ConfigError(name, `${name} is not a connection string: write Name=value pairs separated by semicolons, as the Azure portal shows it.`);
    parts.set(part.slice(0, equals).toLowerCase(), part.slice(equals + 1));
  }
  if (parts.get('usedevelopmentstorage')?.toLowerCase() === 'true') return;
  const signsIn = (parts.has('accountname') && parts.has('accountkey')) || (parts.has('blobendpoint') && parts.has('sharedaccesssignature'));
  if (!signsIn) {
    throw new ConfigError(name, `${name} needs AccountName with AccountKey, or BlobEndpoint with SharedAccessSignature (or use AZURE_STORAGE_ACCOUNT_URL with a managed identity).`);
  }
  const endpoint = parts.get('blobendpoint');
  const plainHttp = endpoint ? !endpoint.toLowerCase().startsWith('https://') : parts.get('defaultendpointsprotocol')?.toLowerCase() === 'http';
  if (plainHttp && !(endpoint && isLoopbackUrl(endpoint))) {
    throw new ConfigError(name, `${name} must reach the account over https (plain http only for a loopback emulator's BlobEndpoint).`);
  }
}

/** Azure's container rules: 3 to 63 of a-z, 0-9 and single hyphens, starting and ending with a letter or digit. */
function readContainerName(env: Env): string {
  const name = 'AZURE_STORAGE_CONTAINER';
  const value = read(env, name) ?? DEFAULT_STATE_CONTAINER;
  if (!/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
    throw new ConfigError(name, `${name} is "${value}"; a container name has 3 to 63 lower-case letters, digits and single hyphens, e.g. ${DEFAULT_STATE_CONTAINER}.`);
  }
  return value;
}

function readTimeZone(env: Env, name: string, fallback: string): string {
  const text = read(env, name);
  if (text === undefined) return fallback;
  const zone = resolveTimeZone(text);
  if (!zone) throw new ConfigError(name, `${name} is "${text}", which is not an IANA time zone; use e.g. Europe/Berlin, America/New_York or UTC.`);
  return zone;
}

/**
 * `COPILOT_LICENSE_PRICE`: `30 USD`, `USD 30`, `27.50 EUR`, or per SKU (`Microsoft_365_Copilot=30 USD; …`).
 * `DIGEST_SEAT_PRICE` is its older name, still read; setting both differently is refused.
 */
function readLicencePrice(env: Env): LicencePrice | undefined {
  const current = read(env, 'COPILOT_LICENSE_PRICE');
  const older = read(env, 'DIGEST_SEAT_PRICE');
  if (current !== undefined && older !== undefined && current !== older) {
    throw new ConfigError('DIGEST_SEAT_PRICE', 'DIGEST_SEAT_PRICE is the older name of COPILOT_LICENSE_PRICE and says otherwise; set only COPILOT_LICENSE_PRICE.');
  }
  const name = current !== undefined ? 'COPILOT_LICENSE_PRICE' : 'DIGEST_SEAT_PRICE';
  const text = current ?? older;
  if (text === undefined) return undefined;
  const price = parseLicencePrice(text);
  if (!price) throw new ConfigError(name, `${name} is "${text}"; write ${LICENCE_PRICE_FORM}, all in one currency.`);
  return price;
}

/** `LICENSE_PRICES`: every SKU's monthly seat price, e.g. `SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD`. */
function readLicensePrices(env: Env): LicencePrice | undefined {
  const text = read(env, 'LICENSE_PRICES');
  if (text === undefined) return undefined;
  const parsed = parseLicensePrices(text);
  if (!parsed.ok) throw new ConfigError('LICENSE_PRICES', `LICENSE_PRICES is "${text}": ${parsed.problem}. Write ${LICENSE_PRICES_FORM}.`);
  return parsed.price;
}

/**
 * LICENSE_PRICES with COPILOT_LICENSE_PRICE as its Copilot entry: one list in one currency. Both may price
 * Copilot SKUs, as long as they agree: a Copilot SKU that LICENSE_PRICES names is priced there, and
 * COPILOT_LICENSE_PRICE must give it the same price (by name, or its bare price for a SKU recognisably
 * Copilot), else start-up stops naming both, rather than pick one silently.
 */
function mergePrices(env: Env, all: LicencePrice | undefined, copilot: LicencePrice | undefined, extraSkuIds: readonly string[]): LicencePrice | undefined {
  if (!all || !copilot) return all ?? copilot;
  const copilotName = read(env, 'COPILOT_LICENSE_PRICE') !== undefined ? 'COPILOT_LICENSE_PRICE' : 'DIGEST_SEAT_PRICE';
  if (all.currency !== copilot.currency) {
    throw new ConfigError('LICENSE_PRICES', `LICENSE_PRICES is in ${all.currency} and ${copilotName} in ${copilot.currency}; give every price in one currency, so idle spend adds up.`);
  }
  for (const [sku, amount] of Object.entries(all.bySku)) {
    const copilotAmount = copilot.bySku[sku] ?? (namesCopilotSku(sku, extraSkuIds) ? copilot.seat : undefined);
    if (copilotAmount !== undefined && copilotAmount !== amount) {
      throw new ConfigError(
        'LICENSE_PRICES',
        `LICENSE_PRICES prices ${sku} at ${amount} ${all.currency} and ${copilotName} at ${copilotAmount} ${copilot.currency}; ` +
          `a Copilot SKU has one price: give it in one of them, or the same in both.`,
      );
    }
  }
  return { currency: all.currency, ...(copilot.seat !== undefined ? { seat: copilot.seat } : {}), bySku: { ...copilot.bySku, ...all.bySku } };
}

function readSkuIds(env: Env, name: string): readonly string[] {
  const text = read(env, name);
  if (text === undefined) return [];
  const ids = text.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const wrong = ids.find((id) => !GUID.test(id));
  if (wrong !== undefined || ids.length === 0) {
    throw new ConfigError(name, `${name} has "${wrong ?? text}", which is not a SKU id; list SKU ids (GUIDs like ${EXAMPLE_ID}) separated by commas.`);
  }
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/** Every variable that points the bot at a Graph or signs it in there. */
const GRAPH_SETTINGS = [
  'GRAPH_BASE_URL',
  'GRAPH_AUTH',
  'GRAPH_TENANT_ID',
  'GRAPH_CLIENT_ID',
  'GRAPH_CLIENT_SECRET',
  'GRAPH_CLIENT_CERTIFICATE_PATH',
  'GRAPH_CLIENT_CERTIFICATE_PASSWORD',
  'GRAPH_MANAGED_IDENTITY_CLIENT_ID',
] as const;

/** `EMULATOR_TENANTS`: customer tenants for the built-in emulator, e.g. `contoso:2000,fabrikam:20000`. */
function readEmulatedTenants(env: Env): readonly EmulatedTenantSpec[] {
  const text = read(env, 'EMULATOR_TENANTS');
  if (text === undefined) return [];
  const parsed = parseEmulatedTenants(text);
  if (!parsed.ok) throw new ConfigError('EMULATOR_TENANTS', `EMULATOR_TENANTS ${parsed.message}.`);
  return parsed.tenants;
}

/** `GRAPH_SOURCE=emulator` asks for the built-in emulator and excludes every Graph setting; unset, the Graph settings decide. */
function readGraphSource(env: Env): GraphSource {
  const choice = read(env, 'GRAPH_SOURCE') === undefined ? undefined : readChoice(env, 'GRAPH_SOURCE', ['emulator', 'graph'], 'graph');
  if (choice === 'emulator') {
    const set = GRAPH_SETTINGS.filter((name) => read(env, name) !== undefined);
    if (set.length > 0) {
      throw new ConfigError(
        'GRAPH_SOURCE',
        `GRAPH_SOURCE is emulator (demo data), but ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set too: unset ${set.length === 1 ? 'it' : 'them'}, or unset GRAPH_SOURCE to read Microsoft Graph.`,
      );
    }
    return { kind: 'emulator', explicit: true };
  }
  const baseUrlText = read(env, 'GRAPH_BASE_URL');
  const auth = readGraphAuth(env);
  if (!baseUrlText && !auth && choice === undefined) return { kind: 'emulator', explicit: false };

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
  const kinds = ['client-secret', 'client-certificate', 'managed-identity', 'managed-identity-federated'] as const;
  const kind = read(env, 'GRAPH_AUTH') ? readChoice(env, 'GRAPH_AUTH', kinds, 'client-secret') : inferred;
  switch (kind) {
    case undefined:
      return undefined;
    case 'managed-identity':
      return { kind, clientId: read(env, 'GRAPH_MANAGED_IDENTITY_CLIENT_ID') };
    case 'managed-identity-federated': {
      const managedIdentityClientId = read(env, 'GRAPH_MANAGED_IDENTITY_CLIENT_ID');
      return {
        kind,
        tenantId: readRequired(env, 'GRAPH_TENANT_ID', kind),
        clientId: readRequired(env, 'GRAPH_CLIENT_ID', kind),
        ...(managedIdentityClientId ? { managedIdentityClientId } : {}),
      };
    }
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
  if (contact !== undefined && (contact.length > MAX_CONTACT_LENGTH || /\p{Cc}/u.test(contact))) {
    throw new ConfigError('ACCESS_CONTACT', `ACCESS_CONTACT must be one line of at most ${MAX_CONTACT_LENGTH} characters, e.g. "IT service desk, it@contoso.com".`);
  }
  const tenantName = read(env, 'MANAGING_TENANT_NAME') ?? DEFAULT_MANAGING_TENANT_NAME;
  if (!isTenantName(tenantName)) throw new ConfigError('MANAGING_TENANT_NAME', `MANAGING_TENANT_NAME is "${tenantName}"; use ${TENANT_NAME_FORM}.`);
  return { tenantId: readAllowedTenant(env, identity), userIds: readAllowedUsers(env, identity), contact, tenantName };
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

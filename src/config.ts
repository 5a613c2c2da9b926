/**
 * Reads `process.env` once into a typed, frozen object. Every bad or missing value fails start-up
 * with a message naming the variable and what it accepts, so a misconfiguration is found at boot
 * rather than at the first admin's question. Each group of settings is read in its own file in config/.
 */
import { DEFAULT_ALERT_CHECK_MS } from './alerts/alert-runner.js';
import { readAccess, type AccessConfig } from './config/access-config.js';
import { readBotHost } from './config/bot-host.js';
import { readBotIdentity, type BotIdentity } from './config/bot-identity.js';
import { ConfigError } from './config/config-error.js';
import { readDigest, type DigestConfig } from './config/digest-config.js';
import { read, readBoolean, readChoice, readInteger, type Env } from './config/env-values.js';
import { readGraphSource, type GraphSource } from './config/graph-source.js';
import { readLicences, type LicenceConfig } from './config/licence-config.js';
import { readStateStore } from './config/state-store-config.js';
import { parseEmulatedTenants, type EmulatedTenantSpec } from './emulator/emulated-tenants.js';
import { COPILOT_REPORT_APIS, type CopilotReportApi } from './reports/report-request.js';
import type { StateStoreSettings } from './store/open-state-store.js';
import { deepFreeze } from './deep-freeze.js';

export { PLAYGROUND_TENANT_ID, PLAYGROUND_USER_ID, type AccessConfig } from './config/access-config.js';
export { isLoopbackHost } from './config/bot-host.js';
export type { BotCredential, BotIdentity } from './config/bot-identity.js';
export { ConfigError } from './config/config-error.js';
export type { GraphSource } from './config/graph-source.js';

/** Alerts: how often the engine reads its figures' sources for a new refresh date. */
export type AlertConfig = {
  /** `ALERT_CHECK_MINUTES`, default 15: least time between two reads (the report cache makes most of them free). */
  readonly checkIntervalMs: number;
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

export const DEFAULT_DATA_DIR = '.data';
export const DEFAULT_BOT_PORT = 3978;

/** The whole configuration from `env`, frozen; throws a ConfigError naming the first variable that cannot be used. */
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

/** `EMULATOR_TENANTS`: customer tenants for the built-in emulator, e.g. `contoso:2000,fabrikam:20000`. */
function readEmulatedTenants(env: Env): readonly EmulatedTenantSpec[] {
  const text = read(env, 'EMULATOR_TENANTS');
  if (text === undefined) return [];
  const parsed = parseEmulatedTenants(text);
  if (!parsed.ok) throw new ConfigError('EMULATOR_TENANTS', `EMULATOR_TENANTS ${parsed.message}.`);
  return parsed.tenants;
}

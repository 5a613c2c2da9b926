/**
 * Who the bot is to the Bot Framework (`BOT_ID`, `BOT_TYPE`, `BOT_TENANT_ID`) and how it signs in to send
 * (`BOT_PASSWORD`, `BOT_CERTIFICATE_PATH` or a managed identity); no `BOT_ID` is the local, anonymous bot.
 */
import { ConfigError } from './config-error.js';
import { EXAMPLE_ID, GUID, read, type Env } from './env-values.js';

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

/** The bot's identity and credential; a credential without `BOT_ID`, or one its `BOT_TYPE` does not take, stops start-up. */
export function readBotIdentity(env: Env): BotIdentity {
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

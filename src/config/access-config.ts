/**
 * Who may read reports through the bot (`ALLOWED_TENANT_ID`, `ALLOWED_USER_IDS`, `ACCESS_CONTACT`,
 * `MANAGING_TENANT_NAME`); with no `BOT_ID`, only the Agents Playground's built-in tenant and user.
 */
import { isTenantName, TENANT_NAME_FORM } from '../tenants/tenant-name.js';
import type { BotIdentity } from './bot-identity.js';
import { ConfigError } from './config-error.js';
import { ENTRA_ID_LOOSE, EXAMPLE_ID, read, type Env } from './env-values.js';

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

/** The Agents Playground's built-in tenant and signed-in user: the only ones served with nothing configured. */
export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_USER_ID = '00000000-0000-0000-0000-0000000000020';

export const DEFAULT_MANAGING_TENANT_NAME = 'Home';
const MAX_CONTACT_LENGTH = 200;

/** The managing tenant, its allowed users, the access contact and the tenant's name on cards. */
export function readAccess(env: Env, identity: BotIdentity): AccessConfig {
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

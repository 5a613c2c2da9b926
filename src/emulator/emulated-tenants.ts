/**
 * The customer tenants an emulator serves besides its own (`EMULATOR_TENANTS`, e.g.
 * `contoso:2000,fabrikam:20000,tailspin:500:Reports.Read.All,northwind:300:none`): each a name, a size,
 * and the application permissions its admin consented to (all three when left out; `none`: no consent,
 * so Entra ID issues no token for it). Each tenant's id and seed follow from its name alone, so the same
 * list always gives the same tenants and data.
 */
import { hashKeys, uuidFromKeys } from './seeded-random.js';

/** The application permissions the bot's reads need, as Graph names them. */
const GRAPH_PERMISSIONS = ['Reports.Read.All', 'LicenseAssignment.Read.All', 'User.Read.All'] as const;
export type GraphPermission = (typeof GRAPH_PERMISSIONS)[number];

/** One customer tenant of the emulator. */
export type EmulatedTenantSpec = {
  /** Lower case letters, digits and `-`; also what the emulator's request log calls it. */
  readonly name: string;
  readonly users: number;
  /** The permissions consented to; empty: the app is not consented to in the tenant at all. */
  readonly permissions: readonly GraphPermission[];
};

/** A tenant as the emulator serves it: its spec, id and seed. */
export type EmulatedTenant = EmulatedTenantSpec & { readonly id: string; readonly seed: number };

const NAME = /^[a-z][a-z0-9-]{0,39}$/;
const TENANT_ID_SALT = 0x7e4a_17;
const TENANT_SEED_SALT = 0x5eed_7e;
const MAX_TENANTS = 1000;
const MAX_USERS = 1_000_000;

/** What `EMULATOR_TENANTS` says: the tenants, or what is wrong with it. */
export type ParsedEmulatedTenants = { readonly ok: true; readonly tenants: readonly EmulatedTenantSpec[] } | { readonly ok: false; readonly message: string };

/** Reads `name:users[:permission+permission|:none]`, comma-separated; the form is in the module comment. */
export function parseEmulatedTenants(text: string): ParsedEmulatedTenants {
  const tenants: EmulatedTenantSpec[] = [];
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length > MAX_TENANTS) return { ok: false, message: `lists ${entries.length} tenants; at most ${MAX_TENANTS}` };
  for (const entry of entries) {
    const [name = '', usersText = '', permissionsText, ...extra] = entry.split(':').map((part) => part.trim());
    const users = /^\d+$/.test(usersText) ? Number(usersText) : NaN;
    if (!NAME.test(name) || !(users >= 1 && users <= MAX_USERS) || extra.length > 0) {
      return { ok: false, message: `has "${entry}"; write name:users (a lower-case name, 1 to ${MAX_USERS.toLocaleString('en')} users), e.g. contoso:2000` };
    }
    if (tenants.some((tenant) => tenant.name === name)) return { ok: false, message: `names "${name}" twice` };
    const permissions = readPermissions(permissionsText);
    if (!permissions) return { ok: false, message: `has "${entry}"; its permissions are none, or ${GRAPH_PERMISSIONS.join(', ')} joined with +` };
    tenants.push({ name, users, permissions });
  }
  return { ok: true, tenants };
}

/** The tenant id and seed the emulator gives a tenant of this name. */
export function emulatedTenantOf(spec: EmulatedTenantSpec): EmulatedTenant {
  const key = hashText(spec.name);
  return { ...spec, id: uuidFromKeys(TENANT_ID_SALT, key), seed: hashKeys(TENANT_SEED_SALT, key) & 0x7fff_ffff };
}

function readPermissions(text: string | undefined): readonly GraphPermission[] | undefined {
  if (text === undefined) return GRAPH_PERMISSIONS;
  if (text.toLowerCase() === 'none') return [];
  const named = text.split('+').map((part) => GRAPH_PERMISSIONS.find((permission) => permission.toLowerCase() === part.trim().toLowerCase()));
  return named.every((permission) => permission !== undefined) ? [...new Set(named)] : undefined;
}

/** FNV-1a over the name's characters: a stable integer key. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

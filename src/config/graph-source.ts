/**
 * Where reports come from (`GRAPH_SOURCE`, `GRAPH_BASE_URL`) and how the bot signs in to Microsoft Graph
 * (`GRAPH_AUTH` and its ids, secret or certificate); with no Graph settings, the built-in emulator.
 */
import { isLoopbackUrl, type GraphAuth } from '../reports/graph-token.js';
import { ConfigError } from './config-error.js';
import { baseUrlOf, read, readChoice, readUrlValue, type Env } from './env-values.js';

export type GraphSource =
  /**
   * The built-in emulator, started on loopback: asked for with `GRAPH_SOURCE=emulator` (`explicit`), or
   * with no Graph settings at all (which only the local, anonymous bot and the CLI accept).
   */
  | { readonly kind: 'emulator'; readonly explicit: boolean }
  | { readonly kind: 'graph'; readonly baseUrl: string; readonly auth: GraphAuth };

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';

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

/** `GRAPH_SOURCE=emulator` asks for the built-in emulator and excludes every Graph setting; unset, the Graph settings decide. */
export function readGraphSource(env: Env): GraphSource {
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

function readRequired(env: Env, name: string, authKind: string): string {
  const value = read(env, name);
  if (!value) throw new ConfigError(name, `${name} is required when GRAPH_AUTH is ${authKind}.`);
  return value;
}

function readUrl(name: string, text: string): string {
  const url = readUrlValue(name, text, `${name} is "${text}", which is not a URL. Use for example ${DEFAULT_GRAPH_BASE_URL}.`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(text))) {
    throw new ConfigError(name, `${name} must be an https URL (plain http only for a loopback address), not ${url.origin}.`);
  }
  return baseUrlOf(url);
}

/**
 * Access tokens for Microsoft Graph. Production uses an app registration (client secret or certificate)
 * or a managed identity through @azure/identity, which caches and refreshes tokens; local development
 * against the loopback emulator uses a fixed token that is refused for any other host.
 */
import { isIP } from 'node:net';
import {
  AzureAuthorityHosts,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import { GraphReportError } from './report-errors.js';

/** Anything that hands out a bearer token for Graph; the client asks before every request. */
export type TokenProvider = { getToken(): Promise<string> };

/** How the bot signs in to Graph, as read from configuration. */
export type GraphAuth =
  | { kind: 'development' }
  | { kind: 'client-secret'; tenantId: string; clientId: string; clientSecret: string }
  | { kind: 'client-certificate'; tenantId: string; clientId: string; certificatePath: string; certificatePassword?: string }
  | { kind: 'managed-identity'; clientId?: string };

/** The bearer token sent in development mode; the emulator accepts it, Entra ID never issued it. */
export const DEVELOPMENT_TOKEN = 'm365-usage-bot-development-token';

// Entra ID sign-in hosts of the national clouds, by Graph host: https://learn.microsoft.com/graph/deployments
const AUTHORITY_BY_GRAPH_HOST: Readonly<Record<string, string>> = {
  'graph.microsoft.com': AzureAuthorityHosts.AzurePublicCloud,
  'graph.microsoft.us': AzureAuthorityHosts.AzureGovernment,
  'dod-graph.microsoft.us': AzureAuthorityHosts.AzureGovernment,
  'microsoftgraph.chinacloudapi.cn': AzureAuthorityHosts.AzureChina,
};

const IMDS_TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token';

/**
 * True for URLs on this machine: 127.0.0.0/8, ::1 and the literal name `localhost`, nothing else. Names
 * like `x.localhost` are not trusted: whether they reach this machine depends on a resolver.
 */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    // Not a URL at all, so certainly not one on this machine.
    return false;
  }
  if (hostname === 'localhost') return true;
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare) === 4) return bare.startsWith('127.');
  // WHATWG URL normalises IPv6 (and IPv4 to dotted quads), so ::1 has one spelling.
  return bare === '::1';
}

/** The `.default` scope of the Graph cloud at `baseUrl`, so national clouds get their own audience. */
export function graphScopeFor(baseUrl: string): string {
  return `${new URL(baseUrl).origin}/.default`;
}

/** The Entra ID sign-in host for the Graph cloud at `baseUrl`, or undefined for @azure/identity's default. */
export function authorityHostFor(baseUrl: string): string | undefined {
  return AUTHORITY_BY_GRAPH_HOST[new URL(baseUrl).hostname.toLowerCase()];
}

/**
 * The token provider for the configured sign-in. Throws `GraphReportError('TOKEN')` at once for
 * settings that can never work (development token for a remote host, missing ids, malformed tenant).
 */
export function createTokenProvider(auth: GraphAuth, baseUrl: string): TokenProvider {
  if (auth.kind === 'development') {
    if (!isLoopbackUrl(baseUrl)) {
      throw new GraphReportError(
        'TOKEN',
        `The development token only works with a Graph emulator on this machine, but the Graph base URL is ` +
          `${new URL(baseUrl).origin}. Configure a client secret, a client certificate or a managed identity ` +
          'to call Microsoft Graph, or point the base URL at the local emulator.',
        { method: 'GET', url: new URL(baseUrl).origin },
      );
    }
    return { getToken: () => Promise.resolve(DEVELOPMENT_TOKEN) };
  }
  const target = describeTokenEndpoint(auth, baseUrl);
  const credential = createCredential(auth, baseUrl, target);
  return createTokenProviderFromCredential(credential, graphScopeFor(baseUrl), auth, target);
}

/**
 * Wraps any @azure/identity credential: asks it for the Graph scope and turns its failures into
 * `GraphReportError('TOKEN')` with a hint for the sign-in kind. Exposed so tests can pass a fake credential.
 */
export function createTokenProviderFromCredential(
  credential: TokenCredential,
  scope: string,
  auth: Exclude<GraphAuth, { kind: 'development' }>,
  tokenEndpoint: { method: string; url: string } = { method: 'POST', url: 'https://login.microsoftonline.com' },
): TokenProvider {
  return {
    async getToken() {
      let token: Awaited<ReturnType<TokenCredential['getToken']>>;
      try {
        token = await credential.getToken(scope);
      } catch (error) {
        throw createTokenError(auth, tokenEndpoint, summarizeCredentialError(error, auth));
      }
      if (!token?.token) throw createTokenError(auth, tokenEndpoint, 'Entra ID returned no token');
      return token.token;
    },
  };
}

function createCredential(
  auth: Exclude<GraphAuth, { kind: 'development' }>,
  baseUrl: string,
  target: { method: string; url: string },
): TokenCredential {
  const missing = findMissingSettings(auth);
  if (missing.length > 0) {
    throw createTokenError(auth, target, `the setting${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} empty`);
  }
  const authorityHost = authorityHostFor(baseUrl);
  const options = authorityHost ? { authorityHost } : {};
  try {
    switch (auth.kind) {
      case 'client-secret':
        return new ClientSecretCredential(auth.tenantId, auth.clientId, auth.clientSecret, options);
      case 'client-certificate':
        return new ClientCertificateCredential(
          auth.tenantId,
          auth.clientId,
          { certificatePath: auth.certificatePath, certificatePassword: auth.certificatePassword },
          options,
        );
      case 'managed-identity':
        return auth.clientId ? new ManagedIdentityCredential({ clientId: auth.clientId }) : new ManagedIdentityCredential();
    }
  } catch (error) {
    throw createTokenError(auth, target, summarizeCredentialError(error, auth));
  }
}

function findMissingSettings(auth: Exclude<GraphAuth, { kind: 'development' }>): string[] {
  const required: Record<string, string | undefined> =
    auth.kind === 'client-secret'
      ? { tenantId: auth.tenantId, clientId: auth.clientId, clientSecret: auth.clientSecret }
      : auth.kind === 'client-certificate'
        ? { tenantId: auth.tenantId, clientId: auth.clientId, certificatePath: auth.certificatePath }
        : {};
  return Object.entries(required)
    .filter(([, value]) => !value?.trim())
    .map(([name]) => name);
}

function describeTokenEndpoint(auth: Exclude<GraphAuth, { kind: 'development' }>, baseUrl: string) {
  if (auth.kind === 'managed-identity') return { method: 'GET', url: IMDS_TOKEN_URL };
  const authority = authorityHostFor(baseUrl) ?? AzureAuthorityHosts.AzurePublicCloud;
  return { method: 'POST', url: `${authority}/${encodeURIComponent(auth.tenantId)}/oauth2/v2.0/token` };
}

function createTokenError(
  auth: Exclude<GraphAuth, { kind: 'development' }>,
  tokenEndpoint: { method: string; url: string },
  reason: string,
): GraphReportError {
  return new GraphReportError(
    'TOKEN',
    `Could not get an access token for Microsoft Graph with the ${auth.kind} sign-in (${reason}). ${hintFor(auth)}`,
    tokenEndpoint,
  );
}

function hintFor(auth: Exclude<GraphAuth, { kind: 'development' }>): string {
  switch (auth.kind) {
    case 'client-secret':
      return (
        'Check the tenant id and client id of the app registration, and that the client secret is the ' +
        "secret's value (not its id) and has not expired (Entra ID › App registrations › Certificates & secrets)."
      );
    case 'client-certificate':
      return (
        `Check that ${auth.certificatePath} is a PEM file holding the certificate and its private key, that the ` +
        'password is right, and that the certificate is uploaded to the app registration and has not expired.'
      );
    case 'managed-identity':
      return auth.clientId
        ? `Check that the user-assigned managed identity with client id ${auth.clientId} is attached to this host.`
        : 'Check that this host has a system-assigned managed identity enabled, or configure a client id.';
  }
}

/**
 * A short reason from an @azure/identity failure: the AADSTS code and its first sentence when Entra ID
 * answered, else the error's code or first line. Configured secrets are masked in case a library echoes them.
 */
function summarizeCredentialError(error: unknown, auth: Exclude<GraphAuth, { kind: 'development' }>): string {
  const text = error instanceof Error ? error.message : String(error);
  const aadsts = /AADSTS\d+:[^.]*\./.exec(text)?.[0];
  const code = (error as { code?: unknown } | undefined)?.code;
  let reason: string;
  if (aadsts) reason = aadsts;
  else if (code === 'ENOENT' && auth.kind === 'client-certificate') reason = `no file at ${auth.certificatePath}`;
  else reason = `${error instanceof Error ? error.name : 'Error'}: ${text.split('\n')[0]}`;
  return maskSecrets(truncate(reason, 300), auth);
}

function maskSecrets(text: string, auth: Exclude<GraphAuth, { kind: 'development' }>): string {
  const secrets =
    auth.kind === 'client-secret' ? [auth.clientSecret] : auth.kind === 'client-certificate' ? [auth.certificatePassword] : [];
  return secrets.reduce<string>((masked, secret) => (secret ? masked.split(secret).join('***') : masked), text);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

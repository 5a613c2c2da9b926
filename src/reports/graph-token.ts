/**
 * Access tokens for Microsoft Graph, per tenant. Production uses an app registration (client secret or
 * certificate), a managed identity, or a managed identity federated to a multi-tenant app, through
 * @azure/identity, which caches and refreshes tokens per tenant; local development against the loopback
 * emulator uses a fixed token for the deployment's own tenant (refused for any other host) and asks the
 * emulator's token endpoint for every other tenant's.
 */
import { isIP } from 'node:net';
import {
  AzureAuthorityHosts,
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import { systemClock, type Clock } from '../clock.js';
import { createDevelopmentTokenProvider, DEVELOPMENT_CLIENT_ID } from './development-token.js';
import { GraphReportError } from './report-errors.js';

/** Anything that hands out a bearer token for Graph; the client asks before every request. */
export type TokenProvider = { getToken(): Promise<string> };

/**
 * A token provider per tenant: `forTenant()` for the tenant the credential is configured in (the
 * deployment's own), `forTenant(id)` for a customer tenant that consented to the same multi-tenant app.
 */
export type TokenSource = { forTenant(tenantId?: string): TokenProvider };

/** How the bot signs in to Graph, as read from configuration. */
export type GraphAuth =
  | { kind: 'development' }
  | { kind: 'client-secret'; tenantId: string; clientId: string; clientSecret: string }
  | { kind: 'client-certificate'; tenantId: string; clientId: string; certificatePath: string; certificatePassword?: string }
  | { kind: 'managed-identity'; clientId?: string }
  /** The managed identity signs in as the multi-tenant app `clientId` (a federated credential on the app), so it reaches customer tenants too. */
  | { kind: 'managed-identity-federated'; tenantId: string; clientId: string; managedIdentityClientId?: string };

type CredentialAuth = Exclude<GraphAuth, { kind: 'development' }>;

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
/** The audience of a managed identity's token that a federated credential on an app registration accepts (public cloud). */
const TOKEN_EXCHANGE_SCOPE = 'api://AzureADTokenExchange/.default';
/** Entra ID's answers that mean the app is not (or not yet) in the customer's tenant: no admin consent there. */
const NO_CONSENT_CODES = /AADSTS(700016|7000229|65001|500011)\b/;

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
 * The token provider for the configured sign-in, in its own tenant. Throws `GraphReportError('TOKEN')` at
 * once for settings that can never work (development token for a remote host, missing ids, malformed tenant).
 */
export function createTokenProvider(auth: GraphAuth, baseUrl: string): TokenProvider {
  return createTokenSource(auth, baseUrl).forTenant();
}

/**
 * Token providers per tenant for the configured sign-in: one credential (one app) for every tenant,
 * asked for each customer tenant's token by tenant id. Throws `GraphReportError('TOKEN')` at once for
 * settings that can never work, as `createTokenProvider` does.
 */
export function createTokenSource(auth: GraphAuth, baseUrl: string, clock: Clock = systemClock): TokenSource {
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
    const own: TokenProvider = { getToken: () => Promise.resolve(DEVELOPMENT_TOKEN) };
    return { forTenant: (tenantId) => (tenantId === undefined ? own : createDevelopmentTokenProvider(baseUrl, tenantId, clock)) };
  }
  const credential = createCredential(auth, baseUrl, describeTokenEndpoint(auth, baseUrl));
  const scope = graphScopeFor(baseUrl);
  return {
    forTenant(tenantId) {
      if (tenantId !== undefined && auth.kind === 'managed-identity') return ownTenantOnly(auth, tenantId);
      return createTokenProviderFromCredential(credential, scope, auth, describeTokenEndpoint(auth, baseUrl, tenantId), tenantId);
    },
  };
}

/**
 * The page where a customer tenant's admin grants the multi-tenant app `clientId` its permissions
 * (the application permissions the app registration lists), once, for the whole tenant.
 */
function adminConsentUrl(tenantId: string, clientId: string, baseUrl = 'https://graph.microsoft.com'): string {
  const authority = authorityHostFor(baseUrl) ?? AzureAuthorityHosts.AzurePublicCloud;
  return `${authority}/${encodeURIComponent(tenantId)}/adminconsent?client_id=${encodeURIComponent(clientId)}`;
}

/**
 * Where `tenantId`'s admin consents to the app the bot signs in as: Entra ID's page, or the loopback
 * emulator's own in development; undefined for a plain managed identity, which has no app to consent to.
 */
export function consentUrlFor(auth: GraphAuth, baseUrl: string, tenantId: string): string | undefined {
  if (auth.kind === 'development') return `${new URL(baseUrl).origin}/${encodeURIComponent(tenantId)}/adminconsent?client_id=${DEVELOPMENT_CLIENT_ID}`;
  const clientId = appClientIdOf(auth);
  return clientId ? adminConsentUrl(tenantId, clientId, baseUrl) : undefined;
}

/** The app registration that customer tenants consent to, when the sign-in has one. */
function appClientIdOf(auth: CredentialAuth): string | undefined {
  return auth.kind === 'managed-identity' ? undefined : auth.clientId;
}

/**
 * Wraps any @azure/identity credential: asks it for the Graph scope (in `tenantId` when given) and turns
 * its failures into `GraphReportError('TOKEN')` with a hint for the sign-in kind. Exposed so tests can pass a fake credential.
 */
export function createTokenProviderFromCredential(
  credential: TokenCredential,
  scope: string,
  auth: CredentialAuth,
  tokenEndpoint: { method: string; url: string } = { method: 'POST', url: 'https://login.microsoftonline.com' },
  tenantId?: string,
): TokenProvider {
  return {
    async getToken() {
      let token: Awaited<ReturnType<TokenCredential['getToken']>>;
      try {
        token = await credential.getToken(scope, tenantId === undefined ? undefined : { tenantId });
      } catch (error) {
        throw createTokenError(auth, tokenEndpoint, summarizeCredentialError(error, auth), tenantId);
      }
      if (!token?.token) throw createTokenError(auth, tokenEndpoint, 'Entra ID returned no token', tenantId);
      return token.token;
    },
  };
}

/** A plain managed identity exists in one tenant and can read no other. */
function ownTenantOnly(auth: Extract<GraphAuth, { kind: 'managed-identity' }>, tenantId: string): TokenProvider {
  const error = createTokenError(
    auth,
    { method: 'GET', url: IMDS_TOKEN_URL },
    `a managed identity signs in to its own tenant only, not to ${tenantId}`,
    tenantId,
  );
  return { getToken: () => Promise.reject(error) };
}

function createCredential(auth: CredentialAuth, baseUrl: string, target: { method: string; url: string }): TokenCredential {
  const missing = findMissingSettings(auth);
  if (missing.length > 0) {
    throw createTokenError(auth, target, `the setting${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} empty`);
  }
  const authorityHost = authorityHostFor(baseUrl);
  // One app for every tenant that consented to it: customer tenants are asked for by id, per request.
  const options = { ...(authorityHost ? { authorityHost } : {}), additionallyAllowedTenants: ['*'] };
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
      case 'managed-identity-federated': {
        const identity = auth.managedIdentityClientId ? new ManagedIdentityCredential({ clientId: auth.managedIdentityClientId }) : new ManagedIdentityCredential();
        const assertion = async () => (await identity.getToken(TOKEN_EXCHANGE_SCOPE)).token;
        return new ClientAssertionCredential(auth.tenantId, auth.clientId, assertion, options);
      }
    }
  } catch (error) {
    throw createTokenError(auth, target, summarizeCredentialError(error, auth));
  }
}

function findMissingSettings(auth: CredentialAuth): string[] {
  const required: Record<string, string | undefined> =
    auth.kind === 'client-secret'
      ? { tenantId: auth.tenantId, clientId: auth.clientId, clientSecret: auth.clientSecret }
      : auth.kind === 'client-certificate'
        ? { tenantId: auth.tenantId, clientId: auth.clientId, certificatePath: auth.certificatePath }
        : auth.kind === 'managed-identity-federated'
          ? { tenantId: auth.tenantId, clientId: auth.clientId }
          : {};
  return Object.entries(required)
    .filter(([, value]) => !value?.trim())
    .map(([name]) => name);
}

function describeTokenEndpoint(auth: CredentialAuth, baseUrl: string, tenantId?: string) {
  if (auth.kind === 'managed-identity') return { method: 'GET', url: IMDS_TOKEN_URL };
  const authority = authorityHostFor(baseUrl) ?? AzureAuthorityHosts.AzurePublicCloud;
  return { method: 'POST', url: `${authority}/${encodeURIComponent(tenantId ?? auth.tenantId)}/oauth2/v2.0/token` };
}

function createTokenError(auth: CredentialAuth, tokenEndpoint: { method: string; url: string }, reason: string, tenantId?: string): GraphReportError {
  const where = tenantId === undefined ? '' : ` in tenant ${tenantId}`;
  const hint = tenantId !== undefined && NO_CONSENT_CODES.test(reason) ? consentHint(auth, tenantId) : hintFor(auth);
  return new GraphReportError('TOKEN', `Could not get an access token for Microsoft Graph${where} with the ${auth.kind} sign-in (${reason}). ${hint}`, tokenEndpoint);
}

/** The app is not in the customer's tenant: its admin has not consented (yet). */
function consentHint(auth: CredentialAuth, tenantId: string): string {
  const clientId = appClientIdOf(auth);
  return clientId
    ? `An admin of that tenant grants the app its permissions once, at ${adminConsentUrl(tenantId, clientId)}.`
    : 'An admin of that tenant must grant the app its permissions first.';
}

function hintFor(auth: CredentialAuth): string {
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
    case 'managed-identity-federated':
      return (
        `Check that this host's managed identity${auth.managedIdentityClientId ? ` (client id ${auth.managedIdentityClientId})` : ''} is attached, and that the ` +
        `app registration ${auth.clientId} has a federated credential for it (Entra ID › App registrations › Certificates & secrets › Federated credentials).`
      );
  }
}

/**
 * A short reason from an @azure/identity failure: the AADSTS code and its first sentence when Entra ID
 * answered, else the error's code or first line. Configured secrets are masked in case a library echoes them.
 */
function summarizeCredentialError(error: unknown, auth: CredentialAuth): string {
  const text = error instanceof Error ? error.message : String(error);
  const aadsts = /AADSTS\d+:[^.]*\./.exec(text)?.[0];
  const code = (error as { code?: unknown } | undefined)?.code;
  let reason: string;
  if (aadsts) reason = aadsts;
  else if (code === 'ENOENT' && auth.kind === 'client-certificate') reason = `no file at ${auth.certificatePath}`;
  else reason = `${error instanceof Error ? error.name : 'Error'}: ${text.split('\n')[0]}`;
  return maskSecrets(truncate(reason, 300), auth);
}

function maskSecrets(text: string, auth: CredentialAuth): string {
  const secrets =
    auth.kind === 'client-secret' ? [auth.clientSecret] : auth.kind === 'client-certificate' ? [auth.certificatePassword] : [];
  return secrets.reduce<string>((masked, secret) => (secret ? masked.split(secret).join('***') : masked), text);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Where the bot keeps its state (`STATE_STORE`): files under the data folder, or an Azure blob container
 * reached with a connection string or an account URL and the managed identity.
 */
import { isLoopbackUrl } from '../reports/graph-token.js';
import type { BlobStoreConnection, StateStoreSettings } from '../store/open-state-store.js';
import { ConfigError } from './config-error.js';
import { baseUrlOf, EXAMPLE_ID, GUID, read, readChoice, readUrlValue, type Env } from './env-values.js';

export const DEFAULT_STATE_CONTAINER = 'm365-usage-bot-state';

/**
 * `STATE_STORE=file|blob`; blob when unset but an Azure Storage account is configured. The blob store
 * takes a connection string or an account URL (signed in with the managed identity), never both.
 */
export function readStateStore(env: Env): StateStoreSettings {
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
  const url = readUrlValue(name, text, `${name} is not a URL; use the account's blob endpoint, e.g. https://<account>.blob.core.windows.net.`);
  // A query here would be a SAS token: a secret, and not what this variable is for.
  if (url.search || url.username || url.password) {
    throw new ConfigError(name, `${name} must be the bare blob endpoint, e.g. https://<account>.blob.core.windows.net, without a query or credentials.`);
  }
  // The managed identity's token goes over https only (Azurite is reached with a connection string).
  if (url.protocol !== 'https:') {
    throw new ConfigError(name, `${name} must be an https URL, not ${url.origin}; for Azurite use AZURE_STORAGE_CONNECTION_STRING.`);
  }
  return baseUrlOf(url);
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

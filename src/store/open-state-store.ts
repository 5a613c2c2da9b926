/**
 * Opens the state store the configuration names: files under DATA_DIR for one instance, or a blob
 * container in Azure Storage (a connection string, or the account URL and a managed identity) for
 * several instances sharing one state.
 */
import { ManagedIdentityCredential } from '@azure/identity';
import { BlobServiceClient, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { BlobFileArchive } from './blob-file-archive.js';
import { BlobStateStore } from './blob-state-store.js';
import type { FileArchive } from './file-archive.js';
import { FileStateStore, stateStoreFolder } from './file-state-store.js';
import type { StateStore } from './state-store.js';

/** How the blob store signs in: a connection string (Azurite, shared key, SAS) or a managed identity. */
export type BlobStoreConnection =
  | { readonly kind: 'connection-string'; readonly connectionString: string }
  /** System-assigned identity, or the user-assigned one with `clientId`. */
  | { readonly kind: 'managed-identity'; readonly accountUrl: string; readonly clientId?: string };

/** Which store holds the bot's state (`STATE_STORE`). */
export type StateStoreSettings =
  | { readonly kind: 'file' }
  | { readonly kind: 'blob'; readonly container: string; readonly connection: BlobStoreConnection };

/** Every request a few tries within half a minute each: a store that does not answer fails the operation, not the bot. */
const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 4, tryTimeoutInMs: 30_000, retryDelayInMs: 500, maxRetryDelayInMs: 5_000 },
};

/** Opens the configured store; the file store lives in `<dataDir>/state`. */
export function openStateStore(settings: StateStoreSettings, dataDir: string): Promise<StateStore> {
  return settings.kind === 'file'
    ? FileStateStore.open(stateStoreFolder(dataDir))
    : BlobStateStore.open(createContainerClient(settings.connection, settings.container));
}

/**
 * The archive for files the instances share (report rows), in the blob store's container; none for the
 * file store, which serves one instance. Open the state store first: it creates the container.
 */
export function openFileArchive(settings: StateStoreSettings): FileArchive | undefined {
  return settings.kind === 'blob' ? new BlobFileArchive(createContainerClient(settings.connection, settings.container)) : undefined;
}

/** The SDK client for one container; nothing is sent until it is used. */
export function createContainerClient(connection: BlobStoreConnection, container: string): ContainerClient {
  const service =
    connection.kind === 'connection-string'
      ? BlobServiceClient.fromConnectionString(connection.connectionString, PIPELINE_OPTIONS)
      : new BlobServiceClient(
          connection.accountUrl,
          connection.clientId ? new ManagedIdentityCredential({ clientId: connection.clientId }) : new ManagedIdentityCredential(),
          PIPELINE_OPTIONS,
        );
  return service.getContainerClient(container);
}

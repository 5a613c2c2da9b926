/**
 * The Azure Blob Storage side of the state: the SDK client for the configured container, signed in with a
 * connection string (Azurite, shared key, SAS) or a managed identity. Loaded only when the blob store is
 * configured, so a single instance on files never loads the Azure SDKs (about 8.5 MiB of heap).
 */
import { ManagedIdentityCredential } from '@azure/identity';
import { BlobServiceClient, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { BlobFileArchive } from './blob-file-archive.js';
import { BlobStateStore } from './blob-state-store.js';
import type { FileArchive } from './file-archive.js';
import type { StateStore } from './state-store.js';

/** How the blob store signs in: a connection string (Azurite, shared key, SAS) or a managed identity. */
export type BlobStoreConnection =
  | { readonly kind: 'connection-string'; readonly connectionString: string }
  /** System-assigned identity, or the user-assigned one with `clientId`. */
  | { readonly kind: 'managed-identity'; readonly accountUrl: string; readonly clientId?: string };

/** Every request a few tries within half a minute each: a store that does not answer fails the operation, not the bot. */
const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 4, tryTimeoutInMs: 30_000, retryDelayInMs: 500, maxRetryDelayInMs: 5_000 },
};

/** The state store and the file archive in one container, created if missing. */
export async function openBlobStorage(connection: BlobStoreConnection, container: string): Promise<{ store: StateStore; archive: FileArchive }> {
  const client = createContainerClient(connection, container);
  return { store: await BlobStateStore.open(client), archive: new BlobFileArchive(client) };
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

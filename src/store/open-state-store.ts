/**
 * Opens the state store the configuration names: files under DATA_DIR for one instance, or a blob
 * container in Azure Storage (a connection string, or the account URL and a managed identity) for
 * several instances sharing one state, with the archive for the report rows they share.
 */
import type { BlobStoreConnection } from './blob-container.js';
import type { FileArchive } from './file-archive.js';
import { FileStateStore, stateStoreFolder } from './file-state-store.js';
import type { StateStore } from './state-store.js';

export type { BlobStoreConnection } from './blob-container.js';

/** Which store holds the bot's state (`STATE_STORE`). */
export type StateStoreSettings =
  | { readonly kind: 'file' }
  | { readonly kind: 'blob'; readonly container: string; readonly connection: BlobStoreConnection };

/** The opened store; `archive` only where several instances share files (the blob store). */
export type OpenedStateStore = { readonly store: StateStore; readonly archive?: FileArchive };

/** Opens the configured store; the file store lives in `<dataDir>/state`. */
export async function openStateStore(settings: StateStoreSettings, dataDir: string): Promise<OpenedStateStore> {
  if (settings.kind === 'file') return { store: await FileStateStore.open(stateStoreFolder(dataDir)) };
  // Imported here, not above: one instance on files never loads the Azure SDKs.
  const { openBlobStorage } = await import('./blob-container.js');
  return openBlobStorage(settings.connection, settings.container);
}

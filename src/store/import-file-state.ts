/**
 * Moving from the file store to a shared one: state left in `DATA_DIR/state` by a single instance
 * (subscriptions, references, digest history) is copied on start-up, each key create-only so nothing
 * newer in the shared store is overwritten and instances starting together copy each key once.
 */
import { rename, stat } from 'node:fs/promises';
import type { Logger } from '../logger.js';
import { FileStateStore, stateStoreFolder } from './file-state-store.js';
import { StoreConflictError, type StateStore } from './state-store.js';

export type ImportSummary = { readonly copied: number; readonly present: number; readonly unreadable: number };

/**
 * Copies every key of the file store under `dataDir` into `target`, then renames the folder to
 * `state.imported-<time>` so it is not read again. A key that cannot be read keeps the folder for the next start.
 */
export async function importFileState(dataDir: string, target: StateStore, logger: Logger): Promise<ImportSummary | undefined> {
  const folder = stateStoreFolder(dataDir);
  if (!(await isFolder(folder))) return undefined;
  const source = await FileStateStore.open(folder);
  const summary = { copied: 0, present: 0, unreadable: 0 };
  for (const key of await source.list('')) {
    let entry;
    try {
      entry = await source.get(key);
    } catch {
      summary.unreadable += 1;
      continue;
    }
    if (!entry) continue;
    try {
      await target.put(key, entry.value, { ifNoneMatch: '*' });
      summary.copied += 1;
    } catch (error) {
      if (!(error instanceof StoreConflictError)) throw error;
      summary.present += 1;
    }
  }
  if (summary.unreadable === 0) {
    // Another instance on the same folder may have renamed it first.
    await rename(folder, `${folder}.imported-${new Date().toISOString().replace(/[:.]/g, '-')}`).catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    });
  }
  logger.info('file state imported into the shared store', summary);
  return summary;
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return false;
    throw error;
  }
}

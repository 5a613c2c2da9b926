/**
 * Removing a customer tenant removes what the bot keeps of it: every state record in its part of the
 * store (subscriptions, digest claims and history, conversation references, budgets, shared report
 * data, leases, claims of its activities) and its shared files (report rows, directory index).
 * What one process holds in memory or on its own disk (cache, pending CSV files) its owner drops.
 */
import { FILES_PREFIX as DIRECTORY_FILES } from '../reports/shared-directory.js';
import { ROWS_PREFIX as REPORT_ROWS } from '../reports/shared-reports.js';
import type { FileArchive } from '../store/file-archive.js';
import type { StateStore } from '../store/state-store.js';
import { scopedKey, tenantOfKey } from '../store/tenant-scope.js';

/** The archive folders that hold files per tenant. */
const ARCHIVE_FOLDERS = [REPORT_ROWS, DIRECTORY_FILES] as const;

/** Deletes every record and shared file of `tenantId`; returns how many records and files went. */
export async function removeTenantData(store: StateStore, archive: FileArchive | undefined, tenantId: string): Promise<{ records: number; files: number }> {
  let records = 0;
  for (const key of await store.list('')) {
    if (tenantOfKey(key) === tenantId && (await store.delete(key))) records += 1;
  }
  let files = 0;
  for (const folder of archive ? ARCHIVE_FOLDERS : []) files += await archive!.prune(scopedKey(tenantId, folder), new Set());
  return { records, files };
}

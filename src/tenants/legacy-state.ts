/**
 * State the release before tenants wrote (keys without a tenant: `subscription/<id>`) made the default
 * tenant's (`subscription/<tenant>/<id>`) at start-up, so a deployment that upgrades keeps its digests,
 * their history and references, its alert rules and their state, and its spent Graph budget. Each record is copied create-only, then the
 * old one deleted: instances starting together move each record once. Shared report data and the
 * directory copy are not moved: they are read from Graph again once (their files' names have no tenant).
 */
import { errorFields, type Logger } from '../logger.js';
import { StoreConflictError, type StateStore } from '../store/state-store.js';
import { scopedKey } from '../store/tenant-scope.js';

/** The categories whose records outlive a restart and were written without a tenant before. */
const LEGACY_CATEGORIES = ['subscription/', 'conversation/', 'digest/', 'digest-snapshot/', 'graph-budget/', 'alert-rule/', 'alert-conversation/', 'alert-history/'] as const;
/** A key's second segment when it names a tenant (tenant ids are GUIDs; the Playground's ends in 13 digits). */
const TENANT_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/;

/** Moves the records without a tenant to `defaultTenant`; returns how many moved. */
export async function adoptLegacyState(store: StateStore, defaultTenant: string, logger: Logger): Promise<number> {
  let moved = 0;
  for (const category of LEGACY_CATEGORIES) {
    for (const key of await store.list(category)) {
      if (TENANT_SEGMENT.test(key.slice(category.length).split('/')[0] ?? '')) continue;
      try {
        if (await moveRecord(store, key, scopedKey(defaultTenant, key))) moved += 1;
      } catch (error) {
        // A record that cannot be read (damaged) stays where it was, unused; the rest still move.
        logger.warn('record of the previous release not moved', { category, ...errorFields(error) });
      }
    }
  }
  if (moved > 0) logger.info('records of the previous release made the default tenant’s', { records: moved });
  return moved;
}

async function moveRecord(store: StateStore, from: string, to: string): Promise<boolean> {
  const stored = await store.get(from);
  if (!stored) return false;
  try {
    await store.put(to, stored.value, { ifNoneMatch: '*' });
  } catch (error) {
    // Already there: another instance moved it first, or the tenant's record is newer.
    if (!(error instanceof StoreConflictError)) throw error;
  }
  // Counted as moved by the instance whose delete took it away.
  return store.delete(from, { ifMatch: stored.etag }).catch((error: unknown) => {
    if (error instanceof StoreConflictError) return false;
    throw error;
  });
}

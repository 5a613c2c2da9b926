/**
 * One tenant's part of the state store and of the file archive: every key (and archived name) gets the
 * tenant as its second segment, `subscription/abc` → `subscription/<tenant>/abc`, so the code that
 * stores subscriptions, claims, budgets or shared report data works unchanged on one tenant's records,
 * cannot reach another's, and a tenant's records are found (and removed) by that segment alone.
 */
import type { Readable } from 'node:stream';
import type { FileArchive } from './file-archive.js';
import type { DeleteCondition, JsonValue, PutCondition, StateStore, StoredEntry } from './state-store.js';

/** Throws a RangeError unless `tenant` can be a key segment: non-empty, no slash, letters, digits and `-` only. */
function checkTenantSegment(tenant: string): void {
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(tenant)) throw new RangeError(`"${tenant}" cannot name a tenant in store keys: use a lower-case tenant id.`);
}

/** The key as it is stored for `tenant`: the tenant after the first segment (`category/<tenant>/rest`). */
export function scopedKey(tenant: string, key: string): string {
  const slash = key.indexOf('/');
  if (slash <= 0) throw new RangeError(`The key "${key}" has no category (a first segment ending in "/"), so it cannot be kept per tenant.`);
  return `${key.slice(0, slash + 1)}${tenant}/${key.slice(slash + 1)}`;
}

/** The tenant a stored key belongs to (its second segment), or undefined for a key with fewer than three segments. */
export function tenantOfKey(key: string): string | undefined {
  const [, tenant, ...rest] = key.split('/');
  return rest.length > 0 ? tenant : undefined;
}

/** The key as the tenant's code knows it, or undefined when `stored` is not the tenant's. */
function unscopedKey(tenant: string, stored: string): string | undefined {
  const slash = stored.indexOf('/');
  const own = `${tenant}/`;
  if (slash <= 0 || !stored.startsWith(own, slash + 1)) return undefined;
  return stored.slice(0, slash + 1) + stored.slice(slash + 1 + own.length);
}

/**
 * The store as `tenant` sees it. `list` with a category prefix (`subscription/`, `digest/abc/`) lists that
 * category's records of the tenant; a prefix without a slash (`''`, `dig`) looks through every key.
 */
export function scopeStateStore(store: StateStore, tenant: string): StateStore {
  checkTenantSegment(tenant);
  // async: a key refused here rejects, as every store's operations do.
  return {
    get: async (key: string): Promise<StoredEntry | undefined> => store.get(scopedKey(tenant, key)),
    put: async (key: string, value: JsonValue, condition?: PutCondition): Promise<string> => store.put(scopedKey(tenant, key), value, condition),
    delete: async (key: string, condition?: DeleteCondition): Promise<boolean> => store.delete(scopedKey(tenant, key), condition),
    async list(prefix: string): Promise<string[]> {
      const listed = prefix.includes('/') ? await store.list(scopedKey(tenant, prefix)) : await store.list(prefix);
      return listed.map((key) => unscopedKey(tenant, key)).filter((key): key is string => key !== undefined && key.startsWith(prefix));
    },
  };
}

/** The archive as `tenant` sees it: names carry the tenant as their second segment, as keys do. */
export function scopeFileArchive(archive: FileArchive, tenant: string): FileArchive {
  checkTenantSegment(tenant);
  return {
    upload: async (name: string, source: Readable): Promise<void> => archive.upload(scopedKey(tenant, name), source),
    download: async (name: string): Promise<Readable> => archive.download(scopedKey(tenant, name)),
    prune: async (prefix: string, keep: ReadonlySet<string>): Promise<number> =>
      archive.prune(scopedKey(tenant, prefix), new Set([...keep].map((name) => scopedKey(tenant, name)))),
  };
}

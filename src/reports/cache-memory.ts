/**
 * One bound on the memory the report caches of every tenant hold together: each cached snapshot is
 * counted by its size, and past the bound the least recently used entries of any tenant are evicted
 * (read back from the shared store when it has them, else from a private file they wait in: snapshot-spill.ts).
 * A hundred tenants then share one budget instead of keeping a hundred caches of their own.
 */

/** A cache whose entries the limit may evict. */
export type EvictableCache = { evict(key: string): void };

type Held = { readonly cache: EvictableCache; readonly key: string; readonly bytes: number };

export class CacheMemoryLimit {
  /** In use order, least recently used first (a Map keeps insertion order). */
  private readonly held = new Map<string, Held>();
  private readonly ids = new WeakMap<EvictableCache, number>();
  private nextId = 1;
  private total = 0;

  constructor(readonly maxBytes: number) {
    if (!(maxBytes > 0)) throw new RangeError(`A cache memory limit needs a positive number of bytes, got ${maxBytes}.`);
  }

  /** Bytes held now, by every cache. */
  get bytes(): number {
    return this.total;
  }

  /** Counts `cache`'s entry `key` at `bytes`, as the most recently used; evicts others' (or its own) oldest beyond the bound. */
  hold(cache: EvictableCache, key: string, bytes: number): void {
    this.release(cache, key);
    this.held.set(this.idOf(cache, key), { cache, key, bytes });
    this.total += bytes;
    for (const [id, oldest] of this.held) {
      // The entry just held stays, however large: it is what is being answered now.
      if (this.total <= this.maxBytes || this.held.size === 1) break;
      this.held.delete(id);
      this.total -= oldest.bytes;
      oldest.cache.evict(oldest.key);
    }
  }

  /** Marks the entry as just used. */
  touch(cache: EvictableCache, key: string): void {
    const id = this.idOf(cache, key);
    const entry = this.held.get(id);
    if (!entry) return;
    this.held.delete(id);
    this.held.set(id, entry);
  }

  /** Stops counting the entry (replaced, evicted by its own cache, or cleared). */
  release(cache: EvictableCache, key: string): void {
    const id = this.idOf(cache, key);
    const entry = this.held.get(id);
    if (!entry) return;
    this.held.delete(id);
    this.total -= entry.bytes;
  }

  private idOf(cache: EvictableCache, key: string): string {
    let id = this.ids.get(cache);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(cache, id);
    }
    return `${id}\u0000${key}`;
  }
}

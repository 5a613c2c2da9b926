/**
 * Report snapshots the shared memory bound (cache-memory.ts) evicted while their rows were on this
 * process's disk only (one instance, nothing shared): each waits in a private file, and the next ask
 * for its report reads it back instead of downloading the report from Graph again. One spill per report
 * cache, so per tenant: a tenant's files are in a folder of its own, known only to its cache. At most
 * one file per request key (its latest download); a file goes once read back or replaced.
 */
import { randomUUID } from 'node:crypto';
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import { errorFields, type Logger } from '../logger.js';
import { PrivateFolder } from '../private-folder.js';
import type { CacheEntry } from './report-cache.js';

/** The file's layout; a file of another version is not read back. */
const FILE_VERSION = 1;

/** `owner` names the spill that wrote the file: another tenant's file, even under this path, is never read back. */
type SpillFile = { readonly version: number; readonly owner: string; readonly key: string; readonly snapshot?: unknown };

/** An evicted entry: all of it but the snapshot, which is in `file` once that resolves. */
type Spilled<Meta, Snapshot> = { readonly entry: Omit<CacheEntry<Meta, Snapshot>, 'snapshot'>; readonly file: Promise<string> };

export class SnapshotSpill<Meta, Snapshot> {
  /** In eviction order, least recently used first. */
  private readonly spilled = new Map<string, Spilled<Meta, Snapshot>>();
  private readonly restoring = new Map<string, Promise<CacheEntry<Meta, Snapshot> | undefined>>();
  private readonly folder: PrivateFolder;
  private readonly owner = randomUUID();

  /** Files go to a new folder of `parentFolder` (default `.data/private`). */
  constructor(
    parentFolder: string | undefined,
    private readonly logger: Logger,
  ) {
    this.folder = new PrivateFolder('snapshots', parentFolder);
  }

  /** How many entries wait on disk. */
  get size(): number {
    return this.spilled.size;
  }

  /** The entries waiting on disk, without their snapshots, oldest first. */
  list(): readonly Omit<CacheEntry<Meta, Snapshot>, 'snapshot'>[] {
    return [...this.spilled.values()].map((spilled) => spilled.entry);
  }

  /** Writes `entry`'s snapshot to a new file; its rows file stays where it is, for CSV exports. */
  put(entry: CacheEntry<Meta, Snapshot>): void {
    this.drop(entry.key, entry.rows.file);
    const { snapshot, ...rest } = entry;
    const file = this.write(entry.key, snapshot);
    // A failed write is seen (and logged) by the read that waits for it.
    file.catch(() => undefined);
    this.spilled.set(entry.key, { entry: rest, file });
  }

  /**
   * `key`'s entry read back from its file (once, however many ask at once) and deleted from disk: the
   * caller holds it again. Undefined when none waits, a newer download replaced it meanwhile, or it
   * cannot be read (logged, its files deleted: the report is then asked for again).
   */
  take(key: string): Promise<CacheEntry<Meta, Snapshot> | undefined> {
    const restoring = this.restoring.get(key);
    if (restoring) return restoring;
    const spilled = this.spilled.get(key);
    if (!spilled) return Promise.resolve(undefined);
    const read = this.read(key, spilled).finally(() => this.restoring.delete(key));
    this.restoring.set(key, read);
    return read;
  }

  /** Forgets `key`'s entry and deletes its files, the rows file unless it is `keptRows` (still in use). */
  drop(key: string, keptRows?: string): void {
    const spilled = this.spilled.get(key);
    if (!spilled) return;
    this.spilled.delete(key);
    // A write that failed left no file to delete.
    void spilled.file.then(removeFile, () => undefined);
    if (spilled.entry.rows.file !== keptRows) void removeFile(spilled.entry.rows.file);
  }

  /** Drops the entry that waited longest. */
  dropOldest(): void {
    const oldest = this.spilled.keys().next();
    if (!oldest.done) this.drop(oldest.value);
  }

  /** Forgets every entry and deletes the folder (the cache deletes the rows files with its own). */
  async clear(): Promise<void> {
    this.spilled.clear();
    await this.folder.remove();
  }

  private async write(key: string, snapshot: Snapshot | undefined): Promise<string> {
    const file = await this.folder.newFilePath('.snapshot');
    const content: SpillFile = { version: FILE_VERSION, owner: this.owner, key, ...(snapshot !== undefined ? { snapshot } : {}) };
    try {
      await writeFile(file, JSON.stringify(content), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      await removeFile(file);
      throw error;
    }
    return file;
  }

  private async read(key: string, spilled: Spilled<Meta, Snapshot>): Promise<CacheEntry<Meta, Snapshot> | undefined> {
    try {
      const file = await spilled.file;
      const snapshot = parseSpillFile<Snapshot>(await readFile(file, 'utf8'), this.owner, key);
      // CSV exports and long lists read the rows: an entry without them is no use.
      if (spilled.entry.rows.file) await access(spilled.entry.rows.file);
      if (this.spilled.get(key) !== spilled) return undefined;
      this.spilled.delete(key);
      void removeFile(file);
      return { ...spilled.entry, ...(snapshot !== undefined ? { snapshot } : {}) };
    } catch (error) {
      if (this.spilled.get(key) !== spilled) return undefined;
      // The error's name, code and stack only: a parser's message may quote the file, which holds report data.
      this.logger.warn('evicted report snapshot could not be read back; the report is asked for again', { key, ...errorFields(error) });
      this.drop(key);
      return undefined;
    }
  }
}

/** The snapshot a spill file holds for `key`; throws when the file is not what `owner` wrote for it. */
function parseSpillFile<Snapshot>(text: string, owner: string, key: string): Snapshot | undefined {
  const content = JSON.parse(text) as Partial<SpillFile> | null;
  const valid =
    typeof content === 'object' &&
    content !== null &&
    content.version === FILE_VERSION &&
    content.owner === owner &&
    content.key === key &&
    (content.snapshot === undefined || (typeof content.snapshot === 'object' && content.snapshot !== null));
  if (!valid) throw new TypeError('A spilled report snapshot file is not in the expected form.');
  return content.snapshot as Snapshot | undefined;
}

async function removeFile(file: string | undefined): Promise<void> {
  if (file) await rm(file, { force: true });
}

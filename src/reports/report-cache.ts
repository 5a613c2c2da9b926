/**
 * Report rows kept for CSV exports and long lists, one file per download, so a 1,000,000-row report is
 * held neither in memory nor twice from Graph. A CSV report keeps Graph's own bytes (parsed again only
 * when read: the download pass does no per-row encoding), a JSON report its rows as NDJSON. Files are
 * private to this process (0600 in a 0700 folder) since they hold report data; with several instances
 * the rows may instead live in the shared archive (gzip there), streamed from it when read. An entry the
 * shared memory bound evicts is read back from the shared store when it is there, else from a private
 * file its snapshot waits in (snapshot-spill.ts), its rows file kept.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { PrivateFolder } from '../private-folder.js';
import type { Logger } from '../logger.js';
import type { FileArchive } from '../store/file-archive.js';
import type { CacheMemoryLimit } from './cache-memory.js';
import type { AnyRow, ReportId } from './catalog.js';
import { parseReportCsv } from './parse-csv.js';
import { SnapshotSpill } from './snapshot-spill.js';

/** `csv`: the report's CSV as Graph sent it; `ndjson`: one JSON row per line. */
export type RowsFormat = 'csv' | 'ndjson';

/** Where an entry's rows are: a local file of this process, a file in the shared archive, or both. */
export type StoredRows = { readonly format: RowsFormat; readonly file?: string; readonly archived?: string };

export type CacheEntry<Meta, Snapshot = never> = {
  readonly key: string;
  readonly rows: StoredRows;
  readonly meta: Meta;
  /** What the answers need of the rows, computed while they were written (see report-snapshot.ts). */
  readonly snapshot?: Snapshot;
  readonly etag?: string;
  /** When Graph last confirmed this data (download or 304), epoch ms. */
  validatedAt: number;
};

/** A rows file being written: bytes or lines in, to disk while the caller parses. */
export type RowsWriter = {
  readonly file: string;
  write(chunk: Buffer | string): Promise<void>;
  /** Waits until every byte is on disk. */
  finish(): Promise<void>;
  /** Stops and deletes the file (the download failed). */
  abort(): Promise<void>;
};

export type ReportCacheOptions = {
  /** Entries kept, in memory and waiting on disk together. */
  readonly maxEntries: number;
  readonly logger: Logger;
  /** Where the private folders go (default `.data/private`). */
  readonly parentFolder?: string;
  /** Where shared rows are, when several instances share report data. */
  readonly archive?: FileArchive;
  /** The bound this cache shares with the other tenants' caches, which may evict its entries. */
  readonly memory?: CacheMemoryLimit;
};

/** Room for the disk to fall behind the parser without making it wait. */
const WRITE_BUFFER_BYTES = 1024 * 1024;

export class ReportCache<Meta, Snapshot = never> {
  private readonly entries = new Map<string, CacheEntry<Meta, Snapshot>>();
  private readonly folder: PrivateFolder;
  private readonly spill: SnapshotSpill<Meta, Snapshot>;
  private readonly maxEntries: number;
  private readonly archive?: FileArchive;
  private readonly memory?: CacheMemoryLimit;

  constructor(options: ReportCacheOptions) {
    this.maxEntries = options.maxEntries;
    this.archive = options.archive;
    this.memory = options.memory;
    this.folder = new PrivateFolder('reports', options.parentFolder);
    this.spill = new SnapshotSpill(options.parentFolder, options.logger);
  }

  /** The entry for `key`, marked as most recently used. */
  get(key: string): CacheEntry<Meta, Snapshot> | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.memory?.touch(this, key);
    }
    return entry;
  }

  /** `key`'s entry when the memory bound moved it to disk: read back (once, however many ask) and held again. */
  async restore(key: string): Promise<CacheEntry<Meta, Snapshot> | undefined> {
    const restored = await this.spill.take(key);
    if (restored && !this.entries.has(key)) this.commit(restored);
    return this.get(key);
  }

  /** A new rows file; the caller turns it into an entry with `commit` once the rows are written. */
  async createRowsFile(): Promise<RowsWriter> {
    const file = await this.folder.newFilePath('.rows');
    const out = createWriteStream(file, { mode: 0o600 });
    const written = finished(out);
    // A failure is seen by the next write or by finish; until then it must not count as unhandled.
    written.catch(() => undefined);
    return {
      file,
      async write(chunk) {
        // Waits only once the disk is far behind: writes run on the thread pool while the caller parses.
        out.write(chunk);
        if (out.writableLength > WRITE_BUFFER_BYTES) await Promise.race([once(out, 'drain'), written]);
      },
      async finish() {
        out.end();
        await written;
      },
      async abort() {
        out.destroy();
        await rm(file, { force: true });
      },
    };
  }

  /** Makes `entry` the cached data for its key, dropping what it replaces and the least recently used beyond the limit. */
  commit(entry: CacheEntry<Meta, Snapshot>): void {
    const previous = this.entries.get(entry.key);
    this.entries.delete(entry.key);
    this.entries.set(entry.key, entry);
    if (previous && previous.rows.file !== entry.rows.file) removeFile(previous);
    // A newer download replaces what waited on disk; past the count, what waits on disk goes first.
    this.spill.drop(entry.key, entry.rows.file);
    while (this.entries.size + this.spill.size > this.maxEntries && this.spill.size > 0) this.spill.dropOldest();
    for (const [key, oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
      this.memory?.release(this, key);
      removeFile(oldest);
    }
    // Counted last: holding it may evict this cache's own oldest entries, never the one just committed.
    this.memory?.hold(this, entry.key, JSON.stringify(entry.snapshot ?? null).length + entry.key.length);
  }

  /**
   * Takes `key`'s entry out of memory (the shared memory limit is full). Rows on this process's disk
   * only: the snapshot waits in a private file and the rows file stays. Rows in the shared archive: the
   * entry and its local rows file go, since the shared store has them.
   */
  evict(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    if (entry.rows.file && !entry.rows.archived) this.spill.put(entry);
    else removeFile(entry);
  }

  /**
   * Streams an entry's rows back, from the local file when there is one, else from the archive. A
   * local file replaced since is still readable to whoever opened it first.
   */
  async *readRows(entry: CacheEntry<Meta, Snapshot>, report: ReportId): AsyncGenerator<AnyRow> {
    const bytes = await this.open(entry.rows);
    if (entry.rows.format === 'csv') {
      yield* parseReportCsv(report, bytes);
      return;
    }
    for await (const line of createInterface({ input: bytes, crlfDelay: Infinity })) {
      if (line) yield JSON.parse(line) as AnyRow;
    }
  }

  /** Every entry, those waiting on disk (without their snapshots) first. */
  list(): readonly CacheEntry<Meta, Snapshot>[] {
    return [...this.spill.list(), ...this.entries.values()];
  }

  /** Deletes every cached file of this process (the shared archive is left as it is). */
  async clear(): Promise<void> {
    for (const key of this.entries.keys()) this.memory?.release(this, key);
    this.entries.clear();
    await Promise.all([this.spill.clear(), this.folder.remove()]);
  }

  private async open(rows: StoredRows): Promise<Readable> {
    if (rows.file) return createReadStream(rows.file);
    if (rows.archived && this.archive) {
      // pipeline hands a download failure to the decompressed stream, and so to the reader.
      return pipeline(await this.archive.download(rows.archived), createGunzip(), () => {});
    }
    throw new Error('A cached report has neither a local rows file nor a shared one.');
  }
}

function removeFile(entry: CacheEntry<unknown, unknown>): void {
  if (entry.rows.file) void rm(entry.rows.file, { force: true });
}

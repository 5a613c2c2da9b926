/**
 * Report rows cached on disk as NDJSON, one file per request, so a 1,000,000-row report is held
 * neither in memory nor twice from Graph: it is parsed once while downloading, then every reader
 * streams it back. Files are private to this process (0600 in a 0700 folder) since they hold report data.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { PrivateFolder } from '../private-folder.js';
import type { AnyRow } from './catalog.js';

export type CacheEntry<Meta, Snapshot = never> = {
  readonly key: string;
  readonly file: string;
  readonly meta: Meta;
  /** What the answers need of the rows, computed while they were written (see report-snapshot.ts). */
  readonly snapshot?: Snapshot;
  readonly etag?: string;
  /** When Graph last confirmed this data (download or 304), epoch ms. */
  validatedAt: number;
};

/** Lines are gathered into writes of about this size: one write per row would dominate large reports. */
const WRITE_CHUNK_CHARS = 64 * 1024;

export class ReportCache<Meta, Snapshot = never> {
  private readonly entries = new Map<string, CacheEntry<Meta, Snapshot>>();
  private readonly folder: PrivateFolder;

  constructor(
    private readonly maxEntries: number,
    parentFolder?: string,
  ) {
    this.folder = new PrivateFolder('reports', parentFolder);
  }

  /** The entry for `key`, marked as most recently used. */
  get(key: string): CacheEntry<Meta, Snapshot> | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Writes `rows` to a new file; the caller turns it into an entry with `commit` once it knows the metadata. */
  async writeRows(rows: AsyncIterable<AnyRow>, onRow: (row: AnyRow) => void): Promise<string> {
    const file = await this.folder.newFilePath('.ndjson');
    const out = createWriteStream(file, { mode: 0o600 });
    try {
      let chunk = '';
      for await (const row of rows) {
        onRow(row);
        chunk += `${JSON.stringify(row)}\n`;
        if (chunk.length >= WRITE_CHUNK_CHARS) {
          if (!out.write(chunk)) await once(out, 'drain');
          chunk = '';
        }
      }
      out.end(chunk);
      await once(out, 'finish');
      return file;
    } catch (error) {
      out.destroy();
      await rm(file, { force: true });
      throw error;
    }
  }

  /** Makes `entry` the cached data for its key, dropping what it replaces and the least recently used beyond the limit. */
  commit(entry: CacheEntry<Meta, Snapshot>): void {
    const previous = this.entries.get(entry.key);
    this.entries.delete(entry.key);
    this.entries.set(entry.key, entry);
    if (previous && previous.file !== entry.file) void rm(previous.file, { force: true });
    for (const [key, oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
      void rm(oldest.file, { force: true });
    }
  }

  /** Streams an entry's rows back. A file replaced since is still readable to whoever opened it first. */
  async *readRows(entry: CacheEntry<Meta, Snapshot>): AsyncGenerator<AnyRow> {
    const lines = createInterface({ input: createReadStream(entry.file), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line) yield JSON.parse(line) as AnyRow;
    }
  }

  list(): readonly CacheEntry<Meta, Snapshot>[] {
    return [...this.entries.values()];
  }

  /** Deletes every cached file. */
  async clear(): Promise<void> {
    this.entries.clear();
    await this.folder.remove();
  }
}

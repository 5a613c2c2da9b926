/**
 * Report data several instances share: each download's metadata, etag and snapshot as a JSON document
 * in the state store (`report-data/<request key>`), its rows (gzip) in the file archive under a fresh
 * name. One instance downloads under a lease while the others wait for its document, so N instances
 * make one Graph request per report per refresh between them; a downloader that dies is taken over.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { constants, createGzip } from 'node:zlib';
import type { Clock } from '../clock.js';
import { errorFields, type Logger } from '../logger.js';
import type { FileArchive } from '../store/file-archive.js';
import { resolveSingleFlight, singleFlight, type SingleFlightOptions, type SingleFlightSettings } from '../store/single-flight.js';
import type { JsonValue, StateStore } from '../store/state-store.js';
import type { CacheEntry, StoredRows } from './report-cache.js';

export type SharedReportsOptions = SingleFlightSettings & {
  readonly store: StateStore;
  readonly archive: FileArchive;
  readonly clock: Clock;
  readonly logger: Logger;
};

/** The document's layout; a document of another version is ignored and replaced by the next download. */
const DOCUMENT_VERSION = 1;
const DOCUMENT_PREFIX = 'report-data/';
/** Where shared rows files go in the archive. */
export const ROWS_PREFIX = 'report-rows/';
const DEFAULT_LEASE_MS = 30_000;
const DEFAULT_POLL_MS = 500;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

type Document = {
  readonly version: number;
  readonly key: string;
  readonly meta: JsonValue;
  readonly snapshot?: JsonValue;
  readonly etag?: string;
  readonly validatedAt: number;
  readonly rows: { readonly format: StoredRows['format']; readonly archived: string };
};

export class SharedReports<Meta, Snapshot> {
  private readonly flight: SingleFlightOptions;

  constructor(private readonly options: SharedReportsOptions) {
    this.flight = resolveSingleFlight(options.store, options.clock, options, {
      leaseMs: DEFAULT_LEASE_MS,
      pollMs: DEFAULT_POLL_MS,
      timeoutMs: DEFAULT_TIMEOUT_MS,
    });
  }

  /** The shared entry for `key` (rows in the archive), or undefined when none is stored or it cannot be used. */
  async read(key: string): Promise<CacheEntry<Meta, Snapshot> | undefined> {
    const stored = await this.options.store.get(DOCUMENT_PREFIX + key);
    if (!stored) return undefined;
    const document = readDocument(stored.value, key);
    if (!document) {
      this.options.logger.warn('shared report data ignored: not in the expected form', { key });
      return undefined;
    }
    return {
      key,
      meta: document.meta as Meta,
      ...(document.snapshot !== undefined ? { snapshot: document.snapshot as Snapshot } : {}),
      ...(document.etag !== undefined ? { etag: document.etag } : {}),
      validatedAt: document.validatedAt,
      rows: { format: document.rows.format, archived: document.rows.archived },
    };
  }

  /**
   * Makes `entry` the shared data for its key: its rows are archived unless they already are, then the
   * document is written and rows files no document names any more are deleted (`previous`, the shared
   * entry this one replaces, keeps its rows for readers still streaming them). Returns the entry with its archived name.
   */
  async publish(
    entry: CacheEntry<Meta, Snapshot>,
    refreshDate: string | undefined,
    previous: CacheEntry<Meta, Snapshot> | undefined,
  ): Promise<CacheEntry<Meta, Snapshot>> {
    const folder = `${ROWS_PREFIX}${createHash('sha256').update(entry.key).digest('hex').slice(0, 32)}/`;
    let archived = entry.rows.archived;
    if (!archived) {
      if (!entry.rows.file) throw new Error('A report entry without rows cannot be shared.');
      archived = `${folder}${refreshDate ?? 'undated'}-${randomUUID()}.${entry.rows.format}.gz`;
      // Compressed on the way (report CSV shrinks about 8×), so the other instances download little.
      // pipeline hands a read failure to the compressed stream, and so to the upload.
      const compressed = pipeline(createReadStream(entry.rows.file), createGzip({ level: constants.Z_BEST_SPEED }), () => {});
      await this.options.archive.upload(archived, compressed);
    }
    const document: Document = {
      version: DOCUMENT_VERSION,
      key: entry.key,
      meta: entry.meta as JsonValue,
      ...(entry.snapshot !== undefined ? { snapshot: entry.snapshot as JsonValue } : {}),
      ...(entry.etag !== undefined ? { etag: entry.etag } : {}),
      validatedAt: entry.validatedAt,
      rows: { format: entry.rows.format, archived },
    };
    await this.options.store.put(DOCUMENT_PREFIX + entry.key, document);
    const keep = new Set([archived, ...(previous?.rows.archived ? [previous.rows.archived] : [])]);
    await this.options.archive.prune(folder, keep).catch((error: unknown) => {
      this.options.logger.warn('old shared report rows could not be deleted', errorFields(error));
    });
    return { ...entry, rows: { ...entry.rows, archived } };
  }

  /**
   * `read`'s result, or else `produce`'s, made by one instance at a time under a lease on `key` that is
   * renewed while it runs; the others wait for it. Throws `SingleFlightTimeoutError` past the timeout.
   */
  once<T>(key: string, read: () => Promise<T | undefined>, produce: () => Promise<T>): Promise<T> {
    return singleFlight(`report-fetch/${key}`, this.flight, read, produce);
  }
}

function readDocument(value: unknown, key: string): Document | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const document = value as Partial<Document>;
  const rows = document.rows as Partial<Document['rows']> | undefined;
  const valid =
    document.version === DOCUMENT_VERSION &&
    document.key === key &&
    typeof document.meta === 'object' &&
    document.meta !== null &&
    (document.snapshot === undefined || (typeof document.snapshot === 'object' && document.snapshot !== null)) &&
    (document.etag === undefined || typeof document.etag === 'string') &&
    typeof document.validatedAt === 'number' &&
    Number.isFinite(document.validatedAt) &&
    (rows?.format === 'csv' || rows?.format === 'ndjson') &&
    typeof rows.archived === 'string' &&
    rows.archived.startsWith(ROWS_PREFIX);
  return valid ? (document as Document) : undefined;
}

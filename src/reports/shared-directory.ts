/**
 * The directory several instances share: a small document in the state store (`directory/users`: the
 * day it describes, when Graph sent it, its deltaLink and the name of its index file) and the index
 * itself (gzip) in the file archive under a fresh name. One instance reads Graph under a lease while
 * the others wait for its document; the next refresh, on any instance, starts from the shared deltaLink.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGunzip, createGzip } from 'node:zlib';
import type { Clock } from '../clock.js';
import { errorFields, type Logger } from '../logger.js';
import type { FileArchive } from '../store/file-archive.js';
import { resolveSingleFlight, singleFlight, type SingleFlightOptions, type SingleFlightSettings } from '../store/single-flight.js';
import type { StateStore } from '../store/state-store.js';
import type { DirectoryIndex } from './directory-index.js';
import { decodeDirectoryIndex, encodeDirectoryIndex } from './directory-index-codec.js';
import { isDirectoryDeltaLink } from './directory-users.js';

/** The storage the instances share, and how long a waiting instance waits (a first read of a million users takes minutes). */
export type SharedDirectoryOptions = SingleFlightSettings & { readonly store: StateStore; readonly archive: FileArchive };

/** A directory copy as instances share it (the index itself is in the archive). */
export type SharedDirectoryCopy = {
  /** The UTC day (YYYY-MM-DD) the copy describes. */
  readonly day: string;
  /** When Graph sent it (epoch ms). */
  readonly fetchedAt: number;
  readonly users: number;
  /** How the copy was last brought up to date. */
  readonly refresh: 'full' | 'delta';
  /** Where the next delta round starts; absent when the next refresh must read everything. */
  readonly deltaLink?: string;
  /** The index file in the archive. */
  readonly archived: string;
};

const DOCUMENT_KEY = 'directory/users';
const DOCUMENT_VERSION = 1;
/** Where shared directory index files go in the archive. */
export const FILES_PREFIX = 'directory-index/';
const FLIGHT_KEY = 'directory-read';
const DEFAULT_LEASE_MS = 30_000;
const DEFAULT_POLL_MS = 1_000;
const DEFAULT_TIMEOUT_MS = 30 * 60_000;

export class SharedDirectory {
  private readonly flight: SingleFlightOptions;

  constructor(
    private readonly options: SharedDirectoryOptions,
    clock: Clock,
    private readonly logger: Logger,
  ) {
    this.flight = resolveSingleFlight(options.store, clock, options, { leaseMs: DEFAULT_LEASE_MS, pollMs: DEFAULT_POLL_MS, timeoutMs: DEFAULT_TIMEOUT_MS });
  }

  /** The shared copy's document, or undefined when there is none or it is not in the expected form. */
  async read(): Promise<SharedDirectoryCopy | undefined> {
    const stored = await this.options.store.get(DOCUMENT_KEY);
    if (!stored) return undefined;
    const copy = readDocument(stored.value);
    if (!copy) this.logger.warn('shared directory ignored: not in the expected form', { key: DOCUMENT_KEY });
    return copy;
  }

  /** The index of a shared copy, from the archive. */
  async load(copy: SharedDirectoryCopy): Promise<DirectoryIndex> {
    const chunks: Buffer[] = [];
    const source = await this.options.archive.download(copy.archived);
    await pipeline(source, createGunzip(), async (unzipped: AsyncIterable<Buffer>) => {
      for await (const chunk of unzipped) chunks.push(chunk);
    });
    return decodeDirectoryIndex(Buffer.concat(chunks));
  }

  /**
   * Makes `index` the shared copy: the index is archived under a fresh name, then the document written,
   * then index files no document names any more deleted (`previous`'s stays for readers still loading it).
   */
  async publish(index: DirectoryIndex, copy: Omit<SharedDirectoryCopy, 'archived' | 'users'>, previous: SharedDirectoryCopy | undefined): Promise<SharedDirectoryCopy> {
    const archived = `${FILES_PREFIX}${copy.day}-${randomUUID()}.bin.gz`;
    const compressed = Readable.from(encodeDirectoryIndex(index), { objectMode: false }).pipe(createGzip({ level: constants.Z_BEST_SPEED }));
    await this.options.archive.upload(archived, compressed);
    const shared: SharedDirectoryCopy = { ...copy, users: index.size, archived };
    await this.options.store.put(DOCUMENT_KEY, { version: DOCUMENT_VERSION, ...shared });
    const keep = new Set([archived, ...(previous ? [previous.archived] : [])]);
    await this.options.archive.prune(FILES_PREFIX, keep).catch((error: unknown) => {
      this.logger.warn('old shared directory files could not be deleted', errorFields(error));
    });
    return shared;
  }

  /** `read`'s result, or else `produce`'s, made by one instance at a time under a lease; the others wait for it. */
  once<T>(read: () => Promise<T | undefined>, produce: () => Promise<T>): Promise<T> {
    return singleFlight(FLIGHT_KEY, this.flight, read, produce);
  }
}

function readDocument(value: unknown): SharedDirectoryCopy | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, day, fetchedAt, users, refresh, deltaLink, archived } = value as Record<string, unknown>;
  const valid =
    version === DOCUMENT_VERSION &&
    typeof day === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(day) &&
    typeof fetchedAt === 'number' &&
    Number.isFinite(fetchedAt) &&
    Number.isSafeInteger(users) &&
    (refresh === 'full' || refresh === 'delta') &&
    (deltaLink === undefined || isDirectoryDeltaLink(deltaLink)) &&
    typeof archived === 'string' &&
    archived.startsWith(FILES_PREFIX);
  if (!valid) return undefined;
  return { day, fetchedAt, users: users as number, refresh, ...(deltaLink !== undefined ? { deltaLink } : {}), archived };
}

/**
 * Reads the tenant's users (department, country, office, company, job title, account state) into a
 * `DirectoryIndex` the way reports are read: kept for the UTC day, one read shared by concurrent askers
 * and, with shared storage, by every instance; a request budget of its own; older data served (marked
 * stale) when Graph cannot be asked; a 403 that names User.Read.All; progress told page by page.
 *
 * The first read takes a delta token, then pages through `/users` 999 at a time; later days follow the
 * delta query from that token (adds, changes, removals) and keep the new token. A token Graph refuses
 * (expired after seven days, or otherwise unknown) means one full read again. The index held counts
 * against the memory bound every tenant's caches share; evicted, it waits in a private file until asked for.
 */
import { toIsoDate, type Clock } from '../clock.js';
import { errorFields, type Logger } from '../logger.js';
import { PrivateFolder } from '../private-folder.js';
import { SingleFlightTimeoutError } from '../store/single-flight.js';
import type { CacheMemoryLimit } from './cache-memory.js';
import type { DirectoryIndex, DirectoryRecord } from './directory-index.js';
import { applyDirectoryChanges, DirectoryIndexBuilder } from './directory-index-builder.js';
import { loadSpilledIndex, spillDirectoryIndex } from './directory-spill.js';
import { DIRECTORY_DELTA_START_PATH, DIRECTORY_USERS_PATH, readDirectoryItem } from './directory-users.js';
import { DIRECTORY_USERS, FetchRelay, type FetchListener } from './fetch-progress.js';
import type { JsonResponse, RequestOptions } from './graph-client.js';
import { createPermissionError } from './graph-error-response.js';
import { describeSharingFailure, GraphReportError, ReportRequestError, staleServableCode } from './report-errors.js';
import { GRAPH_BUDGET_WINDOW_MS, RequestBudget, type BudgetUsage, type GraphRequestBudget } from './request-budget.js';
import { SharedDirectory, type SharedDirectoryCopy, type SharedDirectoryOptions } from './shared-directory.js';

/** Where the directory came from and how fresh it is; `cache` as for reports. */
export type DirectoryMeta = {
  readonly source: string;
  /** The UTC day (YYYY-MM-DD) the copy describes: the directory has no reporting lag and is refreshed once a day. */
  readonly day: string;
  /** When Graph sent it (ISO time). */
  readonly fetchedAt: string;
  readonly users: number;
  /** How it was last brought up to date: every user read, or the delta query's changes applied. */
  readonly refresh: 'full' | 'delta';
  readonly cache: 'miss' | 'hit' | 'stale';
};

/** The directory: its metadata and the index the joins look users up in. */
export type Directory = { readonly meta: DirectoryMeta; readonly index: DirectoryIndex };

export type DirectoryReaderOptions = {
  readonly fetcher: { getJson(pathAndQuery: string, options?: RequestOptions): Promise<JsonResponse> };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sourceName: string;
  /** Where requests are counted when several instances share one budget; its limit for DIRECTORY_BUDGET_KEY applies. */
  readonly budget?: GraphRequestBudget;
  /** This process's own budget otherwise (default DIRECTORY_REQUESTS_PER_10_MINUTES). */
  readonly requestsPer10Minutes?: number;
  /** Storage the instances share: one of them reads Graph, all use its copy and its deltaLink. */
  readonly shared?: SharedDirectoryOptions;
  /** The memory bound this directory shares with the other tenants' caches, which may move its index to a file. */
  readonly cacheMemory?: CacheMemoryLimit;
  /** Where an evicted index's file goes (default `.data/private`). */
  readonly cacheFolder?: string;
};

/** The budget key, as `status` lists it. */
export const DIRECTORY_BUDGET_KEY = 'directory users';

/**
 * Requests the directory may make per 10 minutes. Graph meters directory reads in resource units, not
 * requests: a page of `/users` with `$select` costs 1, against 3,500 to 8,000 per 10 seconds per app
 * and tenant. 3,000 pages per 10 minutes (5 a second on average, under 1.5 % of the smallest tenant's
 * quota) fits a first read of 3 million users (999 a page) in one window; a larger read waits for it.
 */
export const DIRECTORY_REQUESTS_PER_10_MINUTES = 3000;

const TITLE = 'the directory (department, country and office of every user)';
const WHAT = 'the directory users';

/** A copy of the directory this process holds. */
type Held = Omit<SharedDirectoryCopy, 'archived' | 'users'> & { readonly index: DirectoryIndex; readonly archived?: string };
type Read = { readonly held: Held; readonly cache: DirectoryMeta['cache'] };
type Spend = () => Promise<void>;
/** A copy whose index the memory bound moved to a file: the file resolves once written. */
type Spilled = Omit<Held, 'index'> & { readonly file: Promise<string> };

/** The key this reader's index has in the shared memory bound (one index per reader). */
const MEMORY_KEY = 'directory';

export class DirectoryReader {
  private held?: Held;
  private spilled?: Spilled;
  private restoring?: Promise<Held | undefined>;
  private flight?: { readonly result: Promise<Read>; readonly relay: FetchRelay };
  private readonly budget: GraphRequestBudget;
  private readonly shared?: SharedDirectory;
  private readonly spillFolder: PrivateFolder;

  constructor(private readonly options: DirectoryReaderOptions) {
    const limit = options.requestsPer10Minutes ?? DIRECTORY_REQUESTS_PER_10_MINUTES;
    this.budget = options.budget ?? new RequestBudget(options.clock, limit, GRAPH_BUDGET_WINDOW_MS);
    if (options.shared) this.shared = new SharedDirectory(options.shared, options.clock, options.logger);
    this.spillFolder = new PrivateFolder('directory', options.cacheFolder);
  }

  /**
   * Today's directory: from memory (or the file it was evicted to) when it was read today, else refreshed
   * (concurrent callers share the refresh). `listener` hears of the refresh page by page, as report
   * fetches are told to the progress card.
   */
  async read(listener?: FetchListener): Promise<Directory> {
    const held = this.held ?? (await this.restore());
    if (held && held.day === this.today()) {
      this.options.cacheMemory?.touch(this, MEMORY_KEY);
      return this.toDirectory(held, 'hit');
    }
    const flight = this.flight ?? this.startFlight(held);
    if (listener) flight.relay.join(listener);
    const { held: read, cache } = await flight.result;
    return this.toDirectory(read, cache);
  }

  /** The request budget, once it was spent from; for `status`. */
  budgetUsage(): BudgetUsage | undefined {
    const usage = this.budget.usage(DIRECTORY_BUDGET_KEY);
    return usage.used > 0 || this.held || this.spilled ? usage : undefined;
  }

  private startFlight(held: Held | undefined): NonNullable<DirectoryReader['flight']> {
    // A full read is expected when there is no deltaLink: about as many users as last time.
    const previousRows = held && !held.deltaLink ? { previousRows: held.index.size } : {};
    const relay = new FetchRelay({ report: DIRECTORY_USERS, title: TITLE, phase: 'requesting', bytes: 0, rows: 0, ...previousRows });
    const result = this.refresh(held, relay)
      .then((read) => {
        this.keep(read.held);
        return read;
      })
      .finally(() => {
        this.flight = undefined;
      });
    this.flight = { result, relay };
    return this.flight;
  }

  /** With shared storage, another instance's copy of today is used; otherwise one instance reads and publishes. */
  private async refresh(held: Held | undefined, relay: FetchRelay): Promise<Read> {
    const { shared } = this;
    if (!shared) return this.fetchOrServeStale(held, relay);
    try {
      return await shared.once(
        () => this.adoptShared(shared),
        async () => {
          const published = await shared.read();
          const read = await this.fetchOrServeStale(await this.newerOf(held, published, shared), relay);
          return read.cache === 'stale' ? read : { held: await this.publish(shared, read.held, published), cache: read.cache };
        },
      );
    } catch (error) {
      if (error instanceof SingleFlightTimeoutError && held) {
        this.options.logger.warn('serving stale directory', { reason: error.code });
        return { held, cache: 'stale' };
      }
      throw describeSharingFailure(error, WHAT) ?? error;
    }
  }

  /** Another instance's copy, when it describes today. */
  private async adoptShared(shared: SharedDirectory): Promise<Read | undefined> {
    const copy = await shared.read();
    if (!copy || copy.day !== this.today()) return undefined;
    const index = await this.loadShared(shared, copy);
    return index ? { held: { ...copy, index }, cache: 'hit' } : undefined;
  }

  /** The more recent of this process's copy and the shared one: the delta round starts from it. */
  private async newerOf(held: Held | undefined, published: SharedDirectoryCopy | undefined, shared: SharedDirectory): Promise<Held | undefined> {
    if (!published || (held && (held.fetchedAt >= published.fetchedAt || held.archived === published.archived))) return held;
    const index = await this.loadShared(shared, published);
    return index ? { ...published, index } : held;
  }

  private async loadShared(shared: SharedDirectory, copy: SharedDirectoryCopy): Promise<DirectoryIndex | undefined> {
    try {
      return await shared.load(copy);
    } catch (error) {
      this.options.logger.warn('shared directory could not be loaded', errorFields(error));
      return undefined;
    }
  }

  private async publish(shared: SharedDirectory, held: Held, previous: SharedDirectoryCopy | undefined): Promise<Held> {
    try {
      const { index, archived: _archived, ...copy } = held;
      return { ...(await shared.publish(index, copy, previous)), index };
    } catch (error) {
      this.options.logger.warn('directory not shared with the other instances', errorFields(error));
      return held;
    }
  }

  private async fetchOrServeStale(base: Held | undefined, relay: FetchRelay): Promise<Read> {
    try {
      return { held: await this.fetchFromGraph(base, relay), cache: 'miss' };
    } catch (error) {
      const reason = staleServableCode(error);
      if (base && reason) {
        this.options.logger.warn('serving stale directory', { reason });
        return { held: base, cache: 'stale' };
      }
      throw error instanceof GraphReportError && error.code === 'FORBIDDEN' ? directoryForbidden(error) : error;
    }
  }

  private async fetchFromGraph(base: Held | undefined, relay: FetchRelay): Promise<Held> {
    const spend = this.pacedSpender();
    if (base?.deltaLink) {
      try {
        return await this.readChanges(base.index, base.deltaLink, spend, relay);
      } catch (error) {
        if (!isRefusedDeltaToken(error)) throw error;
        this.options.logger.warn('directory delta token refused, reading every user again', { status: (error as GraphReportError).status });
        relay.update({ phase: 'requesting', rows: 0, previousRows: base.index.size });
      }
    }
    return this.readAll(spend, relay);
  }

  private async readAll(spend: Spend, relay: FetchRelay): Promise<Held> {
    const { clock, logger } = this.options;
    const day = this.today();
    const started = clock.now();
    // The token is taken first, so what changes while the pages are read comes back in the next delta round.
    const start = await this.getJson(DIRECTORY_DELTA_START_PATH, spend);
    for await (const page of start.pages) if (page.length > 0) logger.warn('directory delta start sent users; they are read with the full list', { users: page.length });
    const deltaLink = start.deltaLink();
    if (!deltaLink) logger.warn('directory delta start sent no deltaLink; the next refresh reads every user again');
    const response = await this.getJson(DIRECTORY_USERS_PATH, spend);
    relay.update({ phase: 'downloading' });
    const builder = new DirectoryIndexBuilder();
    let skipped = 0;
    for await (const page of response.pages) {
      for (const item of page) {
        const read = readDirectoryItem(item);
        if (read.kind === 'user') builder.add(read.record);
        else skipped++;
      }
      relay.update({ rows: builder.size });
    }
    const index = builder.build();
    this.logSkipped(skipped);
    logger.info('directory read', { users: index.size, ms: clock.now() - started });
    return { index, day, fetchedAt: clock.now(), refresh: 'full', ...(deltaLink ? { deltaLink } : {}) };
  }

  private async readChanges(index: DirectoryIndex, link: string, spend: Spend, relay: FetchRelay): Promise<Held> {
    const { clock, logger } = this.options;
    const day = this.today();
    const response = await this.getJson(link, spend);
    relay.update({ phase: 'downloading' });
    // By object id, the last word of the round on each user: its record, or null when it was removed.
    const changes = new Map<string, DirectoryRecord | null>();
    let skipped = 0;
    for await (const page of response.pages) {
      for (const item of page) {
        const read = readDirectoryItem(item);
        if (read.kind === 'invalid') skipped++;
        else if (read.kind === 'removed') changes.set(read.id.toLowerCase(), null);
        else changes.set(read.record.id.toLowerCase(), read.record);
      }
      relay.update({ rows: changes.size });
    }
    const updated = applyDirectoryChanges(index, changes);
    const deltaLink = response.deltaLink();
    if (!deltaLink) logger.warn('directory delta round ended without a deltaLink; the next refresh reads every user again');
    this.logSkipped(skipped);
    logger.info('directory refreshed', { changes: changes.size, users: updated.size });
    return { index: updated, day, fetchedAt: clock.now(), refresh: 'delta', ...(deltaLink ? { deltaLink } : {}) };
  }

  private async getJson(pathAndQuery: string, spend: Spend): Promise<Extract<JsonResponse, { kind: 'json' }>> {
    const response = await this.options.fetcher.getJson(pathAndQuery, { beforeRequest: spend });
    if (response.kind === 'json') return response;
    const url = pathAndQuery.split('?')[0]!;
    throw new GraphReportError('UNEXPECTED_RESPONSE', `Microsoft Graph answered 304 Not Modified to GET ${url}, which asked for no cached copy.`, { method: 'GET', url }, 304);
  }

  /**
   * Spends from the budget before each request. The first request of a refresh is refused at once when
   * the budget is spent (older data is served); a read under way waits for the budget instead.
   */
  private pacedSpender(): Spend {
    let spent = 0;
    return async () => {
      for (;;) {
        try {
          await this.budget.spend(DIRECTORY_BUDGET_KEY);
          spent++;
          return;
        } catch (error) {
          const retryAt = error instanceof ReportRequestError && error.code === 'BUDGET_EXHAUSTED' ? error.retryAt : undefined;
          if (spent === 0 || retryAt === undefined) throw error;
          const waitMs = Math.max(1000, retryAt - this.options.clock.now());
          this.options.logger.info('directory read waits for its request budget', { ms: waitMs });
          await this.options.clock.sleep(waitMs);
        }
      }
    };
  }

  private logSkipped(skipped: number): void {
    if (skipped > 0) this.options.logger.warn('directory users skipped: not in the expected form', { skipped });
  }

  /** Moves the index to a file (the shared memory bound is full); the next read takes it back. */
  evict(): void {
    const held = this.held;
    if (!held) return;
    const { index, ...copy } = held;
    this.held = undefined;
    const file = spillDirectoryIndex(this.spillFolder, index);
    // A failed write is seen (and logged) by the read that waits for it.
    file.catch(() => undefined);
    this.spilled = { ...copy, file };
  }

  /** Forgets the index and deletes its file, if it has one. */
  async close(): Promise<void> {
    this.options.cacheMemory?.release(this, MEMORY_KEY);
    this.held = undefined;
    this.spilled = undefined;
    await this.spillFolder.remove();
  }

  private keep(held: Held): void {
    this.held = held;
    this.spilled = undefined;
    this.options.cacheMemory?.hold(this, MEMORY_KEY, held.index.byteSize());
  }

  /** The evicted copy read back from its file (once, however many ask); undefined when there is none or it cannot be read (then Graph or the shared copy is asked). */
  private restore(): Promise<Held | undefined> {
    const spilled = this.spilled;
    if (!spilled) return Promise.resolve(undefined);
    this.restoring ??= this.load(spilled).finally(() => (this.restoring = undefined));
    return this.restoring;
  }

  private async load(spilled: Spilled): Promise<Held | undefined> {
    const { file, ...copy } = spilled;
    try {
      const index = await loadSpilledIndex(await file);
      // A refresh may have finished meanwhile: its copy is newer.
      if (this.spilled !== spilled) return this.held;
      const held = { ...copy, index };
      this.keep(held);
      return held;
    } catch (error) {
      this.options.logger.warn('evicted directory could not be read back', errorFields(error));
      if (this.spilled === spilled) this.spilled = undefined;
      return this.held;
    }
  }

  private today(): string {
    return toIsoDate(this.options.clock.now());
  }

  private toDirectory(held: Held, cache: DirectoryMeta['cache']): Directory {
    const { index, day, fetchedAt, refresh } = held;
    return { meta: { source: this.options.sourceName, day, fetchedAt: new Date(fetchedAt).toISOString(), users: index.size, refresh, cache }, index };
  }
}

/** Graph no longer knows a delta token: 410 Gone, or 400 (`syncStateNotFound` once the token is over seven days old). */
function isRefusedDeltaToken(error: unknown): boolean {
  return error instanceof GraphReportError && (error.status === 410 || error.status === 400);
}

/** The 403 of /users: reading users needs User.Read.All, not the reports' permission. */
function directoryForbidden(error: GraphReportError): GraphReportError {
  return createPermissionError(
    error,
    'DIRECTORY_FORBIDDEN',
    "Reading users' department, country and office needs the User.Read.All application permission (the least " +
      'privileged; Directory.Read.All also grants it)',
  );
}

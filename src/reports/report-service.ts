/**
 * The one way into report data for every front end (chat, digest, CSV export, CLI). It validates
 * the request, answers from cache while the data is fresh, shares one Graph call among concurrent
 * askers, spends a per-report request budget before Graph would throttle, and streams typed rows.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { toIsoDate, type Clock } from '../clock.js';
import { errorFields, type Logger } from '../logger.js';
import { SingleFlightTimeoutError } from '../store/single-flight.js';
import type { ReportId, RowOf } from './catalog.js';
import type { RequestOptions } from './graph-client.js';
import type { CacheMemoryLimit } from './cache-memory.js';
import { checkPermissions, PROBE_REPORT_FUNCTION, type PermissionCheck } from './permission-check.js';
import { ReportCache } from './report-cache.js';
import type { AnyTap, Report, ReportEntry as Entry, ReportFetcher, ReportMeta, RowTap, StoredMeta } from './report-data.js';
import { readDownload } from './download-pass.js';
import { DirectoryReader, type Directory } from './directory-reader.js';
import type { DirectoryIndex } from './directory-index.js';
import { DirectoryJoins, type Joined } from './directory-joins.js';
import { LicenceReader, type SubscribedSkus } from './licence-reader.js';
import { describeSharingFailure, GraphReportError, staleServableCode } from './report-errors.js';
import {
  resolveReportRequest,
  type CopilotReportApi,
  type ReportParams,
  type ResolvedReportRequest,
} from './report-request.js';
import { GRAPH_BUDGET_WINDOW_MS, RequestBudget, type BudgetUsage, type GraphRequestBudget } from './request-budget.js';
import { PrivateFolder } from '../private-folder.js';
import { sortRows } from './sorted-rows.js';
import { SharedReports, type SharedReportsOptions } from './shared-reports.js';
import { SNAPSHOT_ROW_LIMIT, type ReportSnapshot } from './report-snapshot.js';
import type { KeptViewOf } from './kept-views.js';
import { FetchRelay, type FetchListener, type FetchProgress } from './fetch-progress.js';
import { noteRead } from './cached-reads.js';

export type { FetchListener, FetchProgress } from './fetch-progress.js';
export type { Report, ReportFetcher, ReportMeta, RowTap } from './report-data.js';

export type ReportServiceOptions = {
  readonly fetcher: ReportFetcher;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sourceName: string;
  /** True when the source is no real tenant: every report's metadata then says `demo`, and so does every card. */
  readonly demoData?: boolean;
  readonly copilotApi: CopilotReportApi;
  /** How to ask Graph: CSV (one request per report) or JSON (one request per page of 200). */
  readonly format: 'csv' | 'json';
  readonly cacheTtlMs: number;
  /** Graph allows 14 CSV requests per report function per 10 minutes. */
  readonly csvRequestsPer10Minutes: number;
  /** Graph allows 100 JSON requests per 10 minutes. */
  readonly jsonRequestsPer10Minutes: number;
  /** Where requests are counted; default an in-memory budget for this process with the limit above. */
  readonly budget?: GraphRequestBudget;
  readonly maxCachedReports?: number;
  /** The memory bound this service's cache shares with the other tenants' services. */
  readonly cacheMemory?: CacheMemoryLimit;
  readonly cacheFolder?: string;
  /** The name cards give this service's tenant, asked each time (tenants are renamed, and shown only once several are served). */
  readonly tenantName?: () => string | undefined;
  /**
   * Storage several instances share: downloads are published there (snapshot in the store, rows in the
   * archive) and used by every instance, one Graph request per report per refresh among them.
   */
  readonly shared?: Omit<SharedReportsOptions, 'clock' | 'logger'>;
  /** Rows `sortRows` sorts in memory before it spills sorted runs to disk (default DEFAULT_RUN_ROWS). */
  readonly sortRunRows?: number;
  /** Rows a snapshot keeps of each list (default SNAPSHOT_ROW_LIMIT); longer lists are read from the rows. */
  readonly snapshotRowLimit?: number;
};

export type ReportServiceStatus = {
  readonly source: string;
  readonly budgets: readonly BudgetUsage[];
  readonly cached: readonly { readonly key: string; readonly meta: ReportMeta; readonly validatedAt: string }[];
};

type Fetched = { entry: Entry; cache: ReportMeta['cache'] };
type Flight = { readonly result: Promise<Fetched>; readonly relay: FetchRelay };
type ReportProgress = (update: Partial<FetchProgress>) => void;

/** Derived values kept (a reclaim list per period and refresh): each is a few kilobytes. */
const MAX_DERIVED_VALUES = 16;

/** Graph requests allowed per report (CSV) or for all reports (JSON) in ten minutes, as configured. */
export function requestLimitOf(options: Pick<ReportServiceOptions, 'format' | 'csvRequestsPer10Minutes' | 'jsonRequestsPer10Minutes'>): number {
  return options.format === 'csv' ? options.csvRequestsPer10Minutes : options.jsonRequestsPer10Minutes;
}

/**
 * Who is told about fetches in the current async context. One for every service, so an answer that reads
 * several tenants' reports (the overview) shows each tenant's fetches on the progress card of the one asked.
 */
const FETCH_LISTENERS = new AsyncLocalStorage<FetchListener>();

export class ReportService {
  private readonly cache: ReportCache<StoredMeta, ReportSnapshot>;
  private readonly inFlight = new Map<string, Flight>();
  private readonly fetchListeners = FETCH_LISTENERS;
  private readonly budget: GraphRequestBudget;
  private readonly licences: LicenceReader;
  private readonly directory: DirectoryReader;
  private readonly joins: DirectoryJoins;
  private readonly shared?: SharedReports<StoredMeta, ReportSnapshot>;
  private readonly sortFolder: PrivateFolder;
  private readonly derived = new Map<string, Promise<unknown>>();
  /** Each downloaded entry's kept view (kept-views.ts), for as long as the entry lives. */
  private readonly keptViews = new WeakMap<Entry, unknown>();

  constructor(private readonly options: ReportServiceOptions) {
    this.cache = new ReportCache({
      maxEntries: options.maxCachedReports ?? 32,
      logger: options.logger,
      parentFolder: options.cacheFolder,
      archive: options.shared?.archive,
      memory: options.cacheMemory,
    });
    this.sortFolder = new PrivateFolder('sort', options.cacheFolder);
    if (options.shared) this.shared = new SharedReports({ ...options.shared, clock: options.clock, logger: options.logger });
    this.budget = options.budget ?? new RequestBudget(options.clock, requestLimitOf(options), GRAPH_BUDGET_WINDOW_MS);
    this.licences = new LicenceReader({ ...options, requestsPer10Minutes: options.jsonRequestsPer10Minutes });
    this.directory = new DirectoryReader(options);
    this.joins = new DirectoryJoins(() => this.getDirectory());
  }

  /**
   * Validates `params` for report `id` and returns its metadata and rows, from cache when fresh. When this
   * call has the report downloaded, `tap` sees its rows as they pass (and is told when it saw them all).
   */
  async getReport<Id extends ReportId>(id: Id, params?: ReportParams, tap?: RowTap<Id>): Promise<Report<Id>>;
  /** The same for a report named by untrusted text: an unknown name is refused with the list of reports. */
  async getReport(id: string, params?: ReportParams): Promise<Report<ReportId>>;
  async getReport(id: string, params: ReportParams = {}, tap?: AnyTap): Promise<Report<ReportId>> {
    const request = resolveReportRequest(id, params, {
      copilotApi: this.options.copilotApi,
      today: toIsoDate(this.options.clock.now()),
    });
    const cached = this.cache.get(request.key) ?? (await this.cache.restore(request.key));
    if (cached && this.options.clock.now() - cached.validatedAt < this.options.cacheTtlMs) {
      const report = this.toReport(cached, 'hit');
      noteRead(this.stillCached(request.key, report.meta));
      return report;
    }
    noteRead();
    const flight = this.inFlight.get(request.key) ?? this.startFlight(request, cached, tap);
    const listener = this.fetchListeners.getStore();
    if (listener) flight.relay.join(listener);
    const { entry, cache } = await flight.result;
    return this.toReport(entry, cache);
  }

  /**
   * Runs `work`, telling `listener` about every fetch from Graph it waits for (started or joined), at
   * once and as it proceeds; reports answered from cache tell it nothing. The bot's progress card uses it.
   */
  observeFetches<T>(listener: FetchListener, work: () => Promise<T>): Promise<T> {
    return this.fetchListeners.run(listener, work);
  }

  /**
   * The tenant's subscribed SKUs (`GET /v1.0/subscribedSkus`, JSON): cached, single-flight and budgeted
   * like reports; a 403 names LicenseAssignment.Read.All.
   */
  getSubscribedSkus(): Promise<SubscribedSkus> {
    return this.licences.read().then(
      (subscribed) => {
        const { cache, fetchedAt } = subscribed.meta;
        noteRead(cache === 'hit' ? () => this.options.clock.now() - Date.parse(fetchedAt) < this.options.cacheTtlMs : undefined);
        return subscribed;
      },
      (error: unknown) => {
        noteRead();
        throw error;
      },
    );
  }

  /**
   * The tenant's users with their department, country, office, company, job title and account state, as
   * an index for joining per-user reports: read once a day (the delta query after the first full read),
   * single-flight, budgeted and shared like reports; a 403 names User.Read.All. Inside `observeFetches`,
   * the read's progress is told page by page.
   */
  getDirectory(): Promise<Directory> {
    // Answers joined with the directory are not reused (bot/reply-cache.ts): their reads are not checked.
    noteRead();
    return this.directory.read(this.fetchListeners.getStore());
  }

  /**
   * Which of the application permissions the bot's reads need Graph grants: a token first (no token means
   * no admin consent in the tenant), then one small request per permission. For a tenant being added.
   */
  checkPermissions(): Promise<PermissionCheck> {
    // The licence and directory probes are one request against limits of hundreds; the report's counts against 14.
    return checkPermissions(this.options.fetcher, (probe) => (probe === 'reports' ? this.budget.spend(this.budgetKey(PROBE_REPORT_FUNCTION)) : undefined));
  }

  /**
   * A value computed from several reports (a join of their rows), kept while `key` is asked for: the key
   * names what it was computed from (each report's refresh and download, the settings), so a newer report
   * makes a new key. Concurrent askers share one computation; a failed one is not kept.
   */
  derive<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.derived.get(key);
    if (kept) {
      // Most recently asked last: the first is the one to drop.
      this.derived.delete(key);
      this.derived.set(key, kept);
      return kept as Promise<T>;
    }
    const computing = compute();
    this.derived.set(key, computing);
    computing.catch(() => {
      if (this.derived.get(key) === computing) this.derived.delete(key);
    });
    for (const oldest of this.derived.keys()) {
      if (this.derived.size <= MAX_DERIVED_VALUES) break;
      this.derived.delete(oldest);
    }
    return computing;
  }

  /** `compute` over a per-user report and today's directory, kept per report download, directory copy and `question` (DirectoryJoins). */
  joinDirectory<T>(report: { readonly meta: ReportMeta }, question: string, today: string, compute: (index: DirectoryIndex) => Promise<T>): Promise<Joined<T>> {
    return this.joins.join(report, question, today, compute);
  }

  /** Budgets and cached reports, for the `status` command. */
  status(): ReportServiceStatus {
    const functions = new Set(this.cache.list().map((entry) => this.budgetKey(entry.meta.graphFunction)));
    const readers = [this.licences.budgetUsage(), this.directory.budgetUsage()].filter((usage) => usage !== undefined);
    return {
      source: this.options.sourceName,
      budgets: [...[...functions].map((key) => this.budget.usage(key)), ...readers],
      cached: this.cache.list().map((entry) => ({
        key: entry.key,
        meta: { ...entry.meta, cache: 'hit' },
        validatedAt: new Date(entry.validatedAt).toISOString(),
      })),
    };
  }

  /**
   * `rows` in `compare`'s order with memory bounded whatever their number: past a run of rows held in
   * memory, sorted runs go to this service's private folder and are merged (a CSV export in card order).
   */
  sortRows<Row>(rows: AsyncIterable<Row>, compare: (a: Row, b: Row) => number): AsyncGenerator<Row> {
    return sortRows(rows, compare, this.sortFolder, this.options.sortRunRows);
  }

  /** Removes every cached and temporary file. */
  async close(): Promise<void> {
    await Promise.all([this.cache.clear(), this.sortFolder.remove(), this.directory.close()]);
  }

  private startFlight(request: ResolvedReportRequest, cached: Entry | undefined, tap: AnyTap | undefined): Flight {
    const relay = new FetchRelay({
      report: request.id,
      title: request.definition.title,
      phase: 'requesting',
      bytes: 0,
      rows: 0,
      ...(cached ? { previousRows: cached.meta.rowCount } : {}),
    });
    const progress: ReportProgress = (update) => relay.update(update);
    const flight: Flight = { relay, result: this.refresh(request, cached, progress, tap).finally(() => this.inFlight.delete(request.key)) };
    this.inFlight.set(request.key, flight);
    return flight;
  }

  /**
   * Fresh data for `request`. With shared storage, another instance's download is used when it is fresh;
   * otherwise one instance downloads (and publishes) while the others wait for it.
   */
  private async refresh(request: ResolvedReportRequest, cached: Entry | undefined, progress: ReportProgress, tap: AnyTap | undefined): Promise<Fetched> {
    const { shared } = this;
    if (!shared) return this.fetchOrServeStale(request, cached, progress, tap);
    try {
      return await shared.once(
        request.key,
        () => this.adoptShared(request.key, cached),
        async () => {
          const published = await shared.read(request.key);
          const fetched = await this.fetchOrServeStale(request, newer(cached, published), progress, tap);
          if (fetched.cache === 'stale') return fetched;
          const entry = await shared.publish(fetched.entry, fetched.entry.meta.refreshDate, published).catch((error: unknown) => {
            this.options.logger.warn('report data not shared with the other instances', { report: request.id, ...errorFields(error) });
            return fetched.entry;
          });
          this.cache.commit(entry);
          return { entry, cache: fetched.cache };
        },
      );
    } catch (error) {
      if (error instanceof SingleFlightTimeoutError && cached) {
        this.options.logger.warn('serving stale report', { report: request.id, reason: error.code });
        return { entry: cached, cache: 'stale' };
      }
      throw describeSharingFailure(error, request.definition.title) ?? error;
    }
  }

  /** Another instance's download, made this instance's cached data while it is fresh. */
  private async adoptShared(key: string, cached: Entry | undefined): Promise<Fetched | undefined> {
    const found = await this.shared?.read(key);
    if (!found || this.options.clock.now() - found.validatedAt >= this.options.cacheTtlMs) return undefined;
    // Rows this instance downloaded itself stay readable from its own disk.
    const entry = cached?.rows.file && cached.rows.archived === found.rows.archived ? { ...found, rows: cached.rows } : found;
    this.cache.commit(entry);
    return { entry, cache: 'hit' };
  }

  private async fetchOrServeStale(request: ResolvedReportRequest, cached: Entry | undefined, progress: ReportProgress, tap: AnyTap | undefined): Promise<Fetched> {
    try {
      return await this.download(request, cached, progress, tap);
    } catch (error) {
      const reason = staleServableCode(error);
      if (cached && reason) {
        this.options.logger.warn('serving stale report', { report: request.id, reason });
        return { entry: cached, cache: 'stale' as const };
      }
      throw error;
    }
  }

  private async download(request: ResolvedReportRequest, cached: Entry | undefined, progress: ReportProgress, tap: AnyTap | undefined) {
    const { fetcher, clock, logger, format } = this.options;
    const requestOptions: RequestOptions = {
      ifNoneMatch: cached?.etag,
      beforeRequest: () => this.budget.spend(this.budgetKey(request.definition.graphFunction)),
    };
    const started = clock.now();
    const response =
      format === 'csv'
        ? await fetcher.getCsv(request.csvPath, requestOptions)
        : await fetcher.getJson(request.jsonPath, requestOptions);
    if (response.kind === 'not-modified') {
      if (!cached) {
        const url = format === 'csv' ? request.csvPath : request.jsonPath;
        throw new GraphReportError('UNEXPECTED_RESPONSE', `Graph answered 304 Not Modified to GET ${url}, which asked for no cached copy.`, { method: 'GET', url }, 304);
      }
      cached.validatedAt = clock.now();
      this.cache.commit(cached);
      return { entry: cached, cache: 'revalidated' as const };
    }
    const { entry, keptView } = await readDownload(response, request, {
      createRowsFile: () => this.cache.createRowsFile(),
      clock,
      progress,
      tap,
      sourceName: this.options.sourceName,
      demoData: this.options.demoData === true,
      snapshotRowLimit: this.options.snapshotRowLimit ?? SNAPSHOT_ROW_LIMIT,
    });
    if (keptView !== undefined) this.keptViews.set(entry, keptView);
    this.cache.commit(entry);
    tap?.complete();
    logger.info('report fetched', { report: request.id, period: request.period, rows: entry.meta.rowCount, ms: clock.now() - started });
    return { entry, cache: 'miss' as const };
  }

  private budgetKey(graphFunction: string): string {
    // Graph's CSV limit is per report; its JSON limit is one pool for all reports.
    return this.options.format === 'csv' ? graphFunction : 'JSON reports';
  }

  /** Whether `key` is still answered from cache with the download `meta` came from, under the same tenant name (cards show it). */
  private stillCached(key: string, { fetchedAt, tenant }: ReportMeta): () => boolean {
    return () => {
      const entry = this.cache.get(key);
      return entry?.meta.fetchedAt === fetchedAt && this.options.clock.now() - entry.validatedAt < this.options.cacheTtlMs && this.options.tenantName?.() === tenant;
    };
  }

  private toReport(entry: Entry, cache: ReportMeta['cache']): Report<ReportId> {
    const tenant = this.options.tenantName?.();
    return {
      meta: { ...entry.meta, cache, ...(tenant !== undefined ? { tenant } : {}) },
      rows: () => this.cache.readRows(entry, entry.meta.report) as AsyncIterable<RowOf<ReportId>>,
      ...(entry.snapshot ? { snapshot: entry.snapshot } : {}),
      ...(this.keptViews.has(entry) ? { kept: this.keptViews.get(entry) as KeptViewOf<ReportId> } : {}),
    };
  }
}

/** The more recently confirmed of two copies of the same report. */
function newer(local: Entry | undefined, shared: Entry | undefined): Entry | undefined {
  if (!local || !shared) return local ?? shared;
  return shared.validatedAt > local.validatedAt ? shared : local;
}

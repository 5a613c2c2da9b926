/**
 * What the report service hands out and keeps: a report (its metadata, rows, snapshot and kept view), the
 * cached entry behind it, and what a caller may plug in (the Graph client's contract, a row tap).
 */
import type { AnyRow, ReportId, RowOf } from './catalog.js';
import type { CsvResponse, JsonResponse, RequestOptions } from './graph-client.js';
import type { KeptViewOf } from './kept-views.js';
import type { CacheEntry } from './report-cache.js';
import type { ReportSnapshot, ReportSnapshotOf } from './report-snapshot.js';
import type { IdentityVisibility } from './rows-summary.js';

/** What the service needs from the Graph client (the real one, or anything speaking the same contract). */
export type ReportFetcher = {
  getCsv(pathAndQuery: string, options?: RequestOptions): Promise<CsvResponse>;
  getJson(pathAndQuery: string, options?: RequestOptions): Promise<JsonResponse>;
};

export type ReportMeta = {
  readonly report: ReportId;
  readonly title: string;
  readonly privacy: 'per-user' | 'aggregate';
  readonly graphFunction: string;
  readonly period?: string;
  readonly date?: string;
  readonly version?: 'v1' | 'v2';
  /** Graph's `Report Refresh Date`: the day the data describes, up to 48 h (Copilot 72 h) behind. */
  readonly refreshDate?: string;
  readonly rowCount: number;
  readonly identities: IdentityVisibility;
  /** Where the data came from, e.g. `Microsoft Graph` or `Graph reports emulator`. */
  readonly source: string;
  /** The tenant's name, when the bot serves several tenants: every card then says whose data it shows. */
  readonly tenant?: string;
  /** Present when the data is no real tenant's (the emulator, a Graph reached with the development token). */
  readonly demo?: true;
  /** When Graph sent this data (ISO time). */
  readonly fetchedAt: string;
  /** `stale`: Graph could not be asked (budget spent, throttled, down) and older cached data is served. */
  readonly cache: 'miss' | 'hit' | 'revalidated' | 'stale';
};

export type Report<Id extends ReportId> = {
  readonly meta: ReportMeta;
  /** Streams the rows; may be called more than once. */
  rows(): AsyncIterable<RowOf<Id>>;
  /** What the answers need of the rows, computed while they downloaded; absent where a source has none. */
  readonly snapshot?: ReportSnapshotOf<Id>;
  /** What joins need of the rows, kept in this process while they downloaded (kept-views.ts); absent when this process did not download them. */
  readonly kept?: KeptViewOf<Id>;
};

/**
 * Sees the rows of a download as they stream, beside the snapshot: a join read in the same pass instead of
 * parsing every row again. Told only by the download its `getReport` call starts.
 */
export type RowTap<Id extends ReportId> = {
  observe(row: RowOf<Id>): void;
  /** Every row of the download was observed: it has passed in full and is the report's data now. */
  complete(): void;
};

/** A report's metadata as cached: how it is served (`cache`) and whose name it shows (`tenant`) are added per answer. */
export type StoredMeta = Omit<ReportMeta, 'cache' | 'tenant'>;

/** A cached download: its metadata, rows file and snapshot. */
export type ReportEntry = CacheEntry<StoredMeta, ReportSnapshot>;

/** A row tap of any report. */
export type AnyTap = { observe(row: AnyRow): void; complete(): void };

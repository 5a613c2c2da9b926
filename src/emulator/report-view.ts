/**
 * The shape every emulated report takes: CSV columns (headers spelled as Graph writes them, mapped to
 * record keys) and a lazy sequence of items. One item is one element of the JSON `value` array and
 * expands to one or more CSV rows, so CSV and JSON always carry the same rows and numbers.
 */
import type { CopilotAggregateCache } from './copilot-aggregates.js';
import type { CsvCell } from './csv-text.js';
import type { ReportCall } from './parse-graph-request.js';
import type { TenantSpec, UserShifts } from './synthetic-tenant.js';

/** A CSV column: the header as Graph writes it, and the record key its cells come from. */
export type CsvColumn = readonly [header: string, key: string];

/** One element of the JSON `value` array, with its CSV rows. */
export type ReportItem = {
  /** Where the next item starts (the `$skiptoken` position after this item). */
  readonly cursor: number;
  csvRecords(): readonly Readonly<Record<string, CsvCell>>[];
  json(): unknown;
};

/** A report ready to be written as CSV or JSON. */
export type ReportView = {
  readonly columns: readonly CsvColumn[];
  /** Items from position `from` on, generated lazily. */
  items(from: number): Iterable<ReportItem>;
  /** Precomputes tenant-wide numbers without blocking the event loop; `items` works without it, synchronously. */
  prepare?(): Promise<void>;
};

/** Everything a view needs to compute its rows. */
export type ReportContext = {
  readonly spec: TenantSpec;
  readonly call: ReportCall;
  /** Epoch day of the report's refresh date (for the groups `date=` form, that date). */
  readonly refreshDay: number;
  readonly concealed: boolean;
  readonly aggregates: CopilotAggregateCache;
  /** How a scenario changes the users in this report (figure-shifts.ts); absent when none does. */
  readonly userShifts?: UserShifts;
};

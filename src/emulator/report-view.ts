/**
 * The shape every emulated report takes: CSV columns (headers spelled as Graph writes them, mapped to
 * record keys) and a lazy sequence of items. One item is one element of the JSON `value` array and
 * expands to one or more CSV rows, so CSV and JSON always carry the same rows and numbers.
 */
import type { CopilotAggregateCache } from './copilot-aggregates.js';
import type { CsvCell } from './csv-text.js';
import type { ReportCall } from './parse-graph-request.js';
import { isoFromEpochDay } from './epoch-days.js';
import { ACTIVITY_WINDOW_DAYS, type TenantSpec, type UserShifts } from './synthetic-tenant.js';
import type { WorkloadAggregateCache, WorkloadTenantAggregate } from './workload-aggregates.js';

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
  /** Epoch day of the report's refresh date (for the `date=` form, that date). */
  readonly refreshDay: number;
  readonly concealed: boolean;
  readonly aggregates: CopilotAggregateCache;
  readonly workloads: WorkloadAggregateCache;
  /** How a scenario changes the users in this report (figure-shifts.ts); absent when none does. */
  readonly userShifts?: UserShifts;
};

/** The days an Office report covers: its period, or the one day a `date=` call asks for. */
export function windowDaysOf(call: ReportCall): number {
  return call.date !== undefined ? 1 : Number((call.period ?? 'D7').slice(1));
}

/** The cells every daily counts report starts a day with. */
export type DayCells = { readonly reportRefreshDate: string; readonly reportDate: string; readonly reportPeriod: number };

/**
 * A workload counts report: one item per day of the period, newest first, its cells read from the
 * tenant's workload aggregate (day `i` is the refresh date minus `i`).
 */
export function createDailyWorkloadView(
  context: ReportContext,
  columns: readonly CsvColumn[],
  cellsOf: (aggregate: WorkloadTenantAggregate, i: number, day: DayCells) => Readonly<Record<string, CsvCell>>,
): ReportView {
  const { refreshDay } = context;
  const days = Math.min(windowDaysOf(context.call), ACTIVITY_WINDOW_DAYS);
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  return {
    columns,
    prepare: () => context.workloads.prepare(refreshDay),
    *items(from) {
      const aggregate = context.workloads.get(refreshDay);
      for (let i = from; i < days; i++) {
        const record = cellsOf(aggregate, i, { reportRefreshDate, reportDate: isoFromEpochDay(refreshDay - i), reportPeriod: days });
        yield { cursor: i + 1, csvRecords: () => [record], json: () => record };
      }
    },
  };
}

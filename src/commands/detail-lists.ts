/**
 * What the report commands' entries share: the lists a card shows from a detail snapshot (never more than
 * the snapshot keeps), and a report's rows in a card's order for its CSV file.
 */
import type { AnyRow, ReportId, RowOf } from '../reports/catalog.js';
import { inactiveItemsOf } from '../reports/detail-snapshot.js';
import type { ActivityWindow } from '../reports/insights.js';
import type { ReportService } from '../reports/report-service.js';

/** The first `rows` items of a snapshot's ranked list. */
export function firstItems<T>(items: readonly T[], rows: number): T[] {
  return items.slice(0, Math.max(0, rows));
}

/** The first `rows` items with no activity in the window, never active first (at most as many as the snapshot keeps). */
export function inactiveItems<Entry extends { readonly lastActivityDate?: string }>(
  snapshot: { readonly rowLimit: number; readonly longestInactive: readonly Entry[] },
  window: ActivityWindow,
  rows: number,
): Entry[] {
  return inactiveItemsOf(snapshot, window, Math.min(Math.max(0, rows), snapshot.rowLimit)) ?? [];
}

/** Every row of `report`, in `compare`'s order, streamed through the service's bounded sort. */
export function rowsInOrder<Id extends ReportId>(
  report: { rows(): AsyncIterable<RowOf<Id>> },
  sortRows: ReportService['sortRows'],
  compare: (a: RowOf<Id>, b: RowOf<Id>) => number,
): () => AsyncIterable<AnyRow> {
  return () => sortRows(report.rows(), compare);
}

/** Rows made in memory (a table of figures), served as a report's rows are: an AsyncIterable. */
// eslint-disable-next-line @typescript-eslint/require-await -- nothing to wait for; the consumer takes an AsyncIterable
export async function* inMemoryRows(rows: readonly AnyRow[]): AsyncGenerator<AnyRow> {
  yield* rows;
}

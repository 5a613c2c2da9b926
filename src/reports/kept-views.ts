/**
 * What a download keeps in this process's memory beside its snapshot, for joins that would otherwise parse
 * every row again: collected in the same pass as the snapshot, never stored or shared with other instances
 * (a download adopted from another instance has none, and its readers read the rows), dropped with the
 * cached entry. Reports without a kept view have none.
 */
import type { AnyRow, ReportId } from './catalog.js';
import { createReclaimCandidatesCollector } from './reclaim-candidates.js';
import type { SnapshotSpan } from './report-snapshot.js';

const KEPT_VIEWS = {
  'active-users': createReclaimCandidatesCollector,
} as const;

/** The kept view of report `Id`'s downloads (undefined where it could not stand for the rows). */
export type KeptViewOf<Id extends ReportId> = Id extends keyof typeof KEPT_VIEWS ? ReturnType<ReturnType<(typeof KEPT_VIEWS)[Id]>['result']> : undefined;

export type KeptViewCollector = { observe(row: AnyRow): void; result(): unknown };

/** The collector of report `id`'s kept view for one download, keeping `rowLimit` rows of each list; none for other reports. */
export function createKeptViewCollector(id: ReportId, span: SnapshotSpan, rowLimit: number): KeptViewCollector | undefined {
  if (!(id in KEPT_VIEWS)) return undefined;
  const collector = KEPT_VIEWS[id as keyof typeof KEPT_VIEWS](span, rowLimit);
  return { observe: (row) => collector.observe(row as never), result: () => collector.result() };
}

/**
 * A report's snapshot for an answer: the one computed while it downloaded, or, for a copy that has none
 * (shared by an instance that kept no snapshot), the same definition run over its rows once.
 */
import type { ReportId } from './catalog.js';
import { createSnapshotCollector, type ReportSnapshotOf } from './report-snapshot.js';
import type { Report } from './report-service.js';

/** A report whose snapshot is certain to be there. */
export type SnapshotReport<Id extends ReportId> = Report<Id> & { readonly snapshot: ReportSnapshotOf<Id> };

/** `report` with its snapshot, computed from its rows when the cached copy has none. */
export async function withSnapshot<Id extends ReportId>(report: Report<Id>): Promise<SnapshotReport<Id>> {
  if (report.snapshot) return { ...report, snapshot: report.snapshot };
  const { meta } = report;
  const key = [meta.report, meta.period ?? '', meta.date ?? ''].join('|');
  const collector = createSnapshotCollector({ id: meta.report, period: meta.period, date: meta.date, version: meta.version, key });
  for await (const row of report.rows()) collector.observe(row);
  // The collector of `meta.report` made it: the snapshot of this report.
  return { ...report, snapshot: collector.result(meta.refreshDate) as unknown as ReportSnapshotOf<Id> };
}

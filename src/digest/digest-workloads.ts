/**
 * The digest's "Workloads" line: active users of each Microsoft 365 workload over the week, each with its
 * change since the previous digest. Read from the services user counts, a one-row aggregate, so the
 * weekly digest never downloads the per-user detail for it.
 */
import { freshnessOf } from '../reports/report-freshness.js';
import { withSnapshot } from '../reports/read-snapshot.js';
import type { ReportService } from '../reports/report-service.js';
import type { CommandAction, DigestWorkloads } from '../view-models.js';
import { trackFigure, type WorkloadSnapshot } from './digest-snapshots.js';

/** Skype for Business Online was retired in 2021: its columns remain in the report, not in the digest. */
const RETIRED = new Set<string>(['skypeForBusiness']);

/** The week's figures before they are compared with the previous digest; `snapshot` only when Graph had data. */
export type WorkloadWeek = Omit<DigestWorkloads, 'comparedWith' | 'workloads' | 'action'> & {
  readonly active: readonly { readonly key: string; readonly label: string; readonly active: number }[];
  readonly snapshot?: WorkloadSnapshot;
};

/** Active users per workload (and in any: "Office 365") over `period`, from the services user counts. */
export async function readWorkloadWeek(reports: Pick<ReportService, 'getReport'>, period: string): Promise<WorkloadWeek> {
  const { meta, snapshot } = await withSnapshot(await reports.getReport('services-user-counts', { period }));
  const active = [
    { key: 'any', label: 'Any workload', active: snapshot.office365.active },
    ...snapshot.workloads.filter((workload) => !RETIRED.has(workload.key)).map(({ key, label, active }) => ({ key, label, active })),
  ];
  return {
    period: meta.period ?? period,
    freshness: freshnessOf(meta),
    active,
    ...(meta.rowCount > 0 && meta.refreshDate !== undefined
      ? { snapshot: { refreshDate: meta.refreshDate, active: Object.fromEntries(active.map((workload) => [workload.key, workload.active])) } }
      : {}),
  };
}

/** The line with each figure's change against `previous`, when that was taken from older data; `action` leads to the usage answer. */
export function trackWorkloads(week: WorkloadWeek, previous: WorkloadSnapshot | undefined, action: CommandAction): DigestWorkloads {
  const { active, snapshot, ...rest } = week;
  const before = previous && snapshot && previous.refreshDate < snapshot.refreshDate ? previous : undefined;
  return {
    ...rest,
    action,
    ...(before ? { comparedWith: before.refreshDate } : {}),
    workloads: active.map(({ key, label, active: current }) => ({ key, label, active: trackFigure(current, before?.active[key]) })),
  };
}

/**
 * The digest's departments: the Copilot user detail of the week joined to the directory by department,
 * compared with the previous digest's snapshot, and the departments whose active rate moved most, up and
 * down. Departments of fewer than SMALLEST_GROUP_IN_CHANNELS users are neither shown nor kept: the digest
 * goes to channels. Aggregates only, like the rest of the digest.
 */
import { readCopilotSeatGroups } from '../reports/copilot-seat-groups.js';
import { shareChange } from '../reports/figures.js';
import { SMALLEST_GROUP_IN_CHANNELS } from '../reports/group-attributes.js';
import { freshnessOf } from '../reports/report-freshness.js';
import type { ReportService } from '../reports/report-service.js';
import type { DepartmentMove, DigestDepartments } from '../view-models.js';
import type { DepartmentSnapshot, DigestSnapshot } from './digest-snapshots.js';

/** Departments a digest snapshot keeps at most: the largest, so a directory of free-text values stays a small record. */
export const DEPARTMENTS_KEPT = 200;
/** Moves shown each way. */
export const DEPARTMENT_MOVES_SHOWN = 3;

/** This week's departments, before they are compared with the previous digest. */
export type DepartmentFigures = Omit<DigestDepartments, 'comparedWith' | 'compared' | 'up' | 'down'> & { readonly snapshot: DepartmentSnapshot };

/** The week's enabled and active users per department (5 users or more), from the user detail of `period`. */
export async function readDepartmentFigures(reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus' | 'joinDirectory'>, period: string, today: string): Promise<DepartmentFigures> {
  const reading = await readCopilotSeatGroups(reports, period, 'department', [], today);
  const kept = reading.groups
    .filter((group) => group.kind === 'value' && group.users >= SMALLEST_GROUP_IN_CHANNELS)
    .sort((a, b) => b.users - a.users)
    .slice(0, DEPARTMENTS_KEPT);
  return {
    period: reading.meta.period ?? period,
    freshness: freshnessOf(reading.meta),
    directoryDay: reading.directory.day,
    snapshot: Object.fromEntries(kept.map((group) => [group.label, { enabled: group.users, active: group.active }])),
  };
}

/** The section: the departments in both weeks whose active rate moved most, each way (no moves on the first digest). */
export function trackDepartments(figures: DepartmentFigures, previous: DigestSnapshot | undefined): DigestDepartments {
  const { snapshot, ...rest } = figures;
  const before = previous?.departments;
  if (!previous || !before) return { ...rest, compared: 0, up: [], down: [] };
  const moves: DepartmentMove[] = [];
  for (const [department, now] of Object.entries(snapshot)) {
    if (!Object.hasOwn(before, department)) continue;
    const then = before[department]!;
    const { points } = shareChange({ part: now.active, whole: now.enabled }, { part: then.active, whole: then.enabled });
    if (points !== undefined) moves.push({ department, users: now.enabled, active: now.active, points });
  }
  const byName = (a: DepartmentMove, b: DepartmentMove) => (a.department < b.department ? -1 : a.department > b.department ? 1 : 0);
  const up = moves.filter((move) => move.points > 0).sort((a, b) => b.points - a.points || byName(a, b));
  const down = moves.filter((move) => move.points < 0).sort((a, b) => a.points - b.points || byName(a, b));
  return {
    ...rest,
    comparedWith: previous.refreshDate,
    compared: moves.length,
    up: up.slice(0, DEPARTMENT_MOVES_SHOWN),
    down: down.slice(0, DEPARTMENT_MOVES_SHOWN),
  };
}

/**
 * A per-user report joined to the directory through a measure (which rows count, what each adds up to),
 * read into one group per value of an attribute: the shape every `… by <attribute>` answer starts from.
 */
import type { ReportId } from './catalog.js';
import { groupReportRows, joinQuestion, type UserMeasure } from './directory-joins.js';
import type { DirectoryMeta } from './directory-reader.js';
import type { AttributeGroup } from './group-by-attribute.js';
import type { AttributeFilter, GroupAttribute } from './group-attributes.js';
import type { ReportMeta, ReportService } from './report-service.js';

/** One group's users: those the measure counts, those active in the period, and (where the report says) those never active. */
export type UserGroup = {
  readonly kind: AttributeGroup<string>['kind'];
  /** The value, "(not set)" or "(not in directory)". */
  readonly label: string;
  readonly users: number;
  readonly active: number;
  readonly neverActive?: number;
};

/** The groups of one attribute with the sources' metadata; `concealed` rows (hashed names) are in no group. */
export type UserGroups<G extends UserGroup = UserGroup> = {
  readonly meta: ReportMeta;
  readonly directory: DirectoryMeta;
  readonly attribute: GroupAttribute;
  readonly groups: readonly G[];
  readonly concealed: number;
};

/**
 * The report of `measure` for `period` (its default when undefined), grouped by `attribute`, only the users
 * passing `filters`. The measure's figures include `users` (1 a row) and `active` (1 when active in the period).
 */
export async function readUserGroups<Id extends ReportId, K extends string>(
  reports: Pick<ReportService, 'getReport' | 'joinDirectory'>,
  measure: UserMeasure<Id, K | 'users' | 'active'>,
  period: string | undefined,
  attribute: GroupAttribute,
  filters: readonly AttributeFilter[],
  today: string,
): Promise<UserGroups<UserGroup & Readonly<Record<K | 'users' | 'active', number>>>> {
  const report = await reports.getReport(measure.report, period !== undefined ? { period } : {});
  const question = joinQuestion(measure.name, attribute, filters);
  const { directory, result } = await reports.joinDirectory(report, question, today, (index) => groupReportRows(report, index, measure, attribute, filters, today));
  const groups = result.groups.map((group) => ({ kind: group.kind, label: group.label, ...group.figures }));
  return { meta: report.meta, directory, attribute, groups, concealed: result.concealed };
}

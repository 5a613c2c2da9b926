/**
 * Copilot seats by directory attribute: the Copilot usage user detail joined to the directory, one group
 * per department (country, office, …) with its enabled users, those active in the period and those never
 * active; for the licence answer also each group's idle seats (no Copilot activity in the idle window) and
 * their idle spend. Figures come from `figures.ts`; the rows counted are those the tenant's totals count.
 */
import { copilotSeatScope, isActiveIn } from './insights.js';
import { readCopilotLicences, type CopilotLicenceReading, type LicenceSettings } from './copilot-licences.js';
import type { UserMeasure } from './directory-joins.js';
import { groupIdleSpend, idlePeriodOf } from './figures.js';
import type { AttributeFilter, GroupAttribute } from './group-attributes.js';
import type { ReportService } from './report-service.js';
import { readUserGroups, type UserGroup, type UserGroups } from './user-groups.js';

type SeatKey = 'users' | 'active' | 'neverActive';

/** Each enabled user (a row the seat counts count) as one user, active in the report's period or not, never active or not. */
export const COPILOT_SEATS: UserMeasure<'copilot-users', SeatKey> = {
  name: 'copilot seats',
  report: 'copilot-users',
  keys: ['users', 'active', 'neverActive'],
  reader(meta, today) {
    const { window, counts } = copilotSeatScope(meta, today);
    const figures = { users: 1, active: 0, neverActive: 0 };
    return (row) => {
      if (!counts(row)) return undefined;
      figures.active = isActiveIn(window, row.lastActivityDate) ? 1 : 0;
      figures.neverActive = row.lastActivityDate === undefined ? 1 : 0;
      return [row.userPrincipalName, figures];
    };
  },
};

/** One group's Copilot seats: enabled users, those active in the period, those never active; for licences its idle seats. */
export type SeatGroup = UserGroup & {
  readonly neverActive: number;
  /** Licences: assigned seats with no Copilot activity in the idle window, the group's idle seats. */
  readonly idle?: number;
  /** Licences with a price: what the group's idle seats cost a month. */
  readonly idleMonthly?: number;
};

/** The Copilot seats of one attribute's groups. */
export type SeatGroups = UserGroups<SeatGroup>;

/** The licence answer by attribute: the groups with their idle seats, and the tenant's licence figures they are part of. */
export type LicenceGroups = SeatGroups & { readonly licences: CopilotLicenceReading };

type Reports = Pick<ReportService, 'getReport' | 'getSubscribedSkus' | 'joinDirectory'>;

/** The Copilot user detail of `period` grouped by `attribute`, only the users passing `filters`. */
export function readCopilotSeatGroups(
  reports: Reports,
  period: string | undefined,
  attribute: GroupAttribute,
  filters: readonly AttributeFilter[],
  today: string,
): Promise<SeatGroups> {
  return readUserGroups(reports, COPILOT_SEATS, period, attribute, filters, today);
}

/**
 * The licence answer by `attribute`: each group's enabled and active users over `period`, and its idle seats
 * over the idle window priced as idle spend prices an assigned seat; the tenant's seats and idle figures beside them.
 */
export async function readCopilotLicenceGroups(
  reports: Reports,
  period: string | undefined,
  attribute: GroupAttribute,
  today: string,
  settings: LicenceSettings,
): Promise<LicenceGroups> {
  const [licences, asked] = await Promise.all([readCopilotLicences(reports, period, today, settings), readCopilotSeatGroups(reports, period, attribute, [], today)]);
  const idlePeriod = idlePeriodOf(asked.meta.version);
  const idleWindow = asked.meta.period === idlePeriod ? asked : await readCopilotSeatGroups(reports, idlePeriod, attribute, [], today);
  const idleByLabel = new Map(idleWindow.groups.map((group) => [group.label, group.users - group.active]));
  const { spend } = licences.licences;
  const withIdle = (group: Omit<SeatGroup, 'idle' | 'idleMonthly'>, idle: number): SeatGroup => ({
    ...group,
    idle,
    ...(spend ? { idleMonthly: groupIdleSpend(idle, spend) } : {}),
  });
  const groups = asked.groups.map((group) => withIdle(group, idleByLabel.get(group.label) ?? 0));
  // A user in the idle window's report but not the period's (the reports refreshed apart) still has an idle seat.
  const labels = new Set(asked.groups.map((group) => group.label));
  for (const group of idleWindow.groups) {
    if (!labels.has(group.label)) groups.push(withIdle({ kind: group.kind, label: group.label, users: 0, active: 0, neverActive: 0 }, group.users - group.active));
  }
  return { ...asked, groups, licences };
}

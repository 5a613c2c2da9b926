/**
 * `inactive users D90 by company`: the active-user detail joined to the directory, one group per value with
 * its users holding a paid licence, those active in any workload in the period, and the idle seats and idle
 * spend of its inactive ones — each counted as the reclaim list counts them (reclaim-list.ts: paid licences,
 * free never, a Copilot seat only when idle in the Copilot report), so the groups sum to the list's totals.
 */
import { isMeasured, latestActivityOf } from './active-users-snapshot.js';
import type { LicenceSettings } from './copilot-licences.js';
import type { UserMeasure } from './directory-joins.js';
import type { ReportVersion } from './figures.js';
import type { GroupAttribute } from './group-attributes.js';
import { activityWindow, isActiveIn, periodDays } from './insights.js';
import { copilotSeatOf, costOf, countedLicencesOf, createLicencePricer, readReclaim } from './reclaim-list.js';
import type { ReportService } from './report-service.js';
import { SNAPSHOT_ROW_LIMIT } from './report-snapshot.js';
import { readUserGroups, type UserGroup, type UserGroups } from './user-groups.js';

type HolderKey = 'users' | 'active' | 'idle' | 'idleMonthly';

/** One group's holders of a paid licence: `idle` their inactive users' priced licences, `idleMonthly` what those cost a month. */
export type HolderGroup = UserGroup & { readonly idle: number; readonly idleMonthly?: number };

/** The groups, and the currency of their idle spend when the licences have prices. */
export type HolderGroups = UserGroups<HolderGroup> & { readonly currency?: string };

/** Reads the inactive users of `period` (the active-user report's default when undefined) grouped by `attribute`. */
export async function readLicenceHolderGroups(
  reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus' | 'derive' | 'joinDirectory'>,
  period: string | undefined,
  attribute: GroupAttribute,
  today: string,
  settings: LicenceSettings,
  version: ReportVersion,
): Promise<HolderGroups> {
  const active = await reports.getReport('active-users', period !== undefined ? { period } : {});
  const window = windowOf(active.meta, today);
  const reading = await readReclaim(reports, active, window, settings, version, SNAPSHOT_ROW_LIMIT);
  const { list } = reading;
  const measure: UserMeasure<'active-users', HolderKey> = {
    // The Copilot join and the prices change the figures: the name keeps them apart in the join cache.
    name: `licence holders|${reading.copilotMeta.fetchedAt}|${reading.licenceMeta.fetchedAt}|${JSON.stringify(settings)}`,
    report: 'active-users',
    keys: ['users', 'active', 'idle', 'idleMonthly'],
    reader(meta, day) {
      const rowWindow = windowOf(meta, day);
      const priceOf = createLicencePricer(reading.skus, settings);
      const figures = { users: 1, active: 0, idle: 0, idleMonthly: 0 };
      return (row) => {
        const holding = priceOf(row.assignedProducts);
        if (row.isDeleted === true || !holding.paid || !isMeasured(row)) return undefined;
        const isActive = isActiveIn(rowWindow, latestActivityOf(row));
        const seat = isActive ? 'none' : copilotSeatOf(holding.holdsCopilot, list, row.userPrincipalName, rowWindow);
        figures.active = isActive ? 1 : 0;
        figures.idle = isActive ? 0 : countedLicencesOf(holding.licences, seat).length;
        figures.idleMonthly = isActive ? 0 : costOf(holding.licences, seat);
        return [row.userPrincipalName, figures];
      };
    },
  };
  const read = await readUserGroups(reports, measure, period, attribute, [], today);
  const currency = settings.price?.currency;
  const groups = read.groups.map(({ idleMonthly, ...group }): HolderGroup => ({
    ...group,
    ...(currency !== undefined ? { idleMonthly: Math.round(idleMonthly * 100) / 100 } : {}),
  }));
  return { ...read, groups, ...(currency !== undefined ? { currency } : {}) };
}

function windowOf(meta: { readonly period?: string; readonly refreshDate?: string; readonly report: string }, today: string) {
  const days = periodDays(meta.period ?? '');
  if (days === undefined) throw new Error(`${meta.report} came back with a period the bot cannot count (${meta.period ?? 'none'}).`);
  return activityWindow(meta.refreshDate ?? today, days);
}

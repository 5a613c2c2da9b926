/**
 * The synthetic tenant's SharePoint sites: first one team site per Microsoft 365 group (its files,
 * storage and activity are the groups report's), then communication and classic team sites, about one
 * per fifty users. Computed per site index from the seed alone, like the users and groups.
 */
import { longAgoActivityDay } from './long-ago-activity.js';
import { isWeekend } from './epoch-days.js';
import { createRandomSequence, hashKeys, uuidFromKeys } from './seeded-random.js';
import { computeGroupActivity, countGroups, generateGroup, simulateGroupDay, type SyntheticGroup } from './synthetic-groups.js';
import type { TenantSpec } from './synthetic-tenant.js';

const STREAM_SITE = 31;
const SALT_SITE_ID = 0x5173;
const SALT_SITE_DAY = 0x5d4;
const SALT_PAGE_VIEWS = 0x9a6e;
const LAST_ACTIVITY_SEARCH_DAYS = 180;
/** 25 TB, SharePoint's default storage limit per site. */
const SITE_STORAGE_ALLOCATED = 27_487_790_694_400;
export const SHAREPOINT_HOST = 'https://contoso.sharepoint.com';

const PORTALS = ['Intranet', 'HR Portal', 'News', 'Policies', 'Brand Center', 'IT Service Desk', 'Learning', 'Travel', 'Benefits', 'Events'] as const;

/** The number of sites in a tenant of `users` users: the groups' team sites and the others. */
export function countSites(users: number): number {
  return countGroups(users) + Math.max(5, Math.round(users / 50));
}

/** A site's static properties (the snapshot columns of the site usage detail). */
export type SyntheticSite = {
  readonly index: number;
  readonly siteId: string;
  readonly siteUrl: string;
  /** Root Web Template as the report writes it. */
  readonly template: 'Group' | 'Communication Site' | 'Team Site';
  readonly isDeleted: boolean;
  /** The owner's user index; undefined when the site has none. */
  readonly ownerIndex: number | undefined;
  readonly fileCount: number;
  readonly storageUsedInBytes: number;
  readonly storageAllocatedInBytes: number;
  /** A group's team site: its activity is the group's. */
  readonly group?: SyntheticGroup;
  /** Other sites: chance of activity on a working day (0: dormant), files and page views per active day. */
  readonly dailyActivity: number;
  readonly filesPerActiveDay: number;
  readonly pageViewsPerActiveDay: number;
};

/** A URL path segment from a name: ASCII letters and digits only. */
function slug(name: string): string {
  return name.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '') || 'site';
}

/** Site `index` of the tenant: the groups' team sites first, in group order. */
export function generateSite(spec: TenantSpec, index: number): SyntheticSite {
  const random = createRandomSequence(spec.seed, STREAM_SITE, index);
  const pageViewsPerActiveDay = 1 + Math.floor(60 * random.next() ** 2);
  const siteId = uuidFromKeys(spec.seed ^ SALT_SITE_ID, index);
  const groups = countGroups(spec.users);
  if (index < groups) {
    const group = generateGroup(spec, index);
    return {
      index,
      siteId,
      siteUrl: `${SHAREPOINT_HOST}/sites/${slug(group.displayName)}${index === 0 ? '' : index}`,
      template: 'Group',
      isDeleted: group.isDeleted,
      ownerIndex: group.ownerIndex,
      fileCount: group.sharePointTotalFileCount,
      storageUsedInBytes: group.sharePointSiteStorageUsedInBytes,
      storageAllocatedInBytes: SITE_STORAGE_ALLOCATED,
      group,
      dailyActivity: group.dailyActivity,
      filesPerActiveDay: group.filesPerActiveDay,
      pageViewsPerActiveDay,
    };
  }
  const communication = random.chance(0.4);
  const dormant = random.chance(0.15);
  const filesPerActiveDay = communication ? random.below(3) : 1 + Math.floor(20 * random.next() ** 2);
  const fileCount = filesPerActiveDay === 0 ? 5 + random.below(40) : filesPerActiveDay * (20 + random.below(300));
  return {
    index,
    siteId,
    siteUrl: `${SHAREPOINT_HOST}/sites/${slug(random.pick(PORTALS))}${index}`,
    template: communication ? 'Communication Site' : 'Team Site',
    isDeleted: random.chance(0.02),
    ownerIndex: random.chance(0.03) ? undefined : random.below(spec.users),
    fileCount,
    storageUsedInBytes: 2_000_000 + fileCount * (60_000 + random.below(2_500_000)),
    storageAllocatedInBytes: SITE_STORAGE_ALLOCATED,
    dailyActivity: dormant ? 0 : 0.05 + 0.9 * random.next() ** 1.5,
    filesPerActiveDay,
    pageViewsPerActiveDay: communication ? pageViewsPerActiveDay * 5 : pageViewsPerActiveDay,
  };
}

/** Walks the tenant's sites lazily from site index `fromIndex`. */
export function* iterateSites(spec: TenantSpec, fromIndex = 0): Generator<SyntheticSite> {
  const total = countSites(spec.users);
  for (let index = fromIndex; index < total; index++) yield generateSite(spec, index);
}

/** A site's activity columns for the `windowDays` days ending on `windowEnd`. */
export type SiteActivity = {
  readonly lastActivityDay: number | undefined;
  readonly activeFileCount: number;
  readonly pageViewCount: number;
  readonly visitedPageCount: number;
};

/** What a site did on one day: files touched and an amount in [0, 1) for its page views; undefined when nothing. */
function simulateSiteDay(seed: number, site: SyntheticSite, day: number): { files: number; amount: number } | undefined {
  if (site.group) {
    const groupDay = simulateGroupDay(seed, site.group, day);
    return groupDay && { files: groupDay.files, amount: (hashKeys(seed ^ SALT_PAGE_VIEWS, site.index, day) & 0xffff) / 65_536 };
  }
  if (site.dailyActivity === 0) return undefined;
  const draw = hashKeys(seed ^ SALT_SITE_DAY, site.index, day);
  if ((draw & 0xffff) / 65_536 >= site.dailyActivity * (isWeekend(day) ? 0.15 : 1)) return undefined;
  const amount = (draw >>> 16) / 65_536;
  return { files: Math.floor(site.filesPerActiveDay * amount), amount };
}

/**
 * Sums a site's page views and files over the window and finds its last activity. A group's team site is
 * visited on the days the group is active, so its last activity and active files are the groups report's.
 */
export function computeSiteActivity(seed: number, site: SyntheticSite, windowEnd: number, windowDays: number): SiteActivity {
  let files = 0;
  let pageViewCount = 0;
  let visitedPageCount = 0;
  let last: number | undefined;
  const searchDays = Math.max(windowDays, LAST_ACTIVITY_SEARCH_DAYS);
  for (let i = 0; i < searchDays; i++) {
    if (i >= windowDays && last !== undefined) break;
    const today = simulateSiteDay(seed, site, windowEnd - i);
    if (!today) continue;
    last ??= windowEnd - i;
    if (i >= windowDays) continue;
    const views = 1 + Math.floor(site.pageViewsPerActiveDay * today.amount);
    files += today.files;
    pageViewCount += views;
    visitedPageCount += Math.max(1, Math.floor(views / 3));
  }
  if (site.group) {
    const group = computeGroupActivity(seed, site.group, windowEnd, windowDays);
    return { lastActivityDay: group.lastActivityDay, activeFileCount: group.sharePointActiveFileCount, pageViewCount, visitedPageCount };
  }
  last ??= longAgoActivityDay(seed ^ SALT_SITE_DAY, site.index, windowEnd - LAST_ACTIVITY_SEARCH_DAYS - 1);
  return { lastActivityDay: last, activeFileCount: Math.min(files, site.fileCount), pageViewCount, visitedPageCount };
}

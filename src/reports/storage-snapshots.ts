/**
 * The OneDrive account detail and the SharePoint site detail reduced, while they download, to what
 * `onedrive` and `sharepoint` answer with: accounts or sites by last activity, files, active files, page
 * views and storage, sites per template, and the largest, most active and longest idle.
 */
import type { RowOf } from './catalog.js';
import { createDetailCollector, type DetailSnapshot } from './detail-snapshot.js';
import { typeCountsOf, type ReportSpan } from './insights.js';

type AccountRow = RowOf<'onedrive-accounts'>;
type SiteRow = RowOf<'sharepoint-sites'>;

const ACCOUNT_KEEP = ['siteUrl', 'ownerDisplayName', 'ownerPrincipalName', 'lastActivityDate', 'fileCount', 'activeFileCount', 'storageUsedInBytes'] as const;
const ACCOUNT_TOTALS = ['fileCount', 'activeFileCount', 'storageUsedInBytes', 'storageAllocatedInBytes'] as const;

/** A listed OneDrive: its URL and owner, last activity, files and storage. */
export type OneDriveAccountEntry = Pick<AccountRow, (typeof ACCOUNT_KEEP)[number]>;

export type OneDriveAccountsSnapshot = DetailSnapshot<OneDriveAccountEntry, (typeof ACCOUNT_TOTALS)[number], 'largest' | 'mostActive'> & {
  readonly report: 'onedrive-accounts';
};

export function createOneDriveAccountsCollector(span: ReportSpan, rowLimit: number) {
  const detail = createDetailCollector<AccountRow, (typeof ACCOUNT_KEEP)[number], (typeof ACCOUNT_TOTALS)[number], 'largest' | 'mostActive'>(span, rowLimit, {
    nameOf: (row) => row.siteUrl,
    keep: ACCOUNT_KEEP,
    totals: ACCOUNT_TOTALS,
    rankings: { largest: (row) => row.storageUsedInBytes ?? 0, mostActive: (row) => row.activeFileCount ?? 0 },
  });
  return {
    observe: (row: AccountRow) => detail.observe(row),
    result: (): OneDriveAccountsSnapshot => ({ report: 'onedrive-accounts', ...detail.result() }),
  };
}

const SITE_KEEP = [
  'siteId',
  'siteUrl',
  'ownerDisplayName',
  'ownerPrincipalName',
  'lastActivityDate',
  'fileCount',
  'activeFileCount',
  'pageViewCount',
  'storageUsedInBytes',
  'rootWebTemplate',
] as const;
const SITE_TOTALS = ['fileCount', 'activeFileCount', 'pageViewCount', 'visitedPageCount', 'storageUsedInBytes', 'storageAllocatedInBytes'] as const;

/** A listed site: id, URL and owner, last activity, files, page views, storage and template. */
export type SharePointSiteEntry = Pick<SiteRow, (typeof SITE_KEEP)[number]>;

/** The label for a site without a template in the report. */
export const UNKNOWN_TEMPLATE = 'Unknown';

export type SharePointSitesSnapshot = DetailSnapshot<SharePointSiteEntry, (typeof SITE_TOTALS)[number], 'mostViewed' | 'largest'> & {
  readonly report: 'sharepoint-sites';
  /** Sites (not deleted) per Root Web Template, most common first. */
  readonly byTemplate: readonly { readonly type: string; readonly count: number }[];
};

export function createSharePointSitesCollector(span: ReportSpan, rowLimit: number) {
  const detail = createDetailCollector<SiteRow, (typeof SITE_KEEP)[number], (typeof SITE_TOTALS)[number], 'mostViewed' | 'largest'>(span, rowLimit, {
    nameOf: (row) => row.siteUrl ?? row.siteId,
    keep: SITE_KEEP,
    totals: SITE_TOTALS,
    rankings: { mostViewed: (row) => row.pageViewCount ?? 0, largest: (row) => row.storageUsedInBytes ?? 0 },
  });
  const templates = new Map<string, number>();
  return {
    observe(row: SiteRow): void {
      detail.observe(row);
      if (row.isDeleted === true) return;
      const template = row.rootWebTemplate ?? UNKNOWN_TEMPLATE;
      templates.set(template, (templates.get(template) ?? 0) + 1);
    },
    result: (): SharePointSitesSnapshot => ({ report: 'sharepoint-sites', ...detail.result(), byTemplate: typeCountsOf(templates) }),
  };
}

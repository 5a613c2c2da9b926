/**
 * The OneDrive and SharePoint cards' parts: accounts or sites active of those listed, files, page views
 * and storage, sites per template, and the most active, largest and inactive the longest, with owners.
 */
import type { OneDriveAccountEntry, SharePointSiteEntry } from '../reports/storage-snapshots.js';
import type { OneDriveFigures, SharePointFigures } from '../workload-view-models.js';
import { barValue } from './bar-facts.js';
import { describePeriod } from './describe-period.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';
import { activeFact, countFact, counted, inactiveList, itemFact, lastActive, personFact, section, topList, type WorkloadCardParts } from './workload-card-parts.js';

function bytesFact(title: string, bytes: number, { format, encode }: ViewContext) {
  return { title: encode(title), value: encode(format.bytes(bytes)) };
}

function storage(bytes: number | undefined, format: ValueFormat): string | undefined {
  return bytes !== undefined ? `${format.bytes(bytes)} stored` : undefined;
}

/** A OneDrive by its owner: name and principal name, active files (when `withActivity`), files, storage, last activity. */
function accountFact(account: OneDriveAccountEntry, withActivity: boolean, ctx: ViewContext) {
  const { format } = ctx;
  return personFact(
    account.ownerDisplayName,
    account.ownerPrincipalName ?? account.siteUrl,
    [
      withActivity ? counted(account.activeFileCount, 'active file', 'active files', format) : undefined,
      counted(account.fileCount, 'file', 'files', format),
      storage(account.storageUsedInBytes, format),
      lastActive(account.lastActivityDate, format),
    ],
    ctx,
  );
}

/** A site by its URL: owner, page views and active files (when `withActivity`), storage, template, last activity. */
function siteFact(site: SharePointSiteEntry, withActivity: boolean, ctx: ViewContext) {
  const { format } = ctx;
  return itemFact(
    site.siteUrl ?? site.siteId,
    [
      site.ownerDisplayName ?? site.ownerPrincipalName,
      withActivity ? counted(site.pageViewCount, 'page view', 'page views', format) : undefined,
      withActivity ? counted(site.activeFileCount, 'active file', 'active files', format) : undefined,
      storage(site.storageUsedInBytes, format),
      site.rootWebTemplate,
      lastActive(site.lastActivityDate, format),
    ],
    ctx,
  );
}

export function oneDriveParts(figures: OneDriveFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { totals } = figures;
  const during = describePeriod(period);
  const fact = (account: OneDriveAccountEntry) => accountFact(account, true, ctx);
  return {
    title: 'OneDrive',
    items: 'OneDrive accounts',
    workload: 'OneDrive',
    facts: [activeFact('Active accounts', figures.accounts, ctx)],
    sections: [
      section(
        'Files and storage',
        [
          countFact('Files', totals.fileCount, ctx),
          countFact(`Files active in the ${during}`, totals.activeFileCount, ctx),
          bytesFact('Storage used', totals.storageUsedInBytes, ctx),
          bytesFact('Storage allocated', totals.storageAllocatedInBytes, ctx),
        ],
        ctx,
        'Sums over every account the report lists, deleted accounts included.',
      ),
    ],
    lists: [
      topList('Most active (files active in the period)', figures.mostActive, 'accounts', fact, `No files were active in the ${during}.`),
      topList('Largest', figures.largest, 'accounts', fact, 'No account stores anything.'),
      inactiveList(figures.inactive, figures.accounts.inactive, 'accounts', (account) => accountFact(account, false, ctx), during),
    ],
    listsName: 'The list of OneDrive accounts and their owners',
  };
}

export function sharePointParts(figures: SharePointFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { format, encode } = ctx;
  const { totals } = figures;
  const during = describePeriod(period);
  const fact = (site: SharePointSiteEntry) => siteFact(site, true, ctx);
  return {
    title: 'SharePoint',
    items: 'SharePoint sites',
    workload: 'SharePoint',
    facts: [activeFact('Active sites', figures.sites, ctx)],
    sections: [
      section(
        `Activity in the ${during}`,
        [
          countFact('Page views', totals.pageViewCount, ctx),
          countFact('Pages visited', totals.visitedPageCount, ctx),
          countFact('Files', totals.fileCount, ctx),
          countFact('Active files', totals.activeFileCount, ctx),
          bytesFact('Storage used', totals.storageUsedInBytes, ctx),
          bytesFact('Storage allocated', totals.storageAllocatedInBytes, ctx),
        ],
        ctx,
        'Sums over every site the report lists, deleted sites included.',
      ),
      section(
        'Sites by template',
        figures.byTemplate.map((template) => ({ title: encode(template.type), value: encode(barValue(template.count, figures.sites.total, format)) })),
        ctx,
      ),
    ],
    lists: [
      topList('Most viewed', figures.mostViewed, 'sites', fact, `No pages were viewed in the ${during}.`),
      topList('Largest', figures.largest, 'sites', fact, 'No site stores anything.'),
      inactiveList(figures.inactive, figures.sites.inactive, 'sites', (site) => siteFact(site, false, ctx), during),
    ],
    listsName: 'The list of sites and their owners',
  };
}

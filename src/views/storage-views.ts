/**
 * The OneDrive and SharePoint cards' parts: accounts or sites active of those listed, files, page views
 * and storage, sites per template, and the most active, largest and inactive the longest, with owners.
 */
import type { OneDriveAccountEntry, SharePointSiteEntry } from '../reports/storage-snapshots.js';
import type { OneDriveFigures, SharePointFigures } from '../workload-view-models.js';
import { barValue } from './bar-facts.js';
import { periodIn } from './describe-period.js';
import type { ViewContext } from './view-context.js';
import { activeFact, countFact, counted, inactiveList, itemFact, lastActive, personFact, section, sumsNote, topList, type WorkloadCardParts } from './workload-card-parts.js';

function bytesFact(title: string, bytes: number, { format, encode }: ViewContext) {
  return { title: encode(title), value: encode(format.bytes(bytes)) };
}

/** "1.2 GB stored", or nothing for a figure the report left out. */
function storage(bytes: number | undefined, { format, messages }: ViewContext): string | undefined {
  return bytes !== undefined ? messages.t('workload.stored', { size: format.bytes(bytes) }) : undefined;
}

/** A OneDrive by its owner: name and principal name, active files (when `withActivity`), files, storage, last activity. */
function accountFact(account: OneDriveAccountEntry, withActivity: boolean, ctx: ViewContext) {
  return personFact(
    account.ownerDisplayName,
    account.ownerPrincipalName ?? account.siteUrl,
    [
      withActivity ? counted(account.activeFileCount, 'activeFiles', ctx) : undefined,
      counted(account.fileCount, 'files', ctx),
      storage(account.storageUsedInBytes, ctx),
      lastActive(account.lastActivityDate, ctx),
    ],
    ctx,
  );
}

/** A site by its URL: owner, page views and active files (when `withActivity`), storage, template, last activity. */
function siteFact(site: SharePointSiteEntry, withActivity: boolean, ctx: ViewContext) {
  return itemFact(
    site.siteUrl ?? site.siteId,
    [
      site.ownerDisplayName ?? site.ownerPrincipalName,
      withActivity ? counted(site.pageViewCount, 'pageViews', ctx) : undefined,
      withActivity ? counted(site.activeFileCount, 'activeFiles', ctx) : undefined,
      storage(site.storageUsedInBytes, ctx),
      site.rootWebTemplate,
      lastActive(site.lastActivityDate, ctx),
    ],
    ctx,
  );
}

export function oneDriveParts(figures: OneDriveFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { t } = ctx.messages;
  const { totals } = figures;
  const during = periodIn(period, ctx.messages);
  const fact = (account: OneDriveAccountEntry) => accountFact(account, true, ctx);
  return {
    facts: [activeFact('accounts', figures.accounts, ctx)],
    sections: [
      section(
        t('onedrive.filesAndStorage'),
        [
          countFact(t('workload.files'), totals.fileCount, ctx),
          countFact(t('onedrive.filesActiveIn', { period: during }), totals.activeFileCount, ctx),
          bytesFact(t('workload.storageUsed'), totals.storageUsedInBytes, ctx),
          bytesFact(t('workload.storageAllocated'), totals.storageAllocatedInBytes, ctx),
        ],
        ctx,
        sumsNote('accounts', ctx),
      ),
    ],
    lists: [
      topList(t('onedrive.mostActive'), figures.mostActive, 'accounts', fact, t('onedrive.noActiveFiles', { period: during })),
      topList(t('workload.largest'), figures.largest, 'accounts', fact, t('onedrive.nothingStored')),
      inactiveList(figures.inactive, figures.accounts.inactive, 'accounts', (account) => accountFact(account, false, ctx), period, ctx),
    ],
  };
}

export function sharePointParts(figures: SharePointFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { encode, messages } = ctx;
  const { t } = messages;
  const { totals } = figures;
  const during = periodIn(period, messages);
  const fact = (site: SharePointSiteEntry) => siteFact(site, true, ctx);
  return {
    facts: [activeFact('sites', figures.sites, ctx)],
    sections: [
      section(
        t('workload.activityIn', { period: during }),
        [
          countFact(t('sharepoint.pageViews'), totals.pageViewCount, ctx),
          countFact(t('sharepoint.pagesVisited'), totals.visitedPageCount, ctx),
          countFact(t('workload.files'), totals.fileCount, ctx),
          countFact(t('workload.activeFiles'), totals.activeFileCount, ctx),
          bytesFact(t('workload.storageUsed'), totals.storageUsedInBytes, ctx),
          bytesFact(t('workload.storageAllocated'), totals.storageAllocatedInBytes, ctx),
        ],
        ctx,
        sumsNote('sites', ctx),
      ),
      section(
        t('sharepoint.byTemplate'),
        figures.byTemplate.map((template) => ({ title: encode(template.type), value: encode(barValue(template.count, figures.sites.total, ctx)) })),
        ctx,
      ),
    ],
    lists: [
      topList(t('sharepoint.mostViewed'), figures.mostViewed, 'sites', fact, t('sharepoint.noViews', { period: during })),
      topList(t('workload.largest'), figures.largest, 'sites', fact, t('sharepoint.nothingStored')),
      inactiveList(figures.inactive, figures.sites.inactive, 'sites', (site) => siteFact(site, false, ctx), period, ctx),
    ],
  };
}

/**
 * The lines every report card starts and ends with: the tenant (when the bot serves several), title and
 * period, how old the data is (Graph's refresh date and documented lag), a warning when older cached data
 * stands in, and the source.
 */
import type { Freshness } from '../view-models.js';
import type { ReportHeader } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** What heads a card whose numbers are not a real tenant's. */
export const DEMO_DATA_LABEL = 'Demo data';

/**
 * `title`, led by the tenant's name when the bot serves several tenants ("Contoso · Copilot adoption"),
 * and by "Demo data" when any of the numbers under it are demo data: in the header, where nobody misses either.
 */
export function titleWithDemoLabel(title: string, freshness: readonly Pick<Freshness, 'demo' | 'tenant'>[]): string {
  const tenant = freshness.find((item) => item.tenant !== undefined)?.tenant;
  const named = tenant === undefined ? title : `${tenant} · ${title}`;
  return freshness.some((item) => item.demo) ? `${DEMO_DATA_LABEL} · ${named}` : named;
}

/** `title` is raw text, e.g. "Copilot adoption · last 30 days". */
export function reportHeader(title: string, freshness: Freshness, { format, encode }: ViewContext): ReportHeader {
  const lag = `Microsoft reports lag up to ${format.number(freshness.lagDays)} days`;
  const asOf =
    freshness.refreshDate !== undefined
      ? `Data as of ${format.date(freshness.refreshDate)}; ${lag}`
      : `Microsoft has no data for this report yet; ${lag}`;
  const fetched = format.dateTime(freshness.fetchedAt);
  const isStale = freshness.cache === 'stale';
  return {
    title: encode(titleWithDemoLabel(title, [freshness])),
    freshness: encode(asOf),
    isStale,
    staleNote: encode(
      isStale
        ? `⚠ Older data from the cache (fetched ${fetched}): Microsoft Graph could not be asked just now. Ask again later for newer numbers.`
        : '',
    ),
    source: encode(`Source: ${freshness.source}${freshness.tenant !== undefined ? `, tenant ${freshness.tenant}` : ''} · fetched ${fetched}`),
  };
}

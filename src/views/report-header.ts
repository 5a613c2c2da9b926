/**
 * The lines every report card starts and ends with: title and period, how old the data is (Graph's
 * refresh date and documented lag), a warning when older cached data stands in, and the source.
 */
import type { Freshness } from '../view-models.js';
import type { ReportHeader } from './card-data.js';
import type { ViewContext } from './view-context.js';

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
    title: encode(title),
    freshness: encode(asOf),
    isStale,
    staleNote: encode(
      isStale
        ? `⚠ Older data from the cache (fetched ${fetched}): Microsoft Graph could not be asked just now. Ask again later for newer numbers.`
        : '',
    ),
    source: encode(`Source: ${freshness.source} · fetched ${fetched}`),
  };
}

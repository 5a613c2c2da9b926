/**
 * How old a report's numbers are, for the line under every card: Graph's refresh date, its
 * documented lag (Copilot up to 3 days, Office 2), the source, and whether the cache answered.
 */
import { REPORTS } from '../reports/catalog.js';
import type { ReportMeta } from '../reports/report-service.js';
import type { Freshness } from './reply.js';

const LAG_DAYS = { copilot: 3, office: 2 } as const;

/** The freshness a view shows for a report, from its metadata. */
export function freshnessOf(meta: ReportMeta): Freshness {
  return {
    ...(meta.refreshDate !== undefined ? { refreshDate: meta.refreshDate } : {}),
    lagDays: LAG_DAYS[REPORTS[meta.report].family],
    source: meta.source,
    fetchedAt: meta.fetchedAt,
    cache: meta.cache,
  };
}

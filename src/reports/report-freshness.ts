/**
 * How old a report's numbers are, for the line under every card: Graph's refresh date, its
 * documented lag (Copilot up to 3 days, Office 2), the source, and whether the cache answered.
 */
import { REPORTS } from './catalog.js';
import type { ReportMeta } from './report-service.js';

/** Where a report's numbers come from and how old they are, as every report card states it. */
export type Freshness = {
  /** Graph's Report Refresh Date (YYYY-MM-DD); absent for an empty report. */
  readonly refreshDate?: string;
  /** Graph's documented lag: 2 days for Office reports, up to 3 for Copilot. */
  readonly lagDays: number;
  readonly source: string;
  /** The tenant's name, when the bot serves several: the card's header names it. */
  readonly tenant?: string;
  /** Present when the numbers are demo data (the built-in emulator): every card then says so in its header. */
  readonly demo?: true;
  readonly fetchedAt: string;
  readonly cache: ReportMeta['cache'];
};

const LAG_DAYS = { copilot: 3, office: 2 } as const;

/** The freshness a view shows for a report, from its metadata. */
export function freshnessOf(meta: ReportMeta): Freshness {
  return {
    ...(meta.refreshDate !== undefined ? { refreshDate: meta.refreshDate } : {}),
    lagDays: LAG_DAYS[REPORTS[meta.report].family],
    source: meta.source,
    ...(meta.tenant !== undefined ? { tenant: meta.tenant } : {}),
    ...(meta.demo ? { demo: true as const } : {}),
    fetchedAt: meta.fetchedAt,
    cache: meta.cache,
  };
}

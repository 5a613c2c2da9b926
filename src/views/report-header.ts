/**
 * The lines every report card starts and ends with: the tenant (when the bot serves several), title and
 * period, how old the data is (Graph's refresh date and documented lag), a warning when older cached data
 * stands in, and the source, in the reader's language, instants in the reader's time zone.
 */
import type { Messages } from '../i18n/messages.js';
import { describeReportSource } from '../reports/report-source.js';
import type { Freshness } from '../view-models.js';
import type { ReportHeader } from './card-data.js';
import type { ViewContext } from './view-context.js';

/**
 * `title`, led by the tenant's name when the bot serves several tenants ("Contoso · Copilot adoption"),
 * and by "Demo data" when any of the numbers under it are demo data: in the header, where nobody misses either.
 */
export function titleWithDemoLabel(title: string, freshness: readonly Pick<Freshness, 'demo' | 'tenant'>[], messages: Messages): string {
  const tenant = freshness.find((item) => item.tenant !== undefined)?.tenant;
  const named = tenant === undefined ? title : messages.t('header.tenantTitle', { tenant, title });
  return freshness.some((item) => item.demo) ? messages.t('header.demoTitle', { title: named }) : named;
}

/** Where the data came from, in the reader's words: "Microsoft Graph", "Graph reports emulator". */
export function sourceText(source: string, { t }: Messages): string {
  const described = describeReportSource(source);
  switch (described.kind) {
    case 'emulator':
      return t('source.emulator');
    case 'graph-at':
      return t('source.graphAt', { host: described.host });
    case 'compatible':
      return t('source.compatible', { host: described.host });
    default:
      return source;
  }
}

/** `title` is the reader's text already, e.g. "Copilot adoption · last 30 days". */
export function reportHeader(title: string, freshness: Freshness, { format, encode, messages }: ViewContext): ReportHeader {
  const { t } = messages;
  const lag = freshness.lagDays;
  const asOf = freshness.refreshDate !== undefined ? t('header.asOf', { date: format.date(freshness.refreshDate), lag }) : t('header.noData', { lag });
  const time = format.dateTime(freshness.fetchedAt);
  const isStale = freshness.cache === 'stale';
  return {
    title: encode(titleWithDemoLabel(title, [freshness], messages)),
    freshness: encode(asOf),
    isStale,
    staleNote: encode(isStale ? t('header.stale', { time }) : ''),
    source: encode(
      freshness.tenant === undefined
        ? t('header.source', { source: sourceText(freshness.source, messages), time })
        : t('header.sourceOfTenant', { source: sourceText(freshness.source, messages), tenant: freshness.tenant, time }),
    ),
  };
}

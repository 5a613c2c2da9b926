/**
 * The bot's state for admins: where the data comes from, the Copilot report API, the cached reports
 * with their refresh dates, and the Graph request budget per report (used of limit, when it frees).
 */
import type { ViewModels } from '../view-models.js';
import { REPORTS, REPORT_IDS } from '../reports/catalog.js';
import { barValue } from './bar-facts.js';
import type { CardData } from './card-data.js';
import { sourceText } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** The status card data for `model`, times in the reader's locale and zone. */
export function buildStatusCard(model: ViewModels['status'], ctx: ViewContext): CardData['status'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  // A budget is kept per Graph function; the report's name leads when it is one of ours.
  const reportTitleOf = (graphFunction: string) => {
    const report = REPORT_IDS.find((id) => REPORTS[id].graphFunction === graphFunction);
    return report !== undefined ? t(`report.${report}`) : graphFunction;
  };
  return {
    title: encode(t('status.title')),
    facts: [
      { title: encode(t('status.source')), value: encode(sourceText(model.source, messages)) },
      { title: encode(t('status.copilotApi')), value: encode(model.copilotApi) },
    ],
    cachedTitle: encode(t('status.cachedTitle')),
    cachedFacts:
      model.cached.length > 0
        ? model.cached.map((entry) => {
            const title = t(`report.${entry.report}`);
            return {
              title: encode(entry.parameter !== undefined ? `${title} (${entry.parameter})` : title),
              value: encode(
                [
                  entry.refreshDate !== undefined ? t('status.dataAsOf', { date: format.date(entry.refreshDate) }) : t('status.noData'),
                  t('status.fetched', { time: format.dateTime(entry.fetchedAt) }),
                ].join(' · '),
              ),
            };
          })
        : [{ title: encode(t('status.none')), value: encode(t('status.noReports')) }],
    budgetsTitle: encode(t('status.budgetsTitle')),
    budgetFacts:
      model.budgets.length > 0
        ? model.budgets.map((budget) => ({
            // The report's name leads; Graph's function name (one long word) follows on the full-width line.
            title: encode(reportTitleOf(budget.graphFunction)),
            value: encode(
              [
                barValue(budget.used, budget.limit, ctx),
                ...(budget.freeAt !== undefined ? [t('status.nextFrees', { time: format.dateTime(budget.freeAt) })] : []),
                budget.graphFunction,
              ].join(' · '),
            ),
          }))
        : [{ title: encode(t('status.none')), value: encode(t('status.noRequests')) }],
  };
}

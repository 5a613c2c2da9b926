/**
 * The bot's state for admins: where the data comes from, the Copilot report API, the cached reports
 * with their refresh dates, and the Graph request budget per report (used of limit, when it frees).
 */
import type { ViewModels } from '../view-models.js';
import { REPORTS } from '../reports/catalog.js';
import { barValue } from './bar-facts.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

function reportTitleOf(graphFunction: string): string {
  return Object.values(REPORTS).find((report) => report.graphFunction === graphFunction)?.title ?? graphFunction;
}

/** The status card data for `model`, times in UTC in the asker's locale. */
export function buildStatusCard(model: ViewModels['status'], { format, encode }: ViewContext): CardData['status'] {
  return {
    title: encode('Bot status'),
    facts: [
      { title: encode('Data source'), value: encode(model.source) },
      { title: encode('Copilot report API'), value: encode(model.copilotApi) },
    ],
    cachedTitle: encode('Cached reports'),
    cachedFacts:
      model.cached.length > 0
        ? model.cached.map((entry) => ({
            title: encode(entry.parameter !== undefined ? `${entry.title} (${entry.parameter})` : entry.title),
            value: encode(
              [
                entry.refreshDate !== undefined ? `data as of ${format.date(entry.refreshDate)}` : 'no data yet',
                `fetched ${format.dateTime(entry.fetchedAt)}`,
              ].join(' · '),
            ),
          }))
        : [{ title: encode('None'), value: encode('No report has been fetched yet.') }],
    budgetsTitle: encode('Graph requests in the last 10 minutes'),
    budgetFacts:
      model.budgets.length > 0
        ? model.budgets.map((budget) => ({
            // The report's name leads; Graph's function name (one long word) follows on the full-width line.
            title: encode(reportTitleOf(budget.graphFunction)),
            value: encode(
              [
                barValue(budget.used, budget.limit, format),
                ...(budget.freeAt !== undefined ? [`next one frees ${format.dateTime(budget.freeAt)}`] : []),
                budget.graphFunction,
              ].join(' · '),
            ),
          }))
        : [{ title: encode('None'), value: encode('No requests made yet.') }],
  };
}

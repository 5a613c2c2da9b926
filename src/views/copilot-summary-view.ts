/**
 * Copilot adoption: enabled vs active users overall and per app. One period leads with a bar chart
 * per app (FactSet with bars as its fallback); ALL puts the periods side by side, each with its app bars.
 */
import type { CopilotPeriodCounts, ViewModels } from '../commands/reply.js';
import { barValue, proportionalBar } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, CopilotPeriodData, Fact } from './card-data.js';
import { cleanText } from './display-text.js';
import { describePeriod, periodLabel } from './describe-period.js';
import { reportHeader } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** The Copilot summary card data for `model`, formatted for the context's locale. */
export function buildCopilotSummaryCard(model: ViewModels['copilot-summary'], ctx: ViewContext): CardData['copilot-summary'] {
  const { encode } = ctx;
  const [single] = model.periods.length === 1 ? model.periods : [];
  return {
    header: reportHeader(`Copilot adoption · ${describePeriod(model.period)}`, model.freshness, ctx),
    hasData: model.periods.length > 0,
    emptyNote: encode('Microsoft has no Copilot usage for this period yet.'),
    periods: model.periods.map((period) => periodData(period, ctx)),
    showChart: single !== undefined,
    chart: {
      title: encode('Active users per app'),
      fallbackTitle: encode('Active of enabled users per app'),
      points: single ? single.apps.map((app) => ({ x: cleanText(app.label), y: app.active })) : [],
      facts: single ? appFacts(single, ctx) : [],
    },
    showPeriodApps: model.periods.length > 1,
    actions: cardActions(model.actions),
  };
}

function periodData(period: CopilotPeriodCounts, ctx: ViewContext): CopilotPeriodData {
  const { format, encode } = ctx;
  const label = periodLabel(period.period);
  return {
    label: encode(label),
    adoption: encode(period.enabled > 0 ? format.percent(period.active / period.enabled) : '–'),
    bar: encode(proportionalBar(period.active, period.enabled)),
    activeOfEnabled: encode(`${format.number(period.active)} of ${format.number(period.enabled)} enabled users active`),
    hasPrompts: period.promptsSubmitted !== undefined,
    prompts: encode(period.promptsSubmitted !== undefined ? `${format.number(period.promptsSubmitted)} prompts submitted` : ''),
    appsTitle: encode(`Active users per app · ${label}`),
    appFacts: appFacts(period, ctx),
  };
}

/** Per app: active of enabled, as a bar. */
function appFacts(period: CopilotPeriodCounts, { format, encode }: ViewContext): Fact[] {
  return period.apps.map((app) => ({ title: encode(app.label), value: encode(barValue(app.active, app.enabled, format)) }));
}

/**
 * Copilot adoption: enabled vs active users overall and per app. Per-app shares are of the users
 * enabled for Copilot in any app, the base `copilot users` uses too, and the card says so. One period
 * gets a bar chart of active users per app and states the numbers as text under it (no second drawing);
 * ALL puts the periods side by side, each with its per-app text bars.
 */
import type { CopilotPeriodCounts, ViewModels } from '../view-models.js';
import { barValue, proportionalBar } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, CopilotPeriodData, Fact } from './card-data.js';
import { cleanText } from './display-text.js';
import { describePeriod, periodLabel } from './describe-period.js';
import { adoptionLabel, adoptionText, shareText } from './figure-text.js';
import { reportHeader } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** The Copilot summary card data for `model`, formatted for the context's locale. */
export function buildCopilotSummaryCard(model: ViewModels['copilot-summary'], ctx: ViewContext): CardData['copilot-summary'] {
  const { encode, format } = ctx;
  const [single] = model.periods.length === 1 ? model.periods : [];
  return {
    header: reportHeader(`Copilot adoption · ${describePeriod(model.period)}`, model.freshness, ctx),
    hasData: model.periods.length > 0,
    emptyNote: encode('Microsoft has no Copilot usage for this period yet.'),
    periods: model.periods.map((period) => periodData(period, single !== undefined, ctx)),
    showChart: single !== undefined,
    chart: {
      title: encode('Active users per app'),
      // The count in the label, with the locale's separators: the chart's own bar values have none.
      points: single ? single.apps.map((app) => ({ x: cleanText(`${app.label} · ${format.number(app.active)}`), y: app.active })) : [],
    },
    baseNote: encode(appBaseNote(model.periods, 'copilot users', ctx)),
    actions: cardActions(model.actions),
  };
}

/** Names the base of the per-app shares, with its size when every period has the same; `sameAs` is the other card using it. */
export function appBaseNote(periods: readonly { readonly enabled: number }[], sameAs: string, { format }: ViewContext): string {
  const sizes = new Set(periods.map((period) => period.enabled));
  const [size] = sizes.size === 1 ? [...sizes] : [];
  const base = size !== undefined ? `the ${format.number(size)} users enabled for Copilot in any app` : 'the users enabled for Copilot in any app';
  return `Per-app shares are of ${base}, as in "${sameAs}".`;
}

/** One period's column; `charted`: its apps are drawn by the chart, so their facts state the numbers without a text bar. */
function periodData(period: CopilotPeriodCounts, charted: boolean, ctx: ViewContext): CopilotPeriodData {
  const { format, encode } = ctx;
  const label = periodLabel(period.period);
  return {
    label: encode(adoptionLabel(period.period)),
    adoption: encode(adoptionText(period.active, period.enabled, format)),
    bar: encode(proportionalBar(period.active, period.enabled)),
    activeOfEnabled: encode(`${format.number(period.active)} of ${format.number(period.enabled)} enabled users active`),
    hasPrompts: period.promptsSubmitted !== undefined,
    prompts: encode(period.promptsSubmitted !== undefined ? promptsText(period.promptsSubmitted, period.active, ctx) : ''),
    appsTitle: encode(`Active users per app · ${label}`),
    appFacts: appFacts(period, charted, ctx),
  };
}

/** "12,345 prompts submitted · 28.7 per active user" (Copilot report v2). */
function promptsText(prompts: number, active: number, { format }: ViewContext): string {
  const perUser = active > 0 ? ` · ${format.decimal(prompts / active)} per active user` : '';
  return `${format.number(prompts)} prompts submitted${perUser}`;
}

/** Per app: active of enabled, as text beside the chart, else as a text bar. */
function appFacts(period: CopilotPeriodCounts, charted: boolean, { format, encode }: ViewContext): Fact[] {
  const value = charted ? shareText : barValue;
  return period.apps.map((app) => ({ title: encode(app.label), value: encode(value(app.active, app.enabled, format)) }));
}

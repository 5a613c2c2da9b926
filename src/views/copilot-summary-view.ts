/**
 * Copilot adoption: enabled vs active users overall and per app, drawn once, as text bars that every
 * client shows whole at any width (Teams' bar chart writes its values without separators and cuts them
 * at a phone's width). Per-app shares are of the users enabled for Copilot in any app, the base
 * `copilot users` uses too, and the card says so. ALL puts the periods side by side.
 */
import type { CopilotPeriodCounts, ViewModels } from '../view-models.js';
import { barValue, proportionalBar } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, CopilotPeriodData, Fact } from './card-data.js';
import { describePeriod, periodLabel } from './describe-period.js';
import { adoptionLabel, adoptionText } from './figure-text.js';
import { reportHeader } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** The Copilot summary card data for `model`, formatted for the context's locale. */
export function buildCopilotSummaryCard(model: ViewModels['copilot-summary'], ctx: ViewContext): CardData['copilot-summary'] {
  const { encode } = ctx;
  return {
    header: reportHeader(`Copilot adoption · ${describePeriod(model.period)}`, model.freshness, ctx),
    hasData: model.periods.length > 0,
    emptyNote: encode('Microsoft has no Copilot usage for this period yet.'),
    periods: model.periods.map((period) => periodData(period, ctx)),
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

function periodData(period: CopilotPeriodCounts, ctx: ViewContext): CopilotPeriodData {
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
    appFacts: appFacts(period, ctx),
  };
}

/** "12,345 prompts submitted · 28.7 per active user" (Copilot report v2). */
function promptsText(prompts: number, active: number, { format }: ViewContext): string {
  const perUser = active > 0 ? ` · ${format.decimal(prompts / active)} per active user` : '';
  return `${format.number(prompts)} prompts submitted${perUser}`;
}

/** Per app: active of enabled, as a bar. */
function appFacts(period: CopilotPeriodCounts, { format, encode }: ViewContext): Fact[] {
  return period.apps.map((app) => ({ title: encode(app.label), value: encode(barValue(app.active, app.enabled, format)) }));
}

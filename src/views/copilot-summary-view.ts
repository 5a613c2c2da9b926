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

/** The Copilot summary card data for `model`, in the context's language and locale. */
export function buildCopilotSummaryCard(model: ViewModels['copilot-summary'], ctx: ViewContext): CardData['copilot-summary'] {
  const { encode, messages } = ctx;
  return {
    header: reportHeader(messages.t('summary.title', { period: describePeriod(model.period, messages) }), model.freshness, ctx),
    hasData: model.periods.length > 0,
    emptyNote: encode(messages.t('figure.noUsage')),
    periods: model.periods.map((period) => periodData(period, ctx)),
    baseNote: encode(appBaseNote(model.periods, 'copilot users', ctx)),
    actions: cardActions(model.actions, messages),
  };
}

/** Names the base of the per-app shares, with its size when every period has the same; `command` is the other card using it. */
export function appBaseNote(periods: readonly { readonly enabled: number }[], command: string, { messages }: ViewContext): string {
  const sizes = new Set(periods.map((period) => period.enabled));
  const [enabled] = sizes.size === 1 ? [...sizes] : [];
  return enabled !== undefined ? messages.t('summary.baseNote', { enabled, command }) : messages.t('summary.baseNoteAny', { command });
}

/** "12,345 · 28.7 per active user"; the total alone with no active user. */
export function perActiveUser(total: string, amount: number, active: number, { format, messages }: ViewContext): string {
  return active > 0 ? messages.t('figure.perActiveUser', { total, perUser: format.decimal(amount / active) }) : total;
}

function periodData(period: CopilotPeriodCounts, ctx: ViewContext): CopilotPeriodData {
  const { encode, messages } = ctx;
  const { promptsSubmitted } = period;
  return {
    label: encode(adoptionLabel(period.period, ctx)),
    adoption: encode(adoptionText(period.active, period.enabled, ctx)),
    bar: encode(proportionalBar(period.active, period.enabled)),
    activeOfEnabled: encode(messages.t('summary.activeOfEnabled', { active: period.active, enabled: period.enabled })),
    hasPrompts: promptsSubmitted !== undefined,
    // "12,345 prompts submitted · 28.7 per active user" (Copilot report v2).
    prompts: encode(promptsSubmitted !== undefined ? perActiveUser(messages.t('summary.prompts', { prompts: promptsSubmitted }), promptsSubmitted, period.active, ctx) : ''),
    appsTitle: encode(messages.t('summary.appsTitle', { period: periodLabel(period.period, messages) })),
    appFacts: appFacts(period, ctx),
  };
}

/** Per app: active of enabled, as a bar. */
function appFacts(period: CopilotPeriodCounts, ctx: ViewContext): Fact[] {
  return period.apps.map((app) => ({ title: ctx.encode(app.label), value: ctx.encode(barValue(app.active, app.enabled, ctx)) }));
}

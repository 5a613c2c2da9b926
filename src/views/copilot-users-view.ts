/**
 * Copilot users: how many are enabled, active and never active, active users per app (of the users
 * enabled in any app, as the summary), prompts and active days under Copilot report v2, and every
 * enabled user, the most recently active first (in personal chat only; elsewhere the offer to send them).
 */
import type { ViewModels } from '../view-models.js';
import { inactiveUsers } from '../reports/figures.js';
import type { CopilotUsage } from '../reports/insights.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import { appBaseNote } from './copilot-summary-view.js';
import { copilotUserFact } from './copilot-user-rows.js';
import { describePeriod } from './describe-period.js';
import { inactiveText, POPULATION } from './figure-text.js';
import { filterNote } from './filter-note.js';
import { identityNote } from './identity-note.js';
import { reportHeader } from './report-header.js';
import { rowList } from './row-list.js';
import type { ViewContext } from './view-context.js';
import { withheldDetail } from './withheld-detail.js';

/** The Copilot users card data for `model`; rows only when the detail is shown. */
export function buildCopilotUsersCard(model: ViewModels['copilot-users'], ctx: ViewContext): CardData['copilot-users'] {
  const { format, encode } = ctx;
  const withheld = withheldDetail(model.detail, 'The list of users', ctx);
  const period = describePeriod(model.period);
  return {
    header: reportHeader(`Copilot users · ${period}`, model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    filterNote: filterNote(model.filter, ctx),
    facts: [
      { title: encode(POPULATION.enabledUsers), value: encode(format.number(model.enabled)) },
      { title: encode(`Active · ${period}`), value: encode(barValue(model.active, model.enabled, format)) },
      { title: encode(`Inactive · ${period}`), value: encode(inactiveText(inactiveUsers(model.enabled, model.active), model.neverActive, model.enabled, format)) },
      ...(model.usage ? usageFacts(model.usage, model.active, ctx) : []),
    ],
    appsTitle: encode('Active users per app'),
    appFacts: model.apps.map((app) => ({ title: encode(app.label), value: encode(barValue(app.active, app.enabled, format)) })),
    baseNote: encode(appBaseNote([model], 'copilot summary', ctx)),
    listTitle: encode('Enabled users, most recently active first'),
    showRows: !withheld.isWithheld,
    users: rowList(
      model.rows.map((row) => copilotUserFact(row, 'no Copilot use yet', ctx)),
      model.totalRows,
      'users',
      'No users in this report.',
      ctx,
    ),
    withheld,
    actions: cardActions(model.actions, withheld.offer),
  };
}

/** Copilot report v2: prompts and active usage days in all, and per active user. */
function usageFacts(usage: CopilotUsage, active: number, { format, encode }: ViewContext): Fact[] {
  const perActive = (total: number) => (active > 0 ? ` · ${format.decimal(total / active)} per active user` : '');
  return [
    { title: encode('Prompts submitted'), value: encode(`${format.number(usage.promptsSubmitted)}${perActive(usage.promptsSubmitted)}`) },
    { title: encode('Active usage days'), value: encode(`${format.number(usage.activeUsageDays)}${perActive(usage.activeUsageDays)}`) },
  ];
}

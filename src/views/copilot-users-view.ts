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
import { appBaseNote, perActiveUser } from './copilot-summary-view.js';
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
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const withheld = withheldDetail(model.detail, 'users', ctx);
  const period = describePeriod(model.period, messages);
  return {
    header: reportHeader(t('users.title', { period }), model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    filterNote: filterNote(model.filter, ctx),
    facts: [
      { title: encode(t(POPULATION.enabledUsers)), value: encode(format.number(model.enabled)) },
      { title: encode(t('figure.activeIn', { period })), value: encode(barValue(model.active, model.enabled, ctx)) },
      { title: encode(t('figure.inactiveIn', { period })), value: encode(inactiveText(inactiveUsers(model.enabled, model.active), model.neverActive, model.enabled, ctx)) },
      ...(model.usage ? usageFacts(model.usage, model.active, ctx) : []),
    ],
    appsTitle: encode(t('users.appsTitle')),
    appFacts: model.apps.map((app) => ({ title: encode(app.label), value: encode(barValue(app.active, app.enabled, ctx)) })),
    baseNote: encode(appBaseNote([model], 'copilot summary', ctx)),
    listTitle: encode(t('users.listTitle')),
    showRows: !withheld.isWithheld,
    users: rowList(
      model.rows.map((row) => copilotUserFact(row, t('users.noUseYet'), ctx)),
      model.totalRows,
      'users',
      t('users.empty'),
      ctx,
    ),
    withheld,
    actions: cardActions(model.actions, messages, withheld.offer),
  };
}

/** Copilot report v2: prompts and active usage days in all, and per active user. */
function usageFacts(usage: CopilotUsage, active: number, ctx: ViewContext): Fact[] {
  const { format, encode, messages: { t } } = ctx;
  const fact = (title: string, total: number) => ({ title: encode(title), value: encode(perActiveUser(format.number(total), total, active, ctx)) });
  return [fact(t('users.prompts'), usage.promptsSubmitted), fact(t('users.activeDays'), usage.activeUsageDays)];
}

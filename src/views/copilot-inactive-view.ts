/**
 * The licence-reclaim list: enabled Copilot seats with no activity in the period, never-active seats
 * first, then the longest inactive (in personal chat only; elsewhere the offer to send them).
 */
import type { ViewModels } from '../view-models.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { copilotUserFact } from './copilot-user-rows.js';
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import { identityNote } from './identity-note.js';
import { reportHeader } from './report-header.js';
import { rowList } from './row-list.js';
import type { ViewContext } from './view-context.js';
import { withheldDetail } from './withheld-detail.js';

/** The inactive-seats card data for `model`; rows only when the detail is shown. */
export function buildCopilotInactiveCard(model: ViewModels['copilot-inactive'], ctx: ViewContext): CardData['copilot-inactive'] {
  const { format, encode } = ctx;
  const withheld = withheldDetail(model.detail, 'The list of inactive users', ctx);
  return {
    header: reportHeader(`Inactive Copilot seats · ${describePeriod(model.period)}`, model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    facts: [
      { title: encode('Enabled seats'), value: encode(format.number(model.enabled)) },
      { title: encode('Inactive seats'), value: encode(barValue(model.inactive, model.enabled, format)) },
      { title: encode('Never used Copilot'), value: encode(barValue(model.neverActive, model.enabled, format)) },
      ...(model.cost
        ? [
            {
              title: encode('Monthly cost'),
              value: encode(
                `${formatMoney(model.cost.total, model.cost.currency, format.locale)} (${formatMoney(model.cost.seatPrice, model.cost.currency, format.locale)} per seat)`,
              ),
            },
          ]
        : []),
    ],
    listTitle: encode('Inactive seats: never used first, then the longest unused'),
    showRows: !withheld.isWithheld,
    users: rowList(
      model.rows.map((row) => copilotUserFact(row, 'never used Copilot', ctx)),
      model.totalRows,
      'users',
      'Every enabled seat used Copilot in this period.',
      ctx,
    ),
    withheld,
    actions: cardActions(model.actions, ctx.messages, withheld.offer),
  };
}

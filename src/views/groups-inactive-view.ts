/**
 * Groups with no activity in the period, longest inactive first, with their owners (in personal
 * chat only; elsewhere the counts and the offer to send the list privately).
 */
import type { ViewModels } from '../view-models.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { groupFacts, inactiveDetails } from './group-rows.js';
import { identityNote } from './identity-note.js';
import { reportHeader } from './report-header.js';
import { rowList } from './row-list.js';
import type { ViewContext } from './view-context.js';
import { withheldDetail } from './withheld-detail.js';

/** The inactive-groups card data for `model`; rows (with owners) only when the detail is shown. */
export function buildGroupsInactiveCard(model: ViewModels['groups-inactive'], ctx: ViewContext): CardData['groups-inactive'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const withheld = withheldDetail(model.detail, 'groups', ctx);
  return {
    header: reportHeader(t('groupsInactive.title', { period: describePeriod(model.period, messages) }), model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    facts: [
      { title: encode(t('groups.notDeleted')), value: encode(format.number(model.total)) },
      { title: encode(t('figure.inactive')), value: encode(barValue(model.inactive, model.total, ctx)) },
    ],
    listTitle: encode(t('groupsInactive.listTitle')),
    showRows: !withheld.isWithheld,
    groups: rowList(groupFacts(model.rows, inactiveDetails, ctx), model.totalRows, 'groups', t('groupsInactive.empty'), ctx),
    withheld,
    actions: cardActions(model.actions, messages, withheld.offer),
  };
}

/**
 * Enabled users without Copilot activity in the period, and the idle seats and idle spend of the idle
 * window (30 days, 28 under report v2), whatever the period. Over the idle window the list is the seats to
 * reclaim; over a longer period it is the part of them idle that long; a shorter period lists nobody and
 * says why, with a button to the idle window. Names in personal chat only; elsewhere the offer to send them.
 */
import type { ViewModels } from '../view-models.js';
import { cardAction, cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import { copilotUserFact } from './copilot-user-rows.js';
import { describePeriod, periodIn } from './describe-period.js';
import { idleFacts, inactiveText, POPULATION } from './figure-text.js';
import { filterNote } from './filter-note.js';
import { identityNote } from './identity-note.js';
import { reportHeader } from './report-header.js';
import { rowList } from './row-list.js';
import type { ViewContext } from './view-context.js';
import { withheldDetail } from './withheld-detail.js';

/** The inactive-seats card data for `model`; rows only when the detail is shown and the period is the idle window or longer. */
export function buildCopilotInactiveCard(model: ViewModels['copilot-inactive'], ctx: ViewContext): CardData['copilot-inactive'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const period = describePeriod(model.period, messages);
  const withheld = withheldDetail(model.detail, 'inactive', ctx);
  const shorter = model.scope === 'shorter';
  const reclaim = model.reclaimAction ? [cardAction(model.reclaimAction, messages)] : [];
  return {
    header: reportHeader(t('inactive.title', { period }), model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    filterNote: filterNote(model.filter, ctx),
    facts: [
      { title: encode(t(POPULATION.enabledUsers)), value: encode(format.number(model.enabled)) },
      { title: encode(t('figure.inactiveIn', { period })), value: encode(inactiveText(model.inactive, model.neverActive, model.enabled, ctx)) },
    ],
    tooShort: {
      isShown: shorter,
      text: encode(shorter ? t('inactive.tooShort', { period: periodIn(model.period, messages), idleWindow: periodIn(model.idlePeriod, messages) }) : ''),
      actions: reclaim,
    },
    idleTitle: encode(t('figure.idleTitle')),
    idleFacts: idleSectionFacts(model, ctx),
    listTitle: encode(model.scope === 'longer' ? t('inactive.listLonger', { period: periodIn(model.period, messages) }) : t('inactive.listTitle')),
    showRows: !shorter && !withheld.isWithheld,
    users: rowList(
      model.rows.map((row) => copilotUserFact(row, t('inactive.neverUsed'), ctx)),
      model.totalRows,
      'users',
      t('inactive.empty'),
      ctx,
    ),
    withheld,
    actions: cardActions(model.actions, messages, [...withheld.offer, ...reclaim]),
  };
}

/** The idle window's figures, or why they are missing (the licence counts could not be read). */
function idleSectionFacts(model: ViewModels['copilot-inactive'], ctx: ViewContext): Fact[] {
  const { encode, messages } = ctx;
  const { idle } = model;
  if (!idle) return [];
  if (idle.status === 'ok') return idleFacts(idle.data, ctx);
  return [
    {
      title: encode(messages.t('figure.idleSeats')),
      value: encode(messages.t('inactive.idleUnavailable', { period: periodIn(model.idlePeriod, messages), code: idle.code })),
    },
  ];
}

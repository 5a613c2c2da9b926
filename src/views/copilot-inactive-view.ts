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
import { describePeriod } from './describe-period.js';
import { idleFacts, idleMeaning, inactiveText, POPULATION } from './figure-text.js';
import { filterNote } from './filter-note.js';
import { identityNote } from './identity-note.js';
import { reportHeader } from './report-header.js';
import { rowList } from './row-list.js';
import type { ViewContext } from './view-context.js';
import { withheldDetail } from './withheld-detail.js';

/** The inactive-seats card data for `model`; rows only when the detail is shown and the period is the idle window or longer. */
export function buildCopilotInactiveCard(model: ViewModels['copilot-inactive'], ctx: ViewContext): CardData['copilot-inactive'] {
  const { format, encode } = ctx;
  const period = describePeriod(model.period);
  const idleWindow = describePeriod(model.idlePeriod);
  const withheld = withheldDetail(model.detail, 'The list of inactive users', ctx);
  const shorter = model.scope === 'shorter';
  const reclaim = model.reclaimAction ? [cardAction(model.reclaimAction)] : [];
  return {
    header: reportHeader(`Inactive Copilot seats · ${period}`, model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    filterNote: filterNote(model.filter, ctx),
    facts: [
      { title: encode(POPULATION.enabledUsers), value: encode(format.number(model.enabled)) },
      { title: encode(`Inactive · ${period}`), value: encode(inactiveText(model.inactive, model.neverActive, model.enabled, format)) },
    ],
    tooShort: {
      isShown: shorter,
      text: encode(
        shorter
          ? `This is not a list of seats to reclaim: a seat without Copilot in the ${period} may well be used again. ` +
              `Idle seats are those with no Copilot activity in the ${idleWindow}.`
          : '',
      ),
      actions: reclaim,
    },
    idleTitle: encode('Idle seats and what they cost'),
    idleFacts: model.idle ? idleSectionFacts(model, ctx) : [],
    listTitle: encode(
      model.scope === 'longer'
        ? `No Copilot activity in the ${period} (part of the idle seats): never used first, then the longest unused`
        : 'Seats to reclaim: never used first, then the longest unused',
    ),
    showRows: !shorter && !withheld.isWithheld,
    users: rowList(
      model.rows.map((row) => copilotUserFact(row, 'never used Copilot', ctx)),
      model.totalRows,
      'users',
      'Every enabled user used Copilot in this period.',
      ctx,
    ),
    withheld,
    actions: cardActions(model.actions, [...withheld.offer, ...reclaim]),
  };
}

/** The idle window's figures, or why they are missing (the licence counts could not be read). */
function idleSectionFacts(model: ViewModels['copilot-inactive'], ctx: ViewContext): Fact[] {
  const { encode } = ctx;
  const { idle } = model;
  if (!idle) return [];
  if (idle.status === 'ok') return idleFacts(idle.data, ctx);
  return [
    {
      title: encode('Idle seats'),
      value: encode(
        `Unassigned seats plus the enabled users with ${idleMeaning({ period: model.idlePeriod })}; the licence counts they need ` +
          `could not be read (${idle.code}). "copilot licenses" says why.`,
      ),
    },
  ];
}

/**
 * Microsoft 365 groups: active vs inactive groups (stated as text, drawn by a donut), deleted groups as a
 * part of all groups in the report (deleted included), groups by type, and the top groups by activity and by
 * storage. Group names only, never owners: this card may be posted in channels.
 */
import type { ViewModels } from '../view-models.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { cleanText } from './display-text.js';
import { describePeriod } from './describe-period.js';
import { shareText } from './figure-text.js';
import { activityDetails, groupFacts, storageDetails } from './group-rows.js';
import { identityNote } from './identity-note.js';
import { reportHeader } from './report-header.js';
import { rowList } from './row-list.js';
import type { ViewContext } from './view-context.js';

/** The groups card data for `model`, for a period or a single day. */
export function buildGroupsCard(model: ViewModels['groups'], ctx: ViewContext): CardData['groups'] {
  const { format, encode } = ctx;
  const when = model.date !== undefined ? `on ${format.date(model.date)}` : model.period !== undefined ? describePeriod(model.period) : '';
  const all = model.total + model.deleted;
  return {
    header: reportHeader(when ? `Microsoft 365 groups · ${when}` : 'Microsoft 365 groups', model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    facts: [
      { title: encode('Groups, not deleted'), value: encode(format.number(model.total)) },
      { title: encode('Active'), value: encode(shareText(model.active, model.total, format)) },
      { title: encode('Inactive'), value: encode(shareText(model.inactive, model.total, format)) },
      { title: encode('Deleted'), value: encode(`${shareText(model.deleted, all, format)} groups in the report, deleted included`) },
    ],
    chart: {
      title: encode('Active and inactive groups'),
      slices: [
        { legend: cleanText(`Active (${format.number(model.active)})`), value: model.active },
        { legend: cleanText(`Inactive (${format.number(model.inactive)})`), value: model.inactive },
      ],
    },
    hasTypes: model.byType.length > 0,
    typesTitle: encode('By type'),
    typeFacts: model.byType.map((type) => ({ title: encode(type.type), value: encode(barValue(type.count, model.total, format)) })),
    activityTitle: encode('Most active groups'),
    byActivity: rowList(groupFacts(model.topByActivity, activityDetails, ctx), model.topByActivity.length, 'groups', 'No groups.', ctx),
    storageTitle: encode('Most storage used'),
    byStorage: rowList(groupFacts(model.topByStorage, storageDetails, ctx), model.topByStorage.length, 'groups', 'No groups.', ctx),
    actions: cardActions(model.actions),
  };
}

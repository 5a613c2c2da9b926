/**
 * Microsoft 365 groups: active vs inactive groups (stated as text, drawn by a donut), deleted groups as a
 * part of all groups in the report (deleted included), groups by type, and the top groups by activity and by
 * storage. Group names only, never owners: this card may be posted in channels.
 */
import { adoptionRate } from '../reports/figures.js';
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
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const when =
    model.date !== undefined ? t('groups.onDate', { date: format.date(model.date) }) : model.period !== undefined ? describePeriod(model.period, messages) : 'none';
  const all = model.total + model.deleted;
  const deletedRate = adoptionRate(model.deleted, all);
  return {
    header: reportHeader(t('groups.title', { when }), model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    facts: [
      { title: encode(t('groups.notDeleted')), value: encode(format.number(model.total)) },
      { title: encode(t('figure.active')), value: encode(shareText(model.active, model.total, ctx)) },
      { title: encode(t('figure.inactive')), value: encode(shareText(model.inactive, model.total, ctx)) },
      {
        title: encode(t('groups.deleted')),
        value: encode(t('groups.deletedValue', { percent: deletedRate !== undefined ? format.percent(deletedRate) : 'none', deleted: model.deleted, all })),
      },
    ],
    chart: {
      title: encode(t('groups.chartTitle')),
      slices: [
        { legend: cleanText(t('groups.legendActive', { count: model.active })), value: model.active },
        { legend: cleanText(t('groups.legendInactive', { count: model.inactive })), value: model.inactive },
      ],
    },
    hasTypes: model.byType.length > 0,
    typesTitle: encode(t('groups.byType')),
    typeFacts: model.byType.map((type) => ({ title: encode(t('groups.type', { type: type.type })), value: encode(barValue(type.count, model.total, ctx)) })),
    activityTitle: encode(t('groups.mostActive')),
    byActivity: rowList(groupFacts(model.topByActivity, activityDetails, ctx), model.topByActivity.length, 'groups', t('groups.none'), ctx),
    storageTitle: encode(t('groups.mostStorage')),
    byStorage: rowList(groupFacts(model.topByStorage, storageDetails, ctx), model.topByStorage.length, 'groups', t('groups.none'), ctx),
    actions: cardActions(model.actions, messages),
  };
}

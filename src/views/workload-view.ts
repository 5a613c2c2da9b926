/**
 * The workload card: one template (`cards/workload.json`) draws every workload answer. Each kind of
 * answer has its part (figures, sections, lists) in the table below; its title and empty note are options
 * of one message by kind. Shares are drawn as text bars, which every client shows (no chart besides them,
 * so each figure is drawn once). The header with its period and Demo-data label, the concealed-names note,
 * the note for a report without rows, the withheld lists and the buttons are the same for all.
 */
import type { ViewModels } from '../view-models.js';
import type { WorkloadFigures, WorkloadKind } from '../workload-view-models.js';
import { cardAction, cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { emailParts } from './email-view.js';
import { identityNote } from './identity-note.js';
import { inactiveUsersParts } from './inactive-users-view.js';
import { licencesParts } from './licences-view.js';
import { appsParts } from './m365-apps-view.js';
import { reportHeader } from './report-header.js';
import { rowList } from './row-list.js';
import { oneDriveParts, sharePointParts } from './storage-views.js';
import { teamsParts } from './teams-view.js';
import { usageParts } from './usage-view.js';
import type { ViewContext } from './view-context.js';
import { withheldDetail } from './withheld-detail.js';
import type { WorkloadCardParts } from './workload-card-parts.js';
import { kindOption } from './workload-kind-option.js';

type PartsBuilder<K extends WorkloadKind> = (figures: Extract<WorkloadFigures, { kind: K }>, period: string, ctx: ViewContext) => WorkloadCardParts;

/** Each kind of workload answer's part of the card; a kind without one does not compile. */
const PARTS: { readonly [K in WorkloadKind]: PartsBuilder<K> } = {
  usage: usageParts,
  teams: teamsParts,
  email: emailParts,
  onedrive: oneDriveParts,
  sharepoint: sharePointParts,
  apps: appsParts,
  licences: licencesParts,
  'inactive-users': inactiveUsersParts,
};

/** The workload card data for `model`: its kind's part, or for a report without rows only the note saying so. */
export function buildWorkloadCard(model: ViewModels['workload'], ctx: ViewContext): CardData['workload'] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const { kind } = model.figures;
  // The builder of the figures' own kind: TypeScript cannot follow that correlation through the index.
  const build = PARTS[kind] as PartsBuilder<WorkloadKind>;
  const parts = build(model.figures, model.period, ctx);
  const period = describePeriod(model.period, messages);
  const isEmpty = model.reportRows === 0;
  const withheld = withheldDetail(model.detail, kind === 'inactive-users' ? 'inactiveUsers' : kind, ctx);
  return {
    header: reportHeader(t('workload.title', { kind: kindOption(kind), period }), model.freshness, ctx),
    identities: identityNote(model.identities, ctx),
    isEmpty,
    emptyNote: encode(isEmpty ? t('workload.empty', { kind: kindOption(kind), period }) : ''),
    facts: isEmpty ? [] : parts.facts,
    sections: isEmpty ? [] : parts.sections,
    hasLinks: !isEmpty && model.links.length > 0,
    linksTitle: encode(parts.linksTitle ?? ''),
    links: model.links.map((link) => cardAction(link, messages)),
    withheld,
    showLists: !isEmpty && !withheld.isWithheld && parts.lists.length > 0,
    lists: parts.lists.map((list) => ({ title: encode(list.title), items: rowList(list.rows, list.total, list.noun, list.emptyText, ctx) })),
    actions: cardActions(model.actions, messages, withheld.offer),
  };
}

/**
 * The channel's short note when the per-user detail (or a file) went to the asker's personal chat.
 * It carries no data at all.
 */
import type { ViewModels } from '../view-models.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

const LISTS = { 'copilot-users': 'copilotUsers', 'copilot-inactive': 'copilotInactive', 'groups-inactive': 'groupsInactive' } as const;

/** The confirmation posted where the question was asked. */
export function buildSentPrivatelyCard({ what }: ViewModels['sent-privately'], { encode, messages: { t } }: ViewContext): CardData['sent-privately'] {
  const message =
    what.kind === 'file'
      ? t('private.sent', { what: 'file', file: what.fileName, period: '' })
      : t('private.sent', { what: what.kind === 'workload' ? what.workload : LISTS[what.kind], period: what.period, file: '' });
  return { message: encode(message) };
}

/**
 * The channel's short note when the per-user detail (or a file) went to the asker's personal chat.
 * It carries no data at all.
 */
import type { ViewModels } from '../view-models.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';
import { kindOption } from './workload-kind-option.js';

const LISTS = { 'copilot-users': 'copilotUsers', 'copilot-inactive': 'copilotInactive', 'groups-inactive': 'groupsInactive' } as const;

/** The confirmation posted where the question was asked. */
export function buildSentPrivatelyCard({ what }: ViewModels['sent-privately'], { encode, messages: { t } }: ViewContext): CardData['sent-privately'] {
  const none = { period: '', file: '', command: '' };
  const message =
    what.kind === 'file'
      ? t('private.sent', { ...none, what: 'file', file: what.fileName })
      : what.kind === 'answer'
        ? t('private.sent', { ...none, what: 'answer', command: what.command })
        : t('private.sent', { ...none, what: what.kind === 'workload' ? kindOption(what.workload) : LISTS[what.kind], period: what.period });
  return { message: encode(message) };
}

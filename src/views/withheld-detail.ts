/**
 * Per-user and per-owner rows go only to personal chat. When a channel or group chat asked, the card
 * shows the counts, one line saying so, and the button that sends the list privately.
 */
import { phrase } from '../i18n/message-types.js';
import type { Detail } from '../view-models.js';
import type { WorkloadKind } from '../workload-view-models.js';
import { cardAction } from './card-actions.js';
import type { WithheldDetail } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** Which list was withheld: the users, the inactive users, the groups and their owners, or a workload answer's lists by its kind. */
export type WithheldList = 'users' | 'inactive' | 'groups' | WorkloadKind | 'inactiveUsers';

export function withheldDetail(detail: Detail, list: WithheldList, { encode, messages }: ViewContext): WithheldDetail {
  if (detail.kind !== 'withheld') return { isWithheld: false, text: encode(''), offer: [] };
  return {
    isWithheld: true,
    text: encode(messages.t('withheld.text', { list })),
    offer: [cardAction({ title: phrase('action.sendPrivately'), command: detail.privateCommand, delivery: 'private' }, messages)],
  };
}

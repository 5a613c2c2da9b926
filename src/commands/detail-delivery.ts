/**
 * Where per-user (and owner) rows may go: only into the asker's personal chat. In a channel or group
 * chat the answer carries counts and an offer to send the list privately; when that offer is taken
 * (`delivery: 'private'`) the channel gets a short note and the full list goes to the personal chat.
 */
import type { Command } from './command.js';
import type { HandlerContext } from './handler-context.js';
import { sendPrivatelyAction } from './neighbour-actions.js';
import { formatCommand } from './parse.js';
import type { Reply } from './reply.js';
import type { PrivateList, ReplyMessage, ViewModels } from '../view-models.js';

/** The views that list people, owners or sites. */
export type DetailViewName = 'copilot-users' | 'copilot-inactive' | 'groups-inactive' | 'workload';

/** `shown`: rows here; `private`: rows to the personal chat; `withheld`: counts only, rows offered privately. */
export type DetailAudience = 'shown' | 'private' | 'withheld';

/** Personal chat sees the rows; elsewhere they go privately when asked for so, else are withheld. */
export function detailAudience(context: HandlerContext): DetailAudience {
  if (context.conversation === 'personal') return 'shown';
  return context.delivery === 'private' ? 'private' : 'withheld';
}

/** Whether the handler needs to select rows at all (not when they would be withheld). */
export function needsRows(context: HandlerContext): boolean {
  return detailAudience(context) !== 'withheld';
}

/**
 * The reply for a detail view whose `model` was built with rows only when `needsRows(context)` (so a
 * withheld model holds none). `what` names the list (and its period) for the channel's note that it went privately.
 */
export function replyWithDetail<K extends DetailViewName>(
  view: K,
  model: ViewModels[K],
  command: Command,
  context: HandlerContext,
  what: PrivateList,
): Reply {
  const shown = { view, model: { ...model, detail: { kind: 'shown' } } } as ReplyMessage;
  switch (detailAudience(context)) {
    case 'shown':
      return { messages: [shown] };
    case 'private':
      return { messages: [{ view: 'sent-privately', model: { what } }], privateMessages: [shown] };
    case 'withheld': {
      const withheld = {
        ...model,
        detail: { kind: 'withheld', privateCommand: formatCommand(command) },
        actions: [sendPrivatelyAction(command), ...model.actions],
      };
      return { messages: [{ view, model: withheld } as ReplyMessage] };
    }
  }
}

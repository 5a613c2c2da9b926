/**
 * Which kind of Teams conversation an activity came from, as handlers need it: per-user report rows
 * are answered only in `personal` chats.
 */
import type { ConversationKind } from '../commands/handler-context.js';

type ConversationLike = { readonly conversationType?: string; readonly isGroup?: boolean } | undefined;

/**
 * Maps `conversation.conversationType` to a kind. Anything unknown or contradictory (a "personal"
 * conversation flagged as a group) counts as a group chat, so per-user detail is never shown there.
 */
export function getConversationKind(conversation: ConversationLike): ConversationKind {
  switch (conversation?.conversationType) {
    case 'personal':
      return conversation.isGroup === true ? 'groupChat' : 'personal';
    case 'channel':
      return 'channel';
    default:
      return 'groupChat';
  }
}

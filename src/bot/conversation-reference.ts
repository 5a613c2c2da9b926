/**
 * A stored conversation reference in the Bot Framework SDK's shape, for `continueConversationAsync`:
 * the SDK wants `conversationType`, `isGroup` and the names, which the stored reference may leave out.
 */
import type { ConversationReference } from 'botbuilder';
import type { ConversationRef } from '../digest/subscription.js';

/** The SDK's reference for `ref`; a conversation without `isGroup` is a group unless it is personal. */
export function toConversationReference(ref: ConversationRef): Partial<ConversationReference> {
  return {
    serviceUrl: ref.serviceUrl,
    channelId: ref.channelId,
    conversation: {
      id: ref.conversation.id,
      conversationType: ref.conversation.conversationType ?? '',
      ...(ref.conversation.tenantId ? { tenantId: ref.conversation.tenantId } : {}),
      isGroup: ref.conversation.isGroup ?? ref.conversation.conversationType !== 'personal',
      name: '',
    },
    bot: { id: ref.bot.id, name: ref.bot.name ?? '' },
  };
}

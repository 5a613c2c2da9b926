/**
 * A reply's messages as the activities the bot sends: one Adaptive Card each, in the asker's locale.
 */
import { MessageFactory, type Activity } from 'botbuilder';
import type { ReplyMessage } from '../view-models.js';
import { renderReplyMessage } from '../views/render-reply.js';

/** Every message rendered as its card, in order. */
export function replyActivities(messages: readonly ReplyMessage[], locale: string | undefined): Partial<Activity>[] {
  return messages.map((message) => MessageFactory.attachment(renderReplyMessage(message, locale)));
}

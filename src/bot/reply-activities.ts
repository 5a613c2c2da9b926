/**
 * A reply's messages as the activities the bot sends: one Adaptive Card each, in the asker's locale.
 */
import { MessageFactory, type Activity } from 'botbuilder';
import type { ReplyMessage } from '../view-models.js';
import { renderReplyMessage } from '../views/render-reply.js';

/** Every message rendered as its card, in order; `ran` (the answer to a plain question) opens the first with "Ran: <command>". */
export function replyActivities(messages: readonly ReplyMessage[], locale: string | undefined, ran?: string): Partial<Activity>[] {
  return messages.map((message, index) => MessageFactory.attachment(renderReplyMessage(message, locale, index === 0 ? ran : undefined)));
}

/**
 * A reply's messages as the activities the bot sends: one Adaptive Card each, in the asker's language,
 * locale and time zone.
 */
import { MessageFactory, type Activity } from 'botbuilder';
import type { Audience } from '../i18n/audience.js';
import type { ReplyMessage } from '../view-models.js';
import { renderReplyMessage } from '../views/render-reply.js';

/** Every message rendered as its card, in order; `ran` (the answer to a plain question) opens the first with "Ran: <command>". */
export function replyActivities(messages: readonly ReplyMessage[], audience: Audience, ran?: string): Partial<Activity>[] {
  return messages.map((message, index) => MessageFactory.attachment(renderReplyMessage(message, audience, index === 0 ? ran : undefined)));
}

/**
 * Turns one message of a `Reply` into the Adaptive Card the bot sends, with numbers and dates in
 * the asker's Teams locale (`activity.locale`; en-US when missing or invalid).
 */
import type { CardAttachment } from '../teams-message.js';
import type { ReplyMessage } from '../view-models.js';
import { escapeCardText } from './escape-card-text.js';
import { withRanNote } from './ran-note.js';
import { renderCard } from './render-card.js';
import { buildCardData } from './view-builders.js';
import { cardViewContext } from './view-context.js';

/** The bot calls this for every message of a Reply; `ran` (the answer to a plain question) opens the card with "Ran: <command>". */
export function renderReplyMessage(message: ReplyMessage, locale: string | undefined, ran?: string): CardAttachment {
  const attachment = renderCard(message.view, buildCardData(message, cardViewContext(locale)));
  return ran === undefined ? attachment : { ...attachment, content: withRanNote(attachment.content, ran, escapeCardText) };
}

/**
 * Turns one message of a `Reply` into the Adaptive Card the bot sends, with numbers and dates in
 * the asker's Teams locale (`activity.locale`; en-US when missing or invalid).
 */
import type { CardAttachment } from '../teams-message.js';
import type { ReplyMessage } from '../view-models.js';
import { renderCard } from './render-card.js';
import { buildCardData } from './view-builders.js';
import { cardViewContext } from './view-context.js';

/** The bot calls this for every message of a Reply. */
export function renderReplyMessage(message: ReplyMessage, locale: string | undefined): CardAttachment {
  return renderCard(message.view, buildCardData(message, cardViewContext(locale)));
}

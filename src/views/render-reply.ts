/**
 * Turns one message of a `Reply` into the Adaptive Card the bot sends, in the asker's language, with
 * numbers and dates in their Teams locale and times in their time zone (see `Audience`).
 */
import type { Audience } from '../i18n/audience.js';
import type { CardAttachment } from '../teams-message.js';
import type { ReplyMessage } from '../view-models.js';
import { withRanNote } from './ran-note.js';
import { serializedBytes } from './fit-card-size.js';
import { renderCard } from './render-card.js';
import { buildCardData } from './view-builders.js';
import { cardViewContext } from './view-context.js';

/** The bot calls this for every message of a Reply; `ran` (the answer to a plain question) opens the card with "Ran: <command>". */
export function renderReplyMessage(message: ReplyMessage, audience: Audience, ran?: string): CardAttachment {
  const ctx = cardViewContext(audience);
  if (ran === undefined) return renderCard(message.view, buildCardData(message, ctx));
  // The ran note opens the card after it is fitted, so the fitting leaves room for it.
  // The note's own bytes, and the comma that parts it from the body's first element.
  const empty = { body: [] };
  const noteBytes = serializedBytes(withRanNote(empty, ran, ctx.encode, ctx.messages)) - serializedBytes(empty) + 1;
  const attachment = renderCard(message.view, buildCardData(message, ctx), noteBytes);
  return { ...attachment, content: withRanNote(attachment.content, ran, ctx.encode, ctx.messages) };
}

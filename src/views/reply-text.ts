/**
 * The terminal's rendering of a reply message (`--format text`): the same card, read as plain text,
 * with report values cleaned of control characters but not escaped.
 */
import type { Audience } from '../i18n/audience.js';
import type { ReplyMessage } from '../view-models.js';
import { cardToText } from './card-to-text.js';
import { expandCardTemplate } from './card-templates.js';
import { withRanNote } from './ran-note.js';
import { buildCardData } from './view-builders.js';
import { textViewContext } from './view-context.js';

/** Plain text for `npm run report -- … --format text`; `ran` (the answer to a plain question) opens it with "Ran: <command>". */
export function formatReplyText(message: ReplyMessage, audience: Audience, ran?: string): string {
  const ctx = textViewContext(audience);
  const card = expandCardTemplate(message.view, buildCardData(message, ctx));
  return cardToText(ran === undefined ? card : withRanNote(card, ran, ctx.encode, ctx.messages), ctx.messages);
}

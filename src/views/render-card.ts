/**
 * The typed card renderer: `renderCard(name, data)` binds `CardData[name]` into `cards/<name>.json`
 * and returns the Teams attachment, trimmed to stay under the message size limit.
 */
import type { CardAttachment } from '../teams-message.js';
import type { CardData, CardName } from './card-data.js';
import { expandCardTemplate } from './card-templates.js';
import { CARD_SIZE_TARGET_BYTES, fitCardSize } from './fit-card-size.js';

export type { CardData, CardName } from './card-data.js';

/** The attachment content type Teams renders as an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The card `name` with `data` bound, as an Adaptive Card attachment of at most ~28 KB (less `reservedBytes`, kept for a line added after). */
export function renderCard<K extends CardName>(name: K, data: CardData[K], reservedBytes = 0): CardAttachment {
  const content = fitCardSize(data, (fitted) => expandCardTemplate(name, fitted), CARD_SIZE_TARGET_BYTES - reservedBytes);
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content };
}

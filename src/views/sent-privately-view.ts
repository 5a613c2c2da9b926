/**
 * The channel's short note when the per-user detail went to the asker's personal chat. It carries
 * no data at all.
 */
import type { ViewModels } from '../view-models.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** The confirmation posted where the question was asked. */
export function buildSentPrivatelyCard(model: ViewModels['sent-privately'], { encode }: ViewContext): CardData['sent-privately'] {
  return { message: encode(`🔒 I sent ${model.what} to you in a personal chat.`) };
}

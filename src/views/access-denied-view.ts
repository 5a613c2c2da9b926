/**
 * A polite refusal for someone the bot does not serve: it answers only its configured tenant and
 * admins, and says who to ask for access.
 */
import type { ViewModels } from '../view-models.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** The access-denied card: whom the bot serves and who can grant access. */
export function buildAccessDeniedCard(model: ViewModels['access-denied'], { encode }: ViewContext): CardData['access-denied'] {
  const message =
    model.reason === 'tenant'
      ? 'This bot serves only the Microsoft 365 organisation it was set up for, so it cannot answer here.'
      : 'This bot answers only the admins it was set up for, and you are not on that list yet.';
  const advice =
    model.contact !== undefined
      ? `To get access, ask ${model.contact}.`
      : 'To get access, ask whoever manages Microsoft 365 in your organisation.';
  return { title: encode('Sorry, I can’t help you with that'), message: encode(message), advice: encode(advice) };
}

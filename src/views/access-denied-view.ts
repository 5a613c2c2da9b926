/**
 * A polite refusal for someone the bot does not serve: it answers only its configured tenant and
 * admins, and says who to ask for access.
 */
import type { ViewModels } from '../view-models.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** The access-denied card: whom the bot serves and who can grant access. */
export function buildAccessDeniedCard(model: ViewModels['access-denied'], { encode, messages: { t } }: ViewContext): CardData['access-denied'] {
  const message = model.reason === 'tenant' ? t('access.tenant') : t('access.user');
  const advice = model.contact !== undefined ? t('access.askContact', { contact: model.contact }) : t('access.askAdmin');
  return { title: encode(t('access.title')), message: encode(message), advice: encode(advice) };
}

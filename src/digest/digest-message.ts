/**
 * Joins the composer and the digest card into what the runner posts: the subscription's digest as a
 * message activity in the subscriber's locale, with the snapshot to keep once it is posted.
 */
import { renderDigestCard } from '../views/digest-view.js';
import type { DigestComposer } from './digest-composer.js';
import type { MessageActivity } from '../teams-message.js';
import type { DigestModel } from '../view-models.js';
import type { DigestMessageSource } from './digest-runner.js';

/** The runner's message source over `composer`. */
export function createDigestMessageSource(composer: Pick<DigestComposer, 'compose'>): DigestMessageSource {
  return async (subscription) => {
    const { model, snapshot } = await composer.compose({ subscriptionId: subscription.id, schedule: subscription.schedule });
    return { activity: digestActivity(model, subscription.locale), ...(snapshot ? { snapshot } : {}) };
  };
}

/** The digest card as a message activity; `digest preview` replies with the same. */
export function digestActivity(model: DigestModel, locale: string | undefined): MessageActivity {
  return { type: 'message', summary: 'Weekly Microsoft 365 digest', attachments: [renderDigestCard(model, locale)] };
}

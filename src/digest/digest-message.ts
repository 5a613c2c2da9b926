/**
 * Joins the composer and the digest card into what the runner posts: the subscription's digest as a
 * message activity in its language, the subscriber's locale and the schedule's time zone, with the
 * snapshot to keep once it is posted.
 */
import type { Audience } from '../i18n/audience.js';
import { messagesFor } from '../i18n/messages.js';
import { renderDigestCard } from '../views/digest-view.js';
import type { DigestComposer } from './digest-composer.js';
import type { MessageActivity } from '../teams-message.js';
import type { DigestModel } from '../view-models.js';
import type { DigestMessageSource } from './digest-runner.js';
import { subscriptionLanguage, type DigestSubscription } from './subscription.js';

/** The runner's message source over `composer`. */
export function createDigestMessageSource(composer: Pick<DigestComposer, 'compose'>): DigestMessageSource {
  return async (subscription) => {
    const { model, snapshot } = await composer.compose({ subscriptionId: subscription.id, schedule: subscription.schedule });
    return { activity: digestActivity(model, digestAudience(subscription)), ...(snapshot ? { snapshot } : {}) };
  };
}

/** Who a subscription's digest is for: its language, its subscriber's locale, its schedule's zone. */
export function digestAudience(subscription: DigestSubscription): Audience {
  return { locale: subscription.locale, language: subscriptionLanguage(subscription), timeZone: subscription.schedule.timeZone };
}

/** The digest card as a message activity, its notification summary in the audience's language too. */
export function digestActivity(model: DigestModel, audience: Audience): MessageActivity {
  return { type: 'message', summary: messagesFor(audience).t('digest.summary'), attachments: [renderDigestCard(model, audience)] };
}

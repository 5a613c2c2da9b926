/**
 * The invoke responses to a Universal Action (a card button clicked): a card that replaces the one
 * clicked, or a short message while the card stays as it is.
 */
import type { Activity, AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Audience } from '../i18n/audience.js';
import { messagesFor } from '../i18n/messages.js';

/** An invoke answer that replaces the card clicked with `activity`'s card. */
export function cardResponse(activity: Partial<Activity> | undefined): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: (activity?.attachments?.[0]?.content ?? {}) as Record<string, unknown> };
}

/** The answer to a card action some instance already took on: the card clicked stays as it is. */
export function alreadyAnswered(audience: Audience): AdaptiveCardInvokeResponse {
  return messageResponse(messagesFor(audience).t('text.alreadyAnswered'));
}

/** The answer to a card action whose answer goes out as a new message (a file offer): the card clicked stays. */
export function answeredInNewMessage(audience: Audience): AdaptiveCardInvokeResponse {
  return messageResponse(messagesFor(audience).t('text.answeredInNewMessage'));
}

/** Teams' contract has a string `value` for a message answer; botbuilder types it as an object. */
function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } as unknown as AdaptiveCardInvokeResponse;
}

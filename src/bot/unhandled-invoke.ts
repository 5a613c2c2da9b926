/**
 * What the bot answers to invokes it does not handle, instead of botbuilder's bare 501 (which Teams shows
 * as an error): 200 with the body each invoke's contract expects. Universal Actions get a message
 * response (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/universal-action-model),
 * dialogs (task modules) a message task, everything else (sign-in and the rest) an empty 200.
 */
import type { InvokeResponse } from 'botbuilder';
import type { Audience } from '../i18n/audience.js';
import { messagesFor } from '../i18n/messages.js';

/** The 200 answer for an invoke named `name` that nothing handled, its text in the audience's language. */
export function unhandledInvokeResponse(name: string | undefined, audience: Audience): InvokeResponse {
  const NOT_HANDLED = messagesFor(audience).t('text.buttonNotHandled');
  if (name === 'adaptiveCard/action') {
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: NOT_HANDLED } };
  }
  if (name === 'task/fetch' || name === 'task/submit') return { status: 200, body: { task: { type: 'message', value: NOT_HANDLED } } };
  return { status: 200 };
}

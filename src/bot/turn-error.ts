/**
 * The adapter's last line of defence: a turn that throws is logged (what failed and where, never
 * tokens, headers, message text or report rows) and answered with the error card, except in the
 * bot's own proactive turns: nobody asked there, and a digest's channel must not get an error card.
 * Nothing thrown here escapes, so one bad turn never ends the process.
 */
import type { TurnContext } from 'botbuilder';
import type { Reply } from '../commands/reply.js';
import { phrase } from '../i18n/message-types.js';
import { audienceOf } from './activity-audience.js';
import { errorFields, type Logger } from '../logger.js';
import type { TeamsSender } from './teams-sender.js';
import { renderReplyMessage } from '../views/render-reply.js';
import { getConversationKind } from './conversation-kind.js';

/** The reply to a turn that failed unexpectedly: says so, without the raw error. */
export const TURN_FAILED_REPLY: Reply = {
  messages: [
    {
      view: 'error',
      model: {
        code: 'INTERNAL',
        title: phrase('errorTitle.INTERNAL'),
        message: phrase('errorMessage.turnFailed'),
        actions: [{ title: phrase('action.help'), command: 'help' }],
      },
    },
  ],
};

/** For `adapter.onTurnError`. */
export function createTurnErrorHandler(logger: Logger, sender: Pick<TeamsSender, 'reply'>): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const activity = context.activity as Partial<TurnContext['activity']> | undefined;
    logger.error('turn failed', {
      ...errorFields(error),
      activityType: typeof activity?.type === 'string' ? activity.type : undefined,
      conversationType: activity?.conversation ? getConversationKind(activity.conversation) : undefined,
    });
    if (isProactive(activity)) return;
    const cards = TURN_FAILED_REPLY.messages.map((message) => ({ type: 'message', attachments: [renderReplyMessage(message, audienceOf(activity))] }));
    const failed = (await sender.reply(context, cards)).find((result) => result.kind !== 'delivered');
    if (failed) logger.error('error card could not be sent', { outcome: failed.kind, reason: failed.reason });
  };
}

/** The event botbuilder makes up for `continueConversationAsync` / `createConversationAsync`: the bot's own turn. */
function isProactive(activity: Partial<TurnContext['activity']> | undefined): boolean {
  return activity?.type === 'event' && (activity.name === 'ContinueConversation' || activity.name === 'CreateConversation');
}

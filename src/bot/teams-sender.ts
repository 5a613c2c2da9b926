/**
 * The one way out to Teams. Replies in a turn, updates of the bot's own messages, proactive messages
 * into known conversations, new personal chats and digests all go through one `PacedSender` (one pacer
 * per conversation and tenant, one retry loop) and come back as `SendResult`s; nothing here throws.
 * Proactive calls catch their errors inside `continueConversationAsync`, so a refused post never reaches
 * the adapter's turn-error handler (which would post an error card into the conversation).
 */
import { DeliveryModes, TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { PacedSender, SendTarget } from '../outbound/paced-sender.js';
import { readSendError, type SendResult } from '../outbound/send-outcome.js';

/** The audience of the bot's tokens for the public-cloud Bot Connector (botbuilder's ToChannelFromBotOAuthScope). */
const BOT_CONNECTOR_SCOPE = 'https://api.botframework.com';

/** Where to open a 1:1 chat: the user and bot accounts and the tenant, on the activity's service URL. */
export type PersonalChatRequest = {
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly tenantId: string;
  readonly bot: { readonly id: string; readonly name?: string };
  readonly user: { readonly id: string };
};

/** A new personal chat's reference (when Teams made one) and what became of each activity sent into it. */
export type PersonalChatResult = { readonly reference?: Partial<ConversationReference>; readonly results: readonly SendResult[] };

/**
 * Sends and updates activities. Each list of activities is sent in order and stops at the first one not
 * delivered, so the results are as long as what was attempted.
 */
export type TeamsSender = {
  /** Into the turn's conversation. */
  reply(context: TurnContext, activities: readonly Partial<Activity>[]): Promise<SendResult[]>;
  /** Into a conversation the bot knows, outside any turn. */
  continueConversation(reference: Partial<ConversationReference>, activities: readonly Partial<Activity>[]): Promise<SendResult[]>;
  /** Replaces the bot's message `activityId` in a known conversation (e.g. a progress card by the answer). */
  update(reference: Partial<ConversationReference>, activityId: string, activity: Partial<Activity>): Promise<SendResult>;
  /** Creates (or, in Teams, reopens) the 1:1 chat with the user and sends into it. */
  createPersonalConversation(request: PersonalChatRequest, activities: readonly Partial<Activity>[]): Promise<PersonalChatResult>;
};

/** The real sender: `sendActivity` in turns, `continueConversationAsync` / `createConversationAsync` on the adapter as app `botAppId`. */
export function createTeamsSender(adapter: CloudAdapter, botAppId: string, paced: PacedSender, clock: Clock): TeamsSender {
  const sendAll = async (context: TurnContext, activities: readonly Partial<Activity>[], mode: 'reply' | 'background') => {
    withoutPipelineRetries(context);
    const target = targetOf(context.activity);
    const results: SendResult[] = [];
    for (const activity of activities) {
      const result = await paced.send(target, () => context.sendActivity(activity), mode);
      results.push(result);
      if (result.kind !== 'delivered') break;
    }
    return results;
  };
  // Errors before the callback ran (credentials, connector client) are read like a send's.
  const failedCall = (error: unknown): SendResult => ({ ...readSendError(error, clock.now()), attempts: 1 });

  return {
    async reply(context, activities) {
      // Buffered into the HTTP answer (expectReplies): nothing goes to the connector, so there is no activity id.
      if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) {
        await context.sendActivities([...activities]);
        return activities.map(() => ({ kind: 'delivered', activityId: '', attempts: 1 }));
      }
      return sendAll(context, activities, 'reply');
    },
    async continueConversation(reference, activities) {
      let results: SendResult[] = [];
      try {
        await adapter.continueConversationAsync(botAppId, reference, async (context) => {
          results = await sendAll(context, activities, 'background');
        });
      } catch (error) {
        results = [...results, failedCall(error)];
      }
      return results;
    },
    async update(reference, activityId, activity) {
      let result: SendResult | undefined;
      try {
        await adapter.continueConversationAsync(botAppId, reference, async (context) => {
          withoutPipelineRetries(context);
          // An update answers 200 with an empty body on some channels: the id is the one updated.
          result = await paced.send(targetOf(context.activity), async () => (await context.updateActivity({ ...activity, id: activityId })) ?? { id: activityId }, 'background');
        });
      } catch (error) {
        result = failedCall(error);
      }
      return result ?? failedCall(undefined);
    },
    async createPersonalConversation(request, activities) {
      let reference: Partial<ConversationReference> | undefined;
      let results: SendResult[] = [];
      const parameters = {
        isGroup: false,
        bot: { id: request.bot.id, name: request.bot.name ?? '' },
        members: [{ id: request.user.id, name: '' }],
        tenantId: request.tenantId,
        channelData: { tenant: { id: request.tenantId } },
      };
      try {
        await adapter.createConversationAsync(botAppId, request.channelId, request.serviceUrl, BOT_CONNECTOR_SCOPE, parameters, async (context) => {
          reference = TurnContext.getConversationReference(context.activity);
          results = await sendAll(context, activities, 'background');
        });
      } catch (error) {
        results = [...results, failedCall(error)];
      }
      return { ...(reference ? { reference } : {}), results };
    },
  };
}

/** True when every activity of a list was delivered. */
export function allDelivered(results: readonly SendResult[], expected: number): boolean {
  return results.length === expected && results.every((result) => result.kind === 'delivered');
}

/**
 * botframework-connector's HTTP pipeline retries 5xx and Retry-After itself, up to three times on the
 * wall clock; removing that policy from the turn's connector client leaves one retry loop, ours.
 */
function withoutPipelineRetries(context: TurnContext): void {
  const connector = context.turnState.get<{ client?: { pipeline?: { removePolicy(policy: { name: string }): unknown } } } | undefined>(
    context.adapter.ConnectorClientKey,
  );
  connector?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
}

function targetOf(activity: Partial<Activity>): SendTarget {
  return {
    conversationId: activity.conversation?.id ?? '',
    tenantId: activity.conversation?.tenantId ?? '',
  };
}

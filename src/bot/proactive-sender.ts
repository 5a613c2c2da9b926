/**
 * The two proactive calls the bot makes, behind a small interface so tests can fake them (botbuilder's
 * TestAdapter implements neither). The real one sends through CloudAdapter with paced delivery.
 */
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ActivityDelivery } from './activity-delivery.js';

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

/** Sends to conversations outside the current turn. */
export type ProactiveSender = {
  /** Sends into a conversation the bot already knows. */
  continueConversation(reference: Partial<ConversationReference>, activities: readonly Partial<Activity>[]): Promise<void>;
  /** Creates (or, in Teams, reopens) the 1:1 chat with the user, sends into it and returns its reference. */
  createPersonalConversation(
    request: PersonalChatRequest,
    activities: readonly Partial<Activity>[],
  ): Promise<Partial<ConversationReference>>;
};

/** The real sender: `continueConversationAsync` / `createConversationAsync` on the adapter, as app `botAppId`. */
export function createProactiveSender(adapter: CloudAdapter, botAppId: string, delivery: ActivityDelivery): ProactiveSender {
  return {
    async continueConversation(reference, activities) {
      await adapter.continueConversationAsync(botAppId, reference, (context) => delivery.send(context, activities));
    },
    async createPersonalConversation(request, activities) {
      let reference: Partial<ConversationReference> | undefined;
      const parameters = {
        isGroup: false,
        bot: { id: request.bot.id, name: request.bot.name ?? '' },
        members: [{ id: request.user.id, name: '' }],
        tenantId: request.tenantId,
        channelData: { tenant: { id: request.tenantId } },
      };
      await adapter.createConversationAsync(botAppId, request.channelId, request.serviceUrl, BOT_CONNECTOR_SCOPE, parameters, async (context) => {
        reference = TurnContext.getConversationReference(context.activity);
        await delivery.send(context, activities);
      });
      if (!reference) throw new Error('The Bot Connector created no conversation.');
      return reference;
    },
  };
}

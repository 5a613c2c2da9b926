/**
 * The conversations the bot is added to and removed from: an install keeps the conversation's reference
 * for digests and welcomes it once (Teams and the Playground repeat these events); a removal forgets the
 * digests and alerts there.
 */
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';
import { BoundedMemory } from './bounded-memory.js';
import { getConversationKind } from './conversation-kind.js';
import { forgetRemoved, keepInstalledConversation, type Removal } from './digest-conversations.js';
import type { Tenancy } from './tenancy.js';

const DEFAULT_MAX_WELCOMED = 10_000;

/** What the conversation events work with: the tenancy's stores, the log, and the bot's welcome. */
export type ConversationEventsOptions = {
  readonly tenancy: Tenancy;
  readonly logger: Logger;
  /** How many conversations to remember as welcomed. */
  readonly maxWelcomed?: number;
  /** Answers the install with the welcome (or the refusal, for an asker not allowed). */
  readonly greet: (context: TurnContext) => Promise<void>;
};

/** Keeps and welcomes the conversations the bot is added to, forgets those it is removed from. */
export class ConversationEvents {
  private readonly welcomed: BoundedMemory<true>;
  constructor(private readonly options: ConversationEventsOptions) {
    this.welcomed = new BoundedMemory(options.maxWelcomed ?? DEFAULT_MAX_WELCOMED);
  }

  /** The app was installed or the bot added: keeps the conversation for digests and welcomes it once. */
  async added(context: TurnContext): Promise<void> {
    await this.keepConversation(context);
    await this.welcome(context);
  }

  /**
   * Forgets what the app or bot was removed from: its digest subscriptions, history and references, whoever
   * removed it, in a tenant served. A managing tenant's conversation may have digests about every customer tenant.
   */
  async removed(context: TurnContext, removal: Removal | undefined): Promise<void> {
    const { tenancy } = this.options;
    const home = await tenancy.homeOf(context.activity);
    if (!removal || !home) return;
    try {
      const stores = home.managing ? await tenancy.managingStores() : [tenancy.storeFor(home.tenantId)];
      let conversations = 0;
      for (const store of stores) conversations += await forgetRemoved(store, removal);
      this.options.logger.info('digest conversations forgotten', { removed: removal.kind, conversations });
    } catch (error) {
      this.options.logger.error('digest conversations not forgotten', { removed: removal.kind, error: error instanceof Error ? error.name : typeof error });
    }
  }

  /** Welcomes a conversation the bot was added to, once: Teams and the Playground repeat these events. */
  private async welcome(context: TurnContext): Promise<void> {
    const { channelId, conversation } = context.activity;
    if (!conversation?.id) return;
    const key = `${channelId}|${conversation.id}`;
    if (this.welcomed.has(key)) return;
    this.welcomed.set(key, true);
    try {
      await this.options.greet(context);
    } catch (error) {
      // Not welcomed after all: let the next install event try again.
      this.welcomed.delete(key);
      throw error;
    }
  }

  /**
   * Keeps the reference of a conversation the app was installed in, for digests. Any member may
   * install the app, so only the tenant is checked; subscribing still takes an allowed user.
   */
  private async keepConversation(context: TurnContext): Promise<void> {
    const home = await this.options.tenancy.homeOf(context.activity);
    if (!home) return;
    try {
      const kept = await keepInstalledConversation(this.options.tenancy.storeFor(home.tenantId), context.activity);
      if (kept) this.options.logger.info('conversation kept for digests', { conversation: getConversationKind(context.activity.conversation) });
    } catch (error) {
      this.options.logger.error('conversation reference not kept', { error: error instanceof Error ? error.name : typeof error });
    }
  }
}

/**
 * Who may ask, turn by turn: the tenancy's decision for the activity, the allowed personal chat remembered
 * so private detail can be sent there later, and the refusal (logged by ids only) for the others.
 */
import { TurnContext, type Activity } from 'botbuilder';
import type { Logger } from '../logger.js';
import type { ReplyMessage } from '../view-models.js';
import { accessDeniedReply, refusalLogFields } from './access-policy.js';
import { getConversationKind } from './conversation-kind.js';
import type { PrivateChat } from './private-chat.js';
import type { HomeDecision, Tenancy } from './tenancy.js';

/** What the access check works with: the tenancy that decides, the personal chats it remembers, the contact a refusal names. */
export type TurnAccessOptions = {
  readonly tenancy: Tenancy;
  readonly privateChat: PrivateChat;
  /** Who to ask for access (configuration), if known. */
  readonly contact: string | undefined;
  readonly logger: Logger;
};

/** Decides each turn's access and words its refusal. */
export class TurnAccess {
  constructor(private readonly options: TurnAccessOptions) {}

  /** Access check, and the tenant the conversation is in; an allowed personal chat is remembered so private detail can be sent there later. */
  async check(context: TurnContext): Promise<HomeDecision> {
    const activity = context.activity;
    const decision = await this.options.tenancy.decide(activity);
    if (decision.allowed && getConversationKind(activity.conversation) === 'personal') {
      this.options.privateChat.remember(TurnContext.getConversationReference(activity), activity, decision.tenantId);
    }
    return decision;
  }

  /** The refusal's messages for `activity`'s asker; the refusal is logged. */
  refusal(activity: Activity, reason: 'tenant' | 'user'): readonly ReplyMessage[] {
    this.options.logger.warn('access denied', refusalLogFields(activity, reason));
    return accessDeniedReply(reason, this.options.contact).messages;
  }
}

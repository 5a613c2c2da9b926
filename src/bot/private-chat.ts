/**
 * Sends per-user detail to the asker's personal (1:1) chat with the bot, never to the channel. A chat
 * the bot has seen is continued, and kept after a failure unless Teams says it is gone (403/404);
 * otherwise Teams is asked to create it (not in the Playground, whose mock connector accepts the call
 * but shows nothing). When that fails the caller posts a card saying what happened.
 */
import type { Activity, ConversationReference } from 'botbuilder';
import type { Reply } from '../commands/reply.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import type { ViewModels } from '../view-models.js';
import type { Logger } from '../logger.js';
import type { SendResult } from '../outbound/send-outcome.js';
import { BoundedMemory } from './bounded-memory.js';
import { allDelivered, type TeamsSender } from './teams-sender.js';

/** The sender to use and whether it may create conversations. */
export type PrivateChatOptions = {
  readonly sender: Pick<TeamsSender, 'continueConversation' | 'createPersonalConversation'>;
  /** False when unauthenticated (local Playground): only chats already seen are used. */
  readonly canCreateConversations: boolean;
  readonly logger: Logger;
  readonly maxRemembered?: number;
};

/**
 * What became of activities for the asker's personal chat. `sent`: every one arrived. `no-chat`: no chat is
 * known and none could be opened. `gone`: Teams answered that the known chat is gone (403/404: the app
 * removed, the bot blocked), so it was forgotten, and no new one could be opened. `not-sent`: the known
 * chat took nothing this time (no answer, 429/5xx after retries, another refusal) and is kept for the next
 * ask. `partly`: `sent` of `of` arrived before Teams stopped taking them.
 */
export type PrivateDelivery =
  | { readonly kind: 'sent' }
  | { readonly kind: 'no-chat' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'not-sent' }
  | { readonly kind: 'partly'; readonly sent: number; readonly of: number };

type Asker = Pick<Partial<Activity>, 'from' | 'recipient' | 'serviceUrl' | 'channelId' | 'conversation'>;

const DEFAULT_MAX_REMEMBERED = 10_000;

/** Remembers personal chats per user and delivers into them. */
export class PrivateChat {
  private readonly chats: BoundedMemory<Partial<ConversationReference>>;

  constructor(private readonly options: PrivateChatOptions) {
    this.chats = new BoundedMemory(options.maxRemembered ?? DEFAULT_MAX_REMEMBERED);
  }

  /** Remembers the chat of a personal-conversation activity from an allowed user in `tenantId`. */
  remember(reference: Partial<ConversationReference>, asker: Asker, tenantId: string): void {
    const key = getAskerKey(asker, tenantId);
    // Without the activity id a later send is a new message, not a reply to whatever was said then.
    if (key !== undefined) this.chats.set(key, { ...reference, activityId: undefined });
  }

  /** Sends `activities` to the asker's personal chat and says what became of them; never throws. */
  async send(asker: Asker, tenantId: string, activities: readonly Partial<Activity>[]): Promise<PrivateDelivery> {
    const key = getAskerKey(asker, tenantId);
    if (key === undefined) return { kind: 'no-chat' };
    const known = this.chats.get(key);
    if (known) {
      const results = await this.options.sender.continueConversation(known, activities);
      const failed = describeFailure(results, activities.length);
      if (!failed) return { kind: 'sent' };
      this.options.logger.warn('personal chat could not be continued', failed.log);
      // Only Teams' word that the chat is gone forgets it: after a timeout or a 5xx it is still there.
      if (failed.delivery.kind !== 'gone') return failed.delivery;
      this.chats.delete(key);
    }
    const nothing: PrivateDelivery = known ? { kind: 'gone' } : { kind: 'no-chat' };
    if (!this.options.canCreateConversations) return nothing;
    const { serviceUrl, channelId, recipient, from } = asker;
    if (!serviceUrl || !channelId || !recipient?.id || !from?.id) return nothing;
    const { reference, results } = await this.options.sender.createPersonalConversation(
      { serviceUrl, channelId, tenantId, bot: { id: recipient.id, name: recipient.name }, user: { id: from.id } },
      activities,
    );
    if (reference) this.chats.set(key, reference);
    const failed = describeFailure(results, activities.length);
    if (!failed) return { kind: 'sent' };
    this.options.logger.warn('personal chat could not be created', failed.log);
    return failed.delivery.kind === 'gone' ? nothing : failed.delivery;
  }
}

/**
 * Posted where the question was asked when the detail (a list, or a file) did not reach the personal chat,
 * saying what happened; holds no data. `command` asks again (privately, for a list).
 */
export function privateDeliveryFailedReply(delivery: Exclude<PrivateDelivery, { kind: 'sent' }>, command: string, what: 'list' | 'file' = 'list'): Reply {
  const retry = [{ title: phrase('action.tryAgain'), command, ...(what === 'list' ? { delivery: 'private' as const } : {}) }];
  switch (delivery.kind) {
    case 'not-sent':
      return errorReply('PRIVATE_NOT_SENT', phrase('errorTitle.notSentPrivately'), phrase('errorMessage.notSentPrivately', { what }), retry);
    case 'partly':
      return errorReply(
        'PRIVATE_NOT_SENT',
        phrase('errorTitle.partlySentPrivately'),
        phrase('errorMessage.partlySentPrivately', { sent: delivery.sent, of: delivery.of, what }),
        retry,
      );
    case 'gone':
      return errorReply('PERSONAL_CHAT_GONE', phrase('errorTitle.PERSONAL_CHAT_GONE'), phrase('errorMessage.chatGone', { what, command }), []);
    case 'no-chat':
      return personalChatNeededReply(command, what);
  }
}

/**
 * Posted where the question was asked when no personal chat with the asker could be reached; holds no data.
 */
export function personalChatNeededReply(command: string, what: 'list' | 'file' = 'list'): Reply {
  return errorReply('PERSONAL_CHAT_NEEDED', phrase('errorTitle.PERSONAL_CHAT_NEEDED'), phrase('errorMessage.chatNeeded', { what, command }), []);
}

/** Who is asking, as the bot keys users: tenant and Entra object id (or channel account id); undefined without a sender. */
export function getAskerKey(asker: Pick<Partial<Activity>, 'from'>, tenantId: string): string | undefined {
  const user = asker.from?.aadObjectId ?? asker.from?.id;
  return user ? `${tenantId}|${user.toLowerCase()}` : undefined;
}

/** Undefined when all `expected` activities were delivered; else how it failed, for the caller and the log. */
function describeFailure(results: readonly SendResult[], expected: number): { delivery: Exclude<PrivateDelivery, { kind: 'sent' }>; log: { outcome?: string; reason?: string } } | undefined {
  if (allDelivered(results, expected)) return undefined;
  const sent = results.filter((result) => result.kind === 'delivered').length;
  const failed = results.find((result) => result.kind !== 'delivered');
  const log = failed ? { outcome: failed.kind, reason: failed.reason } : {};
  if (sent > 0) return { delivery: { kind: 'partly', sent, of: expected }, log };
  return { delivery: { kind: failed?.kind === 'gone' ? 'gone' : 'not-sent' }, log };
}

function errorReply(code: string, title: Phrase, message: Phrase, actions: ViewModels['error']['actions']): Reply {
  return { messages: [{ view: 'error', model: { code, title, message, actions } }] };
}

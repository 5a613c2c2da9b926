/**
 * Sends per-user detail to the asker's personal (1:1) chat with the bot, never to the channel. A chat
 * the bot has seen is continued; otherwise Teams is asked to create it (not in the Playground, whose
 * mock connector accepts the call but shows nothing). When neither works the caller posts a card
 * saying to open a personal chat and ask there.
 */
import type { Activity, ConversationReference } from 'botbuilder';
import type { Reply } from '../commands/reply.js';
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

/** `sent`: every activity reached the personal chat; `unavailable`: none could be sent there. */
export type PrivateDelivery = 'sent' | 'unavailable';

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

  /** Sends `activities` to the asker's personal chat; never throws. `unavailable`: nothing could be sent. */
  async send(asker: Asker, tenantId: string, activities: readonly Partial<Activity>[]): Promise<PrivateDelivery> {
    const key = getAskerKey(asker, tenantId);
    if (key === undefined) return 'unavailable';
    const known = this.chats.get(key);
    if (known) {
      const results = await this.options.sender.continueConversation(known, activities);
      if (allDelivered(results, activities.length)) return 'sent';
      this.options.logger.warn('personal chat could not be continued', describeFailure(results));
      // Part of it may have arrived; a new chat would repeat it, so only a chat that took nothing is replaced.
      if (results.some((result) => result.kind === 'delivered')) return 'unavailable';
      this.chats.delete(key);
    }
    if (!this.options.canCreateConversations) return 'unavailable';
    const { serviceUrl, channelId, recipient, from } = asker;
    if (!serviceUrl || !channelId || !recipient?.id || !from?.id) return 'unavailable';
    const { reference, results } = await this.options.sender.createPersonalConversation(
      { serviceUrl, channelId, tenantId, bot: { id: recipient.id, name: recipient.name }, user: { id: from.id } },
      activities,
    );
    if (reference) this.chats.set(key, reference);
    if (allDelivered(results, activities.length)) return 'sent';
    this.options.logger.warn('personal chat could not be created', describeFailure(results));
    return 'unavailable';
  }
}

/**
 * Posted where the question was asked when the detail (a list, or a file) could not go to a personal
 * chat; holds no data.
 */
export function personalChatNeededReply(command: string, what: 'list' | 'file' = 'list'): Reply {
  const why = what === 'list' ? 'This list names people, so it is only sent' : 'Teams lets the bot send files only';
  return {
    messages: [
      {
        view: 'error',
        model: {
          code: 'PERSONAL_CHAT_NEEDED',
          title: 'Ask in a personal chat',
          message:
            `${why} to a personal chat with the bot, and the bot could not open one with you. ` +
            `Open a chat with the bot and ask there: "${command}".`,
          actions: [],
        },
      },
    ],
  };
}

/** Who is asking, as the bot keys users: tenant and Entra object id (or channel account id); undefined without a sender. */
export function getAskerKey(asker: Pick<Partial<Activity>, 'from'>, tenantId: string): string | undefined {
  const user = asker.from?.aadObjectId ?? asker.from?.id;
  return user ? `${tenantId}|${user.toLowerCase()}` : undefined;
}

function describeFailure(results: readonly SendResult[]): { outcome?: string; reason?: string } {
  const failed = results.find((result) => result.kind !== 'delivered');
  return failed ? { outcome: failed.kind, reason: failed.reason } : {};
}

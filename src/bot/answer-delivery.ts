/**
 * Where an answer goes besides the conversation asked in: per-user detail to the asker's personal chat,
 * and `csv …` files through the file-consent flow. Each returns what to post where the question was asked:
 * the reply's own messages, or a card saying honestly what happened to the private part.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { ParsedCommand } from '../commands/command.js';
import { errorReply } from '../commands/error-reply.js';
import type { ConversationKind } from '../commands/handler-context.js';
import { formatCommand } from '../commands/parse.js';
import type { FileReply, Reply } from '../commands/reply.js';
import type { Logger } from '../logger.js';
import type { Audience } from '../i18n/audience.js';
import type { ReplyMessage } from '../view-models.js';
import { tenantIdOf } from './access-policy.js';
import { audienceOf } from './activity-audience.js';
import type { FileExports } from './file-exports.js';
import { privateDeliveryFailedReply, type PrivateChat } from './private-chat.js';

export type AnswerDeliveryDeps = {
  readonly privateChat: Pick<PrivateChat, 'send'>;
  readonly fileExports: Pick<FileExports, 'offer'>;
  /** The tenant whose data the answer holds, kept on a file offer while the bot serves several. */
  readonly aboutTenantId?: string;
  readonly logger: Logger;
  /** The messages as the activities the bot sends, in the asker's language, locale and zone. */
  readonly render: (messages: readonly ReplyMessage[], audience: Audience) => Partial<Activity>[];
};

/**
 * Sends the reply's private messages to the asker's personal chat and returns what to post here: the
 * reply's messages, or (when they did not all arrive) a card saying what happened instead of the "sent
 * privately" note. Private messages are never posted outside a personal chat.
 */
export async function deliverPrivately(
  deps: AnswerDeliveryDeps,
  activity: Activity,
  reply: Reply,
  parsed: ParsedCommand,
  conversation: ConversationKind,
): Promise<readonly ReplyMessage[]> {
  const privateMessages = reply.privateMessages ?? [];
  if (privateMessages.length === 0) return reply.messages;
  const others = reply.messages.filter((message) => message.view !== 'sent-privately');
  if (conversation === 'personal') return [...others, ...privateMessages];
  const delivery = await deps.privateChat.send(activity, tenantIdOf(activity), deps.render(privateMessages, audienceOf(activity)));
  if (delivery.kind === 'sent') return reply.messages;
  return [...others, ...privateDeliveryFailedReply(delivery, formatCommand(parsed.command)).messages];
}

/**
 * Offers the reply's file in the asker's personal chat and returns what to post here: the reply's
 * messages (in a channel, the note that the file went privately); in a personal chat whose client took
 * no offer, the file's name, rows, size and terminal command; from a channel, what kept it from the
 * personal chat.
 */
export async function deliverFile(
  deps: AnswerDeliveryDeps,
  context: TurnContext,
  messages: readonly ReplyMessage[],
  file: FileReply,
  parsed: ParsedCommand,
  conversation: ConversationKind,
): Promise<readonly ReplyMessage[]> {
  const others = messages.filter((message) => message.view !== 'sent-privately');
  const command = formatCommand(parsed.command);
  let outcome: Awaited<ReturnType<FileExports['offer']>>;
  try {
    outcome = await deps.fileExports.offer(context, file, conversation, parsed.fromQuestion ? command : undefined, deps.aboutTenantId);
  } catch (error) {
    // The file could not be written (disk) or the card not sent: say so here, without details.
    deps.logger.warn('file not offered', { command: parsed.command.name, error: error instanceof Error ? error.name : typeof error });
    return errorReply(error, parsed).messages;
  }
  switch (outcome.kind) {
    case 'sent':
      return conversation === 'personal' ? others : messages;
    case 'not-taken': {
      const { fileName, rowCount, sizeInBytes, demo, totals } = outcome.file;
      const model = { fileName, rowCount, sizeInBytes, command, reason: outcome.reason, ...(demo ? { demo } : {}), ...(totals ? { totals } : {}) };
      return [...others, { view: 'file-fallback', model }];
    }
    case 'not-private':
      return [...others, ...privateDeliveryFailedReply(outcome.delivery, command, 'file').messages];
  }
}

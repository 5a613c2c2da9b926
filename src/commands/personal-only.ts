/**
 * Answers that name people, or count so few that they point at people (a filtered list: `copilot inactive
 * D90 department=Sales`), are given in personal chat only. Asked in a channel or group chat, the reply says
 * so and offers to send the answer there; nothing of it is shown where it was asked.
 */
import { phrase } from '../i18n/message-types.js';
import type { Command } from './command.js';
import { formatCommand } from './parse.js';
import type { Reply } from './reply.js';

/** The refusal in a channel or group chat, with the button that sends the answer to the asker's personal chat. */
export function personalOnlyReply(command: Command): Reply {
  const asked = formatCommand(command);
  return {
    messages: [
      {
        view: 'error',
        model: {
          code: 'PERSONAL_CHAT_ONLY',
          title: phrase('errorTitle.PERSONAL_CHAT_ONLY'),
          message: phrase('errorMessage.personalChatOnly', { command: asked }),
          actions: [{ title: phrase('action.sendToMePrivately'), command: asked, delivery: 'private' }],
        },
      },
    ],
  };
}

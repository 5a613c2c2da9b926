/**
 * Answers that name people, or count so few that they point at people (a filtered list: `copilot inactive
 * D90 department=Sales`), are given in personal chat only. Asked in a channel or group chat, the reply says
 * so and offers to send the answer there; nothing of it is shown where it was asked.
 */
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
          title: 'Filtered answers are for personal chat',
          message:
            `"${asked}" narrows the answer to the users with one department, country, office, company or job title: it names ` +
            'people, and a small group\'s counts point at them, so it is answered in your personal chat with the bot only.',
          actions: [{ title: 'Send it to me privately', command: asked, delivery: 'private' }],
        },
      },
    ],
  };
}

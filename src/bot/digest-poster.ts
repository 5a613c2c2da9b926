/**
 * The digest's sender over the bot's one Teams sender: a digest is a new post in the conversation the
 * subscription names, sent as a proactive message.
 */
import type { DigestSender } from '../digest/digest-sender.js';
import { toConversationReference } from './conversation-reference.js';
import type { TeamsSender } from './teams-sender.js';

/** Posts through `sender.continueConversation`; an empty answer (nothing attempted) is a refusal. */
export function createDigestPoster(sender: Pick<TeamsSender, 'continueConversation'>): DigestSender {
  return {
    async post(reference, activity) {
      const [result] = await sender.continueConversation(toConversationReference(reference), [activity]);
      return result ?? { kind: 'refused', reason: 'NOTHING_SENT', attempts: 0 };
    },
  };
}

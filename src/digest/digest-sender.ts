/**
 * How the digest posts: one activity into a known conversation, answered with what became of it. The
 * bot's one sender implements it (paced and retried with every other send to Teams); tests fake it.
 */
import type { SendResult } from '../outbound/send-outcome.js';
import type { MessageActivity } from '../teams-message.js';
import type { ConversationRef } from './subscription.js';

/** Posts a digest; never throws: every failure is a `SendResult`. */
export type DigestSender = {
  post(reference: ConversationRef, activity: MessageActivity): Promise<SendResult>;
};

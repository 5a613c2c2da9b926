/**
 * The answer when a tenant cannot be reached as asked (unknown name, another tenant from a customer's
 * chat, a tenant command in the wrong place): an error card with a code, a plain message and buttons on.
 */
import type { Reply } from '../commands/reply.js';
import type { Phrase } from '../i18n/message-types.js';
import type { CommandAction } from '../view-models.js';

/** An error card saying why, with `actions` to go on; `code` (e.g. TENANT_UNKNOWN) picks the card's advice. */
export function tenantRefusal(code: string, title: Phrase, message: Phrase, actions: readonly CommandAction[]): Reply {
  return { messages: [{ view: 'error', model: { code, title, message, actions } }] };
}

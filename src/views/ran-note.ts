/**
 * The line that opens the answer to a plain question, "Ran: copilot inactive D90", on the card, in its
 * text and in the terminal, so the admin learns the command that gives the same answer.
 */
import type { Messages } from '../i18n/messages.js';
import type { EncodeText } from './display-text.js';

/** "Ran: copilot inactive D90", in the reader's language; the command stays as typed. */
export function ranNote(command: string, messages: Messages): string {
  return messages.t('ran.note', { command });
}

/** The expanded Adaptive Card `card` with the ran note as its first line; anything that is not a card is returned as it is. */
export function withRanNote<T>(card: T, command: string, encode: EncodeText, messages: Messages): T {
  const body: unknown = typeof card === 'object' && card !== null ? (card as { body?: unknown }).body : undefined;
  if (!Array.isArray(body)) return card;
  const note = { type: 'TextBlock', text: encode(ranNote(command, messages)), isSubtle: true, size: 'Small', wrap: true };
  return { ...card, body: [note, ...(body as unknown[])] };
}

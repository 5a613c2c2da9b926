/**
 * The value of an Adaptive Card Action.Submit, `{ command, delivery? }`, checked as untrusted input: own
 * data properties only, a command of ours in length, and a delivery the bot knows.
 */
import { phrase, type Phrase } from '../i18n/message-types.js';
import type { Delivery } from './command.js';

/** A card submit's command is one of ours: much shorter than typed text may be. */
export const MAX_SUBMIT_COMMAND_LENGTH = 200;

/** The submit's command text and delivery (default `here`), or the phrase saying what is wrong with it. */
export function readSubmit(value: unknown): { command: string; delivery: Delivery } | Phrase {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return phrase('parse.submit.noCommand');
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    return phrase('parse.submit.noCommand');
  }
  // Own data properties only: a getter is not something a card can send.
  const command = Object.getOwnPropertyDescriptor(value, 'command')?.value as unknown;
  const delivery = Object.getOwnPropertyDescriptor(value, 'delivery')?.value as unknown;
  if (typeof command !== 'string') return phrase('parse.submit.noText');
  if (command.length > MAX_SUBMIT_COMMAND_LENGTH) {
    return phrase('parse.submit.tooLong', { length: command.length, max: MAX_SUBMIT_COMMAND_LENGTH });
  }
  if (delivery !== undefined && delivery !== 'private' && delivery !== 'here') {
    return phrase('parse.submit.badDelivery');
  }
  return { command, delivery: delivery ?? 'here' };
}

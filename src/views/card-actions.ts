/**
 * The buttons under a card: each `CommandAction` becomes an Action.Submit titled in the reader's
 * language whose data is `{ command }` (commands stay English), plus `delivery: 'private'` when it asks
 * for the detail in personal chat.
 */
import type { Messages } from '../i18n/messages.js';
import type { CommandAction } from '../view-models.js';
import type { CardAction } from './card-data.js';
import { cleanText } from './display-text.js';

/** Button titles are plain text in every client (no Markdown), so they are only cleaned. */
export function cardAction(action: CommandAction, messages: Messages): CardAction {
  const data = action.delivery === 'private' ? { command: action.command, delivery: action.delivery } : { command: action.command };
  return { title: cleanText(messages.text(action.title)), data };
}

/** A button titled with the command it sends, as help's examples and a refusal's options are. */
export function commandButton(command: string): CardAction {
  return { title: cleanText(command), data: { command } };
}

/** All of `actions` as buttons, except those `shownElsewhere` (e.g. the private offer already in the body). */
export function cardActions(actions: readonly CommandAction[], messages: Messages, shownElsewhere: readonly CardAction[] = []): CardAction[] {
  const isShown = (action: CommandAction) =>
    shownElsewhere.some((shown) => shown.data.command === action.command && shown.data.delivery === action.delivery);
  return actions.filter((action) => !isShown(action)).map((action) => cardAction(action, messages));
}

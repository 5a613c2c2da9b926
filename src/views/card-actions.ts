/**
 * The buttons under a card: each `CommandAction` becomes an Action.Submit whose data is
 * `{ command }`, plus `delivery: 'private'` when it asks for the detail in personal chat.
 */
import type { CommandAction } from '../view-models.js';
import type { CardAction } from './card-data.js';
import { cleanText } from './display-text.js';

/** Button titles are plain text in every client (no Markdown), so they are only cleaned. */
export function cardAction(action: CommandAction): CardAction {
  const data = action.delivery === 'private' ? { command: action.command, delivery: action.delivery } : { command: action.command };
  return { title: cleanText(action.title), data };
}

/** All of `actions` as buttons, except those `shownElsewhere` (e.g. the private offer already in the body). */
export function cardActions(actions: readonly CommandAction[], shownElsewhere: readonly CardAction[] = []): CardAction[] {
  const isShown = (action: CommandAction) =>
    shownElsewhere.some((shown) => shown.data.command === action.command && shown.data.delivery === action.delivery);
  return actions.filter((action) => !isShown(action)).map(cardAction);
}

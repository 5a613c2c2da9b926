/**
 * The short acknowledgement when a file offer is declined: nothing was sent, and the button asks
 * for the same file again.
 */
import { phrase } from '../i18n/message-types.js';
import type { ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** "OK, I won't send the file." and a button that sends the `csv …` command again. */
export function buildFileDeclinedCard(model: ViewModels['file-declined'], { encode, messages }: ViewContext): CardData['file-declined'] {
  return {
    message: encode(messages.t('file.declined', { command: model.command })),
    actions: cardActions([{ title: phrase('action.sendAfterAll'), command: model.command }], messages),
  };
}

/**
 * The short acknowledgement when a file offer is declined: nothing was sent, and the button asks
 * for the same file again.
 */
import type { ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** "OK, I won't send the file." and a button that sends the `csv …` command again. */
export function buildFileDeclinedCard(model: ViewModels['file-declined'], { encode }: ViewContext): CardData['file-declined'] {
  return {
    message: encode(`OK, I won't send the file. Type “${model.command}” when you want it.`),
    actions: cardActions([{ title: 'Send it after all', command: model.command }]),
  };
}

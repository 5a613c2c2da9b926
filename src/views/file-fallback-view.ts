/**
 * The answer to `csv …` in a personal chat whose client did not take the file offer (the Agents
 * Playground shows none): what the file would have been (name, rows, size) and the terminal command
 * that writes the same bytes; "Try again" when Teams only failed to take the offer this time.
 */
import type { ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { rowsText, terminalCommand, TOTALS_LABEL, totalsText } from './file-cards.js';
import { DEMO_DATA_LABEL } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** Title, why the file did not come, its facts and the terminal command. */
export function buildFileFallbackCard(model: ViewModels['file-fallback'], { format, encode }: ViewContext): CardData['file-fallback'] {
  const shown = model.reason === 'not-shown';
  return {
    title: encode(`${model.demo ? `${DEMO_DATA_LABEL} · ` : ''}${shown ? 'This chat cannot take files' : 'The file offer was not sent'}`),
    message: encode(
      shown
        ? 'This chat does not show the bot’s file offers (the Agents Playground does not), so the file was not sent. The same file comes from a terminal where the bot is installed:'
        : 'Teams did not take the file offer just now, so nothing was sent. Try again, or get the same file from a terminal where the bot is installed:',
    ),
    facts: [
      { title: encode('File'), value: encode(model.fileName) },
      { title: encode('Rows'), value: encode(rowsText(model.rowCount, format)) },
      { title: encode('Size'), value: encode(format.bytes(model.sizeInBytes)) },
      ...(model.totals ? [{ title: encode(TOTALS_LABEL), value: encode(totalsText(model.totals, format)) }] : []),
    ],
    terminalCommand: encode(terminalCommand(model)),
    actions: shown ? [] : cardActions([{ title: 'Try again', command: model.command }]),
  };
}

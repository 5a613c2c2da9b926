/**
 * The answer to `csv …` in a personal chat whose client did not take the file offer (the Agents
 * Playground shows none): what the file would have been (name, rows, size) and the terminal command
 * that writes the same bytes; "Try again" when Teams only failed to take the offer this time.
 */
import { phrase } from '../i18n/message-types.js';
import type { ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { terminalCommand, totalsText } from './file-cards.js';
import { titleWithDemoLabel } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** Title, why the file did not come, its facts and the terminal command. */
export function buildFileFallbackCard(model: ViewModels['file-fallback'], context: ViewContext): CardData['file-fallback'] {
  const { format, encode, messages } = context;
  const { t } = messages;
  const shown = model.reason === 'not-shown';
  return {
    title: encode(titleWithDemoLabel(shown ? t('file.notShownTitle') : t('file.notSentTitle'), [model], messages)),
    message: encode(shown ? t('file.notShown') : t('file.notSent')),
    facts: [
      { title: encode(t('file.fact.file')), value: encode(model.fileName) },
      { title: encode(t('file.fact.rows')), value: encode(t('file.rows', { count: model.rowCount })) },
      { title: encode(t('file.fact.size')), value: encode(format.bytes(model.sizeInBytes)) },
      ...(model.totals ? [{ title: encode(t('file.totalsLabel')), value: encode(totalsText(model.totals, context)) }] : []),
    ],
    terminalCommand: encode(terminalCommand(model)),
    actions: shown ? [] : cardActions([{ title: phrase('action.tryAgain'), command: model.command }], messages),
  };
}

/**
 * What the bot answers: each command with its usage, what it shows and an example button, stacked so
 * the card reads at Teams' narrow widths. When the input was not understood, the input quoted (escaped)
 * and, if one is close, a "Did you mean …?" button; brief (in channels): only that line and the button.
 */
import type { ViewModels } from '../view-models.js';
import { cardAction } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** The help card data for `model`, the typed input quoted and escaped by the context. */
export function buildHelpCard(model: ViewModels['help'], { encode }: ViewContext): CardData['help'] {
  const suggestion = model.suggestion;
  const brief = model.brief === true;
  const notUnderstood = model.unknownInput !== undefined ? `I didn't understand “${model.unknownInput}”.` : undefined;
  // Brief: one line, with the reason, the did-you-mean and where the full list is.
  const line = brief
    ? [
        // Straight quotes, as the grammar's own messages that share the line.
        model.unknownInput !== undefined ? `I didn't understand "${model.unknownInput}".` : undefined,
        model.reason,
        // An unknown command's reason already asks "Did you mean …?".
        notUnderstood !== undefined && suggestion !== undefined ? `Did you mean "${suggestion}"?` : undefined,
        'Type "help" to see all commands.',
      ]
        .filter((part) => part !== undefined)
        .join(' ')
    : (notUnderstood ?? '');
  return {
    brief,
    title: encode('What I can answer'),
    hasUnknownInput: line !== '',
    unknownInput: encode(line),
    hasReason: !brief && model.reason !== undefined,
    reason: encode(model.reason ?? ''),
    hasSuggestion: suggestion !== undefined,
    suggestion: encode(suggestion !== undefined ? `Did you mean “${suggestion}”?` : ''),
    suggestionActions: suggestion !== undefined ? [cardAction({ title: suggestion, command: suggestion })] : [],
    intro: encode(`Type a command or pick an example. Without a period, commands use ${model.defaultPeriod}.`),
    commands: model.commands.map((command) => ({
      usage: encode(command.usage),
      description: encode(command.description),
      example: [cardAction({ title: command.example, command: command.example })],
    })),
    footer: encode('Lists that name people are sent only in personal chat.'),
  };
}

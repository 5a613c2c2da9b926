/**
 * What the bot answers: each command with its usage (commands stay English), what it shows in the
 * reader's language and an example button, stacked so the card reads at Teams' narrow widths, then
 * plain questions it understands in the reader's language and the command each runs.
 * Brief (the answer to text that maps to no command): one line saying what was not understood and
 * "type help" once, with the commands to try as buttons.
 */
import { isLanguage } from '../i18n/languages.js';
import type { ViewModels } from '../view-models.js';
import { commandButton } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** The help card data for `model`, the typed input quoted and escaped by the context. */
export function buildHelpCard(model: ViewModels['help'], { encode, messages }: ViewContext): CardData['help'] {
  const { t, text } = messages;
  const { suggestion, unknownInput } = model;
  const line = [
    unknownInput !== undefined ? t('help.notUnderstood', { input: unknownInput }) : undefined,
    ...(model.reason ?? []).map(text),
    // An unknown command's reason already asks "Did you mean …?".
    unknownInput !== undefined && suggestion !== undefined ? t('help.didYouMean', { suggestion }) : undefined,
    t('help.typeHelp'),
  ].filter((part) => part !== undefined);
  const options = (model.options ?? []).map(commandButton);
  // The pseudo-locale shows the English questions: they are what the reader types, not catalog text.
  const language = isLanguage(messages.language) ? messages.language : 'en';
  const questions = model.questions?.[language] ?? [];
  return {
    brief: model.brief === true,
    title: encode(t('help.title')),
    line: encode(line.join(' ')),
    hasOptions: options.length > 0,
    options,
    intro: encode(`${t('help.intro', { period: model.defaultPeriod })} ${t('help.attributes')}`),
    commands: model.commands.map((command) => ({
      usage: encode(command.usage),
      description: encode(text(command.description)),
      example: [commandButton(command.example)],
    })),
    hasQuestions: questions.length > 0,
    questionsTitle: encode(t('help.questionsTitle')),
    questions: questions.map(({ question, command }) => ({ question: encode(`“${question}”`), command: encode(`→ ${command}`) })),
    footer: encode(t('help.footer')),
  };
}


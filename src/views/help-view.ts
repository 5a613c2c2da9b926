/**
 * What the bot answers: each command with its usage, what it shows and an example button, stacked so
 * the card reads at Teams' narrow widths, then plain questions it understands and the command each runs.
 * Brief (the answer to text that maps to no command): one line saying what was not understood and
 * "type help" once, with the commands to try as buttons.
 */
import { GROUP_ATTRIBUTES, GROUP_ATTRIBUTE_NAMES } from '../reports/group-attributes.js';
import type { ViewModels } from '../view-models.js';
import { cardAction } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** "department, country, office, company or job title", as `by` and filters take them. */
const ATTRIBUTE_WORDS = ((names) => `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`)(GROUP_ATTRIBUTE_NAMES.map((name) => GROUP_ATTRIBUTES[name].by));

/** The help card data for `model`, the typed input quoted and escaped by the context. */
export function buildHelpCard(model: ViewModels['help'], { encode }: ViewContext): CardData['help'] {
  const { suggestion, unknownInput } = model;
  const line = [
    // Straight quotes, as the grammar's own messages that share the line.
    unknownInput !== undefined ? `I didn't understand "${unknownInput}".` : undefined,
    model.reason,
    // An unknown command's reason already asks "Did you mean …?".
    unknownInput !== undefined && suggestion !== undefined ? `Did you mean "${suggestion}"?` : undefined,
    'Type "help" to see all commands.',
  ].filter((part) => part !== undefined);
  const options = (model.options ?? []).map((command) => cardAction({ title: command, command }));
  const questions = model.questions ?? [];
  return {
    brief: model.brief === true,
    title: encode('What I can answer'),
    line: encode(line.join(' ')),
    hasOptions: options.length > 0,
    options,
    intro: encode(
      `Type a command or pick an example. Without a period, commands use ${model.defaultPeriod}. ` +
        `An <attribute> is ${ATTRIBUTE_WORDS}: "by department" gives one row per department, "department=Sales" only its users ` +
        '(personal chat; title= for a job title, quotes around a value with spaces).',
    ),
    commands: model.commands.map((command) => ({
      usage: encode(command.usage),
      description: encode(command.description),
      example: [cardAction({ title: command.example, command: command.example })],
    })),
    hasQuestions: questions.length > 0,
    questionsTitle: encode('Or ask in plain words; the answer says which command it ran:'),
    questions: questions.map(({ question, command }) => ({ question: encode(`“${question}”`), command: encode(`→ ${command}`) })),
    footer: encode('Lists that name people are sent only in personal chat.'),
  };
}

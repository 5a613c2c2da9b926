import { describe, expect, test } from 'vitest';
import { COMMAND_GUIDE } from '../src/commands/command-guide.js';
import { QUESTION_INTENTS } from '../src/commands/question-intents.js';
import { CATALOGS } from '../src/i18n/catalogs/index.js';
import { LANGUAGE_NAMES, PSEUDO_LANGUAGE } from '../src/i18n/languages.js';
import { messagesFor } from '../src/i18n/messages.js';
import { pseudoText } from '../src/i18n/pseudo-locale.js';
import { UNTRANSLATED_TERMS } from '../src/i18n/untranslated-terms.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { CONVERTED_VIEWS } from './support/converted-views.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

// Dates and numbers in Russian, so the formats add no Latin words of their own besides the zone.
const PSEUDO = { language: PSEUDO_LANGUAGE, locale: 'ru-RU' } as const;

/** Every string a model carries: names, codes, commands, files: data the card shows as it is. */
function dataOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(dataOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(dataOf);
  return [];
}

/** What may stay Latin on a card: commands, product names, example questions, the model's own data, units. */
function untranslatable(model: unknown): string[] {
  const commands = COMMAND_GUIDE.flatMap((entry) => [entry.usage, entry.example, entry.words]);
  const questions = QUESTION_INTENTS.flatMap((intent) => intent.examples.en);
  // The terminal command that writes a file, and each language's own name, are shown as they are too.
  const fixed = ['npm run --silent report --', ...Object.values(LANGUAGE_NAMES), 'UTC', 'KB', 'MB', 'help', 'YYYY-MM-DD', 'HH:MM', 'Allow'];
  return [...dataOf(model), ...commands, ...questions, ...UNTRANSLATED_TERMS, ...fixed].sort((a, b) => b.length - a.length);
}

/** The Latin words left once everything allowed is taken out: text that came from no catalog. */
function untranslatedWords(text: string, allowed: readonly string[]): string[] {
  let rest = text;
  for (const value of allowed) if (value.length > 1) rest = rest.split(value).join(' ');
  return rest.match(/(?<!\p{L})[A-Za-z]{2,}(?!\p{L})/gu) ?? [];
}

describe('the pseudo-locale', () => {
  test('accents every word, keeps placeholders and product names, and is about 40 % longer', () => {
    const text = messagesFor(PSEUDO).t('progress.title', { report: 'X' });
    expect(text).not.toMatch(/Fetching/);
    expect(messagesFor(PSEUDO).t('access.askContact', { contact: 'it@contoso.com' })).toContain('it@contoso.com');
    expect(pseudoText('Microsoft Teams and OneDrive')).toBe(`Microsoft Teams ${pseudoText('and')} OneDrive`);
    const english = Object.values(CATALOGS.en).join('').length;
    const pseudo = (Object.keys(CATALOGS.en) as (keyof typeof CATALOGS.en)[]).map((key) => CATALOGS.en[key]).map(pseudoText).join('').length;
    expect(pseudo / english).toBeGreaterThan(1.25);
  });

  test.each(CONVERTED_VIEWS)('%s shows no text from outside the catalogs, on the card and in the terminal', (_, message) => {
    const allowed = untranslatable(message.model);
    const card = visibleTexts(cardOf(renderReplyMessage(message, PSEUDO, 'copilot summary D30')));
    expect(card.flatMap((text) => untranslatedWords(text, allowed))).toEqual([]);
    const terminal = formatReplyText(message, PSEUDO, 'copilot summary D30');
    expect(untranslatedWords(terminal, allowed)).toEqual([]);
  });

  test('the check sees English: a card rendered in English fails it', () => {
    const [, help] = CONVERTED_VIEWS[0]!;
    const english = visibleTexts(cardOf(renderReplyMessage(help, { locale: 'en-US' })));
    expect(english.flatMap((text) => untranslatedWords(text, untranslatable(help.model)))).toContain('What');
  });
});

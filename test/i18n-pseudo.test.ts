import { describe, expect, test } from 'vitest';
import { COMMAND_GUIDE } from '../src/commands/command-guide.js';
import { QUESTION_INTENTS } from '../src/commands/question-intents.js';
import { CATALOGS } from '../src/i18n/catalogs/index.js';
import { REPORTS, REPORT_IDS } from '../src/reports/catalog.js';
import { MICROSOFT_365_COPILOT_SKU } from '../src/reports/copilot-skus.js';
import { LANGUAGE_NAMES, PSEUDO_LANGUAGE } from '../src/i18n/languages.js';
import { messagesFor } from '../src/i18n/messages.js';
import { pseudoText } from '../src/i18n/pseudo-locale.js';
import { UNTRANSLATED_TERMS } from '../src/i18n/untranslated-terms.js';
import { describeFileOffer, fileOfferText } from '../src/views/file-cards.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { dataOf } from './support/model-data.js';
import { ALL_VIEW_STATES } from './support/view-states.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

// Dates and numbers in Russian, so the formats add no Latin words of their own besides the zone.
const PSEUDO = { language: PSEUDO_LANGUAGE, locale: 'ru-RU' } as const;

const COMMAND = /^(csv |copilot |groups|digest |activations|help|status)/;

/**
 * Model strings that read like wording (three lower-case words in a row, not a command): a model carries
 * phrases and data, never sentences, or their words would reach the card untranslated yet allowed as data.
 */
function sentencesIn(model: unknown): string[] {
  // Example questions (shown as typed) and Graph's report names (carried for logs) are data too.
  const data = new Set([...QUESTION_INTENTS.flatMap((intent) => Object.values(intent.examples).flat()), ...REPORT_IDS.map((id) => REPORTS[id].title)]);
  return dataOf(model).filter((text) => !COMMAND.test(text) && !data.has(text) && /(?<!\p{L})\p{Ll}{2,} \p{Ll}{2,} \p{Ll}{2,}(?!\p{L})/u.test(text));
}

/** What may stay Latin on a card: commands, product names, example questions, the model's own data, units. */
function untranslatable(model: unknown): string[] {
  const commands = COMMAND_GUIDE.flatMap((entry) => [entry.usage, entry.example, entry.words]);
  const questions = QUESTION_INTENTS.flatMap((intent) => intent.examples.en);
  // The terminal command that writes a file, each language's own name, Graph's SKU search terms and the settings named are shown as they are too.
  const fixed = ['npm run --silent report --', ...Object.values(LANGUAGE_NAMES), 'UTC', 'KB', 'MB', 'GB', 'TB', 'help', 'YYYY-MM-DD', 'HH:MM', 'Allow', 'USD', 'id'];
  // Group ids are shown by their first characters where names repeat; the documented Copilot SKU is named with its id.
  const ids = dataOf(model).flatMap((text) => (/^[0-9a-f]{8}-/.test(text) ? [text.slice(0, 8)] : []));
  const skus = [MICROSOFT_365_COPILOT_SKU.skuId, MICROSOFT_365_COPILOT_SKU.skuPartNumber];
  return [...dataOf(model), ...ids, ...skus, ...commands, ...questions, ...UNTRANSLATED_TERMS, ...fixed].sort((a, b) => b.length - a.length);
}

/** The Latin words left once everything allowed is taken out: text that came from no catalog. */
function untranslatedWords(text: string, allowed: readonly string[]): string[] {
  let rest = text;
  for (const value of allowed) if (value.length > 1) rest = rest.split(value).join(' ');
  // Upper-case identifiers (SKU part numbers, setting names such as COPILOT_LICENSE_PRICE) are names, not words.
  return (rest.match(/(?<![\p{L}_])[A-Za-z]{2,}(?![\p{L}_])/gu) ?? []).filter((word) => word !== word.toUpperCase());
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

  test.each(ALL_VIEW_STATES)('%s shows no text from outside the catalogs, on the card and in the terminal', (_, message) => {
    expect(sentencesIn(message.model)).toEqual([]);
    const allowed = untranslatable(message.model);
    // visibleTexts marks a chart's title with "chart: ".
    const card = visibleTexts(cardOf(renderReplyMessage(message, PSEUDO, 'copilot summary D30'))).map((text) => text.replace(/^chart: /, ''));
    expect(card.flatMap((text) => untranslatedWords(text, allowed))).toEqual([]);
    const terminal = formatReplyText(message, PSEUDO, 'copilot summary D30');
    expect(untranslatedWords(terminal, allowed)).toEqual([]);
  });

  test('the file offer, its totals and the Demo-data notice, in the consent card and the text beside it', () => {
    const offer = {
      fileName: 'demo-copilot-licenses-D30-2026-11-19.csv',
      sizeInBytes: 2048,
      rowCount: 2,
      command: 'csv copilot licenses D30',
      refreshDate: '2026-11-19',
      demo: true,
      totals: {
        kind: 'licences',
        seats: { purchased: 830, inWarning: 0, suspended: 0, lockedOut: 0, assigned: 798, unassigned: 32, overAssigned: 0 },
        idle: { period: 'D30', unassigned: 32, inactive: 209, neverActive: 87, seats: 241 },
        spend: { currency: 'USD', monthly: 7230, yearly: 86760, inactiveSeatPrice: 30, unpricedSkus: [] },
      },
    } as const;
    const allowed = untranslatable(offer);
    for (const text of [fileOfferText(offer, PSEUDO), describeFileOffer(offer, PSEUDO)]) expect(untranslatedWords(text, allowed), text).toEqual([]);
  });

  test('the check sees English: a card rendered in English fails it, and so does a model carrying a sentence', () => {
    for (const [, message] of ALL_VIEW_STATES.filter(([name]) => name.startsWith('help') || name.startsWith('copilot-licenses'))) {
      const english = visibleTexts(cardOf(renderReplyMessage(message, { locale: 'en-US' })));
      expect(english.flatMap((text) => untranslatedWords(text, untranslatable(message.model))).length, message.view).toBeGreaterThan(3);
    }
    expect(sentencesIn({ lookedFor: 'any SKU whose part number contains 365_Copilot' })).toHaveLength(1);
    expect(sentencesIn({ command: 'csv copilot inactive D90', name: 'Microsoft 365 Apps for enterprise' })).toEqual([]);
  });
});

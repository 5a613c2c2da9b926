/**
 * The pseudo-locale (`qps-ploc`): every English message with its words accented and about 40 % longer,
 * placeholders, plural and select structure untouched, product names kept. Rendering a card through it
 * shows at a glance any text that did not come from a catalog (it stays plain ASCII English), and how
 * a longer language wraps. Derived at run time, so it never falls behind English.
 */
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from './catalogs/en.js';
import type { MessageKey } from './message-types.js';
import { UNTRANSLATED_TERMS } from './untranslated-terms.js';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!]),
);
const VOWELS = new Set([...'aeiouAEIOU']);
// Longest first, so "Microsoft 365 Copilot" is kept whole before "Microsoft" could match.
const KEPT = new RegExp(`(${[...UNTRANSLATED_TERMS].sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);

/** `text` accented, each vowel doubled (English runs about 40 % vowels), kept terms as they are. */
export function pseudoText(text: string): string {
  return text
    .split(KEPT)
    .map((part, index) => (index % 2 === 1 ? part : [...part].map((char) => (VOWELS.has(char) ? ACCENTED[char]!.repeat(2) : (ACCENTED[char] ?? char))).join('')))
    .join('');
}

function pseudoElements(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([selector, option]) => [selector, { ...option, value: pseudoElements(option.value) }]));
      return { ...element, options };
    }
    return element;
  });
}

let catalog: Readonly<Record<MessageKey, MessageFormatElement[]>> | undefined;

/** Every English message, parsed and pseudo-localized once. */
export function pseudoCatalog(): Readonly<Record<MessageKey, MessageFormatElement[]>> {
  catalog ??= Object.fromEntries(
    Object.entries(en).map(([key, message]) => [key, pseudoElements(parse(message, { ignoreTag: true }))]),
  ) as Record<MessageKey, MessageFormatElement[]>;
  return catalog;
}

/**
 * The translator a view (or the terminal) words its text with: `t('help.title')`,
 * `t('file.rows', { count: 1234 })`, or `text(phrase)` for a phrase a model carries. Messages come from
 * the catalog of the audience's language, compiled once; numbers inside them follow the locale.
 */
import { audienceLanguage, type Audience } from './audience.js';
import { CATALOGS } from './catalogs/index.js';
import { compiledMessage, type MessageSource } from './message-cache.js';
import type { MessageKey, Phrase, ValuesArgument } from './message-types.js';
import { PSEUDO_LANGUAGE, type CatalogLanguage } from './languages.js';
import { pseudoCatalog } from './pseudo-locale.js';
import { resolveLocale } from './resolve-locale.js';

/** The messages of one language, formatting for one locale. */
export type Messages = {
  readonly language: CatalogLanguage;
  /** The resolved locale numbers and dates are formatted for. */
  readonly locale: string;
  /** Message `key` with its values filled in. */
  readonly t: <K extends MessageKey>(key: K, ...values: ValuesArgument<K>) => string;
  /** The message a phrase names, with its values. */
  readonly text: (phrase: Phrase) => string;
};

const cache = new Map<string, Messages>();

/** The messages for `audience` (its language, or the nearest to its locale; English otherwise). */
export function messagesFor(audience: Audience): Messages {
  const language = audienceLanguage(audience);
  const locale = resolveLocale(audience.locale);
  const id = `${language}|${locale}`;
  let messages = cache.get(id);
  if (!messages) {
    messages = createMessages(language, locale);
    cache.set(id, messages);
  }
  return messages;
}

function sourceOf(language: CatalogLanguage, key: MessageKey): MessageSource {
  return language === PSEUDO_LANGUAGE ? pseudoCatalog()[key] : CATALOGS[language][key];
}

function createMessages(language: CatalogLanguage, locale: string): Messages {
  const format = (key: MessageKey, values: Readonly<Record<string, unknown>> | undefined): string =>
    String(compiledMessage(language, locale, key, sourceOf(language, key)).format(values as Record<string, string | number> | undefined));
  return {
    language,
    locale,
    t: <K extends MessageKey>(key: K, ...values: ValuesArgument<K>) => format(key, values[0]),
    text: (phrase) => format(phrase.key, phrase.values),
  };
}

/** A phrase in English, for error messages that logs and exceptions carry. */
export function englishText(phrase: Phrase): string {
  return messagesFor({ language: 'en', locale: 'en-US' }).text(phrase);
}

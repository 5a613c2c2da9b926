/**
 * Compiled messages: each message is parsed once per language and locale, not per answer. Plural
 * categories follow the catalog's language (CLDR: Russian one/few/many/other), the digits of `#` and
 * of `{n, number}` the reader's locale, so an English answer to `pt-BR` still reads "1 row" with
 * Portuguese digit grouping.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

/** A message as text, or as already parsed (the pseudo-locale's). */
export type MessageSource = string | MessageFormatElement[];

const compiled = new Map<string, IntlMessageFormat>();
/** Far above languages × locales × keys in use, so the map cannot grow without bound on odd locales. */
const MAX_COMPILED = 20_000;

/** The compiled message `key` of `language`, formatting for `locale` (already resolved). */
export function compiledMessage(language: string, locale: string, key: string, source: MessageSource): IntlMessageFormat {
  const id = `${language}|${locale}|${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true, formatters: formattersFor(language, locale) });
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(id, format);
  }
  return format;
}

type Formatters = NonNullable<ConstructorParameters<typeof IntlMessageFormat>[3]>['formatters'] & object;
const formatters = new Map<string, Formatters>();
const intlObjects = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(id: string, create: () => T): T {
  let value = intlObjects.get(id) as T | undefined;
  if (!value) {
    value = create();
    intlObjects.set(id, value);
  }
  return value;
}

/** Number and date formats of `locale`, plural rules of `language`. */
function formattersFor(language: string, locale: string): Formatters {
  const id = `${language}|${locale}`;
  let value = formatters.get(id);
  if (!value) {
    const pluralLanguage = language === 'qps-ploc' ? 'en' : language;
    value = {
      getNumberFormat: (_locales, options) => memo(`n|${locale}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options as Intl.NumberFormatOptions | undefined)),
      getDateTimeFormat: (_locales, options) => memo(`d|${locale}|${JSON.stringify(options ?? {})}`, () => new Intl.DateTimeFormat(locale, options)),
      getPluralRules: (_locales, options) => memo(`p|${pluralLanguage}|${JSON.stringify(options ?? {})}`, () => new Intl.PluralRules(pluralLanguage, options)),
    };
    formatters.set(id, value);
  }
  return value;
}

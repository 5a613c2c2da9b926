/**
 * The languages the bot answers in, each with a message catalog in `catalogs/`, and the pseudo-locale
 * tests render through to find text that is not in a catalog. English is the source and the fallback.
 */

/** Every language with a catalog, English first. */
export const LANGUAGES = ['en', 'ru', 'it', 'de', 'fr', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language of a locale no catalog covers (`pt-BR`, `ja`, a missing or malformed one). */
export const FALLBACK_LANGUAGE: Language = 'en';

/** Microsoft's pseudo-locale tag: English accented and lengthened, derived at run time, for tests and `--locale qps-ploc`. */
export const PSEUDO_LANGUAGE = 'qps-ploc';

/** A language a catalog can be asked for: a real one, or the pseudo-locale. */
export type CatalogLanguage = Language | typeof PSEUDO_LANGUAGE;

/** Each language by its own name, as `digest language` and help list them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ru: 'Русский',
  it: 'Italiano',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

/** Whether `value` is the code of a language with a catalog. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

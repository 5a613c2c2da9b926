/**
 * The language to answer in for a locale Teams (or `--locale`) gives: its language when a catalog
 * exists (`ru-RU` → ru, `de-CH` → de), the pseudo-locale for `qps-ploc`, English for anything else
 * (`pt-BR`, `ja-JP`, missing or malformed). Numbers and dates still follow the locale itself.
 */
import { FALLBACK_LANGUAGE, PSEUDO_LANGUAGE, isLanguage, type CatalogLanguage } from './languages.js';

/** The nearest catalog language for `locale`; never throws. */
export function negotiateLanguage(locale: string | undefined): CatalogLanguage {
  if (!locale) return FALLBACK_LANGUAGE;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.replaceAll('_', '-'));
    if (canonical === undefined) return FALLBACK_LANGUAGE;
    if (canonical.toLowerCase() === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
    const language = new Intl.Locale(canonical).language;
    return isLanguage(language) ? language : FALLBACK_LANGUAGE;
  } catch {
    // RangeError: not a BCP 47 tag at all ("english", "x").
    return FALLBACK_LANGUAGE;
  }
}

/**
 * Who an answer is for: the language its words are in, the locale its numbers and dates follow, and
 * the time zone its times are shown in. The bot fills it from the activity (locale, clientInfo's
 * time zone), a digest from its subscription, the terminal from `--locale`.
 */
import type { CatalogLanguage } from './languages.js';
import { negotiateLanguage } from './negotiate-language.js';

export type Audience = {
  /** A BCP 47 locale such as `it-IT`; missing or invalid ones format as en-US. */
  readonly locale?: string;
  /** The catalog to answer from; by default the nearest one to `locale`. */
  readonly language?: CatalogLanguage;
  /** An IANA zone (`Europe/Rome`) for instants; UTC when absent. */
  readonly timeZone?: string;
};

/** The catalog language an audience reads. */
export function audienceLanguage(audience: Audience): CatalogLanguage {
  return audience.language ?? negotiateLanguage(audience.locale);
}

/**
 * The asker's Teams locale (`activity.locale`, e.g. `en-US`, `it-IT`) as a tag Intl formats with.
 * Missing, malformed or unsupported locales fall back to en-US instead of throwing.
 */

/** Teams' own default, and the one every formatter falls back to. */
export const FALLBACK_LOCALE = 'en-US';

/**
 * Locales already resolved: asking ICU (canonical tag, then supported?) on every format took 2–3 % of a warm
 * answer's CPU time. Teams sends a few dozen locales at most; past this many the rest are resolved each time.
 */
const MAX_REMEMBERED = 128;
const resolved = new Map<string, string>();

/** Canonical locale tag Intl supports, or `en-US`. */
export function resolveLocale(locale: string | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  const known = resolved.get(locale);
  if (known !== undefined) return known;
  const tag = resolveWithIntl(locale);
  if (resolved.size < MAX_REMEMBERED) resolved.set(locale, tag);
  return tag;
}

function resolveWithIntl(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.replaceAll('_', '-'));
    if (canonical === undefined) return FALLBACK_LOCALE;
    // Without this check Intl would silently use the runtime's default locale instead.
    return Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : FALLBACK_LOCALE;
  } catch {
    // RangeError: not a BCP 47 tag at all ("english", "x").
    return FALLBACK_LOCALE;
  }
}

/**
 * Money in the asker's locale and the price's currency: 1234.5 USD reads `$1,234.50` in en-US and
 * `1.234,50 $` in de-DE. An unknown currency code falls back to the amount and the code.
 */

const formats = new Map<string, Intl.NumberFormat>();

/** `amount` of `currency` (ISO 4217) formatted for `locale` (already resolved, as `ValueFormat.locale`). */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      // RangeError for a code Intl does not know: configuration only accepts known codes, stored state may not.
      return `${amount.toFixed(2)} ${currency}`;
    }
    formats.set(key, format);
  }
  return format.format(amount);
}

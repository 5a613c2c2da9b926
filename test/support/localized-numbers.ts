/** Reading a card's numbers back in any locale, to compare answers across languages. */

/** The values of every fact on `card`. */
export function factValues(card: Record<string, unknown>): string[] {
  const values: string[] = [];
  JSON.stringify(card, (key, value: unknown) => {
    if (key === 'facts' && Array.isArray(value)) for (const fact of value as { value?: unknown }[]) values.push(String(fact.value));
    return value;
  });
  return values;
}

/** The numbers in `text` as `locale` writes them (its own group and decimal separators; Russian groups only from five digits), read back as numbers. */
export function numbersIn(text: string, locale: string): number[] {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')!.value;
  const decimal = parts.find((part) => part.type === 'decimal')!.value;
  const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`\\d+(?:${escape(group)}\\d{3})*(?:${escape(decimal)}\\d+)?`, 'g');
  return (text.match(pattern) ?? []).map((number) => Number(number.replaceAll(group, '').replace(decimal, '.')));
}

/** Every string a view model carries (names, codes, commands, file names): data a card shows as it is, in any language. */
export function dataOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(dataOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(dataOf);
  return [];
}

/**
 * Thins a daily series for a compact card: every `step`-th day counted back from the newest, so
 * the newest day is always in, and the result stays in time order.
 */

/** Every `step`-th item counted back from the last, oldest first. */
export function everyNthFromNewest<T>(items: readonly T[], step: number): T[] {
  const stride = Math.max(1, Math.floor(step));
  const picked: T[] = [];
  for (let index = items.length - 1; index >= 0; index -= stride) picked.push(items[index] as T);
  return picked.reverse();
}

/** The step that keeps at most `max` items of `count`, never below `minStep`. */
export function stepFor(count: number, max: number, minStep = 1): number {
  return Math.max(minStep, Math.ceil(count / Math.max(1, max)));
}

/**
 * Text cut to a number of code points with an ellipsis, never splitting a character: what a refusal
 * quotes of what was typed, and what a card shows of a long name, stay short.
 */

/** `text` when it has at most `max` code points; otherwise its first `max − 1` and "…". */
export function shorten(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

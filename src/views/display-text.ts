/**
 * Text on its way to a screen: report values and typed input, cleaned of what could break a line
 * or reorder it. `DisplayText` marks text that went through an encoder for its medium (escaped for a
 * card, cleaned for a terminal), so card data cannot be filled with raw names by mistake.
 */
import { shorten } from '../shorten-text.js';

declare const displayTextBrand: unique symbol;

/** Text prepared for its medium by an `EncodeText`; the only kind of text card data accepts. */
export type DisplayText = string & { readonly [displayTextBrand]: true };

/** Turns raw text (report values, user input, our own sentences with values in them) into display text. */
export type EncodeText = (raw: string) => DisplayText;

/** Longest text shown for one value, in code points; Entra names stop at 256, Graph messages rarely pass 500. */
export const MAX_DISPLAY_LENGTH = 1000;

// Line breaks and tabs would start new Markdown blocks (lists, headings) inside a card.
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
// Other C0/C1 controls (terminal escape sequences among them).
const CONTROLS = /\p{Cc}/gu;
// Bidi embeddings, overrides and isolates can make a name read as something else ("Trojan Source").
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** One line of text: line breaks become spaces, control and bidi-override characters go, ends trimmed, length capped. */
export function cleanText(raw: string): string {
  const text = raw.replace(LINE_BREAKS, ' ').replace(CONTROLS, '').replace(BIDI_CONTROLS, '').trim();
  // No more code points than UTF-16 units: a short text needs no counting.
  if (text.length <= MAX_DISPLAY_LENGTH) return text;
  return shorten(text, MAX_DISPLAY_LENGTH);
}

/** For the terminal: nothing is interpreted there, so cleaning is enough. */
export const encodePlainText: EncodeText = (raw) => cleanText(raw) as DisplayText;

/** Longest directory value (a department, an office) shown on a card, in code points; Entra ID allows 64 to 128 for them, files keep them whole. */
export const MAX_LABEL_LENGTH = 128;

/** `text` cut to MAX_LABEL_LENGTH code points with an ellipsis, so a card of many values stays well under Teams' size limit. */
export function shortLabel(text: string): string {
  return shorten(text, MAX_LABEL_LENGTH);
}

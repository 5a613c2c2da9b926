/**
 * Neutralises Markdown in text bound into Adaptive Cards (TextBlock and FactSet render links, bold,
 * italics and lists in Teams). Backslash escapes render differently per client, so this inserts an
 * invisible WORD JOINER (U+2060) where it breaks the syntax and swaps emphasis characters for lookalikes.
 */
import { cleanText, type DisplayText, type EncodeText } from './display-text.js';

/** Invisible, joins instead of breaking lines, and is neither whitespace nor punctuation to Markdown parsers. */
export const WORD_JOINER = '\u2060';

/** Emphasis and code delimiters shown as characters no Markdown parser treats specially. */
export const MARKDOWN_LOOKALIKES = {
  '*': '\u2217', // ∗ ASTERISK OPERATOR
  '_': '\u02cd', // ˍ MODIFIER LETTER LOW MACRON
  '`': '\u02cb', // ˋ MODIFIER LETTER GRAVE ACCENT
  '~': '\u223c', // ∼ TILDE OPERATOR
} as const;

// A word joiner after these keeps them visible but inert: `](` and `]:` (links and link
// definitions), `<` (HTML, autolinks, <at> mentions), `&` (entities), `\` (escapes).
const JOIN_AFTER = new Set([']', '<', '&', '\\']);
// List markers ("- ", "+ ", "1. ", "2) ") after any space, not only at the start: some mobile
// renderers look for them mid-text. "(2026)" or "Jean-Luc" are no markers and stay untouched.
const LIST_MARKER = /(^|\s)([-+]|\d{1,9}[.)])(?=\s|$)/g;
// What may still open a block at the start of the text: heading, quote, rule ("---"), setext line, table.
const BLOCK_START = /^[#>\-+=|]/;

const ASCII_ALPHANUMERIC = /^[A-Za-z0-9]$/;
// The characters escapeInline changes or follows with a word joiner; most values (numbers, dates, names) have none.
const INLINE_SYNTAX = /[_*`~\]<&\\]/;

function isAlphanumeric(character: string | undefined): boolean {
  return character !== undefined && ASCII_ALPHANUMERIC.test(character);
}

/**
 * Escapes one value for a card. Idempotent. An underscore between two letters or digits (`first_last@contoso.com`)
 * is kept as typed: intraword underscores do not emphasise in CommonMark nor in the Adaptive Cards parser.
 */
export const escapeCardText: EncodeText = (raw) => {
  const text = cleanText(raw.replaceAll(WORD_JOINER, ''));
  const escaped = (INLINE_SYNTAX.test(text) ? escapeInline(text) : text).replace(LIST_MARKER, `$1$2${WORD_JOINER}`);
  return (BLOCK_START.test(escaped) ? WORD_JOINER + escaped : escaped) as DisplayText;
};

/** Emphasis and code delimiters swapped for lookalikes, a word joiner after what opens links, HTML, entities and escapes. */
function escapeInline(text: string): string {
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (character === '_') {
      const intraword = isAlphanumeric(text[index - 1]) && isAlphanumeric(text[index + 1]);
      escaped += intraword ? '_' : MARKDOWN_LOOKALIKES['_'];
    } else if (character === '*' || character === '`' || character === '~') {
      escaped += MARKDOWN_LOOKALIKES[character];
    } else {
      escaped += JOIN_AFTER.has(character) ? character + WORD_JOINER : character;
    }
  }
  return escaped;
}

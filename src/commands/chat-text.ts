/**
 * Turns the text of a Teams message into plain words: Teams sends HTML-ish text, with `<at>Name</at>`
 * for each @mention, entities such as `&nbsp;` and sometimes tags like `<p>`. Mentions are removed
 * with their names; other tags are dropped; entities are decoded once.
 */

const MENTION = /<at(?:\s[^>]*)?>[\s\S]*?<\/at\s*>/gi;
const TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|#39|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
// C0/C1 control characters and the invisible characters Teams clients insert around mentions.
const INVISIBLE = /[\p{Cc}\u200b-\u200d\u2060\ufeff]/gu;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
};

/** The message text without mentions, tags, entities or control characters; whitespace collapsed and trimmed. */
export function cleanChatText(text: string): string {
  return decodeEntities(text.replace(MENTION, ' ').replace(TAG, ' '))
    .replace(INVISIBLE, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, decimal: string | undefined, hex: string | undefined) => {
    if (decimal === undefined && hex === undefined) return NAMED_ENTITIES[entity.toLowerCase()] ?? entity;
    const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    const isScalar = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return isScalar ? String.fromCodePoint(codePoint) : ' ';
  });
}

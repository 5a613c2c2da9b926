/**
 * Reversible names for store keys, shared by the file and blob stores: each UTF-8 byte in the store's
 * plain alphabet as it is, any other as an escape character and two upper-case hex digits, so any key
 * (slashes, dots, Unicode) gives a distinct name the storage accepts.
 */
export type KeyNames = {
  encode(key: string): string;
  /** The key `name` stands for, or undefined for a name `encode` would not have written. */
  decode(name: string): string | undefined;
};

/** Names over `plain` (a one-character pattern) with `escape` before the hex of every other byte. */
export function createKeyNames(escape: string, plain: RegExp): KeyNames {
  const byteNames = Array.from({ length: 256 }, (_, byte) => {
    const character = String.fromCharCode(byte);
    return plain.test(character) ? character : `${escape}${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  });
  const encode = (key: string): string => {
    let name = '';
    for (const byte of Buffer.from(key, 'utf8')) name += byteNames[byte]!;
    return name;
  };
  const decode = (name: string): string | undefined => {
    const bytes: number[] = [];
    for (let index = 0; index < name.length; ) {
      const character = name[index]!;
      if (character === escape) {
        const hex = name.slice(index + 1, index + 3);
        if (!/^[0-9A-F]{2}$/.test(hex)) return undefined;
        bytes.push(Number.parseInt(hex, 16));
        index += 3;
      } else {
        if (!plain.test(character)) return undefined;
        bytes.push(character.charCodeAt(0));
        index += 1;
      }
    }
    if (bytes.length === 0) return undefined;
    const key = Buffer.from(bytes).toString('utf8');
    // Only the one name encode writes for a key stands for it (no lower-case hex, no escaped plain bytes).
    return encode(key) === name ? key : undefined;
  };
  return { encode, decode };
}

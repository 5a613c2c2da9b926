/**
 * A 64-bit hash of a string, case-insensitive, for joining report rows to directory users by UPN
 * without holding a million UPN strings: two 32-bit lanes in the style of bryc's public-domain cyrb53.
 * At a million keys the chance that two differ but hash alike is about 3 in 100 million.
 */

/**
 * Hashes `text` with upper and lower case alike into `out[offset]` (high lane) and `out[offset + 1]`
 * (low lane). ASCII is folded in the loop; text with other characters is lower-cased first.
 */
export function foldedHash(text: string, out: Uint32Array, offset = 0): void {
  hashInto(text, false, out, offset);
}

function hashInto(text: string, lowered: boolean, out: Uint32Array, offset: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code > 0x7f && !lowered) return hashInto(text.toLowerCase(), true, out, offset);
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[offset] = h2 >>> 0;
  out[offset + 1] = h1 >>> 0;
}

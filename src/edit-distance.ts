/**
 * How far apart two words are, in typos: the did-you-mean of commands and the closest directory values
 * to a filter that matches none both rank by it.
 */

/** Edit distance with adjacent transpositions (optimal string alignment), over code points. */
export function damerauLevenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const width = t.length + 1;
  const d = new Array<number>((s.length + 1) * width);
  for (let i = 0; i <= s.length; i++) d[i * width] = i;
  for (let j = 0; j <= t.length; j++) d[j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(d[(i - 1) * width + j]! + 1, d[i * width + j - 1]! + 1, d[(i - 1) * width + j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, d[(i - 2) * width + j - 2]! + 1);
      }
      d[i * width + j] = value;
    }
  }
  return d[s.length * width + t.length]!;
}

/**
 * The did-you-mean for words the grammar does not know: the command whose words are closest by
 * Damerau–Levenshtein distance, word by word, when every word is within a typo or two of it.
 */
import { damerauLevenshtein } from '../edit-distance.js';
import { COMMAND_GUIDE } from './command-guide.js';

type Candidate = { readonly words: readonly string[]; readonly suggestion: string };

const CANDIDATES: readonly Candidate[] = [
  ...COMMAND_GUIDE.map((entry) => ({ words: entry.words.split(' '), suggestion: entry.words })),
  // `copilot` alone means the summary.
  { words: ['copilot'], suggestion: 'copilot summary' },
];

/** Longer words tolerate more typos: 1 for up to 4 letters, 2 for 5–7, 3 for 8–10, … */
function tolerance(word: string): number {
  return Math.max(1, Math.round(word.length / 3));
}

/**
 * The command words closest to `words` (lower case, arguments already removed), or undefined when
 * no command is close enough. Ties go to the command listed first in the guide.
 */
export function suggestCommand(words: readonly string[]): string | undefined {
  let best: { distance: number; suggestion: string } | undefined;
  for (const candidate of CANDIDATES) {
    if (candidate.words.length !== words.length) continue;
    let distance = 0;
    for (let i = 0; i < words.length && distance !== Infinity; i++) {
      const target = candidate.words[i]!;
      const typed = words[i]!;
      const limit = tolerance(target);
      const d = Math.abs(typed.length - target.length) > limit ? Infinity : damerauLevenshtein(typed, target);
      distance = d > limit ? Infinity : distance + d;
    }
    if (distance !== Infinity && (best === undefined || distance < best.distance)) {
      best = { distance, suggestion: candidate.suggestion };
    }
  }
  return best?.suggestion;
}

/**
 * The commands closest to text that maps to no command, best first, for the buttons under "I don't
 * know …": words a typo or two from a command's words count, and so do the ideas of the plain-question
 * tables (a "licence" makes `copilot licenses` closer). Ties keep the command guide's order, so text
 * that is close to nothing gets the first commands of the guide.
 */
import { COMMAND_GUIDE, type CommandGuideEntry } from './command-guide.js';
import type { CommandName } from './command.js';
import { QUESTION_INTENTS, type Concept } from './question-intents.js';
import { intentScore, readQuestionWords } from './read-question.js';
import { damerauLevenshtein } from '../edit-distance.js';

const GENERIC: ReadonlySet<Concept> = new Set(['count', 'who', 'people', 'export']);

/**
 * Commands offered only when typed nearly right (the did-you-mean), never as a guess: they change or
 * manage what the bot posts on its own (digests, alerts), or are `help` itself.
 */
const NEVER_GUESSED: ReadonlySet<CommandName> = new Set([
  'digest-subscribe',
  'digest-unsubscribe',
  'digest-run-now',
  'alert-set',
  'alert-list',
  'alert-remove',
  'alert-snooze',
  'alert-exclude',
  'alert-include',
  'alert-language',
  'help',
]);

/**
 * Up to `count` command words closest to `text`, from the guide entries `allowed` keeps (every entry
 * by default); commands that change something or `help` are never among them.
 */
export function closestCommands(text: string, count = 3, allowed: (entry: CommandGuideEntry) => boolean = () => true): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  // "how many", "who", "people" or "csv" alone say nothing about which command is meant.
  const concepts = new Set([...readQuestionWords(text).concepts].filter((concept) => !GENERIC.has(concept)));
  return COMMAND_GUIDE.filter((entry) => !NEVER_GUESSED.has(entry.name) && allowed(entry))
    .map((entry, order) => {
      const spelled = entry.words.split(' ').reduce((sum, word) => sum + Math.max(0, ...words.map((typed) => similarity(word, typed))), 0);
      const meant = Math.max(0, ...QUESTION_INTENTS.filter((intent) => intent.command === entry.words).map((intent) => intentScore(intent, concepts)));
      return { words: entry.words, score: spelled + meant, order };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map((candidate) => candidate.words);
}

/** 1 for the same word, less per edit; 0 past half the word's length (`copilt` is 0.86 of `copilot`). */
function similarity(word: string, typed: string): number {
  const value = 1 - damerauLevenshtein(word, typed) / Math.max(word.length, typed.length);
  return value >= 0.5 ? value : 0;
}

/**
 * Reads a plain question ("who is not using copilot this quarter?") as the text of one command
 * (`copilot inactive D90`) with the tables of question-intents.ts: the words are matched to ideas,
 * longest phrase first, the ideas to intents, and a stretch of time to a period. Deterministic, no
 * guessing: a question two intents (or two periods) fit comes back as the options, not as a command.
 */
import type { CopilotReportApi } from '../reports/report-request.js';
import type { GroupAttribute } from '../reports/group-attributes.js';
import { formatModifiers, readQuestionAttribute, takesBy } from './attribute-modifiers.js';
import { cleanChatText } from './chat-text.js';
import { COMMAND_GUIDE } from './command-guide.js';
import { CONCEPTS, NUMBER_WORDS, PERIOD_LEAD_WORDS, PERIOD_PHRASES, PERIOD_UNITS, QUESTION_INTENTS, type Concept, type QuestionIntent } from './question-intents.js';

/** `command`: the command text the question asks for; `ambiguous`: the commands it could mean, in intent order. */
export type QuestionReading = { readonly kind: 'command'; readonly command: string } | { readonly kind: 'ambiguous'; readonly options: readonly string[] };

type Phrase = { readonly words: readonly string[]; readonly concept: Concept };

/** Every phrase of every concept, longest first, so "not using" is read before "using" could be. */
const PHRASES: readonly Phrase[] = (Object.entries(CONCEPTS) as [Concept, readonly string[]][])
  .flatMap(([concept, phrases]) => phrases.map((phrase) => ({ words: phrase.split(' '), concept })))
  .sort((a, b) => b.words.length - a.words.length);

const PERIOD_PHRASE_LIST = Object.entries(PERIOD_PHRASES)
  .map(([phrase, days]) => ({ words: phrase.split(' '), days }))
  .sort((a, b) => b.words.length - a.words.length);

/** Each command's name and words, to tell which a question's command is. */
const GRAMMAR_WORDS = COMMAND_GUIDE.map((entry) => [entry.name, entry.words] as const);

/** D7, d90, 30d: a period typed as the commands take it. */
const PERIOD_TOKEN = /^(?:d(\d{1,4})|(\d{1,4})d)$/;
const DATE_TOKEN = /^\d{4}-\d{2}-\d{2}$/;

/** What a question says: its ideas, each stretch of time (days, 0 for all) or date it names, and a directory attribute it groups by. */
export type QuestionWords = { readonly concepts: ReadonlySet<Concept>; readonly periods: readonly (number | string)[]; readonly attribute?: GroupAttribute };

/** The ideas and periods in `text` (chat text: mentions and tags are removed first). */
export function readQuestionWords(text: string): QuestionWords {
  const words = cleanChatText(text)
    .toLowerCase()
    .replace(/['’`]/gu, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word !== '' && word !== '-');
  const concepts = new Set<Concept>();
  const periods: (number | string)[] = [];
  let attribute: GroupAttribute | undefined;
  for (let i = 0; i < words.length; ) {
    const grouping = readQuestionAttribute(words, i);
    if (grouping) {
      attribute ??= grouping.attribute;
      i += grouping.length;
      continue;
    }
    const period = readPeriod(words, i);
    if (period) {
      if (!periods.includes(period.value)) periods.push(period.value);
      i += period.length;
      continue;
    }
    const phrase = PHRASES.find((candidate) => candidate.words.every((word, offset) => words[i + offset] === word));
    if (phrase) concepts.add(phrase.concept);
    i += phrase?.words.length ?? 1;
  }
  return { concepts, periods, ...(attribute !== undefined ? { attribute } : {}) };
}

/**
 * `command` by the question's attribute, when it takes one ("which departments use copilot" is the summary by
 * department: who uses it, counted per department); the command as it is otherwise.
 */
function byAttribute(command: string, attribute: GroupAttribute | undefined): string {
  if (attribute === undefined) return command;
  const grouped = command === 'copilot users' ? 'copilot summary' : command;
  const words = GRAMMAR_WORDS.find(([, phrase]) => phrase === grouped);
  return words && takesBy(words[0]) ? `${grouped}${formatModifiers({ by: attribute })}` : command;
}

/**
 * The command a plain question asks for, the commands it could mean, or undefined when it names none.
 * A month is D30, or D28 for the Copilot commands under Copilot report v2; the command text is not yet
 * checked (the caller parses it, so a period the command does not take is refused as if typed).
 */
export function readQuestion(text: string, copilotApi: CopilotReportApi): QuestionReading | undefined {
  const { concepts, periods, attribute } = readQuestionWords(text);
  const intents = QUESTION_INTENTS.filter((intent) => fits(intent, concepts));
  if (intents.length === 0) return undefined;
  const prefix = concepts.has('export') ? 'csv ' : '';
  const commands = intents.map((intent) => `${prefix}${byAttribute(intent.command, attribute)}`);
  const [only] = commands;
  const withPeriod = (command: string, period: number | string) => `${command} ${periodToken(period, command, copilotApi)}`;
  if (commands.length > 1) return { kind: 'ambiguous', options: commands.map((command) => (periods.length === 1 ? withPeriod(command, periods[0]!) : command)) };
  if (periods.length > 1) return { kind: 'ambiguous', options: periods.map((period) => withPeriod(only!, period)) };
  return { kind: 'command', command: periods.length === 1 ? withPeriod(only!, periods[0]!) : only! };
}

/** How closely `intent` fits the ideas: the most of them any one pattern asks for (0: none fits). */
export function intentScore(intent: QuestionIntent, concepts: ReadonlySet<Concept>): number {
  return Math.max(0, ...intent.patterns.map((pattern) => pattern.all.filter((concept) => concepts.has(concept)).length));
}

function fits(intent: QuestionIntent, concepts: ReadonlySet<Concept>): boolean {
  return intent.patterns.some((pattern) => pattern.all.every((concept) => concepts.has(concept)) && !(pattern.none ?? []).some((concept) => concepts.has(concept)));
}

/** A period at `words[at]`: `D90`, a date, "half a year", "last month", "90 days", "three months". */
function readPeriod(words: readonly string[], at: number): { value: number | string; length: number } | undefined {
  const word = words[at]!;
  const token = PERIOD_TOKEN.exec(word);
  if (token) return { value: Number(token[1] ?? token[2]), length: 1 };
  if (DATE_TOKEN.test(word)) return { value: word, length: 1 };
  const phrase = PERIOD_PHRASE_LIST.find((candidate) => candidate.words.every((part, offset) => words[at + offset] === part));
  if (phrase) return { value: phrase.days, length: phrase.words.length };
  const unit = PERIOD_UNITS[words[at + 1] ?? ''];
  if (unit === undefined) return undefined;
  const count = /^\d{1,4}$/.test(word) ? Number(word) : PERIOD_LEAD_WORDS.includes(word) ? 1 : NUMBER_WORDS[word];
  return count === undefined ? undefined : { value: count * unit, length: 2 };
}

/** The period as the command takes it: D7, D90, ALL, a date; a month is D28 for Copilot commands under report v2. */
function periodToken(period: number | string, command: string, copilotApi: CopilotReportApi): string {
  if (typeof period === 'string') return period;
  if (period === 0) return 'ALL';
  const copilot = command.replace(/^csv /, '').startsWith('copilot');
  return period === 30 && copilot && copilotApi === 'copilot-v2' ? 'D28' : `D${period}`;
}

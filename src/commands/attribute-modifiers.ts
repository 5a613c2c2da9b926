/**
 * The directory modifiers of per-user report commands, as typed and as formatted: `by department` (one row
 * per value; aggregates) and `department=Sales`, `department="Human Resources"` (only those users; personal
 * chat). A command opts in by declaring the modifier in its type (`& ByModifier`, `& FilterModifier`) and
 * listing its name below; the grammar, formatting and dispatch read these lists.
 */
import { phrase, type Phrase } from '../i18n/message-types.js';
import { GROUP_ATTRIBUTES, GROUP_ATTRIBUTE_NAMES, type AttributeFilter, type GroupAttribute } from '../reports/group-attributes.js';
import type { ByModifier, FilterModifier, ReportCommand } from './command.js';
import { shorten } from '../shorten-text.js';

/** The report commands whose type carries modifier `M`. */
type NamesWith<M extends string> = ReportCommand extends infer C ? (C extends ReportCommand ? (M extends keyof C ? C['name'] : never) : never) : never;

/** Commands that take `by <attribute>`. */
export type GroupableName = NamesWith<'by'>;
/** Commands that take `<attribute>=<value>`. */
export type FilterableName = NamesWith<'filters'>;

// Checked against the types: a command declaring a modifier must be listed, and only those.
/** The commands that take `by <attribute>`, in help's order. */
export const GROUPABLE_COMMANDS = Object.keys({
  'copilot-summary': true,
  'copilot-inactive': true,
  'copilot-licenses': true,
  usage: true,
  'inactive-users': true,
} satisfies Record<GroupableName, true>) as GroupableName[];
/** The commands that take filters, in help's order. */
export const FILTERABLE_COMMANDS = Object.keys({ 'copilot-users': true, 'copilot-inactive': true } satisfies Record<FilterableName, true>) as FilterableName[];

/** Whether command `name` takes `by <attribute>`. */
export function takesBy(name: string): name is GroupableName {
  return (GROUPABLE_COMMANDS as readonly string[]).includes(name);
}

/** Whether command `name` takes `<attribute>=<value>` filters. */
export function takesFilters(name: string): name is FilterableName {
  return (FILTERABLE_COMMANDS as readonly string[]).includes(name);
}

/** The words after `by` for each attribute (one or two words), lower case; the first is how it is written back. */
const BY_WORDS: { readonly [A in GroupAttribute]: readonly string[] } = {
  department: ['department', 'departments', 'dept', 'depts'],
  country: ['country', 'countries', 'country/region', 'region', 'regions'],
  officeLocation: ['office', 'offices', 'office location', 'office locations', 'location', 'locations'],
  companyName: ['company', 'companies', 'company name'],
  jobTitle: ['job title', 'job titles', 'jobtitle', 'title', 'titles', 'role', 'roles'],
};

/** The names before `=` for each attribute, lower case; the first is how it is written back. */
const FILTER_KEYS: { readonly [A in GroupAttribute]: readonly string[] } = {
  department: ['department', 'dept'],
  country: ['country', 'region'],
  officeLocation: ['office', 'location'],
  companyName: ['company'],
  jobTitle: ['title', 'jobtitle', 'job-title', 'job_title', 'role'],
};

/** Opening quote → the quote that closes it: straight, typographic (Teams turns " into “ ” on some clients), German low. */
const QUOTES: Readonly<Record<string, readonly string[]>> = {
  '"': ['"'],
  '“': ['”'],
  '„': ['“', '”'],
  "'": ["'"],
  '‘': ['’'],
};

export type Modifiers = { readonly by?: GroupAttribute; readonly filters: readonly AttributeFilter[] };

/** What was wrong with the modifiers. */
export type ModifierProblem = { readonly problem: Phrase };

const FILTER_USAGE = GROUP_ATTRIBUTE_NAMES.map((attribute) => `${GROUP_ATTRIBUTES[attribute].filter}=`).join(', ');

/**
 * Splits a sentence into words, keeping a quoted filter value whole (`department="Human Resources"`) and
 * joining `department = Sales` into one word. A quote left open is refused.
 */
export function splitCommandWords(sentence: string): { readonly words: string[] } | ModifierProblem {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i]!;
    const closers = word.endsWith('=') ? QUOTES[char] : undefined;
    if (closers) {
      const end = findClosingQuote(sentence, i + 1, closers);
      if (end < 0) return { problem: phrase('parse.modifiers.unclosedQuote', { word }) };
      // The closing quote ends the word: `office="A"title="B"` is two filters, as it reads.
      words.push(`${word}"${sentence.slice(i + 1, end)}"`);
      word = '';
      i = end;
    } else if (char === ' ') {
      // `department = Sales`: the spaces around the equals sign join its two sides.
      const next = /^ *= */.exec(sentence.slice(i));
      if (next && word !== '') {
        word += '=';
        i += next[0].length - 1;
        continue;
      }
      if (word !== '') words.push(word);
      word = '';
    } else {
      word += char;
      if (char === '=') i += (/^ */.exec(sentence.slice(i + 1))?.[0].length ?? 0);
    }
  }
  if (word !== '') words.push(word);
  return { words };
}

function findClosingQuote(text: string, from: number, closers: readonly string[]): number {
  for (let i = from; i < text.length; i++) if (closers.includes(text[i]!)) return i;
  return -1;
}

/** Whether `word` starts the modifiers: `by`, or a filter `name=value`. */
export function isModifierWord(word: string): boolean {
  return word.toLowerCase() === 'by' || /^[^=]+=/.test(word);
}

/**
 * Takes `by <attribute>` and `<attribute>=<value>` out of a command's arguments; `rest` is what is left
 * (the period). One `by`, one filter per attribute.
 */
export function readModifiers(args: readonly string[]): { readonly rest: string[]; readonly modifiers: Modifiers } | ModifierProblem {
  const rest: string[] = [];
  let by: GroupAttribute | undefined;
  const filters: AttributeFilter[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word.toLowerCase() === 'by') {
      const read = readByAttribute(args.slice(i + 1, i + 3));
      if (!read) {
        const typed = args[i + 1] !== undefined ? shorten(args[i + 1]!, 40) : 'none';
        return { problem: phrase('parse.modifiers.byNeedsAttribute', { typed }) };
      }
      if (by !== undefined) return { problem: phrase('parse.modifiers.oneBy') };
      by = read.attribute;
      i += read.words;
      continue;
    }
    const filter = /^([^=]+)=(.*)$/su.exec(word);
    if (!filter) {
      rest.push(word);
      continue;
    }
    const key = filter[1]!.toLowerCase();
    const attribute = GROUP_ATTRIBUTE_NAMES.find((name) => FILTER_KEYS[name].includes(key));
    if (!attribute) return { problem: phrase('parse.modifiers.unknownFilter', { key: shorten(filter[1]!, 40), keys: FILTER_USAGE }) };
    const value = unquote(filter[2]!).trim();
    if (value === '') return { problem: phrase('parse.modifiers.filterNeedsValue', { key, name: FILTER_KEYS[attribute][0]! }) };
    if (filters.some((kept) => kept.attribute === attribute)) return { problem: phrase('parse.modifiers.filterTwice', { key }) };
    filters.push({ attribute, value });
  }
  return { rest, modifiers: { ...(by !== undefined ? { by } : {}), filters } };
}

/** A word after the filters that is not the command's: likely the rest of the last value, which had spaces; `filters` with it added. */
export function unquotedValue(filters: readonly AttributeFilter[], extra: string): { readonly problem: Phrase; readonly filters: AttributeFilter[] } {
  const kept = filters.slice(0, -1);
  const last = filters[filters.length - 1]!;
  const whole = { attribute: last.attribute, value: `${last.value} ${extra}` };
  return { problem: phrase('parse.modifiers.quoteSpaces', { filter: formatFilter(whole) }), filters: [...kept, whole] };
}

/** Attribute words a plain question may use without "by" or "per"; "office", "title" and the like mean other things too. */
const QUESTION_WORDS = new Set(['department', 'departments', 'country', 'countries', 'offices', 'company', 'companies', 'job title', 'job titles']);

/**
 * A directory attribute a plain question groups by, at `words[at]` (lower case): "by office", "per country",
 * "each department", or an attribute word that means nothing else ("departments"); with how many words it takes.
 */
export function readQuestionAttribute(words: readonly string[], at: number): { readonly attribute: GroupAttribute; readonly length: number } | undefined {
  if (['by', 'per', 'each', 'every'].includes(words[at]!)) {
    const read = readByAttribute(words.slice(at + 1, at + 3));
    return read ? { attribute: read.attribute, length: 1 + read.words } : undefined;
  }
  const read = readByAttribute(words.slice(at, at + 2));
  const phrase = read ? words.slice(at, at + read.words).join(' ') : undefined;
  return read && phrase !== undefined && QUESTION_WORDS.has(phrase) ? { attribute: read.attribute, length: read.words } : undefined;
}

function readByAttribute(words: readonly string[]): { attribute: GroupAttribute; words: number } | undefined {
  const lower = words.map((word) => word.toLowerCase());
  const two = lower.length === 2 ? `${lower[0]} ${lower[1]}` : undefined;
  for (const attribute of GROUP_ATTRIBUTE_NAMES) {
    if (two !== undefined && BY_WORDS[attribute].includes(two)) return { attribute, words: 2 };
  }
  const attribute = GROUP_ATTRIBUTE_NAMES.find((name) => lower[0] !== undefined && BY_WORDS[name].includes(lower[0]));
  return attribute ? { attribute, words: 1 } : undefined;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/** The modifiers as typed back: ` by department department="Human Resources"`; empty without any. */
export function formatModifiers(command: { readonly name?: string } & ByModifier & FilterModifier): string {
  const by = command.by !== undefined ? ` by ${BY_WORDS[command.by][0]}` : '';
  const filters = (command.filters ?? []).map((filter) => ` ${formatFilter(filter)}`).join('');
  return `${by}${filters}`;
}

/**
 * `department=Sales`, or the value in the first kind of quotes it does not contain: `office="New York"`,
 * `company="Contoso Ltd."`. Every value read from quotes lacks one of the four closers, so one always fits.
 */
export function formatFilter(filter: AttributeFilter): string {
  const key = FILTER_KEYS[filter.attribute][0]!;
  // Bare only when nothing in it could end the word, open a quote or be taken for the sentence's closing punctuation.
  if (/^[^\s"“”„'‘’=]+$/u.test(filter.value) && !/[?.!]$/.test(filter.value)) return `${key}=${filter.value}`;
  const [open, close] = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"]].find(([, closing]) => !filter.value.includes(closing!)) ?? ['“', '”'];
  return `${key}=${open}${filter.value}${close}`;
}

/** A list of two or more as a message words it (`{first} and {last}`): `a, b` and `c`. */
export function listParts(names: readonly string[]): { readonly first: string; readonly last: string } {
  return { first: names.slice(0, -1).join(', '), last: names[names.length - 1] ?? '' };
}

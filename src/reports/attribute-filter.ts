/**
 * Filters of per-user answers by directory attribute (`department=Sales`): a value matches the directory's
 * values without regard to case, `(not set)` the users without one. A value no user has is refused with
 * the closest values the directory does have, never guessed at.
 */
import { damerauLevenshtein } from '../edit-distance.js';
import { NOT_SET_CODE, type DirectoryIndex } from './directory-index.js';
import { phrase } from '../i18n/message-types.js';
import type { AttributeFilter } from './group-attributes.js';
import { NOT_SET_LABEL } from './group-by-attribute.js';
import { DirectoryJoinError } from './report-errors.js';

/** How many closest values a refusal names. */
const CLOSEST_VALUES = 3;

/** Whether the user at a directory position passes every filter. */
export type PositionMatcher = (position: number) => boolean;

/**
 * The matcher of `filters` over `index` (undefined without filters). Throws UNKNOWN_VALUE, with the
 * closest values, for a filter value no user in the directory has.
 */
export function createAttributeMatcher(index: DirectoryIndex, filters: readonly AttributeFilter[]): PositionMatcher | undefined {
  if (filters.length === 0) return undefined;
  const accepted = filters.map((filter) => ({ attribute: filter.attribute, codes: matchingCodes(index, filter) }));
  return (position) => position >= 0 && accepted.every(({ attribute, codes }) => codes[index.codeAt(position, attribute)] === 1);
}

/** Per code of the filter's attribute, 1 when its value matches; throws when none does. */
function matchingCodes(index: DirectoryIndex, filter: AttributeFilter): Uint8Array {
  const { attribute } = filter;
  const wanted = filter.value.trim().toLocaleLowerCase('en');
  const codes = new Uint8Array(index.codeCount(attribute));
  if (wanted === NOT_SET_LABEL) {
    codes[NOT_SET_CODE] = 1;
    return codes;
  }
  let found = false;
  for (let code = 1; code < codes.length; code++) {
    if (index.valueOf(attribute, code)?.toLocaleLowerCase('en') === wanted) {
      codes[code] = 1;
      found = true;
    }
  }
  if (found) return codes;
  const closest = closestValues(index, filter);
  const others = closest.length > 0 ? 'closest' : codes.length > 1 ? 'noneClose' : 'noneSet';
  const message = phrase('directory.unknownValue', { attribute, value: filter.value, others, closest: closest.map((value) => `"${value}"`).join(', ') });
  throw new DirectoryJoinError('UNKNOWN_VALUE', message, { filter, closest });
}

/**
 * The attribute's values nearest to the one asked for: those containing it (or contained in it) first, then
 * those a few typos away (up to half its length), then by name.
 */
function closestValues(index: DirectoryIndex, filter: AttributeFilter): string[] {
  const wanted = filter.value.trim().toLocaleLowerCase('en');
  const tolerance = Math.max(2, Math.round(wanted.length / 2));
  const scored: { value: string; score: number }[] = [];
  for (let code = 1; code < index.codeCount(filter.attribute); code++) {
    const value = index.valueOf(filter.attribute, code)!;
    const lower = value.toLocaleLowerCase('en');
    // The distance is at least the difference in length: most values are ruled out without computing it.
    const score =
      lower.includes(wanted) || wanted.includes(lower) ? 0 : Math.abs(lower.length - wanted.length) > tolerance ? Infinity : damerauLevenshtein(lower, wanted);
    if (score <= tolerance) scored.push({ value, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return scored.slice(0, CLOSEST_VALUES).map((entry) => entry.value);
}

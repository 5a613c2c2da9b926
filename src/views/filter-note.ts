/**
 * The line a filtered answer carries (`copilot inactive D90 department=Sales`): which users it counts and
 * which day's directory said so. Values are the admin's words and are escaped like any text.
 */
import type { AttributeFilter } from '../reports/group-attributes.js';
import { GROUP_ATTRIBUTES } from '../reports/group-attributes.js';
import { NOT_SET_LABEL } from '../reports/group-by-attribute.js';
import type { FilterNote } from '../view-models.js';
import type { DisplayText } from './display-text.js';
import type { ViewContext } from './view-context.js';

/** "Only users whose department is "Sales" and whose country is "DE"." */
export function describeFilters(filters: readonly AttributeFilter[]): string {
  if (filters.length === 0) return '';
  const parts = filters.map((filter) => {
    const { singular } = GROUP_ATTRIBUTES[filter.attribute];
    return filter.value.trim().toLowerCase() === NOT_SET_LABEL ? `no ${singular} is set` : `${singular} is "${filter.value}"`;
  });
  return `Only users whose ${parts.join(' and whose ')}.`;
}

/** The filter line with the directory's day, hidden without filters. */
export function filterNote(filter: FilterNote | undefined, { format, encode }: ViewContext): { readonly isShown: boolean; readonly text: DisplayText } {
  if (!filter) return { isShown: false, text: encode('') };
  return { isShown: true, text: encode(`${describeFilters(filter.filters)} Directory as of ${format.date(filter.directory.day)}.`) };
}

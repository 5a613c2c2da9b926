/**
 * The line a filtered answer carries (`copilot inactive D90 department=Sales`): which users it counts and
 * which day's directory said so. Values are the admin's words and are escaped like any text.
 */
import type { Messages } from '../i18n/messages.js';
import type { AttributeFilter } from '../reports/group-attributes.js';
import { NOT_SET_LABEL } from '../reports/group-by-attribute.js';
import type { FilterNote } from '../view-models.js';
import type { DisplayText } from './display-text.js';
import type { ViewContext } from './view-context.js';

/** "Only users whose department is "Sales" and whose country is "DE"." */
export function describeFilters(filters: readonly AttributeFilter[], { t }: Messages): string {
  if (filters.length === 0) return '';
  const parts = filters.map((filter) =>
    t('filter.part', { attribute: filter.attribute, set: filter.value.trim().toLowerCase() === NOT_SET_LABEL ? 'no' : 'yes', value: filter.value }),
  );
  return t('filter.only', { parts: parts.join(t('filter.join')) });
}

/** The filter line with the directory's day, hidden without filters. */
export function filterNote(filter: FilterNote | undefined, { format, encode, messages }: ViewContext): { readonly isShown: boolean; readonly text: DisplayText } {
  if (!filter) return { isShown: false, text: encode('') };
  return { isShown: true, text: encode(messages.t('filter.directory', { filters: describeFilters(filter.filters, messages), day: format.date(filter.directory.day) })) };
}

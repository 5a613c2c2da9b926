/**
 * The directory attributes a per-user answer can be grouped or filtered by, and how they are named to
 * admins. Account state is read but is no grouping: it says whether someone can sign in, not where they work.
 */
import type { DirectoryAttribute } from './directory-index.js';

/** Department, country, office, company or job title. */
export type GroupAttribute = Exclude<DirectoryAttribute, 'accountEnabled'>;

/** How an attribute is named: one value (`department`), several (`departments`), and its words in `by …` and `…=`. */
export type AttributeNames = { readonly singular: string; readonly plural: string; readonly by: string; readonly filter: string };

/** Every grouping attribute with its names, in the order help lists them. */
export const GROUP_ATTRIBUTES: { readonly [A in GroupAttribute]: AttributeNames } = {
  department: { singular: 'department', plural: 'departments', by: 'department', filter: 'department' },
  country: { singular: 'country', plural: 'countries', by: 'country', filter: 'country' },
  officeLocation: { singular: 'office', plural: 'offices', by: 'office', filter: 'office' },
  companyName: { singular: 'company', plural: 'companies', by: 'company', filter: 'company' },
  jobTitle: { singular: 'job title', plural: 'job titles', by: 'job title', filter: 'title' },
};

export const GROUP_ATTRIBUTE_NAMES = Object.keys(GROUP_ATTRIBUTES) as GroupAttribute[];

/** Users whose attribute is one value, compared without case; NOT_SET_LABEL asks for the users without one. */
export type AttributeFilter = { readonly attribute: GroupAttribute; readonly value: string };

/** Fewer users than this in a group, and a channel answer counts them under "other" so no one is singled out. */
export const SMALLEST_GROUP_IN_CHANNELS = 5;

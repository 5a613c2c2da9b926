/**
 * Directory users as Graph's `/users` and `/users/delta` pages send them, checked and turned into the
 * index's records. Graph's JSON is untrusted input: an item that is not a user in the expected form is
 * reported as such (and counted by the reader), never guessed at.
 */
import type { DirectoryRecord } from './directory-index.js';

/** The properties the reader selects: `$select` replaces Graph's default set, so `id` and the UPN are named too. */
export const DIRECTORY_SELECT = 'id,userPrincipalName,department,country,usageLocation,officeLocation,companyName,jobTitle,accountEnabled';

/** A full read: every user, 999 to a page (Graph's most for users). */
export const DIRECTORY_USERS_PATH = `/v1.0/users?$select=${DIRECTORY_SELECT}&$top=999`;

/** "Sync from now": no users, only the deltaLink a later refresh starts from. Taken before a full read. */
export const DIRECTORY_DELTA_START_PATH = `/v1.0/users/delta?$select=${DIRECTORY_SELECT}&$deltatoken=latest`;

/** A stored deltaLink the reader will follow: a users delta on Graph's own host, relative to the base URL. */
export function isDirectoryDeltaLink(value: unknown): value is string {
  return typeof value === 'string' && /^\/(v1\.0|beta)\/users\/delta\?/.test(value) && value.length < 4096;
}

/** One item of a users page: a user, a removal (delta), or something not in the expected form. */
export type DirectoryItem =
  | { readonly kind: 'user'; readonly record: DirectoryRecord }
  | { readonly kind: 'removed'; readonly id: string }
  | { readonly kind: 'invalid' };

const INVALID: DirectoryItem = { kind: 'invalid' };

/**
 * Reads one item. Text is trimmed and empty text counts as not set. The country is `country` when set,
 * else `usageLocation`: `country` is where the person works as the organisation records it, while
 * `usageLocation` (an ISO code, required for licensed users) fills the gap for users without one.
 */
export function readDirectoryItem(item: unknown): DirectoryItem {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return INVALID;
  const user = item as Record<string, unknown>;
  if (typeof user.id !== 'string' || user.id.trim() === '') return INVALID;
  if (user['@removed'] !== undefined) return { kind: 'removed', id: user.id };
  const upn = readText(user.userPrincipalName);
  const department = readText(user.department);
  const country = readText(user.country);
  const usageLocation = readText(user.usageLocation);
  const officeLocation = readText(user.officeLocation);
  const companyName = readText(user.companyName);
  const jobTitle = readText(user.jobTitle);
  const enabled = user.accountEnabled;
  const texts = [department, country, usageLocation, officeLocation, companyName, jobTitle];
  if (typeof upn !== 'string' || texts.includes(undefined) || (enabled !== undefined && enabled !== null && typeof enabled !== 'boolean')) return INVALID;
  return {
    kind: 'user',
    record: {
      id: user.id,
      userPrincipalName: upn,
      department: department!,
      country: country ?? usageLocation!,
      officeLocation: officeLocation!,
      companyName: companyName!,
      jobTitle: jobTitle!,
      accountEnabled: typeof enabled === 'boolean' ? String(enabled) : null,
    },
  };
}

// A text property: its trimmed value, null when absent, null or empty, undefined when it is not text.
function readText(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

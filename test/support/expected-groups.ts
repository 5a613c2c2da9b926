/**
 * Copilot seats per department (country, office, …) counted the simple way, from Graph's raw user-detail
 * CSV rows and raw `/users` JSON: the UPN compared without case, text trimmed, empty as "(not set)", a report
 * user the directory lacks as "(not in directory)", and the country falling back to the usage location as
 * Graph's `country` is free text and often empty. No code of the bot's; the end-to-end tests use it too.
 */
import type { RawUser } from './raw-directory.js';

/** A directory property as Graph's JSON names it. */
export type UserProperty = 'department' | 'country' | 'officeLocation' | 'companyName' | 'jobTitle';

export type ExpectedGroup = { users: number; active: number; neverActive: number; inactiveUsers: string[] };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The value a raw user shows for `property`, as the groups should label it. */
export function labelOf(user: RawUser | undefined, property: UserProperty): string {
  if (!user) return '(not in directory)';
  const value = property === 'country' ? (text(user.country) ?? text(user.usageLocation)) : text(user[property]);
  return value ?? '(not set)';
}

/**
 * Per label: the report's users, those whose last activity is on or after `start` (the period's first day),
 * those never active, and the UPNs of the inactive ones.
 */
export function countSeatsBy(rows: readonly Record<string, string>[], users: Iterable<RawUser>, property: UserProperty, start: string): Map<string, ExpectedGroup> {
  const byName = new Map<string, RawUser>();
  for (const user of users) byName.set(String(user.userPrincipalName).toLowerCase(), user);
  const groups = new Map<string, ExpectedGroup>();
  for (const row of rows) {
    const upn = row['User Principal Name'] ?? '';
    const label = labelOf(byName.get(upn.toLowerCase()), property);
    const group = groups.get(label) ?? { users: 0, active: 0, neverActive: 0, inactiveUsers: [] };
    const last = row['Last Activity Date'] ?? '';
    group.users += 1;
    if (last !== '' && last >= start) group.active += 1;
    else group.inactiveUsers.push(upn);
    if (last === '') group.neverActive += 1;
    groups.set(label, group);
  }
  return groups;
}

/** The first day of the `days`-day period ending on (and including) `refreshDate`. */
export function periodStart(refreshDate: string, days: number): string {
  const start = new Date(`${refreshDate}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return start.toISOString().slice(0, 10);
}

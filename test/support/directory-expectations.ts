/**
 * What a directory index should say about raw Graph users, worked out here from the JSON alone: text
 * trimmed, empty as not set, the country falling back to the usage location, the account state as text.
 */
import { expect } from 'vitest';
import type { DirectoryAttributes, DirectoryIndex } from '../../src/reports/directory-index.js';
import type { RawUser } from './raw-directory.js';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The attributes a raw user should have in the index. */
export function expectedAttributes(user: RawUser): DirectoryAttributes {
  return {
    department: text(user.department),
    country: text(user.country) ?? text(user.usageLocation),
    officeLocation: text(user.officeLocation),
    companyName: text(user.companyName),
    jobTitle: text(user.jobTitle),
    accountEnabled: typeof user.accountEnabled === 'boolean' ? String(user.accountEnabled) : null,
  };
}

/** The index holds exactly these users, each found by its UPN in upper case with its attributes. */
export function expectIndexToMatch(index: DirectoryIndex, users: Iterable<RawUser>): void {
  let count = 0;
  for (const user of users) {
    count++;
    expect(index.lookup(String(user.userPrincipalName).toUpperCase()), String(user.userPrincipalName)).toEqual(expectedAttributes(user));
  }
  expect(index.size).toBe(count);
}

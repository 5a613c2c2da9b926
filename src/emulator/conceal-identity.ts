/**
 * Concealed report identities: when a tenant hides user details in reports, Graph replaces UPNs,
 * display names, group names and ids with the uppercase hex MD5 of the real value.
 */
import { createHash } from 'node:crypto';

/** The value as a concealed report shows it; empty values stay empty. */
export function concealIdentity(value: string, concealed: boolean): string {
  if (!concealed || value === '') return value;
  return createHash('md5').update(value, 'utf8').digest('hex').toUpperCase();
}

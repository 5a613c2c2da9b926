/**
 * The names admins give tenants (`tenant add <id> as contoso`, `MANAGING_TENANT_NAME`): what they type
 * after `@` and `use`, and what every card of that tenant shows. Matched without regard to case, shown
 * as given.
 */

/** A letter, then up to 39 letters, digits, `-`, `_` or `.`. */
const NAME = /^\p{L}[\p{L}\p{N}._-]{0,39}$/u;

/** What a name may look like, for messages. */
export const TENANT_NAME_FORM = 'a letter followed by up to 39 letters, digits, dots, dashes or underscores, e.g. contoso or Fabrikam-EU';

/** True when `text` can name a tenant. */
export function isTenantName(text: string): boolean {
  return NAME.test(text);
}

/** The form names are compared in. */
export function tenantNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

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

/** A tenant id as messages show one, where an example helps. */
export const EXAMPLE_TENANT_ID = '0a0a0a0a-0000-4000-8000-000000000001';

/** `@all`: every customer tenant at once, for alert and digest commands in the managing tenant. */
export const EVERY_CUSTOMER_NAME = 'all';

/** True for the name that means every customer tenant (any case). */
export function isEveryCustomerName(name: string): boolean {
  return tenantNameKey(name) === EVERY_CUSTOMER_NAME;
}

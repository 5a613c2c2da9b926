/**
 * The synthetic tenant's Office activations: per product, licences assigned (from the tenant size)
 * and how many of them were activated, some on shared computers.
 */
import { hashUnit } from './seeded-random.js';
import type { TenantSpec } from './synthetic-tenant.js';

const SALT_ACTIVATIONS = 0xac7;

// Product types as Graph spells them, with the share of users holding each.
const PRODUCTS = [
  { productType: 'MICROSOFT 365 APPS FOR ENTERPRISE', share: 0.82 },
  { productType: 'MICROSOFT 365 APPS FOR BUSINESS', share: 0.04 },
  { productType: 'PROJECT', share: 0.06 },
  { productType: 'VISIO', share: 0.05 },
] as const;

/** One row of the activations user counts report. */
export type ActivationCounts = {
  readonly productType: string;
  readonly assigned: number;
  readonly activated: number;
  readonly sharedComputerActivation: number;
};

/** Activation counts per product type; activated never exceeds assigned, shared never exceeds activated. */
export function computeActivations(spec: TenantSpec): ActivationCounts[] {
  return PRODUCTS.map(({ productType, share }, k) => {
    const draw = (attribute: number) => hashUnit(spec.seed ^ SALT_ACTIVATIONS, k, attribute);
    const assigned = Math.max(1, Math.round(spec.users * share * (0.95 + 0.1 * draw(0))));
    const activated = Math.floor(assigned * (0.62 + 0.33 * draw(1)));
    const sharedComputerActivation = Math.floor(activated * (0.01 + 0.07 * draw(2)));
    return { productType, assigned, activated, sharedComputerActivation };
  });
}

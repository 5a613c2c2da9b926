/**
 * Which subscribed SKUs are Microsoft 365 Copilot seats: the documented user licence
 * (`Microsoft_365_Copilot`, skuId 639dec6b-…), any SKU whose part number names Microsoft 365 Copilot
 * (education, government, departmental, promotional variants) or that carries an `M365_COPILOT_*`
 * service plan, and the SKU ids an admin configures (`COPILOT_SKU_IDS`).
 */
import type { SubscribedSku } from './subscribed-skus.js';

/** Microsoft 365 Copilot in Microsoft's "Product names and service plan identifiers for licensing" table. */
export const MICROSOFT_365_COPILOT_SKU = { skuId: '639dec6b-bb19-468b-871c-c5c441c4b0cb', skuPartNumber: 'Microsoft_365_Copilot' } as const;

const COPILOT_PART_NUMBER = /(^|_)365_COPILOT/i;
const COPILOT_SERVICE_PLAN = /^M365_COPILOT_/i;

/** Whether `sku` is a Copilot seat licence; `extraSkuIds` (lower case) are the admin's additions. */
export function isCopilotSku(sku: SubscribedSku, extraSkuIds: readonly string[] = []): boolean {
  return (
    sku.skuId === MICROSOFT_365_COPILOT_SKU.skuId ||
    extraSkuIds.includes(sku.skuId) ||
    COPILOT_PART_NUMBER.test(sku.skuPartNumber) ||
    sku.servicePlans.some((plan) => COPILOT_SERVICE_PLAN.test(plan.servicePlanName))
  );
}

/**
 * Whether a SKU part number or id (as a price names it, any case) is recognisably a Copilot SKU before the
 * SKUs are read: the documented licence, a part number naming Microsoft 365 Copilot, or a configured id.
 */
export function namesCopilotSku(partNumberOrId: string, extraSkuIds: readonly string[] = []): boolean {
  const key = partNumberOrId.toLowerCase();
  return key === MICROSOFT_365_COPILOT_SKU.skuId || extraSkuIds.includes(key) || COPILOT_PART_NUMBER.test(partNumberOrId);
}

/**
 * Which SKUs are free or trials, and so never idle spend however many seats sit unused: Microsoft's free
 * and self-service offers (part numbers with the words FREE, TRIAL, VIRAL, DEV, DEVELOPER(PACK) or EXPLORATORY, and a
 * few named ones),
 * and SKUs with the unit counts Microsoft gives those offers (10,000 or 1,000,000 units, nobody buys exactly
 * that many). docs/figures.md states the rule.
 */
import type { SubscribedSku } from './subscribed-skus.js';

/** Words in a part number (or a report's product name) that mark a free or trial offer. */
const FREE_WORDS = /(^|[^A-Z])(FREE|TRIAL|VIRAL|DEV|DEVELOPER|DEVELOPERPACK|EXPLORATORY)([^A-Z]|$)/i;

/** Free offers whose part numbers say nothing of it (Microsoft's licensing table names them free). */
const FREE_PART_NUMBERS = new Set(['power_bi_standard', 'rightsmanagement_adhoc', 'windows_store']);

/** The unit counts Microsoft gives free and self-service sign-up SKUs. */
const FREE_UNIT_COUNTS = new Set([10_000, 1_000_000]);

/** Why a SKU counts as free or trial: its name, or its unit count; undefined for a paid SKU. */
export type FreeReason = 'name' | 'units';

/** Whether `sku` is free or a trial, and why. */
export function freeReasonOf(sku: Pick<SubscribedSku, 'skuPartNumber' | 'prepaidUnits'>): FreeReason | undefined {
  if (FREE_WORDS.test(sku.skuPartNumber) || FREE_PART_NUMBERS.has(sku.skuPartNumber.toLowerCase())) return 'name';
  const { enabled, warning, suspended, lockedOut } = sku.prepaidUnits;
  if (FREE_UNIT_COUNTS.has(enabled + warning) && suspended === 0 && lockedOut === 0) return 'units';
  return undefined;
}

/** Whether a report's product name (no SKU found for it) names a free or trial offer. */
export function isFreeProductName(name: string): boolean {
  return FREE_WORDS.test(name);
}

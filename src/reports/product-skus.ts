/**
 * Which of the tenant's subscribed SKUs each product of the active-user detail is: the report names
 * products (`MICROSOFT 365 E5`), the licence counts name SKUs (`SPE_E5`, an id). A product is matched, case
 * and spacing aside, to the one SKU any of whose report names (product-names.ts) it is; a product matching
 * none, or several, stays unmatched: its holders are counted, and it is priced nowhere.
 */
import { reportNameKey, reportNamesOfSku } from './product-names.js';
import type { SubscribedSku } from './subscribed-skus.js';

/** The report's products told by SKU. */
export type ProductMatch = {
  /** A product name as the report writes it → the SKU it is. */
  readonly skuOf: ReadonlyMap<string, SubscribedSku>;
  /** Products no SKU (or more than one) answers to, as the report writes them. */
  readonly unmatched: readonly string[];
};

/** Matches `products` (as the report writes them) to `skus`. */
export function matchProducts(products: Iterable<string>, skus: readonly SubscribedSku[]): ProductMatch {
  const byName = new Map<string, SubscribedSku[]>();
  for (const sku of skus) {
    for (const name of reportNamesOfSku(sku)) byName.set(name, [...(byName.get(name) ?? []), sku]);
  }
  const skuOf = new Map<string, SubscribedSku>();
  const unmatched: string[] = [];
  for (const product of new Set(products)) {
    const found = byName.get(reportNameKey(product)) ?? [];
    if (found.length === 1) skuOf.set(product, found[0]!);
    else unmatched.push(product);
  }
  return { skuOf, unmatched };
}

/**
 * The tenant's commercial subscriptions as `GET /v1.0/subscribedSkus` lists them (JSON, one page), read
 * into typed SKUs once, at the edge: an item Graph's contract does not allow fails with a message
 * naming the item and the property, never with the item's content.
 */
import { ReportDataError } from './report-errors.js';

/** Licence states Graph counts bought seats in (`prepaidUnits`). */
export const PREPAID_STATES = ['enabled', 'warning', 'suspended', 'lockedOut'] as const;
export type PrepaidState = (typeof PREPAID_STATES)[number];

export type ServicePlan = { readonly servicePlanId: string; readonly servicePlanName: string };

/** One subscribed SKU, with the properties the licence answers use. */
export type SubscribedSku = {
  readonly skuId: string;
  readonly skuPartNumber: string;
  /** `Enabled`, `Warning`, `Suspended`, `Deleted`, `LockedOut`. */
  readonly capabilityStatus: string;
  /** Licences assigned. */
  readonly consumedUnits: number;
  /** Licences bought, by state. */
  readonly prepaidUnits: Readonly<Record<PrepaidState, number>>;
  readonly servicePlans: readonly ServicePlan[];
};

/** The properties asked for with `$select` (the only query option subscribedSkus supports). */
export const SUBSCRIBED_SKU_PROPERTIES = ['skuId', 'skuPartNumber', 'capabilityStatus', 'consumedUnits', 'prepaidUnits', 'servicePlans'] as const;

/** The Graph path that lists them, with `$select`. */
export const SUBSCRIBED_SKUS_PATH = `/v1.0/subscribedSkus?$select=${SUBSCRIBED_SKU_PROPERTIES.join(',')}`;

/** Reads Graph's `value` items; throws `ReportDataError` naming the item number and property that is wrong. */
export function parseSubscribedSkus(items: readonly unknown[]): SubscribedSku[] {
  return items.map((item, index) => parseSku(item, index + 1));
}

function parseSku(item: unknown, position: number): SubscribedSku {
  const where = `subscribedSkus item ${position}`;
  if (!isRecord(item)) throw malformed(`${where} is not an object.`, position);
  const text = (name: string): string => {
    const value = item[name];
    if (typeof value !== 'string' || value.trim() === '') throw malformed(`${where} has no "${name}" text.`, position);
    return value.trim();
  };
  const count = (value: unknown, name: string): number => {
    if (value === undefined || value === null) return 0;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw malformed(`${where} has "${name}" that is not a count of licences.`, position);
    }
    return value;
  };
  const prepaid = item.prepaidUnits ?? {};
  if (!isRecord(prepaid)) throw malformed(`${where} has "prepaidUnits" that is not an object.`, position);
  const plans = item.servicePlans ?? [];
  if (!Array.isArray(plans)) throw malformed(`${where} has "servicePlans" that is not an array.`, position);
  return {
    skuId: text('skuId').toLowerCase(),
    skuPartNumber: text('skuPartNumber'),
    capabilityStatus: typeof item.capabilityStatus === 'string' && item.capabilityStatus.trim() !== '' ? item.capabilityStatus.trim() : 'Unknown',
    consumedUnits: count(item.consumedUnits, 'consumedUnits'),
    prepaidUnits: Object.fromEntries(PREPAID_STATES.map((state) => [state, count(prepaid[state], `prepaidUnits.${state}`)])) as Record<
      PrepaidState,
      number
    >,
    servicePlans: plans.flatMap((plan): ServicePlan[] =>
      isRecord(plan) && typeof plan.servicePlanName === 'string'
        ? [{ servicePlanId: typeof plan.servicePlanId === 'string' ? plan.servicePlanId : '', servicePlanName: plan.servicePlanName }]
        : [],
    ),
  };
}

function malformed(message: string, position: number): ReportDataError {
  return new ReportDataError('MALFORMED_JSON', `Microsoft Graph's ${message}`, position);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

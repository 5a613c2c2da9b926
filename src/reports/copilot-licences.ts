/**
 * Copilot licence economics from two sources read side by side: the subscribed SKUs (seats bought by
 * state, assigned, unassigned) and the Copilot usage user detail (which assigned seats were used in the
 * period). Idle seats are the unassigned ones plus the assigned ones nobody used; idle spend prices them
 * at the configured licence price. Aggregates only: from the usage report's snapshot, or else its rows
 * tallied while they stream.
 */
import { isCopilotSku } from './copilot-skus.js';
import { copilotSeatCountsOf } from './copilot-seats-snapshot.js';
import { copilotSeatScope, createCopilotSeatTally, type CopilotSeatCounts } from './insights.js';
import type { SubscribedSkus } from './licence-reader.js';
import { priceOfSku, seatPriceOf, type LicencePrice } from './licence-price.js';
import type { Report, ReportMeta, ReportService } from './report-service.js';
import { PREPAID_STATES, type PrepaidState, type SubscribedSku } from './subscribed-skus.js';

export type SeatsByState = Readonly<Record<PrepaidState, number>>;

/** One Copilot SKU's seats. */
export type CopilotSkuSeats = {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly capabilityStatus: string;
  /** Bought, by licence state (`prepaidUnits`). */
  readonly purchased: SeatsByState;
  readonly purchasedTotal: number;
  /** `consumedUnits`. */
  readonly assigned: number;
  /** `prepaidUnits.enabled − consumedUnits`; negative while more are assigned than enabled (grace period). */
  readonly unassigned: number;
  /** Per seat and month, when a price applies to this SKU. */
  readonly monthlyPrice?: number;
};

/** How the assigned seats were used in the period, from the usage user detail. */
export type CopilotSeatUsage = {
  /** Licensed users the usage report lists (it can trail the licence count by its refresh lag). */
  readonly reported: number;
  readonly active: number;
  readonly inactive: number;
  /** Of the inactive: no Copilot activity ever reported. */
  readonly neverActive: number;
};

/** What idle seats cost, in the price's currency. */
export type IdleSpend = {
  readonly currency: string;
  readonly monthly: number;
  readonly yearly: number;
  /** The monthly price an inactive seat is counted at (the usage report does not say which SKU a user holds). */
  readonly inactiveSeatPrice: number;
  /** Copilot SKUs with unassigned seats and no price: their seats are left out of the spend. */
  readonly unpricedSkus: readonly string[];
};

export type CopilotLicences = {
  readonly skus: readonly CopilotSkuSeats[];
  readonly total: { readonly purchased: SeatsByState; readonly purchasedTotal: number; readonly assigned: number; readonly unassigned: number };
  readonly usage: CopilotSeatUsage;
  /** Unassigned seats (per SKU, never below zero) plus inactive assigned seats. */
  readonly idleSeats: number;
  readonly idleUnassigned: number;
  /** Absent without a configured price. */
  readonly spend?: IdleSpend;
};

/** The licence answer's data with both sources' metadata. */
export type CopilotLicenceReading = {
  readonly usageMeta: ReportMeta;
  readonly licenceMeta: SubscribedSkus['meta'];
  readonly licences: CopilotLicences;
};

export type LicenceSettings = { readonly price?: LicencePrice; readonly extraSkuIds: readonly string[] };

/** Reads the SKUs and the user detail for `period` at once, and works out the seats and their idle spend. */
export async function readCopilotLicences(
  reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus'>,
  period: string | undefined,
  today: string,
  settings: LicenceSettings,
): Promise<CopilotLicenceReading> {
  const [subscribed, report] = await Promise.all([
    reports.getSubscribedSkus(),
    reports.getReport('copilot-users', period !== undefined ? { period } : {}),
  ]);
  const seats = await readSeatCounts(report, today);
  const usage = { reported: seats.enabled, active: seats.active, inactive: seats.inactive, neverActive: seats.neverActive };
  return { usageMeta: report.meta, licenceMeta: subscribed.meta, licences: summarizeCopilotLicences(subscribed.skus, usage, settings) };
}

async function readSeatCounts(report: Report<'copilot-users'>, today: string): Promise<CopilotSeatCounts> {
  const { window, counts } = copilotSeatScope(report.meta, today);
  if (report.snapshot) return copilotSeatCountsOf(report.snapshot, window);
  const tally = createCopilotSeatTally(window);
  for await (const row of report.rows()) if (counts(row)) tally.observe(row);
  return tally.result();
}

/** Seats per Copilot SKU and in total, idle seats and their spend. Pure. */
export function summarizeCopilotLicences(skus: readonly SubscribedSku[], usage: CopilotSeatUsage, settings: LicenceSettings): CopilotLicences {
  const { price } = settings;
  const copilot = skus
    .filter((sku) => isCopilotSku(sku, settings.extraSkuIds))
    .map((sku): CopilotSkuSeats => {
      const monthlyPrice = price ? priceOfSku(price, sku) : undefined;
      return {
        skuId: sku.skuId,
        skuPartNumber: sku.skuPartNumber,
        capabilityStatus: sku.capabilityStatus,
        purchased: sku.prepaidUnits,
        purchasedTotal: sumStates(sku.prepaidUnits),
        assigned: sku.consumedUnits,
        unassigned: sku.prepaidUnits.enabled - sku.consumedUnits,
        ...(monthlyPrice !== undefined ? { monthlyPrice } : {}),
      };
    });
  const purchased = Object.fromEntries(
    PREPAID_STATES.map((state) => [state, copilot.reduce((sum, sku) => sum + sku.purchased[state], 0)]),
  ) as Record<PrepaidState, number>;
  const assigned = copilot.reduce((sum, sku) => sum + sku.assigned, 0);
  const idleUnassigned = copilot.reduce((sum, sku) => sum + Math.max(0, sku.unassigned), 0);
  return {
    skus: copilot,
    total: { purchased, purchasedTotal: sumStates(purchased), assigned, unassigned: purchased.enabled - assigned },
    usage,
    idleSeats: idleUnassigned + usage.inactive,
    idleUnassigned,
    ...(price ? withSpend(idleSpend(copilot, usage, price)) : {}),
  };
}

function idleSpend(skus: readonly CopilotSkuSeats[], usage: CopilotSeatUsage, price: LicencePrice): IdleSpend | undefined {
  const inactiveSeatPrice = averageAssignedPrice(skus) ?? seatPriceOf(price);
  if (inactiveSeatPrice === undefined) return undefined;
  let monthly = usage.inactive * inactiveSeatPrice;
  const unpricedSkus: string[] = [];
  for (const sku of skus) {
    if (sku.unassigned <= 0) continue;
    if (sku.monthlyPrice === undefined) unpricedSkus.push(sku.skuPartNumber);
    else monthly += sku.unassigned * sku.monthlyPrice;
  }
  return {
    currency: price.currency,
    monthly: roundCents(monthly),
    yearly: roundCents(monthly * 12),
    inactiveSeatPrice: roundCents(inactiveSeatPrice),
    unpricedSkus,
  };
}

/** The price of an assigned seat, averaged over the priced SKUs by their assigned seats. */
function averageAssignedPrice(skus: readonly CopilotSkuSeats[]): number | undefined {
  const priced = skus.filter((sku) => sku.monthlyPrice !== undefined && sku.assigned > 0);
  const seats = priced.reduce((sum, sku) => sum + sku.assigned, 0);
  if (seats === 0) return undefined;
  return priced.reduce((sum, sku) => sum + sku.assigned * sku.monthlyPrice!, 0) / seats;
}

function withSpend(spend: IdleSpend | undefined): { spend?: IdleSpend } {
  return spend ? { spend } : {};
}

function sumStates(states: SeatsByState): number {
  return PREPAID_STATES.reduce((sum, state) => sum + states[state], 0);
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

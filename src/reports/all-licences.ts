/**
 * Every licence the tenant pays for, side by side with its use: the subscribed SKUs (seats purchased,
 * assigned, unassigned, over-assigned, units apart), the active-user detail's holders of each SKU's products
 * and those with no activity in any workload, and the idle seats and idle spend of each SKU and of all
 * licences (figures.ts). Copilot SKUs keep their Copilot-usage meaning (copilot-licences.ts); free and trial
 * SKUs are shown and never spend. Aggregates only, from the reports' snapshots.
 */
import { productActivityOf, type ActiveUsersSnapshot, type ProductActivity } from './active-users-snapshot.js';
import { isCopilotSku } from './copilot-skus.js';
import { readCopilotLicences, type CopilotLicences, type LicenceSettings } from './copilot-licences.js';
import {
  idlePeriodOf,
  licenceIdle,
  monthlyPriceOf,
  seatCountsOf,
  seatSpend,
  skuIdleSeats,
  sumSeatCounts,
  WORKLOAD_IDLE_PERIOD,
  type IdleLine,
  type LicenceIdle,
  type ReportVersion,
  type SeatCounts,
  type SkuIdleSeats,
} from './figures.js';
import { freeReasonOf, isFreeProductName, type FreeReason } from './free-skus.js';
import { activityWindow, periodDays, type ActivityWindow } from './insights.js';
import type { LicenceMeta } from './licence-reader.js';
import { matchProducts, type ProductMatch } from './product-skus.js';
import { reportProductName, skuProductName } from './product-names.js';
import { withSnapshot } from './read-snapshot.js';
import type { ReportMeta, ReportService } from './report-service.js';
import type { SubscribedSku } from './subscribed-skus.js';

/** How a SKU counts: paid (its own idle seats and spend), Copilot (Copilot's idle seats), or free or trial (never spend). */
export type SkuKind = 'paid' | 'copilot' | 'free';

/** One subscribed SKU with its seats, its holders in the usage report and, for a paid SKU, its idle seats and spend. */
export type LicenceSku = SeatCounts & {
  readonly skuId: string;
  /** Graph's name, e.g. `SPE_E5`. */
  readonly skuPartNumber: string;
  /** The product's name, e.g. "Microsoft 365 E5". */
  readonly productName: string;
  readonly capabilityStatus: string;
  readonly kind: SkuKind;
  /** For a free or trial SKU: told by its name or by its unit count. */
  readonly freeReason?: FreeReason;
  /** Users the active-user detail lists with the SKU's product (not deleted); it trails licence changes by a few days. */
  readonly holders: number;
  /** Of them, those with no activity in any workload in the answer's period; absent for Copilot SKUs, whose use is Copilot's. */
  readonly inactiveHolders?: number;
  /** Paid SKUs: idle seats in the workload idle window. */
  readonly idle?: SkuIdleSeats;
  /** Per seat and month, when a price applies (free SKUs: never). */
  readonly monthlyPrice?: number;
  /** idle seats × price, per month. */
  readonly idleMonthlySpend?: number;
  /** A free or trial SKU LICENSE_PRICES prices: the price is not used. */
  readonly ignoredPrice?: number;
};

/** A product of the usage report that matches no SKU: its holders are counted, never priced. */
export type UnmatchedProduct = {
  /** As the report writes it, e.g. `CONTOSO ANALYTICS`. */
  readonly product: string;
  readonly productName: string;
  /** Its name says free or trial: no idle seats. */
  readonly free: boolean;
  readonly holders: number;
  /** No activity in any workload in the answer's period. */
  readonly inactiveHolders: number;
  /** No activity in any workload in the idle window: counted among the idle seats, without a price. */
  readonly idleHolders: number;
};

/** Every licence: the SKUs, the products no SKU matches, Copilot, and the idle seats and spend of all. */
export type AllLicences = {
  /** The answer's period, e.g. `D90`: how the holders used the workloads. */
  readonly period: string;
  /** The workload idle window, `D30`: idle seats and idle spend count it whatever the period. */
  readonly idlePeriod: string;
  /** Paid and Copilot SKUs first (most assigned first), then free and trial SKUs. */
  readonly skus: readonly LicenceSku[];
  /** Paid and Copilot SKUs summed, field by field (free and trial units would swamp them). */
  readonly total: SeatCounts;
  readonly unmatched: readonly UnmatchedProduct[];
  /** Products past what the snapshot tells apart: their holders are in no figure here. */
  readonly otherProducts: number;
  /** The Copilot SKUs' figures, as `copilot licenses` states them; absent when the tenant has no Copilot SKU. */
  readonly copilot?: CopilotLicences;
  /** The idle seats and idle spend of all licences: paid SKUs, Copilot, and unmatched products (seats only). */
  readonly idle: LicenceIdle;
  /** The price's currency, when prices are configured. */
  readonly currency?: string;
};

/** The usage report's snapshot in a window ending on its refresh date. */
export type UsageInWindow = { readonly snapshot: ActiveUsersSnapshot; readonly window: ActivityWindow };

/** The usage report for the answer's period, and for the idle window (the same when the period is the idle window's). */
export type LicenceUsage = { readonly period: string; readonly inPeriod: UsageInWindow; readonly idleWindow: UsageInWindow };

/** Every licence from the SKUs, the usage snapshots and the Copilot figures. Pure. */
export function summarizeAllLicences(
  subscribed: readonly SubscribedSku[],
  usage: LicenceUsage,
  copilot: CopilotLicences,
  settings: LicenceSettings,
): AllLicences {
  const inPeriod = productActivityOf(usage.inPeriod.snapshot, usage.inPeriod.window);
  const inIdleWindow = productActivityOf(usage.idleWindow.snapshot, usage.idleWindow.window);
  const match = matchProducts([...inPeriod, ...inIdleWindow].map((product) => product.product), subscribed);
  const heldBy = holdersBySku(match, inPeriod);
  const idleBy = holdersBySku(match, inIdleWindow);
  const { price } = settings;
  const skus = subscribed.map((sku) => licenceSkuOf(sku, settings, heldBy.get(sku.skuId), idleBy.get(sku.skuId)));
  skus.sort((a, b) => Number(a.kind === 'free') - Number(b.kind === 'free') || b.assigned - a.assigned || a.productName.localeCompare(b.productName, 'en'));
  const unmatched = unmatchedProducts(match, inPeriod, inIdleWindow);
  const hasCopilot = skus.some((sku) => sku.kind === 'copilot');
  const lines: IdleLine[] = [
    ...skus.flatMap((sku): IdleLine[] =>
      sku.idle ? [{ seats: sku.idle.seats, ...(sku.idleMonthlySpend !== undefined ? { monthlySpend: sku.idleMonthlySpend } : {}) }] : [],
    ),
    ...(hasCopilot ? [{ seats: copilot.idle.seats, ...(copilot.spend ? { monthlySpend: copilot.spend.monthly } : {}) }] : []),
    ...unmatched.filter((product) => !product.free).map((product) => ({ seats: product.idleHolders })),
  ];
  return {
    period: usage.period,
    idlePeriod: WORKLOAD_IDLE_PERIOD,
    skus,
    total: sumSeatCounts(skus.filter((sku) => sku.kind !== 'free')),
    unmatched,
    otherProducts: usage.inPeriod.snapshot.otherProducts,
    ...(hasCopilot ? { copilot } : {}),
    idle: licenceIdle(lines, price?.currency),
    ...(price ? { currency: price.currency } : {}),
  };
}

type Held = { holders: number; inactive: number };

/** Holders and idle holders summed per SKU over the products matched to it. */
function holdersBySku(match: ProductMatch, products: readonly ProductActivity[]): Map<string, Held> {
  const bySku = new Map<string, Held>();
  for (const product of products) {
    const sku = match.skuOf.get(product.product);
    if (!sku) continue;
    const held = bySku.get(sku.skuId) ?? { holders: 0, inactive: 0 };
    held.holders += product.holders;
    held.inactive += product.idle;
    bySku.set(sku.skuId, held);
  }
  return bySku;
}

/** How a SKU counts and what a seat of it costs: free and trial SKUs never cost (a price set for one is kept apart, unused). */
export type SkuPricing = {
  readonly kind: SkuKind;
  readonly freeReason?: FreeReason;
  readonly monthlyPrice?: number;
  readonly ignoredPrice?: number;
};

/** The kind and price of `sku` under `settings`. */
export function skuPricingOf(sku: SubscribedSku, settings: LicenceSettings): SkuPricing {
  const copilot = isCopilotSku(sku, settings.extraSkuIds);
  const freeReason = copilot ? undefined : freeReasonOf(sku);
  const named = monthlyPriceOf(settings.price, sku, copilot);
  if (freeReason) return { kind: 'free', freeReason, ...(named !== undefined ? { ignoredPrice: named } : {}) };
  return { kind: copilot ? 'copilot' : 'paid', ...(named !== undefined ? { monthlyPrice: named } : {}) };
}

function licenceSkuOf(sku: SubscribedSku, settings: LicenceSettings, held: Held | undefined, idleHeld: Held | undefined): LicenceSku {
  const pricing = skuPricingOf(sku, settings);
  const seats = seatCountsOf(sku);
  const base = {
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    productName: skuProductName(sku),
    capabilityStatus: sku.capabilityStatus,
    ...seats,
    holders: held?.holders ?? 0,
  };
  if (pricing.kind !== 'paid') return { ...base, ...pricing };
  const idle = skuIdleSeats(seats, idleHeld?.inactive ?? 0);
  const { monthlyPrice } = pricing;
  return {
    ...base,
    ...pricing,
    inactiveHolders: held?.inactive ?? 0,
    idle,
    ...(monthlyPrice !== undefined ? { idleMonthlySpend: seatSpend(idle.seats, monthlyPrice) } : {}),
  };
}

function unmatchedProducts(match: ProductMatch, inPeriod: readonly ProductActivity[], inIdleWindow: readonly ProductActivity[]): UnmatchedProduct[] {
  return match.unmatched.map((product) => {
    const now = inPeriod.find((entry) => entry.product === product);
    const idle = inIdleWindow.find((entry) => entry.product === product);
    return {
      product,
      productName: reportProductName(product),
      free: isFreeProductName(product),
      holders: now?.holders ?? idle?.holders ?? 0,
      inactiveHolders: now?.idle ?? 0,
      idleHolders: idle?.idle ?? 0,
    };
  });
}

/** Every licence with the metadata of its sources: the usage report of the answer's period, the licence counts, the Copilot report. */
export type AllLicencesReading = {
  readonly usageMeta: ReportMeta;
  readonly licenceMeta: LicenceMeta;
  readonly copilotMeta: ReportMeta;
  readonly licences: AllLicences;
};

/**
 * Reads the SKUs, the active-user detail for `period` and for the idle window, and the Copilot figures (the
 * Copilot report for the same days: its 28 under report v2 for the month) at once, and sums them up.
 */
export async function readAllLicences(
  reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus'>,
  period: string,
  today: string,
  settings: LicenceSettings,
  version: ReportVersion,
): Promise<AllLicencesReading> {
  const copilotPeriod = period === WORKLOAD_IDLE_PERIOD ? idlePeriodOf(version) : period;
  const [subscribed, inPeriod, idleWindow, copilot] = await Promise.all([
    reports.getSubscribedSkus(),
    readUsage(reports, period, today),
    period === WORKLOAD_IDLE_PERIOD ? undefined : readUsage(reports, WORKLOAD_IDLE_PERIOD, today),
    readCopilotLicences(reports, copilotPeriod, today, settings),
  ]);
  const usage = { period, inPeriod, idleWindow: idleWindow ?? inPeriod };
  return {
    usageMeta: inPeriod.meta,
    licenceMeta: subscribed.meta,
    copilotMeta: copilot.usageMeta,
    licences: summarizeAllLicences(subscribed.skus, usage, copilot.licences, settings),
  };
}

/** The active-user detail of `period` with its snapshot and window. */
async function readUsage(reports: Pick<ReportService, 'getReport'>, period: string, today: string) {
  const report = await withSnapshot(await reports.getReport('active-users', { period }));
  const days = periodDays(period);
  if (days === undefined) throw new Error(`licences: ${period} is no period of days.`);
  return { meta: report.meta, snapshot: report.snapshot, window: activityWindow(report.meta.refreshDate ?? today, days) };
}

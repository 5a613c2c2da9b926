/**
 * Copilot licence economics from two sources read side by side: the subscribed SKUs (seats purchased,
 * assigned, unassigned, over-assigned, and units suspended or locked out) and the Copilot usage user
 * detail. Idle seats and idle spend always count the idle window (30 days, 28 under report v2), whatever
 * period the answer shows; that period only says how the enabled users used Copilot. The figures come
 * from `figures.ts`. Aggregates only: from the usage report's snapshot, or else its rows tallied as they stream.
 */
import { isCopilotSku } from './copilot-skus.js';
import { copilotSeatCountsOf } from './copilot-seats-snapshot.js';
import {
  idlePeriodOf,
  idleSeats,
  idleSpend,
  monthlyPriceOf,
  seatCountsOf,
  sumSeatCounts,
  type IdleSeats,
  type IdleSpend,
  type ReportVersion,
  type SeatCounts,
} from './figures.js';
import { copilotSeatScope, createCopilotSeatTally, type CopilotSeatCounts } from './insights.js';
import type { LicenceMeta } from './licence-reader.js';
import type { LicencePrice } from './licence-price.js';
import { skuProductName } from './product-names.js';
import type { Report, ReportMeta, ReportService } from './report-service.js';
import type { SubscribedSku } from './subscribed-skus.js';

/** One Copilot SKU's seats, with its names and price. */
export type CopilotSkuSeats = SeatCounts & {
  readonly skuId: string;
  /** Graph's name, e.g. `Microsoft_365_Copilot`. */
  readonly skuPartNumber: string;
  /** The product's name, e.g. "Microsoft 365 Copilot". */
  readonly productName: string;
  readonly capabilityStatus: string;
  /** Per seat and month, when a price applies to this SKU. */
  readonly monthlyPrice?: number;
};

/** How the enabled users used Copilot in a period, from the usage user detail. */
export type CopilotSeatUsage = {
  readonly period: string;
  /** Enabled users the usage report lists (it can trail the licence count by its refresh lag). */
  readonly enabled: number;
  readonly active: number;
  readonly inactive: number;
  /** Of the inactive: no Copilot activity ever reported. */
  readonly neverActive: number;
};

/** The Copilot SKUs, their totals, and the idle seats and idle spend of the idle window. */
export type CopilotSeatSummary = {
  readonly skus: readonly CopilotSkuSeats[];
  /** The SKU rows summed, field by field. */
  readonly total: SeatCounts;
  readonly idle: IdleSeats;
  /** Absent without a configured price. */
  readonly spend?: IdleSpend;
};

/** The licence answer: the summary, and how the enabled users used Copilot in the answer's period. */
export type CopilotLicences = CopilotSeatSummary & { readonly usage: CopilotSeatUsage };

export type LicenceSettings = { readonly price?: LicencePrice; readonly extraSkuIds: readonly string[] };

/** The licence answer's data with both sources' metadata. */
export type CopilotLicenceReading = {
  /** Of the usage report for the answer's period. */
  readonly usageMeta: ReportMeta;
  readonly licenceMeta: LicenceMeta;
  readonly licences: CopilotLicences;
};

/**
 * The idle window's usage and, when the licence counts could be read, the seat summary (with the SKUs it was
 * worked out from, for a caller that leaves some out: alerts); else what failed reading them.
 */
export type IdleSeatsReading = {
  readonly usageMeta: ReportMeta;
  readonly usage: CopilotSeatUsage;
  readonly seats:
    | { readonly ok: true; readonly meta: LicenceMeta; readonly skus: readonly SubscribedSku[]; readonly summary: CopilotSeatSummary }
    | { readonly ok: false; readonly error: unknown };
};

type Reports = Pick<ReportService, 'getReport' | 'getSubscribedSkus'>;

/** Reads the SKUs and the user detail for `period` (and for the idle window, when that is another) and works out the seats. */
export async function readCopilotLicences(reports: Reports, period: string | undefined, today: string, settings: LicenceSettings): Promise<CopilotLicenceReading> {
  const [subscribed, asked] = await Promise.all([reports.getSubscribedSkus(), readCopilotSeatUsage(reports, period, today)]);
  const idlePeriod = idlePeriodOf(asked.meta.version);
  const idle = asked.usage.period === idlePeriod ? asked : await readCopilotSeatUsage(reports, idlePeriod, today);
  return {
    usageMeta: asked.meta,
    licenceMeta: subscribed.meta,
    licences: { ...summarizeCopilotSeats(subscribed.skus, idle.usage, settings), usage: asked.usage },
  };
}

/** Reads the idle window's usage and the SKUs at once; a failure to read the SKUs is kept, not thrown, so usage still answers. */
export async function readIdleSeats(reports: Reports, version: ReportVersion, today: string, settings: LicenceSettings): Promise<IdleSeatsReading> {
  const [idle, seats] = await Promise.all([
    readCopilotSeatUsage(reports, idlePeriodOf(version), today),
    reports.getSubscribedSkus().then(
      (subscribed) => ({ ok: true as const, meta: subscribed.meta, skus: subscribed.skus }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
  ]);
  return {
    usageMeta: idle.meta,
    usage: idle.usage,
    seats: seats.ok ? { ...seats, summary: summarizeCopilotSeats(seats.skus, idle.usage, settings) } : seats,
  };
}

/** The Copilot user detail of `period` (the report's default when undefined) counted into seat usage. */
async function readCopilotSeatUsage(reports: Pick<ReportService, 'getReport'>, period: string | undefined, today: string) {
  const report = await reports.getReport('copilot-users', period !== undefined ? { period } : {});
  const counts = await readSeatCounts(report, today);
  const usage: CopilotSeatUsage = {
    period: report.meta.period ?? period ?? '',
    enabled: counts.enabled,
    active: counts.active,
    inactive: counts.inactive,
    neverActive: counts.neverActive,
  };
  return { meta: report.meta, usage };
}

async function readSeatCounts(report: Report<'copilot-users'>, today: string): Promise<CopilotSeatCounts> {
  const { window, counts } = copilotSeatScope(report.meta, today);
  if (report.snapshot) return copilotSeatCountsOf(report.snapshot, window);
  const tally = createCopilotSeatTally(window);
  for await (const row of report.rows()) if (counts(row)) tally.observe(row);
  return tally.result();
}

/** Seats per Copilot SKU and in total, the idle seats of `idleUsage` (the idle window's) and their spend. Pure. */
export function summarizeCopilotSeats(skus: readonly SubscribedSku[], idleUsage: CopilotSeatUsage, settings: LicenceSettings): CopilotSeatSummary {
  const { price } = settings;
  const copilot = skus
    .filter((sku) => isCopilotSku(sku, settings.extraSkuIds))
    .map((sku): CopilotSkuSeats => {
      const monthlyPrice = monthlyPriceOf(price, sku, true);
      return {
        skuId: sku.skuId,
        skuPartNumber: sku.skuPartNumber,
        productName: skuProductName(sku),
        capabilityStatus: sku.capabilityStatus,
        ...seatCountsOf(sku),
        ...(monthlyPrice !== undefined ? { monthlyPrice } : {}),
      };
    });
  const total = sumSeatCounts(copilot);
  const idle = idleSeats(idleUsage.period, total.unassigned, idleUsage);
  const spend = price ? idleSpend(copilot, idle, price) : undefined;
  return { skus: copilot, total, idle, ...(spend ? { spend } : {}) };
}

/**
 * The figures alert rules watch, read through the report service's functions: Copilot seats (licence
 * counts with the month's usage user detail: unassigned, inactive and never-used seats, idle spend at
 * the licence price), the weekly Copilot active rate (the D7 user count summary), and licence counts.
 * Every figure an alert states or compares is computed here, rounded as it is shown, and nowhere else.
 */
import { addDays, toIsoDate, type Clock } from '../clock.js';
import { readCopilotLicences, summarizeCopilotSeats, type CopilotSeatUsage, type LicenceSettings } from '../reports/copilot-licences.js';
import { isCopilotSku } from '../reports/copilot-skus.js';
import { copilotCounts } from '../reports/insights.js';
import type { ReportService } from '../reports/report-service.js';
import type { CopilotReportApi } from '../reports/report-request.js';
import type { SubscribedSku } from '../reports/subscribed-skus.js';
import type { AlertSource } from './alert-kinds.js';
import type { AlertRule } from './alert-rule.js';
import { roundAsShown, type Measurement } from './alert-state.js';

export type AlertFigureDeps = {
  readonly reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus'>;
  readonly clock: Clock;
  readonly copilotApi: CopilotReportApi;
  readonly licences: LicenceSettings;
};

/** One read of a source, for every rule on it; `date` is the day its data describes. */
export type SourceReading =
  | { readonly source: 'copilot-seats'; readonly date: string; readonly period: string; readonly skus: readonly SubscribedSku[]; readonly usage: CopilotSeatUsage }
  | { readonly source: 'copilot-adoption'; readonly date: string; readonly enabled: number; readonly active: number }
  | { readonly source: 'licences'; readonly date: string; readonly skus: readonly SubscribedSku[] };

/** The weekly Copilot active rate of one data day, as the engine keeps it to compare with a week later. */
export type AdoptionDay = { readonly date: string; readonly enabled: number; readonly active: number };

/** What a measurement takes besides the reading: the conversation's exclusions, the prices, and the adoption a week before. */
export type MeasureContext = { readonly excludedSkus: readonly string[]; readonly licences: LicenceSettings; readonly weekBefore?: AdoptionDay };

/** The week the adoption rate is counted over. */
export const ADOPTION_PERIOD = 'D7';

/** The month seats are judged over: D30, or D28 under Copilot report v2. */
export function monthPeriodOf(copilotApi: CopilotReportApi): string {
  return copilotApi === 'copilot-v2' ? 'D28' : 'D30';
}

/** Reads `source` once. Licence counts are live: they are dated the day they are read (UTC). */
export async function readAlertSource(source: AlertSource, deps: AlertFigureDeps): Promise<SourceReading> {
  const today = toIsoDate(deps.clock.now());
  switch (source) {
    case 'copilot-seats': {
      const period = monthPeriodOf(deps.copilotApi);
      const [reading, subscribed] = await Promise.all([readCopilotLicences(deps.reports, period, today, deps.licences), deps.reports.getSubscribedSkus()]);
      const { usageMeta, licences } = reading;
      return { source, date: usageMeta.refreshDate ?? today, period: usageMeta.period ?? period, skus: subscribed.skus, usage: licences.usage };
    }
    case 'copilot-adoption': {
      const report = await deps.reports.getReport('copilot-summary', { period: ADOPTION_PERIOD });
      let counts: ReturnType<typeof copilotCounts> | undefined;
      for await (const row of report.rows()) counts ??= copilotCounts(row);
      return { source, date: report.meta.refreshDate ?? today, enabled: counts?.enabled ?? 0, active: counts?.active ?? 0 };
    }
    case 'licences':
      return { source, date: today, skus: (await deps.reports.getSubscribedSkus()).skus };
  }
}

/** The rule's figure in `reading`, or why it has none. */
export function measureRule(rule: Pick<AlertRule, 'kind' | 'threshold' | 'sku'>, reading: SourceReading, context: MeasureContext): Measurement {
  if (reading.source === 'copilot-adoption') return measureAdoption(reading, context.weekBefore);
  if (rule.kind === 'unassigned' && rule.sku !== undefined) return measureSku(rule.sku, reading.skus);
  const seats = countedSeats(reading, context);
  const period = reading.source === 'copilot-seats' ? reading.period : '';
  const { licences, usage } = seats;
  switch (rule.kind) {
    case 'idle-seats': {
      const breakdown = { kind: 'idle-seats', period, unassigned: licences.idle.unassigned, inactive: usage.inactive, purchased: licences.total.purchased } as const;
      if (rule.threshold.unit !== 'percent') return { figure: licences.idle.seats, breakdown };
      if (licences.total.purchased === 0) return { unavailable: { code: 'NO_SEATS' } };
      return { figure: roundAsShown((100 * licences.idle.seats) / licences.total.purchased, 'percent'), breakdown };
    }
    case 'unassigned':
      return {
        figure: licences.idle.unassigned,
        breakdown: { kind: 'unassigned', purchased: licences.total.purchased, assigned: licences.total.assigned, skus: licences.skus.map((sku) => sku.skuPartNumber) },
      };
    case 'idle-spend': {
      const price = context.licences.price;
      if (!price || !licences.spend) return { unavailable: { code: 'NO_PRICE' } };
      if (rule.threshold.currency !== price.currency) return { unavailable: { code: 'CURRENCY_CHANGED', detail: price.currency } };
      return {
        figure: roundAsShown(licences.spend.monthly, 'money'),
        breakdown: { kind: 'idle-spend', period, unassigned: licences.idle.unassigned, inactive: usage.inactive, unpricedSkus: licences.spend.unpricedSkus },
      };
    }
    case 'never-used':
      return { figure: usage.neverActive, breakdown: { kind: 'never-used', period, reported: usage.enabled } };
    case 'adoption-drop':
      throw new RangeError(`An adoption drop is read from the Copilot summary, not from ${reading.source}.`);
  }
}

/** Whether `sku` is the one typed, by part number or id. */
export function isSkuNamed(sku: SubscribedSku, typed: string): boolean {
  const lower = typed.toLowerCase();
  return sku.skuPartNumber.toLowerCase() === lower || sku.skuId === lower;
}

/**
 * Copilot seats without the conversation's excluded SKUs. The usage report does not say which SKU a user
 * holds, so inactive and never-used seats are counted unless every SKU with assigned seats is left out.
 */
function countedSeats(reading: Extract<SourceReading, { skus: readonly SubscribedSku[] }>, context: MeasureContext) {
  const copilot = reading.skus.filter((sku) => isCopilotSku(sku, context.licences.extraSkuIds));
  const counted = copilot.filter((sku) => !context.excludedSkus.some((typed) => isSkuNamed(sku, typed)));
  const none: CopilotSeatUsage = { period: '', enabled: 0, active: 0, inactive: 0, neverActive: 0 };
  const reported = reading.source === 'copilot-seats' ? reading.usage : none;
  const assignedLeftOut = copilot.some((sku) => sku.consumedUnits > 0) && !counted.some((sku) => sku.consumedUnits > 0);
  const usage = assignedLeftOut ? { ...none, period: reported.period } : reported;
  return { usage, licences: summarizeCopilotSeats(counted, usage, context.licences) };
}

function measureSku(typed: string, skus: readonly SubscribedSku[]): Measurement {
  const sku = skus.find((candidate) => isSkuNamed(candidate, typed));
  if (!sku) return { unavailable: { code: 'SKU_NOT_FOUND', detail: typed } };
  return {
    figure: Math.max(0, sku.prepaidUnits.enabled - sku.consumedUnits),
    breakdown: { kind: 'unassigned', purchased: sku.prepaidUnits.enabled, assigned: sku.consumedUnits, skus: [sku.skuPartNumber] },
  };
}

/** Points the weekly active rate fell since the week before, from the two rates as shown (to a tenth of a percent). */
function measureAdoption(reading: Extract<SourceReading, { source: 'copilot-adoption' }>, weekBefore: AdoptionDay | undefined): Measurement {
  if (reading.enabled === 0) return { unavailable: { code: 'NO_USERS' } };
  if (!weekBefore || weekBefore.enabled === 0) return { unavailable: { code: 'NO_WEEK_BEFORE', detail: addDays(reading.date, -7) } };
  const rate = roundAsShown((100 * reading.active) / reading.enabled, 'percent');
  const before = roundAsShown((100 * weekBefore.active) / weekBefore.enabled, 'percent');
  return {
    figure: roundAsShown(before - rate, 'points'),
    breakdown: { kind: 'adoption-drop', rate: rate / 100, enabled: reading.enabled, active: reading.active, weekBefore: weekBefore.date, weekBeforeRate: before / 100 },
  };
}

/**
 * The figures alert rules watch, read through the report service and defined by reports/figures.ts,
 * so an alert states the number the licence card and the digest state for the same data: idle seats,
 * their share of the purchased seats and idle spend (readIdleSeats: the idle window's usage with the
 * licence counts), never active seats, unassigned seats (seatCountsOf) and the drop in adoption over the
 * last 7 days (shareChange), and the users of the reclaim list (readReclaim: the list `inactive users` shows).
 * Each figure is rounded here as it is shown, and compared nowhere else.
 */
import { addDays, toIsoDate, type Clock } from '../clock.js';
import { readIdleSeats, summarizeCopilotSeats, type CopilotSeatSummary, type CopilotSeatUsage, type LicenceSettings } from '../reports/copilot-licences.js';
import { isCopilotSku } from '../reports/copilot-skus.js';
import { idleSeatShare, seatCountsOf, shareChange, sumSeatCounts } from '../reports/figures.js';
import { activityWindow, copilotCounts, periodDays } from '../reports/insights.js';
import { readReclaim } from '../reports/reclaim-list.js';
import { skuProductName } from '../reports/product-names.js';
import type { ReportService } from '../reports/report-service.js';
import { copilotVersion, type CopilotReportApi } from '../reports/report-request.js';
import type { SubscribedSku } from '../reports/subscribed-skus.js';
import { SNAPSHOT_ROW_LIMIT } from '../reports/report-snapshot.js';
import type { AlertSource } from './alert-kinds.js';
import type { AlertRule } from './alert-rule.js';
import { roundAsShown, type Measurement } from './alert-state.js';

export type AlertFigureDeps = {
  readonly reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus' | 'derive'>;
  readonly clock: Clock;
  readonly copilotApi: CopilotReportApi;
  readonly licences: LicenceSettings;
};

/** One read of a source, for every rule on it; `date` is the day its data describes, `demo` marks the emulator's data. */
export type SourceReading = { readonly date: string; readonly demo?: true } & (
  | {
      readonly source: 'copilot-seats';
      /** The idle window's usage, the SKUs and their summary: readIdleSeats' reading. */
      readonly usage: CopilotSeatUsage;
      readonly skus: readonly SubscribedSku[];
      readonly summary: CopilotSeatSummary;
    }
  | { readonly source: 'copilot-adoption'; readonly enabled: number; readonly active: number }
  | { readonly source: 'licences'; readonly skus: readonly SubscribedSku[] }
  /** The reclaim list over `period`: its users and their licences' monthly cost. */
  | { readonly source: 'inactive-users'; readonly period: string; readonly users: number; readonly monthlyCost: number }
);

/** Adoption over the last 7 days on one data day, as the engine keeps it to compare with a week later. */
export type AdoptionDay = { readonly date: string; readonly enabled: number; readonly active: number };

/** What a measurement takes besides the reading: the conversation's exclusions, the prices, and the adoption a week before. */
export type MeasureContext = { readonly excludedSkus: readonly string[]; readonly licences: LicenceSettings; readonly weekBefore?: AdoptionDay };

/** The period adoption drops are measured over: the digest's week. */
export const ADOPTION_PERIOD = 'D7';

/**
 * Reads `source` once (over `period` for a source that takes one: its rules' `periodOfRule`). Licence counts
 * are live: they are dated the day they are read (UTC).
 */
export async function readAlertSource(source: AlertSource, deps: AlertFigureDeps, period?: string): Promise<SourceReading> {
  const today = toIsoDate(deps.clock.now());
  switch (source) {
    case 'copilot-seats': {
      const reading = await readIdleSeats(deps.reports, copilotVersion(deps.copilotApi), today, deps.licences);
      // Every seat figure needs the licence counts; the rules wait for the next check.
      if (!reading.seats.ok) throw reading.seats.error;
      const { skus, summary } = reading.seats;
      return { source, date: reading.usageMeta.refreshDate ?? today, ...demoOf(reading.usageMeta), usage: reading.usage, skus, summary };
    }
    case 'copilot-adoption': {
      const report = await deps.reports.getReport('copilot-summary', { period: ADOPTION_PERIOD });
      let counts: ReturnType<typeof copilotCounts> | undefined;
      for await (const row of report.rows()) counts ??= copilotCounts(row);
      return { source, date: report.meta.refreshDate ?? today, ...demoOf(report.meta), enabled: counts?.enabled ?? 0, active: counts?.active ?? 0 };
    }
    case 'licences': {
      const { meta, skus } = await deps.reports.getSubscribedSkus();
      return { source, date: today, ...demoOf(meta), skus };
    }
    case 'inactive-users': {
      const active = await deps.reports.getReport('active-users', period !== undefined ? { period } : {});
      const days = periodDays(active.meta.period ?? '');
      if (days === undefined) throw new RangeError(`The active-user report came back with a period the bot cannot count (${active.meta.period ?? 'none'}).`);
      const window = activityWindow(active.meta.refreshDate ?? today, days);
      const { list } = await readReclaim(deps.reports, active, window, deps.licences, copilotVersion(deps.copilotApi), SNAPSHOT_ROW_LIMIT);
      const date = active.meta.refreshDate ?? today;
      return { source, date, ...demoOf(active.meta), period: active.meta.period ?? '', users: list.users, monthlyCost: list.monthlyCost };
    }
  }
}

/** The rule's figure in `reading`, or why it has none. */
export function measureRule(rule: Pick<AlertRule, 'kind' | 'threshold' | 'sku'>, reading: SourceReading, context: MeasureContext): Measurement {
  switch (reading.source) {
    case 'copilot-adoption':
      return measureAdoption(reading, context.weekBefore);
    case 'licences':
      return rule.sku !== undefined ? measureSku(rule.sku, reading.skus) : measureUnassigned(reading.skus, context);
    case 'copilot-seats':
      return measureSeats(rule, reading, context);
    case 'inactive-users': {
      const currency = context.licences.price?.currency;
      const cost = currency !== undefined ? { monthlyCost: reading.monthlyCost, currency } : {};
      return { figure: reading.users, breakdown: { kind: 'inactive-users', period: reading.period, users: reading.users, ...cost } };
    }
  }
}

/** Whether `sku` is the one typed, by part number or id. */
export function isSkuNamed(sku: SubscribedSku, typed: string): boolean {
  const lower = typed.toLowerCase();
  return sku.skuPartNumber.toLowerCase() === lower || sku.skuId === lower;
}

function measureSeats(rule: Pick<AlertRule, 'kind' | 'threshold'>, reading: Extract<SourceReading, { source: 'copilot-seats' }>, context: MeasureContext): Measurement {
  const { summary, usage } = countedSeats(reading, context);
  const { idle, total, spend } = summary;
  switch (rule.kind) {
    case 'idle-seats': {
      const breakdown = { kind: 'idle-seats', idle, purchased: total.purchased, ...(spend ? { spend } : {}) } as const;
      if (rule.threshold.unit !== 'percent') return { figure: idle.seats, breakdown };
      const share = idleSeatShare(idle, total);
      return share === undefined ? { unavailable: { code: 'NO_SEATS' } } : { figure: roundAsShown(100 * share, 'percent'), breakdown };
    }
    case 'idle-spend': {
      const { price } = context.licences;
      if (!price || !spend) return { unavailable: { code: 'NO_PRICE' } };
      if (rule.threshold.currency !== price.currency) return { unavailable: { code: 'CURRENCY_CHANGED', detail: price.currency } };
      return { figure: spend.monthly, breakdown: { kind: 'idle-spend', idle, spend } };
    }
    case 'never-used':
      return { figure: idle.neverActive, breakdown: { kind: 'never-used', usage } };
    case 'unassigned':
    case 'adoption-drop':
    case 'inactive-users':
      throw new RangeError(`${rule.kind} is not read from Copilot seats.`);
  }
}

/**
 * The seat summary without the conversation's excluded SKUs: the one the cards show when none is left out.
 * The usage report does not say which SKU a user holds, so inactive and never active seats are counted
 * unless every SKU with assigned seats is left out.
 */
function countedSeats(reading: Extract<SourceReading, { source: 'copilot-seats' }>, context: MeasureContext): { summary: CopilotSeatSummary; usage: CopilotSeatUsage } {
  if (context.excludedSkus.length === 0) return reading;
  const copilot = reading.skus.filter((sku) => isCopilotSku(sku, context.licences.extraSkuIds));
  const counted = copilot.filter((sku) => !isExcluded(sku, context));
  const assignedLeftOut = copilot.some((sku) => sku.consumedUnits > 0) && !counted.some((sku) => sku.consumedUnits > 0);
  const usage = assignedLeftOut ? { ...reading.usage, enabled: 0, active: 0, inactive: 0, neverActive: 0 } : reading.usage;
  return { summary: summarizeCopilotSeats(counted, usage, context.licences), usage };
}

/** Unassigned Copilot seats without the excluded SKUs: purchased − assigned per SKU, never below zero, summed. */
function measureUnassigned(skus: readonly SubscribedSku[], context: MeasureContext): Measurement {
  const counted = skus.filter((sku) => isCopilotSku(sku, context.licences.extraSkuIds) && !isExcluded(sku, context));
  const seats = sumSeatCounts(counted.map(seatCountsOf));
  return { figure: seats.unassigned, breakdown: { kind: 'unassigned', seats, skus: counted.map(namesOf) } };
}

function measureSku(typed: string, skus: readonly SubscribedSku[]): Measurement {
  const sku = skus.find((candidate) => isSkuNamed(candidate, typed));
  if (!sku) return { unavailable: { code: 'SKU_NOT_FOUND', detail: typed } };
  const seats = seatCountsOf(sku);
  return { figure: seats.unassigned, breakdown: { kind: 'unassigned', seats, skus: [namesOf(sku)] } };
}

/** Points adoption over the last 7 days fell since the data day a week before: its share change, negated. */
function measureAdoption(reading: Extract<SourceReading, { source: 'copilot-adoption' }>, weekBefore: AdoptionDay | undefined): Measurement {
  if (reading.enabled === 0) return { unavailable: { code: 'NO_USERS' } };
  const change = weekBefore && shareChange({ part: reading.active, whole: reading.enabled }, { part: weekBefore.active, whole: weekBefore.enabled });
  if (!weekBefore || change?.points === undefined) return { unavailable: { code: 'NO_WEEK_BEFORE', detail: addDays(reading.date, -7) } };
  return {
    figure: roundAsShown(-change.points, 'points'),
    breakdown: { kind: 'adoption-drop', period: ADOPTION_PERIOD, enabled: reading.enabled, active: reading.active, weekBefore },
  };
}

function isExcluded(sku: SubscribedSku, context: MeasureContext): boolean {
  return context.excludedSkus.some((typed) => isSkuNamed(sku, typed));
}

function namesOf(sku: SubscribedSku): { readonly productName: string; readonly skuPartNumber: string } {
  return { productName: skuProductName(sku), skuPartNumber: sku.skuPartNumber };
}

function demoOf(meta: { readonly demo?: true }): { readonly demo?: true } {
  return meta.demo ? { demo: true } : {};
}

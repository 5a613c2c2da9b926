/**
 * The digest's "Licences" section: the idle seats and idle spend of the last 30 days per licence (each paid
 * SKU, Copilot's seats as one, a product no SKU matches) and of all licences, each with its change since the
 * previous digest. The figures are `licenses D30`'s (all-licences.ts), read from the same snapshots.
 */
import type { LicenceSettings } from '../reports/copilot-licences.js';
import { readAllLicences, type AllLicences } from '../reports/all-licences.js';
import { WORKLOAD_IDLE_PERIOD, type ReportVersion } from '../reports/figures.js';
import { freshnessOf } from '../reports/report-freshness.js';
import type { ReportService } from '../reports/report-service.js';
import type { CommandAction, DigestLicences } from '../view-models.js';
import { trackFigure, type LicenceSnapshot } from './digest-snapshots.js';

/** Licences the section names one by one; the rest are summed in one line, so the card stays small. */
export const DIGEST_LICENCE_LINES = 5;

type Line = { readonly key: string; readonly label: string; readonly seats: number; readonly monthlySpend?: number };

/** The section's figures before they are compared with the previous digest; `snapshot` only when Graph had data. */
export type LicenceWeek = Pick<DigestLicences, 'period' | 'freshness' | 'currency'> & {
  readonly lines: readonly Line[];
  readonly total: { readonly seats: number; readonly monthlySpend?: number };
  readonly snapshot?: LicenceSnapshot;
};

/** Every licence's idle seats and idle spend over the idle window, most idle spend first. */
export async function readLicenceWeek(
  reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus'>,
  today: string,
  settings: LicenceSettings,
  version: ReportVersion,
): Promise<LicenceWeek> {
  const { usageMeta, licences } = await readAllLicences(reports, WORKLOAD_IDLE_PERIOD, today, settings, version);
  const lines = linesOf(licences);
  const total = { seats: licences.idle.seats, ...(licences.idle.spend ? { monthlySpend: licences.idle.spend.monthly } : {}) };
  const snapshot: LicenceSnapshot | undefined =
    usageMeta.refreshDate !== undefined
      ? {
          refreshDate: usageMeta.refreshDate,
          ...(licences.currency !== undefined ? { currency: licences.currency } : {}),
          seats: Object.fromEntries(lines.map((line) => [line.key, line.seats])),
          spend: Object.fromEntries(lines.flatMap((line) => (line.monthlySpend !== undefined ? [[line.key, line.monthlySpend]] : []))),
          total: { seats: total.seats, ...(total.monthlySpend !== undefined ? { spend: total.monthlySpend } : {}) },
        }
      : undefined;
  return {
    period: WORKLOAD_IDLE_PERIOD,
    freshness: freshnessOf(usageMeta),
    ...(licences.currency !== undefined ? { currency: licences.currency } : {}),
    lines,
    total,
    ...(snapshot ? { snapshot } : {}),
  };
}

/** The lines of the idle seats of all licences, most idle spend first, then most idle seats. */
function linesOf(licences: AllLicences): Line[] {
  const spend = (amount: number | undefined) => (amount !== undefined ? { monthlySpend: amount } : {});
  const lines: Line[] = [
    ...licences.skus.flatMap((sku): Line[] =>
      sku.idle && sku.idle.seats > 0 ? [{ key: sku.skuPartNumber, label: sku.productName, seats: sku.idle.seats, ...spend(sku.idleMonthlySpend) }] : [],
    ),
    ...(licences.copilot && licences.copilot.idle.seats > 0
      ? [{ key: 'copilot', label: 'Microsoft 365 Copilot', seats: licences.copilot.idle.seats, ...spend(licences.copilot.spend?.monthly) }]
      : []),
    ...licences.unmatched
      .filter((product) => !product.free && product.idleHolders > 0)
      .map((product) => ({ key: `product:${product.product}`, label: product.productName, seats: product.idleHolders })),
  ];
  return lines.sort((a, b) => (b.monthlySpend ?? -1) - (a.monthlySpend ?? -1) || b.seats - a.seats || a.label.localeCompare(b.label, 'en'));
}

/**
 * The section with each figure's change against `previous`, when that was counted from older usage (and idle
 * spend in the same currency); `action` leads to the licences answer.
 */
export function trackLicences(week: LicenceWeek, previous: LicenceSnapshot | undefined, action: CommandAction): DigestLicences {
  const { lines, total, snapshot, ...rest } = week;
  const before = previous && snapshot && previous.refreshDate < snapshot.refreshDate ? previous : undefined;
  const spendBefore = before && before.currency === week.currency ? before : undefined;
  const shown = lines.slice(0, DIGEST_LICENCE_LINES);
  const others = lines.slice(DIGEST_LICENCE_LINES);
  return {
    ...rest,
    action,
    ...(before ? { comparedWith: before.refreshDate } : {}),
    lines: shown.map((line) => ({
      key: line.key,
      label: line.label,
      // A licence the previous digest did not name had no idle seats then.
      seats: trackFigure(line.seats, before ? (before.seats[line.key] ?? 0) : undefined),
      ...(line.monthlySpend !== undefined ? { monthlySpend: trackFigure(line.monthlySpend, spendBefore ? (spendBefore.spend[line.key] ?? 0) : undefined) } : {}),
    })),
    more: { licences: others.length, seats: others.reduce((sum, line) => sum + line.seats, 0) },
    total: {
      seats: trackFigure(total.seats, before?.total.seats),
      ...(total.monthlySpend !== undefined ? { monthlySpend: trackFigure(total.monthlySpend, spendBefore?.total.spend) } : {}),
    },
  };
}

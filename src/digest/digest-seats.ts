/**
 * The digest's "Copilot seats" section: seats purchased, assigned and active over the month, idle
 * seats and idle spend, each with its change since the previous digest's snapshot. Aggregates only:
 * the usage report's rows are tallied while they stream.
 */
import { toIsoDate, type Clock } from '../clock.js';
import { freshnessOf } from '../reports/report-freshness.js';
import { readCopilotLicences, type LicenceSettings } from '../reports/copilot-licences.js';
import type { ReportService } from '../reports/report-service.js';
import type { CommandAction, DigestSeats } from '../view-models.js';
import { trackFigure, type DigestSnapshot, type SeatSnapshot } from './digest-snapshots.js';

/** The seats this week, before they are compared with the previous digest. */
export type SeatFigures = Omit<DigestSeats, 'comparedWith' | 'purchased' | 'assigned' | 'active' | 'idle' | 'idleSpend'> & {
  readonly snapshot: SeatSnapshot;
};

/** Reads the licences and the month's usage once per digest run. */
export async function readSeatFigures(
  reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus'>,
  period: string,
  clock: Clock,
  settings: LicenceSettings,
  action: CommandAction,
): Promise<SeatFigures> {
  const { usageMeta, licences } = await readCopilotLicences(reports, period, toIsoDate(clock.now()), settings);
  const { spend } = licences;
  return {
    period: usageMeta.period ?? period,
    freshness: freshnessOf(usageMeta),
    hasCopilotSkus: licences.skus.length > 0,
    unassigned: licences.idleUnassigned,
    inactive: licences.usage.inactive,
    action,
    snapshot: {
      purchased: licences.total.purchasedTotal,
      assigned: licences.total.assigned,
      active: licences.usage.active,
      idle: licences.idleSeats,
      ...(spend ? { idleMonthlySpend: spend.monthly, currency: spend.currency } : {}),
    },
  };
}

/** The section with each figure's change against `previous` (none on the first digest, or across a currency change). */
export function trackSeats(figures: SeatFigures, previous: DigestSnapshot | undefined): DigestSeats {
  const { snapshot, ...rest } = figures;
  const { currency } = snapshot;
  const before = previous?.seats;
  const spendBefore = before?.currency === currency ? before?.idleMonthlySpend : undefined;
  return {
    ...rest,
    ...(before && previous ? { comparedWith: previous.refreshDate } : {}),
    purchased: trackFigure(snapshot.purchased, before?.purchased),
    assigned: trackFigure(snapshot.assigned, before?.assigned),
    active: trackFigure(snapshot.active, before?.active),
    idle: trackFigure(snapshot.idle, before?.idle),
    ...(snapshot.idleMonthlySpend !== undefined && currency !== undefined
      ? { idleSpend: { currency, monthly: trackFigure(snapshot.idleMonthlySpend, spendBefore) } }
      : {}),
  };
}

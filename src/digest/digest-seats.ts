/**
 * The digest's Copilot seat figures, from one reading of the idle window's usage and the licence counts:
 * the "Copilot seats" section (purchased, assigned and active seats, idle seats and idle spend, each with
 * its change since the previous digest's snapshot) and the seats to act on. Aggregates only.
 */
import { errorCodeOf } from '../app-error.js';
import type { IdleSeatsReading } from '../reports/copilot-licences.js';
import { freshnessOf } from '../reports/report-freshness.js';
import type { CommandAction, DigestSeats, InactiveSeats, Section } from '../view-models.js';
import { trackFigure, type DigestSnapshot, type SeatSnapshot } from './digest-snapshots.js';

/** The seats this week, before they are compared with the previous digest. */
export type SeatFigures = Omit<DigestSeats, 'comparedWith' | 'purchased' | 'assigned' | 'active' | 'idle' | 'idleSpend'> & {
  readonly snapshot: SeatSnapshot;
};

/** The "Copilot seats" section's figures; unavailable when the licence counts could not be read. */
export function seatFiguresOf(reading: IdleSeatsReading, action: CommandAction): Section<SeatFigures> {
  const { seats, usage } = reading;
  if (!seats.ok) return { status: 'unavailable', code: errorCodeOf(seats.error) };
  const { summary } = seats;
  const { spend } = summary;
  return {
    status: 'ok',
    data: {
      period: usage.period,
      freshness: freshnessOf(reading.usageMeta),
      hasCopilotSkus: summary.skus.length > 0,
      enabled: usage.enabled,
      unassigned: summary.idle.unassigned,
      inactive: summary.idle.inactive,
      action,
      snapshot: {
        purchased: summary.total.purchased,
        assigned: summary.total.assigned,
        active: usage.active,
        idle: summary.idle.seats,
        ...(spend ? { idleMonthlySpend: spend.monthly, currency: spend.currency } : {}),
      },
    },
  };
}

/** The seats to act on: the idle window's inactive enabled users, with the idle seats and spend when licence counts could be read. */
export function inactiveSeatsOf(reading: IdleSeatsReading, action: CommandAction): InactiveSeats {
  const { usage, seats } = reading;
  // A tenant without Copilot SKUs has no idle seats to price: its inactive users are all there is.
  const summary = seats.ok && seats.summary.skus.length > 0 ? seats.summary : undefined;
  return {
    period: usage.period,
    freshness: freshnessOf(reading.usageMeta),
    enabled: usage.enabled,
    inactive: usage.inactive,
    ...(summary ? { idle: { idle: summary.idle, ...(summary.spend ? { spend: summary.spend } : {}) } } : {}),
    action,
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

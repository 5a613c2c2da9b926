/**
 * How the defined figures (`reports/figures.ts`) read on every card, the digest, the alerts and the
 * terminal: the populations' one name each, adoption with its period, a share as text, inactive users with
 * the never active as their part, seats, and idle seats with idle spend. One wording, so a figure reads
 * the same everywhere.
 */
import { adoptionRate, yearlyOf, type IdleSeats, type IdleSpend, type SeatCounts } from '../reports/figures.js';
import type { IdleFigures } from '../view-models.js';
import { barValue } from './bar-facts.js';
import type { Fact } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';

/** The three populations, named the same on every card. */
export const POPULATION = {
  /** Users the Copilot usage reports list: licensed for Copilot. */
  enabledUsers: 'Enabled users',
  /** Licences assigned, from the licence counts. */
  assignedSeats: 'Assigned seats',
  /** Licences bought and usable (enabled or in warning). */
  purchasedSeats: 'Purchased seats',
} as const;

/** "Adoption · last 30 days": adoption always names its period. */
export function adoptionLabel(period: string): string {
  return `Adoption · ${describePeriod(period)}`;
}

/** "73.8%" for the adoption of `active` of `enabled`, "–" with no enabled users. */
export function adoptionText(active: number, enabled: number, format: ValueFormat): string {
  const rate = adoptionRate(active, enabled);
  return rate !== undefined ? format.percent(rate) : '–';
}

/** "73.8% · 589 of 798": a share as text, for a figure a chart on the same card draws. */
export function shareText(part: number, whole: number, format: ValueFormat): string {
  const counts = `${format.number(part)} of ${format.number(whole)}`;
  const rate = adoptionRate(part, whole);
  return rate !== undefined ? `${format.percent(rate)} · ${counts}` : counts;
}

/** "██▋░░░░░░░ 26.2% · 209 of 798 · 87 never active": the inactive with the never active as their part, never beside them. */
export function inactiveText(inactive: number, neverActive: number, enabled: number, format: ValueFormat): string {
  return `${barValue(inactive, enabled, format)} · ${format.number(neverActive)} never active`;
}

/** "no Copilot activity in the last 30 days": what makes a seat idle. */
export function idleMeaning(idle: Pick<IdleSeats, 'period'>): string {
  return `no Copilot activity in the ${describePeriod(idle.period)}`;
}

/** Idle seats and idle spend as facts; without a price, how to set one. */
export function idleFacts({ idle, spend }: IdleFigures, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const facts: Fact[] = [
    {
      title: encode('Idle seats'),
      value: encode(`${format.number(idle.seats)} = ${format.number(idle.unassigned)} unassigned + ${format.number(idle.inactive)} assigned, ${idleMeaning(idle)}`),
    },
  ];
  facts.push(
    spend
      ? { title: encode('Idle spend'), value: encode(idleSpendText(spend, format)) }
      : { title: encode('Idle spend'), value: encode('Set COPILOT_LICENSE_PRICE (e.g. 30 USD per seat and month) to see what idle seats cost.') },
  );
  return facts;
}

/** The SKUs whose unassigned seats idle spend leaves out for want of a price, as a fact; none when all are priced. */
export function unpricedFacts(spend: Pick<IdleSpend, 'unpricedSkus'>, { encode }: ViewContext): Fact[] {
  if (spend.unpricedSkus.length === 0) return [];
  return [{ title: encode('Not priced'), value: encode(`Unassigned seats of ${spend.unpricedSkus.join(', ')}: no price configured for them.`) }];
}

/** "$7,230.00 a month · $86,760.00 a year" */
export function idleSpendText(spend: Pick<IdleSpend, 'monthly' | 'currency'>, format: ValueFormat): string {
  const money = (amount: number) => formatMoney(amount, spend.currency, format.locale);
  return `${money(spend.monthly)} a month · ${money(yearlyOf(spend.monthly))} a year`;
}

/**
 * Seats as facts: purchased (titled `purchasedTitle`), assigned and unassigned; over-assigned, units in
 * warning, and suspended or locked-out units (apart, not purchased) only when there are any.
 */
export function seatFacts(seats: SeatCounts, purchasedTitle: string, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const fact = (title: string, value: string): Fact => ({ title: encode(title), value: encode(value) });
  const facts: Fact[] = [
    fact(purchasedTitle, format.number(seats.purchased)),
    fact(POPULATION.assignedSeats, format.number(seats.assigned)),
    fact('Unassigned', format.number(seats.unassigned)),
  ];
  if (seats.overAssigned > 0) facts.push(fact('Over-assigned', `${format.number(seats.overAssigned)} more assigned than purchased`));
  if (seats.inWarning > 0) {
    facts.push(
      fact(
        'In warning',
        `${format.number(seats.inWarning)} of the purchased seats: their subscription has expired and is in its grace period; renew it or they are suspended.`,
      ),
    );
  }
  const apart = [
    seats.suspended > 0 ? `${format.number(seats.suspended)} suspended` : undefined,
    seats.lockedOut > 0 ? `${format.number(seats.lockedOut)} locked out` : undefined,
  ].filter((part) => part !== undefined);
  if (apart.length > 0) facts.push(fact('Not purchased seats', `${apart.join(', ')}: units of cancelled subscriptions, not counted as purchased seats.`));
  return facts;
}

/** One SKU's seats for its line: "830 purchased (5 in warning) · 798 assigned · 32 unassigned", and what is over or apart. */
export function seatParts(seats: SeatCounts, format: ValueFormat): string[] {
  const parts = [
    `${format.number(seats.purchased)} purchased${seats.inWarning > 0 ? ` (${format.number(seats.inWarning)} in warning)` : ''}`,
    `${format.number(seats.assigned)} assigned`,
    `${format.number(seats.unassigned)} unassigned`,
    seats.overAssigned > 0 ? `${format.number(seats.overAssigned)} over-assigned` : undefined,
    seats.suspended > 0 ? `${format.number(seats.suspended)} suspended, not counted` : undefined,
    seats.lockedOut > 0 ? `${format.number(seats.lockedOut)} locked out, not counted` : undefined,
  ];
  return parts.filter((part) => part !== undefined);
}

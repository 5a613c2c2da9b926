/**
 * How the defined figures (`reports/figures.ts`) read on every card, the digest, the alerts and the
 * terminal: the populations' one name each, adoption with its period, a share as text, inactive users with
 * the never active as their part, seats, and idle seats with idle spend. One wording per language, so a
 * figure reads the same everywhere.
 */
import type { MessageKey } from '../i18n/message-types.js';
import type { Messages } from '../i18n/messages.js';
import { adoptionRate, yearlyOf, type IdleSeats, type IdleSpend, type SeatCounts } from '../reports/figures.js';
import type { IdleFigures } from '../view-models.js';
import { barValue } from './bar-facts.js';
import type { Fact } from './card-data.js';
import { describePeriod, periodIn } from './describe-period.js';
import { formatMoney } from './format-money.js';
import type { ViewContext } from './view-context.js';

/** The three populations' message keys, named the same on every card. */
export const POPULATION = {
  /** Users the Copilot usage reports list: licensed for Copilot. */
  enabledUsers: 'population.enabledUsers',
  /** Licences assigned, from the licence counts. */
  assignedSeats: 'population.assignedSeats',
  /** Licences bought and usable (enabled or in warning). */
  purchasedSeats: 'population.purchasedSeats',
} as const satisfies Record<string, MessageKey>;

/** What the cards draw a figure with: the reader's words and formats. */
type FigureContext = Pick<ViewContext, 'format' | 'messages'>;

/** "Adoption · last 30 days": adoption always names its period. */
export function adoptionLabel(period: string, { messages }: FigureContext): string {
  return messages.t('figure.adoption', { period: describePeriod(period, messages) });
}

/** "73.8%" for the adoption of `active` of `enabled`, "–" with no enabled users. */
export function adoptionText(active: number, enabled: number, { format }: FigureContext): string {
  const rate = adoptionRate(active, enabled);
  return rate !== undefined ? format.percent(rate) : '–';
}

/** "73.8% · 589 of 798": a share as text, for a figure a chart on the same card draws. */
export function shareText(part: number, whole: number, { format, messages }: FigureContext): string {
  const counts = messages.t('common.partOf', { part, whole });
  const rate = adoptionRate(part, whole);
  return rate !== undefined ? `${format.percent(rate)} · ${counts}` : counts;
}

/** "██▋░░░░░░░ 26.2% · 209 of 798 · 87 never active": the inactive with the never active as their part, never beside them. */
export function inactiveText(inactive: number, neverActive: number, enabled: number, ctx: FigureContext): string {
  return `${barValue(inactive, enabled, ctx)} · ${ctx.messages.t('figure.neverActive', { count: neverActive })}`;
}

/** "241 = 32 unassigned + 209 assigned, no Copilot activity in the last 30 days": the idle seats and what makes them idle. */
export function idleSeatsText(idle: Pick<IdleSeats, 'seats' | 'unassigned' | 'inactive' | 'period'>, { messages }: FigureContext): string {
  return messages.t('figure.idleSeatsValue', { seats: idle.seats, unassigned: idle.unassigned, inactive: idle.inactive, period: periodIn(idle.period, messages) });
}

/** Idle seats and idle spend as facts; without a price, how to set one. */
export function idleFacts({ idle, spend }: IdleFigures, ctx: ViewContext): Fact[] {
  const { encode, messages } = ctx;
  const { t } = messages;
  return [
    { title: encode(t('figure.idleSeats')), value: encode(idleSeatsText(idle, ctx)) },
    { title: encode(t('figure.idleSpend')), value: encode(spend ? idleSpendText(spend, ctx) : t('figure.idleSpendUnpriced')) },
  ];
}

/** The SKUs whose unassigned seats idle spend leaves out for want of a price, as a fact; none when all are priced. */
export function unpricedFacts(spend: Pick<IdleSpend, 'unpricedSkus'>, { encode, messages: { t } }: ViewContext): Fact[] {
  if (spend.unpricedSkus.length === 0) return [];
  return [{ title: encode(t('licences.notPriced')), value: encode(t('licences.notPricedValue', { skus: spend.unpricedSkus.join(', ') })) }];
}

/** "$7,230.00 a month · $86,760.00 a year" */
export function idleSpendText(spend: Pick<IdleSpend, 'monthly' | 'currency'>, { format, messages }: FigureContext): string {
  const money = (amount: number) => formatMoney(amount, spend.currency, format.locale);
  return messages.t('figure.idleSpendValue', { monthly: money(spend.monthly), yearly: money(yearlyOf(spend.monthly)) });
}

/**
 * Seats as facts: purchased (titled `purchasedTitle`, in the reader's words), assigned and unassigned;
 * over-assigned, units in warning, and suspended or locked-out units (apart, not purchased) only when there are any.
 */
export function seatFacts(seats: SeatCounts, purchasedTitle: string, ctx: ViewContext): Fact[] {
  const { format, encode, messages: { t } } = ctx;
  const fact = (title: string, value: string): Fact => ({ title: encode(title), value: encode(value) });
  const facts: Fact[] = [
    fact(purchasedTitle, format.number(seats.purchased)),
    fact(t(POPULATION.assignedSeats), format.number(seats.assigned)),
    fact(t('licences.unassigned'), format.number(seats.unassigned)),
  ];
  if (seats.overAssigned > 0) facts.push(fact(t('licences.overAssigned'), t('licences.overAssignedValue', { count: seats.overAssigned })));
  if (seats.inWarning > 0) facts.push(fact(t('licences.inWarning'), t('licences.inWarningValue', { count: seats.inWarning })));
  const apart = [
    seats.suspended > 0 ? t('licences.suspended', { count: seats.suspended }) : undefined,
    seats.lockedOut > 0 ? t('licences.lockedOut', { count: seats.lockedOut }) : undefined,
  ].filter((part) => part !== undefined);
  if (apart.length > 0) facts.push(fact(t('licences.notPurchased'), t('licences.notPurchasedValue', { parts: apart.join(', ') })));
  return facts;
}

/** One SKU's seats for its line: "830 purchased (5 in warning) · 798 assigned · 32 unassigned", and what is over or apart. */
export function seatParts(seats: SeatCounts, { t }: Messages): string[] {
  const parts = [
    seats.inWarning > 0 ? t('licences.sku.purchasedInWarning', { count: seats.purchased, warning: seats.inWarning }) : t('licences.sku.purchased', { count: seats.purchased }),
    t('licences.sku.assigned', { count: seats.assigned }),
    t('licences.sku.unassigned', { count: seats.unassigned }),
    seats.overAssigned > 0 ? t('licences.sku.overAssigned', { count: seats.overAssigned }) : undefined,
    seats.suspended > 0 ? t('licences.sku.suspended', { count: seats.suspended }) : undefined,
    seats.lockedOut > 0 ? t('licences.sku.lockedOut', { count: seats.lockedOut }) : undefined,
  ];
  return parts.filter((part) => part !== undefined);
}

/**
 * Every figure the answers state, defined once: seats per SKU and in total, idle seats and idle spend (of
 * Copilot, of each SKU and of all licences), adoption, the trend's average per day, shares and their changes. Cards, the digest, CSV files,
 * the terminal and the JSON view models all take their numbers from these pure functions, so the same
 * figure has the same value wherever it appears. docs/figures.md states the same definitions in words.
 */
import { periodDays } from './insights.js';
import { priceOfSku, type LicencePrice } from './licence-price.js';
import type { PrepaidState } from './subscribed-skus.js';

/** The Copilot report version a tenant reports in: v2 counts its month as 28 days (D28). */
export type ReportVersion = 'v1' | 'v2';

// ---------------------------------------------------------------------------------------------
// Idle seats: the one definition of a seat to reclaim, and of what idle seats cost

/** The idle window: a seat with no Copilot activity in the last 30 days (28 under report v2) is idle. */
export function idlePeriodOf(version: ReportVersion | undefined): 'D30' | 'D28' {
  return version === 'v2' ? 'D28' : 'D30';
}

/** How an answer's period compares with the idle window: only `same` and `longer` list seats to reclaim. */
export type PeriodScope = 'shorter' | 'same' | 'longer';

/** Whether `period` (D7, D90, ALL, …) is shorter than, the same as, or longer than the idle window. */
export function scopeOfPeriod(period: string, version: ReportVersion | undefined): PeriodScope {
  const idleDays = periodDays(idlePeriodOf(version))!;
  const days = period === 'ALL' ? Number.POSITIVE_INFINITY : periodDays(period);
  if (days === undefined || days === idleDays) return 'same';
  return days < idleDays ? 'shorter' : 'longer';
}

/** Idle seats: the unassigned seats plus the assigned seats (enabled users) with no Copilot activity in the idle window. */
export type IdleSeats = {
  /** `D30`, or `D28` under Copilot report v2. */
  readonly period: string;
  /** Purchased seats nobody holds, summed per SKU (an over-assigned SKU adds none). */
  readonly unassigned: number;
  /** Enabled users without Copilot activity in the idle window. */
  readonly inactive: number;
  /** Of the inactive: no Copilot activity ever reported. */
  readonly neverActive: number;
  /** unassigned + inactive. */
  readonly seats: number;
};

/** The idle seats of a tenant with `unassigned` seats and `usage` over the idle window `period`. */
export function idleSeats(period: string, unassigned: number, usage: { readonly inactive: number; readonly neverActive: number }): IdleSeats {
  return { period, unassigned, inactive: usage.inactive, neverActive: usage.neverActive, seats: unassigned + usage.inactive };
}

/** The idle-seat share: idle seats ÷ purchased seats, as a ratio (0.104); undefined with no purchased seats. */
export function idleSeatShare(idle: Pick<IdleSeats, 'seats'>, seats: Pick<SeatCounts, 'purchased'>): number | undefined {
  return seats.purchased > 0 ? idle.seats / seats.purchased : undefined;
}

/** A SKU's seats as idle spend prices them. */
export type PricedSeats = { readonly skuPartNumber: string; readonly assigned: number; readonly unassigned: number; readonly monthlyPrice?: number };

/** What idle seats cost a month and a year, in the price's currency. */
export type IdleSpend = {
  readonly currency: string;
  readonly monthly: number;
  readonly yearly: number;
  /** The price an inactive assigned seat is counted at: the usage report does not say which SKU a user holds. */
  readonly inactiveSeatPrice: number;
  /** SKUs with unassigned seats and no price: their seats are left out of the spend. */
  readonly unpricedSkus: readonly string[];
};

/**
 * Idle spend: each SKU's unassigned seats at its price, plus the inactive assigned seats at the average
 * price of an assigned seat (or the bare Copilot price, or the one price all priced SKUs share). Undefined
 * when no price applies to an inactive seat.
 */
export function idleSpend(skus: readonly PricedSeats[], idle: IdleSeats, price: LicencePrice): IdleSpend | undefined {
  const inactiveSeatPrice = averageAssignedPrice(skus) ?? price.seat ?? onlyPrice(skus);
  if (inactiveSeatPrice === undefined) return undefined;
  let monthly = idle.inactive * inactiveSeatPrice;
  const unpricedSkus: string[] = [];
  for (const sku of skus) {
    if (sku.unassigned === 0) continue;
    if (sku.monthlyPrice === undefined) unpricedSkus.push(sku.skuPartNumber);
    else monthly += sku.unassigned * sku.monthlyPrice;
  }
  const rounded = roundCents(monthly);
  return { currency: price.currency, monthly: rounded, yearly: yearlyOf(rounded), inactiveSeatPrice: roundCents(inactiveSeatPrice), unpricedSkus };
}

/**
 * The idle spend of one group of users (a department, an office): its idle seats — assigned seats with no
 * Copilot activity in the idle window — at the inactive seat's price of the tenant's idle spend, to the cent.
 * Unassigned seats belong to no group, so they are in no group's spend.
 */
export function groupIdleSpend(idleAssigned: number, spend: Pick<IdleSpend, 'inactiveSeatPrice'>): number {
  return roundCents(idleAssigned * spend.inactiveSeatPrice);
}

/** A monthly amount (to the cent) for a year: the yearly figure every answer states beside the monthly one. */
export function yearlyOf(monthly: number): number {
  return roundCents(monthly * 12);
}

/**
 * The monthly price of one seat of `sku` under `price`, when one applies: the price named for it, or for a
 * Copilot SKU the bare Copilot seat price.
 */
export function monthlyPriceOf(
  price: LicencePrice | undefined,
  sku: { readonly skuId: string; readonly skuPartNumber: string },
  isCopilot: boolean,
): number | undefined {
  return price ? priceOfSku(price, sku, isCopilot) : undefined;
}

function onlyPrice(skus: readonly PricedSeats[]): number | undefined {
  const prices = new Set(skus.flatMap((sku) => (sku.monthlyPrice !== undefined ? [sku.monthlyPrice] : [])));
  return prices.size === 1 ? [...prices][0] : undefined;
}

function averageAssignedPrice(skus: readonly PricedSeats[]): number | undefined {
  const priced = skus.filter((sku) => sku.monthlyPrice !== undefined && sku.assigned > 0);
  const seats = priced.reduce((sum, sku) => sum + sku.assigned, 0);
  if (seats === 0) return undefined;
  return priced.reduce((sum, sku) => sum + sku.assigned * sku.monthlyPrice!, 0) / seats;
}

// ---------------------------------------------------------------------------------------------
// Seats per SKU: purchased, assigned, unassigned, over-assigned, and the units apart

/** One SKU's seats (or several SKUs' summed). Every count is zero or more. */
export type SeatCounts = {
  /** Purchased seats: units `enabled` plus units in `warning` (an expired subscription's grace period, still usable). */
  readonly purchased: number;
  /** Of the purchased: in the warning state, to renew before they are suspended. */
  readonly inWarning: number;
  /** Not purchased seats, shown apart: units of a cancelled subscription, not assignable, still reactivable. */
  readonly suspended: number;
  /** Not purchased seats, shown apart: units locked out after a cancellation. */
  readonly lockedOut: number;
  /** Licences assigned to users (`consumedUnits`). */
  readonly assigned: number;
  /** purchased − assigned, never below zero. */
  readonly unassigned: number;
  /** assigned − purchased when more are assigned than purchased, else zero. */
  readonly overAssigned: number;
};

/** The seats of one SKU from Graph's `consumedUnits` and `prepaidUnits`. */
export function seatCountsOf(sku: { readonly consumedUnits: number; readonly prepaidUnits: Readonly<Record<PrepaidState, number>> }): SeatCounts {
  const { enabled, warning, suspended, lockedOut } = sku.prepaidUnits;
  const purchased = enabled + warning;
  const assigned = sku.consumedUnits;
  return {
    purchased,
    inWarning: warning,
    suspended,
    lockedOut,
    assigned,
    unassigned: Math.max(0, purchased - assigned),
    overAssigned: Math.max(0, assigned - purchased),
  };
}

/** Seats summed over SKUs, field by field: the totals of the SKU rows. */
export function sumSeatCounts(skus: readonly SeatCounts[]): SeatCounts {
  const sum = (key: keyof SeatCounts) => skus.reduce((total, sku) => total + sku[key], 0);
  return {
    purchased: sum('purchased'),
    inWarning: sum('inWarning'),
    suspended: sum('suspended'),
    lockedOut: sum('lockedOut'),
    assigned: sum('assigned'),
    unassigned: sum('unassigned'),
    overAssigned: sum('overAssigned'),
  };
}

// ---------------------------------------------------------------------------------------------
// Every licence: the idle seats of a SKU, and the idle seats and idle spend of all licences

/**
 * The workload idle window: a seat whose holder has no activity in any workload of the active-user detail in
 * the last 30 days is idle (that report has no 28-day period; Copilot seats keep their own idle window).
 */
export const WORKLOAD_IDLE_PERIOD = 'D30';

/** A paid SKU's idle seats: its unassigned seats plus its holders with no activity in any workload in the idle window. */
export type SkuIdleSeats = {
  readonly unassigned: number;
  /** Users the active-user detail lists with the SKU's product, licensed for a workload and active in none in the idle window. */
  readonly idleHolders: number;
  /** unassigned + idleHolders. */
  readonly seats: number;
};

/** The idle seats of a paid SKU with `seats` and `idleHolders` idle holders. */
export function skuIdleSeats(seats: Pick<SeatCounts, 'unassigned'>, idleHolders: number): SkuIdleSeats {
  return { unassigned: seats.unassigned, idleHolders, seats: seats.unassigned + idleHolders };
}

/** What `seats` idle seats at `monthlyPrice` cost a month, to the cent. */
export function seatSpend(seats: number, monthlyPrice: number): number {
  return roundCents(seats * monthlyPrice);
}

/**
 * One line of the idle seats of all licences: a paid SKU (its idle seats at its price), all Copilot SKUs
 * together (the Copilot idle seats and idle spend above: the Copilot report does not say which Copilot SKU a
 * user holds), or a product of the report matched to no SKU (its idle holders, never priced).
 */
export type IdleLine = {
  readonly seats: number;
  /** Per month, in the price's currency; absent when no price applies. */
  readonly monthlySpend?: number;
};

/** The idle seats and idle spend of all licences: the lines summed. Seats without a price count as seats, not spend. */
export type LicenceIdle = {
  readonly seats: number;
  /** Of the seats, those with a price: the spend counts them. */
  readonly pricedSeats: number;
  /** Absent when no line has a price. */
  readonly spend?: { readonly currency: string; readonly monthly: number; readonly yearly: number };
};

/** The idle seats and idle spend of all licences from their lines; free and trial SKUs have no line. */
export function licenceIdle(lines: readonly IdleLine[], currency: string | undefined): LicenceIdle {
  const priced = lines.filter((line) => line.monthlySpend !== undefined);
  const seats = lines.reduce((sum, line) => sum + line.seats, 0);
  const pricedSeats = priced.reduce((sum, line) => sum + line.seats, 0);
  if (currency === undefined || priced.length === 0) return { seats, pricedSeats };
  const monthly = roundCents(priced.reduce((sum, line) => sum + line.monthlySpend!, 0));
  return { seats, pricedSeats, spend: { currency, monthly, yearly: yearlyOf(monthly) } };
}

// ---------------------------------------------------------------------------------------------
// Adoption and the trend

/** Adoption: users active in the period ÷ enabled users, as a ratio (0.738); undefined with no enabled users. */
export function adoptionRate(active: number, enabled: number): number | undefined {
  return enabled > 0 ? active / enabled : undefined;
}

/** Enabled users without activity in the period (never active ones included). */
export function inactiveUsers(enabled: number, active: number): number {
  return Math.max(0, enabled - active);
}

/** The trend's daily figure, "average active per day": `value` (active, or enabled, users on a day) averaged over `days`. */
export function averagePerDay<T>(days: readonly T[], value: (day: T) => number): number {
  return days.length > 0 ? days.reduce((sum, day) => sum + value(day), 0) / days.length : 0;
}

/** How a share (`part` of `whole`) moved: in users and in percentage points (1.2 = 1.2 points); points undefined when a whole is 0. */
export function shareChange(
  current: { readonly part: number; readonly whole: number },
  previous: { readonly part: number; readonly whole: number },
): { readonly users: number; readonly points?: number } {
  const now = adoptionRate(current.part, current.whole);
  const before = adoptionRate(previous.part, previous.whole);
  const users = current.part - previous.part;
  return now !== undefined && before !== undefined ? { users, points: (now - before) * 100 } : { users };
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

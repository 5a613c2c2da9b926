/**
 * The weekly digest as data: tenant aggregates only (no user or owner appears anywhere), raw numbers
 * and ISO dates, each Copilot figure with its change since the previous digest. The digest view turns
 * it into a card; the composer builds it from the report service.
 */
import type { CommandAction, Freshness } from '../commands/reply.js';
import type { DigestSchedule } from './subscription.js';

/** How a figure moved since the previous digest's snapshot. */
export type Change = {
  readonly previous: number;
  /** current − previous. */
  readonly difference: number;
  /** difference / previous; absent when previous was 0. */
  readonly relative?: number;
};

/** A figure and, when there is a previous digest to compare with, its change. */
export type TrackedFigure = { readonly current: number; readonly change?: Change };

/** A part of the digest whose report could not be read this time; the rest still goes out. */
export type Section<T> = { readonly status: 'ok'; readonly data: T } | { readonly status: 'unavailable'; readonly code: string };

export type DigestCopilot = {
  /** The period the figures count, `D7`. */
  readonly period: string;
  readonly freshness: Freshness;
  /** The refresh date of the snapshot the changes are measured against; absent on the first digest. */
  readonly comparedWith?: string;
  readonly enabled: TrackedFigure;
  readonly active: TrackedFigure;
  /** active / enabled as a ratio (0.343); its change is in ratio points (0.012 = 1.2 points). */
  readonly adoption: TrackedFigure;
  /** COPILOT_APPS order. */
  readonly apps: readonly { readonly key: string; readonly label: string; readonly enabled: number; readonly active: TrackedFigure }[];
};

export type DigestActivations = {
  readonly freshness: Freshness;
  readonly products: readonly { readonly productType: string; readonly assigned: number; readonly activated: number }[];
};

export type DigestGroups = {
  /** The period activity is counted over, `D30`. */
  readonly period: string;
  readonly freshness: Freshness;
  readonly total: number;
  readonly active: number;
  readonly inactive: number;
};

/** A configured licence price, e.g. 30 USD per seat and month. */
export type SeatPrice = { readonly amount: number; readonly currency: string };

/** Enabled Copilot seats with no activity over a month: the licences to reclaim. */
export type InactiveSeats = {
  readonly period: string;
  readonly freshness: Freshness;
  readonly enabled: number;
  readonly inactive: number;
  /** inactive × price, when a price is configured. */
  readonly monthlyCost?: SeatPrice;
  readonly price?: SeatPrice;
  readonly action: CommandAction;
};

/** Copilot seats bought, assigned and used over a month, the idle ones and their cost, with changes. */
export type DigestSeats = {
  /** The period activity is judged over, `D30` (`D28` under Copilot report v2). */
  readonly period: string;
  /** Of the usage report; licence counts are live. */
  readonly freshness: Freshness;
  /** The refresh date of the snapshot the changes are measured against; absent on the first digest. */
  readonly comparedWith?: string;
  /** False when the tenant has no Copilot SKU: the figures are all zero. */
  readonly hasCopilotSkus: boolean;
  readonly purchased: TrackedFigure;
  readonly assigned: TrackedFigure;
  readonly active: TrackedFigure;
  /** Unassigned plus inactive seats. */
  readonly idle: TrackedFigure;
  readonly unassigned: number;
  readonly inactive: number;
  /** Monthly idle spend, when a licence price is configured. */
  readonly idleSpend?: { readonly currency: string; readonly monthly: TrackedFigure };
  /** The licence answer behind the section. */
  readonly action: CommandAction;
};

/** Groups with no activity over the groups period. */
export type InactiveGroups = { readonly period: string; readonly total: number; readonly inactive: number; readonly action: CommandAction };

export type DigestModel = {
  /** When the digest was composed (ISO instant). */
  readonly generatedAt: string;
  /** The subscription's schedule; absent for a preview where nothing is subscribed. */
  readonly schedule?: DigestSchedule;
  readonly copilot: Section<DigestCopilot>;
  readonly activations: Section<DigestActivations>;
  readonly groups: Section<DigestGroups>;
  readonly inactiveSeats: Section<InactiveSeats>;
  /** Absent in digests composed before the section existed. */
  readonly seats?: Section<DigestSeats>;
  readonly inactiveGroups: Section<InactiveGroups>;
  /** Buttons to the detail commands under the card. */
  readonly actions: readonly CommandAction[];
};

/**
 * The weekly digest as data: tenant aggregates only (no user or owner appears anywhere), raw numbers
 * and ISO dates, each Copilot figure with its change since the previous digest.
 */
import type { IdleSeats, IdleSpend } from '../reports/figures.js';
import type { Freshness } from '../reports/report-freshness.js';
import type { AlertRuleModel, AlertValue } from './alert-models.js';
import type { CommandAction } from './answer-parts.js';
import type { DigestSchedule } from './digest-runs.js';

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
  readonly products: readonly { readonly productType: string; readonly productName: string; readonly assigned: number; readonly activated: number }[];
};

export type DigestGroups = {
  /** The period activity is counted over, `D30`. */
  readonly period: string;
  readonly freshness: Freshness;
  readonly total: number;
  readonly active: number;
  readonly inactive: number;
};

/** Idle seats and what they cost (when a price is configured), as `reports/figures.ts` defines them. */
export type IdleFigures = { readonly idle: IdleSeats; readonly spend?: IdleSpend };

/** The digest's seats to act on: enabled users without Copilot activity in the idle window, and the idle seats when licence counts could be read. */
export type InactiveSeats = {
  /** The idle window, `D30` (`D28` under Copilot report v2). */
  readonly period: string;
  readonly freshness: Freshness;
  readonly enabled: number;
  readonly inactive: number;
  readonly idle?: IdleFigures;
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
  /** Enabled users the usage report lists: the base `active` is a share of. */
  readonly enabled: number;
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

/** One department whose Copilot active rate moved since the previous digest. */
export type DepartmentMove = {
  readonly department: string;
  /** Enabled users this week, and those active in the week. */
  readonly users: number;
  readonly active: number;
  /** Its active rate's change in percentage points (1.2 = 1.2 points). */
  readonly points: number;
};

/** The departments whose Copilot active rate moved most week over week; departments of fewer than 5 users are left out. */
export type DigestDepartments = {
  /** The week the rates count, `D7`. */
  readonly period: string;
  readonly freshness: Freshness;
  /** The directory's day. */
  readonly directoryDay: string;
  /** The refresh date of the digest compared with; absent on the first digest (then no moves). */
  readonly comparedWith?: string;
  /** Departments in both weeks, with 5 users or more in each. */
  readonly compared: number;
  /** Most points up first, then most points down first: at most three each. */
  readonly up: readonly DepartmentMove[];
  readonly down: readonly DepartmentMove[];
};

/** Active users per workload over the week, each with its change since the previous digest. */
export type DigestWorkloads = {
  /** The period the figures count, `D7`. */
  readonly period: string;
  readonly freshness: Freshness;
  /** The refresh date of the figures the changes are measured against; absent on the first digest. */
  readonly comparedWith?: string;
  readonly workloads: readonly { readonly key: string; readonly label: string; readonly active: TrackedFigure }[];
  /** The usage answer behind the line. */
  readonly action: CommandAction;
};

/** One licence's idle seats and idle spend over the idle window, with their changes since the previous digest. */
export type DigestLicenceLine = {
  /** A SKU part number, `copilot` for all Copilot SKUs, or `product:<name>` for a product no SKU matches. */
  readonly key: string;
  readonly label: string;
  readonly seats: TrackedFigure;
  /** Per month, when a price applies. */
  readonly monthlySpend?: TrackedFigure;
};

/** The digest's "Licences" section: idle seats and idle spend per licence and of all, each with its change. */
export type DigestLicences = {
  /** The idle window, `D30`. */
  readonly period: string;
  /** Of the active-user detail; licence counts are live. */
  readonly freshness: Freshness;
  /** The refresh date of the figures the changes are measured against; absent on the first digest. */
  readonly comparedWith?: string;
  /** The prices' currency; absent without LICENSE_PRICES. */
  readonly currency?: string;
  /** The licences with the most idle spend (then idle seats), a few. */
  readonly lines: readonly DigestLicenceLine[];
  /** Licences with idle seats past the lines shown, and their idle seats. */
  readonly more: { readonly licences: number; readonly seats: number };
  readonly total: { readonly seats: TrackedFigure; readonly monthlySpend?: TrackedFigure };
  /** The licences answer behind the section. */
  readonly action: CommandAction;
};

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
  /** Absent in digests composed before the section existed. */
  readonly departments?: Section<DigestDepartments>;
  readonly inactiveGroups: Section<InactiveGroups>;
  /** Absent in digests composed before the line existed. */
  readonly workloads?: Section<DigestWorkloads>;
  /** Absent in digests composed before the section existed. */
  readonly licences?: Section<DigestLicences>;
  /** The alerts of the channel, for a subscription's digest where it has any. */
  readonly alerts?: DigestAlerts;
  /** Buttons to the detail commands under the card. */
  readonly actions: readonly CommandAction[];
};

/** The alerts of the digest's channel: how many it has, and those firing now. */
export type DigestAlerts = {
  readonly watched: number;
  readonly firing: readonly (AlertRuleModel & { readonly figure: AlertValue; readonly since: string })[];
  readonly action: CommandAction;
};

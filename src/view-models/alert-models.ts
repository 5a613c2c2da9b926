/**
 * Alerts as data: rules on tenant figures, their state, what a firing says, and how an `@all` alert
 * command went in each customer tenant. Aggregates only.
 */
import type { Language } from '../i18n/languages.js';
import type { Phrase } from '../i18n/message-types.js';
import type { CopilotSeatUsage } from '../reports/copilot-licences.js';
import type { IdleSeats, IdleSpend, SeatCounts } from '../reports/figures.js';
import type { CommandAction, ConversationKind } from './answer-parts.js';

/** The figures an alert rule can watch. */
export type AlertKindName = 'idle-seats' | 'unassigned' | 'idle-spend' | 'adoption-drop' | 'never-used' | 'inactive-users';

/** What a threshold and its figure count: seats, a share in percent, money a month, or percentage points. */
export type AlertUnit = 'count' | 'percent' | 'money' | 'points';

/** A threshold or a figure, e.g. 100 seats, 10.5 %, 5,000 USD a month, 10 points. */
export type AlertValue = { readonly amount: number; readonly unit: AlertUnit; readonly currency?: string };

/** One rule as typed: `alert unassigned > 50 SPE_E5` is rule `number` of its conversation. */
export type AlertRuleModel = {
  readonly number: number;
  readonly kind: AlertKindName;
  readonly threshold: AlertValue;
  readonly sku?: string;
  /** The period a kind that takes one counts over (`D90`); absent for the others. */
  readonly period?: string;
};

/** Why an evaluation had no figure. */
export type AlertUnavailable = {
  readonly code: 'NO_PRICE' | 'CURRENCY_CHANGED' | 'NO_SEATS' | 'SKU_NOT_FOUND' | 'NO_WEEK_BEFORE' | 'NO_USERS';
  /** The SKU not found, the configured currency, or the day whose adoption is missing. */
  readonly detail?: string;
};

/** What a figure is made of, for the alert card: the figures of reports/figures.ts, as the licence card and the digest state them. */
export type AlertBreakdown =
  | { readonly kind: 'idle-seats'; readonly idle: IdleSeats; readonly purchased: number; readonly spend?: IdleSpend }
  /** The Copilot SKUs counted (or the one SKU named) by product name and Graph's name, with their seats summed. */
  | { readonly kind: 'unassigned'; readonly seats: SeatCounts; readonly skus: readonly { readonly productName: string; readonly skuPartNumber: string }[] }
  | { readonly kind: 'idle-spend'; readonly idle: IdleSeats; readonly spend: IdleSpend }
  /** Adoption over the last 7 days, now and on the data day a week before. */
  | {
      readonly kind: 'adoption-drop';
      readonly period: string;
      readonly enabled: number;
      readonly active: number;
      readonly weekBefore: { readonly date: string; readonly enabled: number; readonly active: number };
    }
  /** The idle window's usage: the never active are a part of the inactive enabled users. */
  | { readonly kind: 'never-used'; readonly usage: CopilotSeatUsage }
  /** The reclaim list over the period: its users and what their licences cost a month (in `currency`, when priced). */
  | { readonly kind: 'inactive-users'; readonly period: string; readonly users: number; readonly monthlyCost?: number; readonly currency?: string };

export type AlertModel = {
  readonly event: 'fired' | 'resolved';
  readonly rule: AlertRuleModel;
  readonly figure: AlertValue;
  /** The day the figure's data describes (a report's refresh date; for licence counts, the day they were read). */
  readonly dataDate: string;
  /** The data day the rule crossed its threshold (fired) or went back under it (resolved). */
  readonly since: string;
  readonly breakdown: AlertBreakdown;
  /** The tenant's name, when the bot serves several: the card's header names it. */
  readonly tenant?: string;
  /** Present when the figure is demo data (the emulator's): the card's header says so. */
  readonly demo?: true;
  /** The figure at its evaluations over the last weeks, oldest first. */
  readonly trend: readonly { readonly date: string; readonly amount: number }[];
  /** SKUs this conversation leaves out of its Copilot seat rules. */
  readonly excludedSkus: readonly string[];
  readonly actions: readonly CommandAction[];
};

/** A rule with where it stands. */
export type AlertRuleStatus = AlertRuleModel & {
  /** The language its cards are posted in. */
  readonly language: Language;
  /** `new`: not evaluated yet. */
  readonly state: 'new' | 'quiet' | 'firing';
  /** The data day the rule started firing (or went quiet). */
  readonly since?: string;
  /** While snoozed (ISO instant): evaluated and recorded, nothing posted. */
  readonly snoozedUntil?: string;
  /** Teams refused or no longer knows the conversation: nothing is posted until an alert here is set or changed. */
  readonly paused?: AlertPause;
  readonly lastEvaluation?: { readonly dataDate: string; readonly at: string; readonly figure?: AlertValue; readonly unavailable?: AlertUnavailable };
  /** The last card or resolution the rule tried to post, and what became of it. */
  readonly lastPost?: { readonly event: 'fired' | 'resolved'; readonly outcome: 'posted' | 'failed' | 'gone'; readonly at: string; readonly reason?: string };
};

/** Why a conversation's rules post nothing: Teams answered `status` (403/404) when the bot posted there. */
export type AlertPause = { readonly at: string; readonly status?: number; readonly reason: string };

export type AlertRulesModel = {
  /** What the card answers: the list, a rule set (or already there), removed, snoozed, a SKU left out or counted again, or no such rule. */
  readonly event: 'list' | 'set' | 'exists' | 'removed' | 'snoozed' | 'excluded' | 'included' | 'not-found' | 'full' | 'language';
  readonly conversation: ConversationKind;
  /** The tenant whose figures the rules watch, when the bot serves several. */
  readonly tenant?: string;
  /** The rule the command was about. */
  readonly changed?: AlertRuleModel;
  /** The rule number asked for (`not-found`), the SKU excluded or included, or the language code asked for. */
  readonly asked?: string;
  /** The figure the new rule reads now, when it could be read. */
  readonly current?: { readonly figure: AlertValue; readonly dataDate: string } | { readonly unavailable: AlertUnavailable };
  /** Paused rules this command resumed. */
  readonly resumed?: AlertPause;
  readonly rules: readonly AlertRuleStatus[];
  readonly excludedSkus: readonly string[];
  /** At most this many rules per conversation. */
  readonly maxRules: number;
  readonly actions: readonly CommandAction[];
};

/** How an `@all` alert command went in one customer tenant. */
export type AlertTenantRow = { readonly tenant: string } & (
  | { readonly outcome: 'set'; readonly number: number; readonly current?: AlertRulesModel['current'] }
  | { readonly outcome: 'exists'; readonly number: number }
  | { readonly outcome: 'full'; readonly maxRules: number }
  | { readonly outcome: 'refused'; readonly reason: Phrase }
  | { readonly outcome: 'removed'; readonly number: number }
  /** The customer had no such rule here (removed there before). */
  | { readonly outcome: 'absent' }
  | { readonly outcome: 'rules'; readonly rules: number; readonly firing: number }
);

/**
 * An alert rule as the state store keeps it, `alert-rule/<conversation>/<number>`, with its state
 * (quiet or firing since when, what the conversation was last told, the last figure and the day of its
 * data, the figure's recent history, snoozed until, paused because), and its conversation's record,
 * `alert-conversation/<conversation>`: where to post and which SKUs the seat rules leave out. The
 * conversation key is the same SHA-256 prefix the digest uses, so a digest finds its channel's alerts.
 */
import { z } from 'zod';
import type { ConversationRef } from '../digest/subscription.js';
import { readConversationRef } from '../digest/subscription.js';
import type { AlertPause, AlertRuleModel, AlertUnavailable, AlertValue } from '../view-models.js';
import type { AlertThreshold } from './alert-command.js';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages.js';
import { ALERT_KINDS, type AlertKindName } from './alert-kinds.js';

/** One evaluation's figure, by the day of its data. */
export type AlertPoint = { readonly date: string; readonly figure: number };

/** What a rule's evaluations left behind. */
export type AlertState = {
  /** Across the threshold or not, at the last evaluation with a figure; absent until there was one. */
  readonly condition?: 'quiet' | 'firing';
  /** The data day the condition began. */
  readonly since?: string;
  /** What the conversation was last told: a firing card it got, or nothing (or the resolution after one). */
  readonly announced: 'quiet' | 'firing';
  readonly figure?: number;
  /** The data day of the last evaluation (a report's refresh date, or the day licence counts were read). */
  readonly dataDate?: string;
  readonly evaluatedAt?: string;
  /** Why the last evaluation had no figure. */
  readonly unavailable?: AlertUnavailable;
  /** The figure at recent evaluations, oldest first. */
  readonly history: readonly AlertPoint[];
  readonly snoozedUntil?: string;
  readonly paused?: AlertPause;
  readonly lastPost?: { readonly event: 'fired' | 'resolved'; readonly outcome: 'posted' | 'failed' | 'gone'; readonly at: string; readonly reason?: string; readonly activityId?: string };
};

export type AlertRule = {
  /** The conversation's key (`conversationKeyOf`). */
  readonly conversation: string;
  readonly number: number;
  readonly kind: AlertKindName;
  /** Money thresholds always carry their currency here. */
  readonly threshold: AlertThreshold;
  readonly sku?: string;
  /** The period of a kind that takes one (`D90`), as set; absent for the others. */
  readonly period?: string;
  /** Microsoft Entra object id of whoever set it (never shown). */
  readonly createdBy: string;
  readonly createdAt: string;
  /** The language its cards are posted in: the channel's digest's, or its setter's; absent in rules set before alerts had one (English). */
  readonly language?: Language;
  readonly state: AlertState;
};

/** A conversation with alerts: where to post them and which SKUs its seat rules leave out. */
export type AlertConversation = {
  readonly id: string;
  readonly reference: ConversationRef;
  /** As typed, compared without case. */
  readonly excludedSkus: readonly string[];
  /** The Teams locale of whoever last set an alert here, for numbers and dates on the cards. */
  readonly locale?: string;
};

export const RULE_PREFIX = 'alert-rule/';
export const CONVERSATION_PREFIX = 'alert-conversation/';

/** The prefix of one conversation's rules; zero-padded numbers list in order. */
export function rulePrefix(conversation: string): string {
  return `${RULE_PREFIX}${conversation}/`;
}

export function ruleKey(conversation: string, number: number): string {
  return `${rulePrefix(conversation)}${String(number).padStart(4, '0')}`;
}

export function conversationKey(conversation: string): string {
  return `${CONVERSATION_PREFIX}${conversation}`;
}

const unavailableSchema = z.object({
  code: z.enum(['NO_PRICE', 'CURRENCY_CHANGED', 'NO_SEATS', 'SKU_NOT_FOUND', 'NO_WEEK_BEFORE', 'NO_USERS']),
  detail: z.string().optional(),
});
const pauseSchema = z.object({ at: z.string(), status: z.number().int().optional(), reason: z.string() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const ruleSchema = z.object({
  conversation: z.string().regex(/^[0-9a-f]{32}$/),
  number: z.number().int().min(1),
  kind: z.enum(ALERT_KINDS.map((kind) => kind.name) as [AlertKindName, ...AlertKindName[]]),
  threshold: z.object({ value: z.number().min(0), unit: z.enum(['count', 'percent', 'money', 'points']), currency: z.string().optional() }),
  sku: z.string().optional(),
  period: z.string().regex(/^D\d{1,3}$/).optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  // A value no version wrote reads as English rather than losing the rule.
  language: z.enum(LANGUAGES).optional().catch(undefined),
  state: z.object({
    condition: z.enum(['quiet', 'firing']).optional(),
    since: day.optional(),
    announced: z.enum(['quiet', 'firing']),
    figure: z.number().optional(),
    dataDate: day.optional(),
    evaluatedAt: z.string().optional(),
    unavailable: unavailableSchema.optional(),
    history: z.array(z.object({ date: day, figure: z.number() })),
    snoozedUntil: z.string().datetime().optional(),
    paused: pauseSchema.optional(),
    lastPost: z
      .object({
        event: z.enum(['fired', 'resolved']),
        outcome: z.enum(['posted', 'failed', 'gone']),
        at: z.string(),
        reason: z.string().optional(),
        activityId: z.string().optional(),
      })
      .optional(),
  }),
});

const conversationSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  reference: z.unknown().transform((value, context) => readConversationRef(value) ?? (context.addIssue({ code: 'custom', message: 'not a conversation reference' }), z.NEVER)),
  excludedSkus: z.array(z.string()),
  locale: z.string().optional(),
});

/** A stored value read back as a rule, or undefined when it is not one (damaged, or written by another version). */
export function readRule(value: unknown): AlertRule | undefined {
  const parsed = ruleSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A stored value read back as a conversation record, or undefined when it is not one. */
export function readAlertConversation(value: unknown): AlertConversation | undefined {
  const parsed = conversationSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** An amount in the rule's unit (and currency), as views take it. */
export function valueOf(rule: Pick<AlertRule, 'threshold'>, amount: number): AlertValue {
  const { unit, currency } = rule.threshold;
  return { amount, unit, ...(currency !== undefined ? { currency } : {}) };
}

/** The rule as views show it: number, figure watched, threshold and SKU. */
export function ruleModelOf(rule: Pick<AlertRule, 'number' | 'kind' | 'threshold' | 'sku' | 'period'>): AlertRuleModel {
  return {
    number: rule.number,
    kind: rule.kind,
    threshold: valueOf(rule, rule.threshold.value),
    ...(rule.sku !== undefined ? { sku: rule.sku } : {}),
    ...(rule.period !== undefined ? { period: rule.period } : {}),
  };
}

/** The state of a rule nothing has evaluated yet. */
export const NEW_STATE: AlertState = { announced: 'quiet', history: [] };

/** The language a rule's cards are posted in; English for a rule stored before rules had one. */
export function ruleLanguage(rule: Pick<AlertRule, 'language'>): Language {
  return rule.language ?? FALLBACK_LANGUAGE;
}

/**
 * Alert rules in the state store: set, list, remove, snooze, leave SKUs out, pause a conversation Teams
 * refused and resume it, and forget a conversation or a team the app was removed from. Every update is
 * a compare-and-set, retried on a concurrent change; a new rule takes the next free number create-only.
 */
import { forEachLimited } from '../digest/for-each-limited.js';
import { channelRootOf } from '../digest/digest-subscriptions.js';
import { subscriptionIdFor, type ConversationRef } from '../digest/subscription.js';
import type { Language } from '../i18n/languages.js';
import { getReadable, StoreConflictError, type StateStore, type StoredEntry } from '../store/state-store.js';
import type { AlertPause } from '../view-models.js';
import { deleteConversationClaims, deleteRuleClaims } from './alert-claims.js';
import type { AlertThreshold } from './alert-command.js';
import { periodOfRule, type AlertKindName } from './alert-kinds.js';
import {
  CONVERSATION_PREFIX,
  NEW_STATE,
  RULE_PREFIX,
  conversationKey,
  readAlertConversation,
  readRule,
  ruleKey,
  rulePrefix,
  type AlertConversation,
  type AlertRule,
} from './alert-rule.js';

/** Most rules one conversation keeps: enough for every figure at a few thresholds, few enough to read at a glance. */
export const MAX_RULES_PER_CONVERSATION = 25;
const MAX_CONFLICT_RETRIES = 5;
const PARALLEL_READS = 16;

/** The key of a conversation's alerts: the digest's subscription id of the same conversation. */
export function conversationKeyOf(conversationId: string): string {
  return subscriptionIdFor(conversationId);
}

/** Rules that can be read, in key order (by conversation, then number), and the keys of those that cannot. */
export type RuleRead = { readonly rules: AlertRule[]; readonly unreadable: string[] };

/** The rules at `keys`; a damaged record is that rule's problem alone. */
export async function readRules(store: StateStore, keys: readonly string[]): Promise<RuleRead> {
  const read: (AlertRule | string | undefined)[] = [];
  await forEachLimited(keys, PARALLEL_READS, async (key, index) => {
    const stored = await getReadable(store, key);
    if (stored) read[index] = (stored !== 'damaged' && readRule(stored.value)) || key;
  });
  return { rules: read.filter((entry): entry is AlertRule => typeof entry === 'object'), unreadable: read.filter((entry): entry is string => typeof entry === 'string') };
}

/** Every rule of every conversation. */
export async function readAllRules(store: StateStore): Promise<RuleRead> {
  return readRules(store, await store.list(RULE_PREFIX));
}

/** One conversation's rules, by number. */
export async function listConversationRules(store: StateStore, conversation: string): Promise<RuleRead> {
  return readRules(store, await store.list(rulePrefix(conversation)));
}

/** The conversation's record, if it has one that can be read. */
export async function getAlertConversation(store: StateStore, conversation: string): Promise<AlertConversation | undefined> {
  return readAlertConversation(storedValue(await getReadable(store, conversationKey(conversation))));
}

/** What `alert <figure> > <threshold>` knows: where, the rule, who asked, in which locale. */
export type AddRuleRequest = {
  readonly reference: ConversationRef;
  readonly kind: AlertKindName;
  readonly threshold: AlertThreshold;
  readonly sku?: string;
  /** For a kind that takes one; its default when absent. */
  readonly period?: string;
  readonly requestedBy: string;
  readonly locale?: string;
  /** The language the rule's cards are posted in. */
  readonly language: Language;
};

/** The rule set, the one already watching the same (`created` false), or `full` at the conversation's limit. */
export type AddRuleResult = { readonly rule: AlertRule; readonly created: boolean } | { readonly full: true };

/** Adds a rule with the next free number, unless the conversation has the same rule already; keeps the conversation's reference. */
export async function addRule(store: StateStore, request: AddRuleRequest, now: number): Promise<AddRuleResult> {
  const reference = channelRootOf(request.reference);
  const conversation = conversationKeyOf(reference.conversation.id);
  await saveConversation(store, reference, request.locale);
  const period = periodOfRule(request);
  for (let attempt = 1; ; attempt++) {
    const { rules } = await listConversationRules(store, conversation);
    const same = rules.find(
      (rule) => rule.kind === request.kind && sameThreshold(rule.threshold, request.threshold) && sameSku(rule.sku, request.sku) && periodOfRule(rule) === period,
    );
    if (same) return { rule: same, created: false };
    if (rules.length >= MAX_RULES_PER_CONVERSATION) return { full: true };
    const number = Math.max(0, ...(await store.list(rulePrefix(conversation))).map((key) => Number(key.slice(key.lastIndexOf('/') + 1)) || 0)) + 1;
    const rule: AlertRule = {
      conversation,
      number,
      kind: request.kind,
      threshold: request.threshold,
      ...(request.sku !== undefined ? { sku: request.sku } : {}),
      ...(period !== undefined ? { period } : {}),
      createdBy: request.requestedBy,
      createdAt: new Date(now).toISOString(),
      language: request.language,
      state: NEW_STATE,
    };
    try {
      await store.put(ruleKey(conversation, number), rule, { ifNoneMatch: '*' });
      return { rule, created: true };
    } catch (error) {
      // Someone took the number at the same moment: count again.
      if (!(error instanceof StoreConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
    }
  }
}

/** Removes rule `number` and its claims: what it was (no `rule` when its record was damaged), or undefined when there was none. */
export async function removeRule(store: StateStore, conversation: string, number: number): Promise<{ readonly rule?: AlertRule } | undefined> {
  const key = ruleKey(conversation, number);
  const stored = await getReadable(store, key);
  if (!stored) return undefined;
  const rule = readRule(storedValue(stored));
  await store.delete(key);
  await deleteRuleClaims(store, conversation, number);
  return rule ? { rule } : {};
}

/** Snoozes rule `number` until `until` (ISO); the rule as stored after, or undefined when there is none. */
export function snoozeRule(store: StateStore, conversation: string, number: number, until: string): Promise<AlertRule | undefined> {
  return updateRule(store, ruleKey(conversation, number), (rule) => ({ ...rule, state: { ...rule.state, snoozedUntil: until } }));
}

/** Leaves `sku` out of the conversation's seat rules (`excluded`), or counts it again; the record after. */
export async function setSkuExcluded(store: StateStore, reference: ConversationRef, sku: string, excluded: boolean, locale?: string): Promise<AlertConversation> {
  const root = channelRootOf(reference);
  const key = conversationKey(conversationKeyOf(root.conversation.id));
  return updateConversation(store, key, root, locale, (skus) => {
    const others = skus.filter((kept) => kept.toLowerCase() !== sku.toLowerCase());
    return excluded ? [...others, sku] : others;
  });
}

/** Keeps the conversation's reference (and locale) for posting, with its exclusions as they are. */
export async function saveConversation(store: StateStore, reference: ConversationRef, locale?: string): Promise<AlertConversation> {
  const root = channelRootOf(reference);
  return updateConversation(store, conversationKey(conversationKeyOf(root.conversation.id)), root, locale, (skus) => skus);
}

/** Pauses every rule of the conversation: Teams answered that it refuses or no longer knows it. */
export async function pauseRules(store: StateStore, conversation: string, pause: AlertPause): Promise<void> {
  for (const key of await store.list(rulePrefix(conversation))) {
    await updateRule(store, key, (rule) => ({ ...rule, state: { ...rule.state, paused: pause } }));
  }
}

/** Posts the conversation's rules in `language` from now on; how many there are. */
export async function setRulesLanguage(store: StateStore, conversation: string, language: Language): Promise<number> {
  const keys = await store.list(rulePrefix(conversation));
  for (const key of keys) await updateRule(store, key, (rule) => (rule.language === language ? undefined : { ...rule, language }));
  return keys.length;
}

/** Resumes the conversation's paused rules; the pause lifted, if any was. */
export async function resumeRules(store: StateStore, conversation: string): Promise<AlertPause | undefined> {
  let lifted: AlertPause | undefined;
  for (const key of await store.list(rulePrefix(conversation))) {
    await updateRule(store, key, (rule) => {
      if (!rule.state.paused) return undefined;
      lifted ??= rule.state.paused;
      const { paused: _paused, ...state } = rule.state;
      return { ...rule, state };
    });
  }
  return lifted;
}

/**
 * Applies `change` to the rule at `key` with compare-and-set, reading it again after a concurrent write;
 * `change` returning undefined leaves it as it is. The rule after, or undefined when there is none (or it is damaged).
 */
export async function updateRule(store: StateStore, key: string, change: (rule: AlertRule) => AlertRule | undefined): Promise<AlertRule | undefined> {
  for (let attempt = 1; ; attempt++) {
    const stored = await getReadable(store, key);
    const rule = readRule(storedValue(stored));
    if (!stored || stored === 'damaged' || !rule) return undefined;
    const changed = change(rule);
    if (!changed) return rule;
    try {
      await store.put(key, changed, { ifMatch: stored.etag });
      return changed;
    } catch (error) {
      if (!(error instanceof StoreConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
    }
  }
}

/** Forgets a conversation's alerts: rules, claims and record (the app was removed from it). */
export async function forgetAlertConversation(store: StateStore, conversationId: string): Promise<void> {
  const conversation = conversationKeyOf(conversationId);
  for (const key of await store.list(rulePrefix(conversation))) await store.delete(key);
  await deleteConversationClaims(store, conversation);
  await store.delete(conversationKey(conversation));
}

/** Forgets the alerts of every channel of a team (the app was uninstalled from it). */
export async function forgetAlertTeam(store: StateStore, teamId: string): Promise<void> {
  for (const key of await store.list(CONVERSATION_PREFIX)) {
    const record = readAlertConversation(storedValue(await getReadable(store, key)));
    if (record?.reference.teamId === teamId) await forgetAlertConversation(store, record.reference.conversation.id);
  }
}

async function updateConversation(
  store: StateStore,
  key: string,
  reference: ConversationRef,
  locale: string | undefined,
  skus: (excluded: readonly string[]) => readonly string[],
): Promise<AlertConversation> {
  for (let attempt = 1; ; attempt++) {
    const stored = await getReadable(store, key);
    const existing = readAlertConversation(storedValue(stored));
    const record: AlertConversation = {
      id: conversationKeyOf(reference.conversation.id),
      reference,
      excludedSkus: [...skus(existing?.excludedSkus ?? [])],
      ...((locale ?? existing?.locale) !== undefined ? { locale: locale ?? existing?.locale } : {}),
    };
    try {
      // A damaged or unreadable record is replaced outright; otherwise only the version read is.
      const condition = stored && stored !== 'damaged' && existing ? { ifMatch: stored.etag } : stored ? {} : { ifNoneMatch: '*' as const };
      await store.put(key, record, condition);
      return record;
    } catch (error) {
      if (!(error instanceof StoreConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
    }
  }
}

/** The stored value, or undefined for none or a damaged record. */
function storedValue(stored: StoredEntry | 'damaged' | undefined): unknown {
  return stored === 'damaged' ? undefined : stored?.value;
}

function sameThreshold(a: AlertThreshold, b: AlertThreshold): boolean {
  return a.value === b.value && a.unit === b.unit && a.currency === b.currency;
}

function sameSku(a: string | undefined, b: string | undefined): boolean {
  return a?.toLowerCase() === b?.toLowerCase();
}

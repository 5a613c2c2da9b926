/**
 * The digest's alerts section for one conversation: how many rules it has, and those firing now with
 * their figure and since when. The digest composer is handed this (digest/ does not import alerts/).
 */
import { phrase } from '../i18n/message-types.js';
import type { StateStore } from '../store/state-store.js';
import type { DigestAlerts } from '../view-models.js';
import { ruleModelOf, valueOf } from './alert-rule.js';
import { listConversationRules } from './alert-rules.js';

/** The alerts of the conversation whose alert key (and digest subscription id) is `conversation`; undefined when it has none. */
export async function digestAlertsOf(store: StateStore, conversation: string, listCommand: string): Promise<DigestAlerts | undefined> {
  const { rules } = await listConversationRules(store, conversation);
  if (rules.length === 0) return undefined;
  const firing = rules
    .filter((rule) => rule.state.condition === 'firing' && rule.state.figure !== undefined)
    .map((rule) => ({ ...ruleModelOf(rule), figure: valueOf(rule, rule.state.figure ?? 0), since: rule.state.since ?? '' }));
  return { watched: rules.length, firing, action: { title: phrase('action.alerts'), command: listCommand } };
}

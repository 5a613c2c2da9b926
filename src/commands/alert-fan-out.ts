/**
 * Alert commands for every customer tenant at once, asked in the managing tenant: `alert idle-seats > 100
 * @all` keeps the rule in the every-customer part of the store and sets it in each customer's own part as
 * `@name` would (each customer's rule then has its own number, state and posts, on its own figures); a
 * customer added later gets every such rule (`setEveryCustomerRules`); `alerts @all` lists them with each
 * customer's alerts; `alert remove <n> @all` removes one from every customer. The reply is one card with a
 * line per customer.
 */
import { periodOfRule } from '../alerts/alert-kinds.js';
import { ruleModelOf, type AlertRule } from '../alerts/alert-rule.js';
import { addRule, conversationKeyOf, getAlertConversation, listConversationRules, readAllRules, removeRule } from '../alerts/alert-rules.js';
import type { AlertCommand } from '../alerts/alert-command.js';
import { forEachLimited } from '../digest/for-each-limited.js';
import { subscriptionLanguage } from '../digest/subscription.js';
import { phrase } from '../i18n/message-types.js';
import type { StateStore } from '../store/state-store.js';
import type { AlertTenantRow, ConversationKind, ViewModels } from '../view-models.js';
import { errorReply } from './error-reply.js';
import type { HandlerContext, HandlerDeps } from './handler-context.js';
import type { Reply } from './reply.js';

/** What `@all` alert commands work with: every customer's deps, and where the rules for all of them are kept. */
export type EveryCustomer = {
  customers(): Promise<readonly { readonly name: string; readonly deps: HandlerDeps }[]>;
  /** The every-customer part of the store: the rules set with `@all`, so that customers added later get them. */
  readonly rules: StateStore;
};

type SetCommand = Extract<AlertCommand, { name: 'alert-set' }>;
type Answer = (deps: HandlerDeps) => Promise<Reply>;

/** Customers answered at once: each may read its figures from Graph. */
const PARALLEL_CUSTOMERS = 8;

/** `alert … @all`: kept for customers to come, and set in each customer now. */
export async function setForEveryCustomer(command: SetCommand, context: HandlerContext, deps: HandlerDeps, every: EveryCustomer, setOne: Answer): Promise<Reply> {
  const { conversationRef: reference, requestedBy } = context;
  const kept =
    reference && requestedBy
      ? await addRule(every.rules, { reference, ...ruleOf(command), requestedBy, language: subscriptionLanguage(context.locale !== undefined ? { locale: context.locale } : {}), ...(context.locale ? { locale: context.locale } : {}) }, deps.clock.now())
      : undefined;
  const rows = await eachCustomer(every, command, setOne);
  return reply({ event: 'set', conversation: context.conversation, rule: shownRule(command), ...(kept && 'rule' in kept ? { number: kept.rule.number } : {}), rows });
}

/** `alerts @all`: the rules set for every customer here, and each customer's alerts here. */
export async function listForEveryCustomer(command: AlertCommand, context: HandlerContext, every: EveryCustomer, listOne: Answer): Promise<Reply> {
  const kept = context.conversationRef ? (await listConversationRules(every.rules, conversationKeyOf(context.conversationRef.conversation.id))).rules : [];
  const rows = await eachCustomer(every, command, listOne);
  return reply({ event: 'list', conversation: context.conversation, rules: kept.map(ruleModelOf), rows });
}

/** `alert remove <n> @all`: the rule set for every customer goes, and each customer's same rule here. */
export async function removeForEveryCustomer(command: Extract<AlertCommand, { name: 'alert-remove' }>, context: HandlerContext, every: EveryCustomer): Promise<Reply> {
  const conversation = context.conversationRef ? conversationKeyOf(context.conversationRef.conversation.id) : undefined;
  const removed = conversation === undefined ? undefined : (await removeRule(every.rules, conversation, command.number))?.rule;
  if (conversation === undefined || !removed) return reply({ event: 'not-found', conversation: context.conversation, number: command.number, rows: [] });
  const rows = await eachCustomer(every, command, async (deps) => {
    const store = deps.alerts?.store;
    const same = store ? (await listConversationRules(store, conversation)).rules.find((rule) => isSameRule(rule, removed)) : undefined;
    if (!store || !same) return { messages: [] };
    await removeRule(store, conversation, same.number);
    return { messages: [{ view: 'alert-rules', model: { event: 'removed', conversation: context.conversation, changed: ruleModelOf(same), rules: [], excludedSkus: [], maxRules: 0, actions: [] } }] };
  });
  return reply({ event: 'removed', conversation: context.conversation, rule: shownRule(removed), number: command.number, rows });
}

/** Sets every rule kept for all customers in a customer just added (`deps` are its), as `alert … @name` would. */
export async function setEveryCustomerRules(rules: StateStore, deps: HandlerDeps, setOne: (command: SetCommand, context: HandlerContext, deps: HandlerDeps) => Promise<Reply>): Promise<number> {
  let set = 0;
  for (const rule of (await readAllRules(rules)).rules) {
    const conversation = await getAlertConversation(rules, rule.conversation);
    if (!conversation) continue;
    const command: SetCommand = { name: 'alert-set', ...ruleOf(rule) };
    const context: HandlerContext = {
      conversation: kindOf(conversation.reference.conversation.conversationType),
      delivery: 'here',
      conversationRef: conversation.reference,
      requestedBy: rule.createdBy,
      ...(conversation.locale !== undefined ? { locale: conversation.locale } : {}),
    };
    const [message] = (await setOne(command, context, deps)).messages;
    if (message?.view === 'alert-rules' && message.model.event === 'set') set += 1;
  }
  return set;
}

/** `answer` in every customer, each summed up as a line; a failure is that customer's line alone. */
async function eachCustomer(every: EveryCustomer, command: AlertCommand, answer: Answer): Promise<AlertTenantRow[]> {
  const customers = await every.customers();
  const rows: AlertTenantRow[] = [];
  await forEachLimited(customers, PARALLEL_CUSTOMERS, async (customer, index) => {
    const answered = await answer(customer.deps).catch((error: unknown) => errorReply(error, { command, delivery: 'here' }));
    rows[index] = { tenant: customer.name, ...outcomeOf(answered) };
  });
  return rows;
}

function reply(model: Omit<ViewModels['alert-tenants'], 'actions'>): Reply {
  return { messages: [{ view: 'alert-tenants', model: { ...model, actions: model.event === 'list' ? [] : [{ title: phrase('action.alertsEveryCustomer'), command: 'alerts @all' }] } }] };
}

/** The rule as the card shows it. */
function shownRule(rule: SharedRule): NonNullable<ViewModels['alert-tenants']['rule']> {
  const { number: _number, ...shown } = ruleModelOf({ number: 0, ...ruleOf(rule) });
  return shown;
}

/** What a rule kept for all and each customer's copy of it share: the figure, threshold, SKU and period. */
type SharedRule = Pick<AlertRule, 'kind' | 'threshold' | 'sku' | 'period'>;

function ruleOf(rule: SharedRule): SharedRule {
  return { kind: rule.kind, threshold: rule.threshold, ...(rule.sku !== undefined ? { sku: rule.sku } : {}), ...(rule.period !== undefined ? { period: rule.period } : {}) };
}

/** A customer's rule set from one kept for all: the same figure, threshold, SKU and period (its currency and SKU's spelling are the customer's). */
function isSameRule(rule: SharedRule, kept: SharedRule): boolean {
  return (
    rule.kind === kept.kind &&
    rule.threshold.value === kept.threshold.value &&
    rule.threshold.unit === kept.threshold.unit &&
    rule.sku?.toLowerCase() === kept.sku?.toLowerCase() &&
    periodOfRule(rule) === periodOfRule(kept)
  );
}

function kindOf(conversationType: string | undefined): ConversationKind {
  return conversationType === 'channel' ? 'channel' : conversationType === 'personal' ? 'personal' : 'groupChat';
}

type Outcome = AlertTenantRow extends infer Row ? (Row extends AlertTenantRow ? Omit<Row, 'tenant'> : never) : never;

/** What one customer's answer says: the alert-rules card's event, or the refusal's message. */
function outcomeOf(reply: Reply): Outcome {
  const [message] = reply.messages;
  if (!message) return { outcome: 'absent' };
  if (message.view === 'error') return { outcome: 'refused', reason: message.model.message };
  if (message.view !== 'alert-rules') return { outcome: 'refused', reason: phrase('alertTenants.notAnswered') };
  const { event, changed, current, rules, maxRules } = message.model;
  if (event === 'full') return { outcome: 'full', maxRules };
  if (event === 'exists' && changed) return { outcome: 'exists', number: changed.number };
  if (event === 'set' && changed) return { outcome: 'set', number: changed.number, ...(current ? { current } : {}) };
  if (event === 'removed' && changed) return { outcome: 'removed', number: changed.number };
  return { outcome: 'rules', rules: rules.length, firing: rules.filter((rule) => rule.state === 'firing').length };
}

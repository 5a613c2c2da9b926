/**
 * The alert commands: set a rule in the conversation asked in (channel, group chat or personal chat),
 * list the conversation's rules with their state, remove or snooze one, and leave a SKU out of the
 * Copilot seat rules or count it again. Every command that changes the rules also resumes rules paused
 * because Teams refused a post: a message from the conversation shows the bot is back in it.
 */
import { findAdoptionDay } from '../alerts/adoption-history.js';
import type { AlertCommand } from '../alerts/alert-command.js';
import { isSkuNamed, measureRule, readAlertSource, type AlertFigureDeps } from '../alerts/alert-figures.js';
import { alertKind, periodOfRule } from '../alerts/alert-kinds.js';
import { ruleLanguage, ruleModelOf, valueOf, type AlertRule } from '../alerts/alert-rule.js';
import {
  addRule,
  conversationKeyOf,
  getAlertConversation,
  listConversationRules,
  MAX_RULES_PER_CONVERSATION,
  removeRule,
  resumeRules,
  setRulesLanguage,
  setSkuExcluded,
  snoozeRule,
} from '../alerts/alert-rules.js';
import { formatAlertCommand } from '../alerts/parse-alert-command.js';
import { listForEveryCustomer, removeForEveryCustomer, setEveryCustomerRules, setForEveryCustomer } from './alert-fan-out.js';
import { addDays } from '../clock.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { getSubscriptionOfConversation } from '../digest/digest-subscriptions.js';
import { subscriptionLanguage, type ConversationRef } from '../digest/subscription.js';
import type { Language } from '../i18n/languages.js';
import type { AlertPause, AlertRuleStatus, AlertRulesModel } from '../view-models.js';
import { tenantOf, type Handler, type HandlerContext, type HandlerDeps } from './handler-context.js';
import type { StateStore } from '../store/state-store.js';
import type { Reply } from './reply.js';

type AlertHandler<N extends AlertCommand['name']> = Handler<Extract<AlertCommand, { name: N }>>;

/** Where and by whom a command was asked, when this front end knows (the terminal does not). */
type Asked = { readonly store: NonNullable<HandlerDeps['alerts']>['store']; readonly reference: ConversationRef; readonly conversation: string; readonly requestedBy: string };

/** `alert <figure> > <threshold>`: a new rule here, with the figure it reads now. */
export const handleAlertSet: AlertHandler<'alert-set'> = async (command, context, deps) => {
  if (deps.everyCustomer) return setForEveryCustomer(command, context, deps, deps.everyCustomer, (customer) => handleAlertSet(command, context, customer));
  const asked = askedIn(context, deps);
  if (!asked) return alertsNeedTeamsReply();
  const price = deps.licences?.price;
  if (command.kind === 'idle-spend' && !price) {
    return errorReply('ALERT_NO_PRICE', phrase('errorTitle.ALERT_NO_PRICE'), phrase('errorMessage.alertNoPrice'));
  }
  if (command.kind === 'idle-spend' && price && command.threshold.currency !== undefined && command.threshold.currency !== price.currency) {
    const fixed = formatAlertCommand({ ...command, threshold: { ...command.threshold, currency: price.currency } });
    return errorReply('ALERT_CURRENCY', phrase('errorTitle.ALERT_CURRENCY', { currency: price.currency }), phrase('errorMessage.alertCurrency', { currency: price.currency, asked: command.threshold.currency, fixed }));
  }
  const threshold = command.kind === 'idle-spend' && price ? { ...command.threshold, currency: price.currency } : command.threshold;
  const sku = command.sku === undefined ? undefined : await tenantSku(command.sku, deps);
  if (sku && 'unknown' in sku) {
    return errorReply('ALERT_UNKNOWN_SKU', phrase('errorTitle.ALERT_UNKNOWN_SKU', { sku: command.sku ?? '' }), phrase('errorMessage.alertUnknownSku', { skus: sku.unknown.join(', ') || 'none' }));
  }
  const period = command.period !== undefined ? { period: command.period } : {};
  const language = await alertLanguage(asked.reference, context, deps);
  const request = { reference: asked.reference, kind: command.kind, threshold, ...(sku ? { sku: sku.name } : {}), ...period, requestedBy: asked.requestedBy, language, ...(context.locale ? { locale: context.locale } : {}) };
  const added = await addRule(asked.store, request, deps.clock.now());
  const resumed = await resumeRules(asked.store, asked.conversation);
  if ('full' in added) return listReply(asked, context, deps, { event: 'full', resumed });
  const current = added.created ? await currentFigure(added.rule, asked, deps) : undefined;
  return listReply(asked, context, deps, { event: added.created ? 'set' : 'exists', changed: added.rule, resumed, ...(current ? { current } : {}) });
};

/** Sets every rule kept for all customers (`alert … @all`) in a customer just added, whose deps are `deps`; how many were set. */
export function setEveryCustomerRulesIn(rules: StateStore, deps: HandlerDeps): Promise<number> {
  return setEveryCustomerRules(rules, deps, handleAlertSet);
}

/** `alerts`: this conversation's rules, their state, last evaluation and figure. */
export const handleAlertList: AlertHandler<'alert-list'> = async (command, context, deps) => {
  if (deps.everyCustomer) return listForEveryCustomer(command, context, deps.everyCustomer, (customer) => handleAlertList(command, context, customer));
  const asked = askedIn(context, deps);
  if (!asked) return alertsNeedTeamsReply();
  return listReply(asked, context, deps, { event: 'list' });
};

/** `alert remove <n>`. */
export const handleAlertRemove: AlertHandler<'alert-remove'> = async (command, context, deps) => {
  if (deps.everyCustomer) return removeForEveryCustomer(command, context, deps.everyCustomer);
  const asked = askedIn(context, deps);
  if (!asked) return alertsNeedTeamsReply();
  const removed = await removeRule(asked.store, asked.conversation, command.number);
  const resumed = await resumeRules(asked.store, asked.conversation);
  if (!removed) return listReply(asked, context, deps, { event: 'not-found', asked: String(command.number), resumed });
  return listReply(asked, context, deps, { event: 'removed', resumed, ...(removed.rule ? { changed: removed.rule } : {}) });
};

/** `alert snooze <n> <duration>`: evaluated and recorded, nothing posted until then. */
export const handleAlertSnooze: AlertHandler<'alert-snooze'> = async (command, context, deps) => {
  const asked = askedIn(context, deps);
  if (!asked) return alertsNeedTeamsReply();
  const until = new Date(deps.clock.now() + command.hours * 3_600_000).toISOString();
  const snoozed = await snoozeRule(asked.store, asked.conversation, command.number, until);
  const resumed = await resumeRules(asked.store, asked.conversation);
  if (!snoozed) return listReply(asked, context, deps, { event: 'not-found', asked: String(command.number), resumed });
  return listReply(asked, context, deps, { event: 'snoozed', changed: snoozed, resumed });
};

/** `alert exclude <sku>` and `alert include <sku>`: the SKU left out of this conversation's Copilot seat rules, or counted again. */
export const handleAlertExclude: AlertHandler<'alert-exclude'> = (command, context, deps) => setExcluded(command.sku, true, context, deps);
export const handleAlertInclude: AlertHandler<'alert-include'> = (command, context, deps) => setExcluded(command.sku, false, context, deps);

async function setExcluded(typed: string, excluded: boolean, context: HandlerContext, deps: HandlerDeps): Promise<Reply> {
  const asked = askedIn(context, deps);
  if (!asked) return alertsNeedTeamsReply();
  // A SKU the tenant does not have (any more) can still be named, to count it again or to be ready for it.
  const found = await tenantSku(typed, deps);
  const sku = 'name' in found ? found.name : typed;
  await setSkuExcluded(asked.store, asked.reference, sku, excluded, context.locale);
  const resumed = await resumeRules(asked.store, asked.conversation);
  return listReply(asked, context, deps, { event: excluded ? 'excluded' : 'included', asked: sku, resumed });
}

/** `alert language <code>`: this conversation's alerts are posted in that language from now on. */
export const handleAlertLanguage: AlertHandler<'alert-language'> = async (command, context, deps) => {
  const asked = askedIn(context, deps);
  if (!asked) return alertsNeedTeamsReply();
  await setRulesLanguage(asked.store, asked.conversation, command.language);
  const resumed = await resumeRules(asked.store, asked.conversation);
  return listReply(asked, context, deps, { event: 'language', asked: command.language, resumed });
};

type Change = Pick<AlertRulesModel, 'event'> & { readonly changed?: AlertRule; readonly asked?: string; readonly resumed?: AlertPause; readonly current?: AlertRulesModel['current'] };

/** The alert-rules card: the change, then every rule of the conversation with its state. */
async function listReply(asked: Asked, context: HandlerContext, deps: HandlerDeps, change: Change): Promise<Reply> {
  const [{ rules }, conversation] = await Promise.all([listConversationRules(asked.store, asked.conversation), getAlertConversation(asked.store, asked.conversation)]);
  const now = deps.clock.now();
  const model: AlertRulesModel = {
    event: change.event,
    conversation: context.conversation,
    ...tenantOf(deps),
    ...(change.changed ? { changed: ruleModelOf(change.changed) } : {}),
    ...(change.asked !== undefined ? { asked: change.asked } : {}),
    ...(change.current ? { current: change.current } : {}),
    ...(change.resumed ? { resumed: change.resumed } : {}),
    rules: rules.map((rule) => statusOf(rule, now)),
    excludedSkus: conversation?.excludedSkus ?? [],
    maxRules: MAX_RULES_PER_CONVERSATION,
    actions: change.event === 'list' ? [] : [{ title: phrase('action.alerts'), command: 'alerts' }],
  };
  return { messages: [{ view: 'alert-rules', model }] };
}

/**
 * The tenant's SKU `typed` names (by part number or id, any case) as its part number; `unknown` with the
 * tenant's part numbers when it has none such; the text as typed when the licences cannot be read now.
 */
async function tenantSku(typed: string, deps: HandlerDeps): Promise<{ readonly name: string } | { readonly unknown: readonly string[] }> {
  const skus = await deps.reports.getSubscribedSkus().then(
    (read) => read.skus,
    () => undefined,
  );
  if (!skus) return { name: typed };
  const sku = skus.find((candidate) => isSkuNamed(candidate, typed));
  return sku ? { name: sku.skuPartNumber } : { unknown: skus.map((candidate) => candidate.skuPartNumber) };
}

/** The rule's figure now, read as an evaluation reads it; undefined when the data cannot be read just now. */
async function currentFigure(rule: AlertRule, asked: Asked, deps: HandlerDeps): Promise<AlertRulesModel['current'] | undefined> {
  const figures: AlertFigureDeps = { reports: deps.reports, clock: deps.clock, copilotApi: deps.copilotApi, licences: deps.licences ?? { extraSkuIds: [] } };
  try {
    const reading = await readAlertSource(alertKind(rule.kind).source, figures, periodOfRule(rule));
    const weekBefore = reading.source === 'copilot-adoption' ? await findAdoptionDay(asked.store, addDays(reading.date, -7)) : undefined;
    const conversation = await getAlertConversation(asked.store, asked.conversation);
    const measured = measureRule(rule, reading, { excludedSkus: conversation?.excludedSkus ?? [], licences: figures.licences, ...(weekBefore ? { weekBefore } : {}) });
    return 'unavailable' in measured ? { unavailable: measured.unavailable } : { figure: valueOf(rule, measured.figure), dataDate: reading.date };
  } catch (error) {
    deps.logger?.warn('alert figure not read for its reply', { kind: rule.kind, error: error instanceof Error ? error.name : typeof error });
    return undefined;
  }
}

/** A rule with where it stands at `now`. */
function statusOf(rule: AlertRule, now: number): AlertRuleStatus {
  const { state } = rule;
  const snoozed = state.snoozedUntil !== undefined && Date.parse(state.snoozedUntil) > now;
  const { dataDate, evaluatedAt } = state;
  const result = state.unavailable ? { unavailable: state.unavailable } : state.figure !== undefined ? { figure: valueOf(rule, state.figure) } : {};
  return {
    ...ruleModelOf(rule),
    language: ruleLanguage(rule),
    state: state.condition ?? 'new',
    ...(state.since !== undefined && state.condition !== undefined ? { since: state.since } : {}),
    ...(snoozed ? { snoozedUntil: state.snoozedUntil } : {}),
    ...(state.paused ? { paused: state.paused } : {}),
    ...(dataDate !== undefined && evaluatedAt !== undefined ? { lastEvaluation: { dataDate, at: evaluatedAt, ...result } } : {}),
    ...(state.lastPost ? { lastPost: { event: state.lastPost.event, outcome: state.lastPost.outcome, at: state.lastPost.at, ...(state.lastPost.reason !== undefined ? { reason: state.lastPost.reason } : {}) } } : {}),
  };
}

/** A new alert speaks the conversation's digest language, or else its setter's (the nearest to their locale, English otherwise). */
async function alertLanguage(reference: ConversationRef, context: HandlerContext, deps: HandlerDeps): Promise<Language> {
  const subscription = deps.digest ? await getSubscriptionOfConversation(deps.digest.store, reference.conversation.id) : undefined;
  return subscriptionLanguage(subscription ?? (context.locale !== undefined ? { locale: context.locale } : {}));
}

function askedIn(context: HandlerContext, deps: HandlerDeps): Asked | undefined {
  const { conversationRef: reference, requestedBy } = context;
  if (!deps.alerts || !reference || !requestedBy) return undefined;
  return { store: deps.alerts.store, reference, conversation: conversationKeyOf(reference.conversation.id), requestedBy };
}

function errorReply(code: string, title: Phrase, message: Phrase): Reply {
  return { messages: [{ view: 'error', model: { code, title, message, actions: [{ title: phrase('action.alerts'), command: 'alerts' }] } }] };
}

/** Asked where there is no conversation to post to (the terminal): alerts live in the bot. */
function alertsNeedTeamsReply(): Reply {
  return {
    messages: [
      {
        view: 'error',
        model: {
          code: 'ALERTS_UNAVAILABLE',
          title: phrase('errorTitle.ALERTS_UNAVAILABLE'),
          message: phrase('errorMessage.alertsUnavailable'),
          actions: [{ title: phrase('action.help'), command: 'help' }],
        },
      },
    ],
  };
}

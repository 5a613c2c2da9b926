/**
 * A conversation's alerts as a card: what the command just changed (a rule set, removed or snoozed, a
 * SKU left out or counted again), then each rule with its number, state (quiet, firing since, snoozed
 * until, paused because), its last evaluation and figure, and the SKUs left out here.
 */
import { titleWithDemoLabel } from './report-header.js';
import { isLanguage, LANGUAGE_NAMES } from '../i18n/languages.js';
import type { AlertPause, AlertRuleStatus, AlertRulesModel, ViewModels } from '../view-models.js';
import { describeAlertRule, describeUnavailable, formatAlertValue } from './alert-words.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** The card data for `model`, in the asker's language and locale. */
export function buildAlertRulesCard(model: ViewModels['alert-rules'], ctx: ViewContext): CardData['alert-rules'] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const place = model.conversation === 'channel' ? 'channel' : 'chat';
  const resumed = model.resumed ? `${t('alertRules.resumed', { date: ctx.format.date(model.resumed.at), refusal: refusal(model.resumed, ctx) })} ` : '';
  const notes = [
    model.excludedSkus.length > 0 ? t('alertRules.excludedNote', { skus: model.excludedSkus.join(', ') }) : '',
    model.rules.length > 0 ? t('alertRules.evaluatedNote') : '',
  ].filter((note) => note !== '');
  return {
    title: encode(titleWithDemoLabel(t('alertRules.title', { place }), [model], messages)),
    message: encode(`${resumed}${messageOf(model, place, ctx)}`),
    rules: model.rules.map((rule) => ({ heading: encode(t('alertRules.heading', { number: String(rule.number), rule: describeAlertRule(rule, ctx) })), facts: ruleFacts(rule, ctx) })),
    hasNote: notes.length > 0,
    note: encode(notes.join(' ')),
    actions: cardActions(model.actions, messages),
  };
}

function messageOf(model: AlertRulesModel, place: 'channel' | 'chat', ctx: ViewContext): string {
  const { format, messages: { t } } = ctx;
  const { changed } = model;
  const subject = t('alertRules.subject', changed ? { number: String(changed.number), rule: describeAlertRule(changed, ctx) } : { number: 'none', rule: '' });
  const sku = model.asked ?? 'none';
  switch (model.event) {
    case 'list':
      return model.rules.length === 0 ? t('alertRules.none', { place, forms: t('alertRules.forms') }) : t('alertRules.count', { count: model.rules.length, place });
    case 'set':
      return t('alertRules.set', { subject, now: currentOf(model, ctx) });
    case 'exists':
      return t('alertRules.exists', { subject, place });
    case 'removed':
      return t('alertRules.removed', { subject });
    case 'snoozed': {
      const until = model.rules.find((status) => status.number === changed?.number)?.snoozedUntil;
      return t('alertRules.snoozed', { subject, until: until !== undefined ? format.dateTime(until) : 'none' });
    }
    case 'excluded':
      return t('alertRules.excluded', { sku, place });
    case 'included':
      return t('alertRules.included', { sku, place });
    case 'not-found':
      return t('alertRules.notFound', { number: model.asked ?? '', place });
    case 'full':
      return t('alertRules.full', { place, max: model.maxRules });
    case 'language':
      return t('alertRules.languageSet', { place, language: isLanguage(model.asked) ? LANGUAGE_NAMES[model.asked] : (model.asked ?? '') });
  }
}

/** "Now: 128 with the data of Dec 4, 2026 (above the threshold). " */
function currentOf(model: AlertRulesModel, ctx: ViewContext): string {
  const { format, messages: { t } } = ctx;
  const current = model.current;
  if (!current || !model.changed) return '';
  if ('unavailable' in current) return `${describeUnavailable(current.unavailable, ctx)} `;
  const above = current.figure.amount > model.changed.threshold.amount ? 'yes' : 'no';
  return `${t('alertRules.now', { value: formatAlertValue(current.figure, ctx), date: format.date(current.dataDate), above })} `;
}

function ruleFacts(rule: AlertRuleStatus, ctx: ViewContext) {
  const { format, encode, messages: { t } } = ctx;
  const facts: { title: string; value: string }[] = [
    { title: t('alertRules.state'), value: stateOf(rule, ctx) },
    { title: t('alertRules.languageTitle'), value: LANGUAGE_NAMES[rule.language] },
  ];
  if (rule.snoozedUntil !== undefined) facts.push({ title: t('alertRules.snoozedTitle'), value: t('alertRules.snoozedValue', { until: format.dateTime(rule.snoozedUntil) }) });
  if (rule.paused) facts.push({ title: t('alertRules.pausedTitle'), value: t('alertRules.pausedValue', { date: format.date(rule.paused.at), refusal: refusal(rule.paused, ctx) }) });
  const last = rule.lastEvaluation;
  if (last) {
    facts.push({ title: t('alertRules.figure'), value: last.figure ? formatAlertValue(last.figure, ctx) : last.unavailable ? describeUnavailable(last.unavailable, ctx) : '–' });
    facts.push({ title: t('alertRules.lastEvaluated'), value: t('alertRules.lastEvaluatedValue', { date: format.date(last.dataDate), at: format.dateTime(last.at) }) });
  }
  if (rule.lastPost && rule.lastPost.outcome !== 'posted') {
    facts.push({ title: t('alertRules.notPosted'), value: t('alertRules.notPostedValue', { event: rule.lastPost.event, reason: rule.lastPost.reason ?? 'none' }) });
  }
  return facts.map(({ title, value }) => ({ title: encode(title), value: encode(value) }));
}

function stateOf(rule: AlertRuleStatus, { format, messages: { t } }: ViewContext): string {
  if (rule.state === 'new') return t('alertRules.stateNew');
  if (rule.state === 'firing') return t('alertRules.stateFiring', { since: rule.since !== undefined ? format.date(rule.since) : 'none' });
  return t('alertRules.stateQuiet');
}

function refusal(pause: Pick<AlertPause, 'status'>, { messages: { t } }: ViewContext): string {
  return t('alertRules.refusal', { status: pause.status !== undefined ? String(pause.status) : 'none' });
}

/**
 * The alert card: what crossed its threshold, by how much, since when, what the figure is made of and
 * how it moved over the last weeks, with buttons to the list behind it (privately where it names
 * people) and its CSV. A rule that goes back gets one short message on the same template. Both lead with
 * "Demo data" when the figure is the emulator's. Aggregates only.
 */
import type { Audience } from '../i18n/audience.js';
import type { MessageActivity } from '../teams-message.js';
import type { AlertModel } from '../view-models.js';
import { alertFigureName, formatAlertValue } from './alert-words.js';
import { cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import { describePeriod, periodIn } from './describe-period.js';
import { adoptionLabel, idleFacts, idleSpendText, inactiveText, POPULATION, seatFacts, shareText, unpricedFacts } from './figure-text.js';
import { renderCard } from './render-card.js';
import { titleWithDemoLabel } from './report-header.js';
import { cardViewContext, type ViewContext } from './view-context.js';

/** The alert as a message to post, for `audience` (the rule's language; en-US formats when its locale is missing or invalid); its summary shows in notifications. */
export function renderAlertMessage(model: AlertModel, audience: Audience): MessageActivity {
  const ctx = cardViewContext(audience);
  const { messages } = ctx;
  const values = { number: String(model.rule.number), figure: alertFigureName(model.rule, messages), value: formatAlertValue(model.figure, ctx) };
  const summary = titleWithDemoLabel(messages.t(model.event === 'fired' ? 'alert.firedSummary' : 'alert.resolvedSummary', values), [model], messages);
  return { type: 'message', summary, attachments: [renderCard('alert', buildAlertCard(model, ctx))] };
}

/** The alert card's data for `model`. */
export function buildAlertCard(model: AlertModel, ctx: ViewContext): CardData['alert'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const { rule } = model;
  const number = String(rule.number);
  const name = alertFigureName(rule, messages);
  const figure = formatAlertValue(model.figure, ctx);
  const threshold = formatAlertValue(rule.threshold, ctx);
  const actions = cardActions(model.actions, messages);
  if (model.event === 'resolved') {
    return {
      title: encode(titleWithDemoLabel(t('alert.resolvedTitle', { number, figure: name }), [model], messages)),
      message: encode(t('alert.resolvedMessage', { figure: name, value: figure, date: format.date(model.dataDate), threshold })),
      hasFacts: false,
      facts: [],
      hasTrend: false,
      trendTitle: encode(''),
      trendFacts: [],
      hasNote: false,
      note: encode(''),
      actions,
    };
  }
  const over = formatAlertValue({ ...model.figure, amount: Math.abs(model.figure.amount - rule.threshold.amount) }, ctx);
  const excluded = model.excludedSkus.length > 0 ? t('alert.excludedNote', { skus: model.excludedSkus.join(', ') }) : '';
  return {
    title: encode(titleWithDemoLabel(t('alert.firedTitle', { number, figure: name, threshold }), [model], messages)),
    message: encode(t('alert.firedMessage', { figure: name, value: figure, over, threshold, since: format.date(model.since) })),
    hasFacts: true,
    facts: [...breakdownFacts(model, ctx), { title: encode(t('alert.dataAsOf')), value: encode(format.date(model.dataDate)) }],
    hasTrend: model.trend.length > 1,
    trendTitle: encode(t('alert.trendTitle', { figure: name })),
    trendFacts: model.trend.map((point) => ({ title: encode(format.weekdayDate(point.date)), value: encode(formatAlertValue({ ...model.figure, amount: point.amount }, ctx)) })),
    hasNote: excluded !== '',
    note: encode(excluded),
    actions,
  };
}

/** What the figure is made of, in the words the licence card and the digest use for the same figures. */
function breakdownFacts({ breakdown, rule }: AlertModel, ctx: ViewContext): Fact[] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const fact = (title: string, value: string): Fact => ({ title: encode(title), value: encode(value) });
  switch (breakdown.kind) {
    case 'idle-seats':
      return [...idleFacts(breakdown, ctx), fact(t(POPULATION.purchasedSeats), format.number(breakdown.purchased))];
    case 'idle-spend':
      return [...idleFacts(breakdown, ctx), ...unpricedFacts(breakdown.spend, ctx)];
    case 'unassigned': {
      const names = breakdown.skus.map((sku) => `${sku.productName} (${sku.skuPartNumber})`).join(', ');
      return [...seatFacts(breakdown.seats, t(POPULATION.purchasedSeats), ctx), fact(t('alert.skus', { count: rule.sku !== undefined ? 'one' : 'all' }), names || t('alert.noSkus'))];
    }
    case 'adoption-drop': {
      const { weekBefore } = breakdown;
      const adoption = adoptionLabel(breakdown.period, ctx);
      return [
        fact(adoption, shareText(breakdown.active, breakdown.enabled, ctx)),
        fact(t('alert.weekBefore', { adoption, date: format.date(weekBefore.date) }), shareText(weekBefore.active, weekBefore.enabled, ctx)),
      ];
    }
    case 'inactive-users': {
      const users = fact(t('alert.inactiveUsersTitle'), t('alert.inactiveUsersValue', { users: breakdown.users, period: periodIn(breakdown.period, messages) }));
      if (breakdown.monthlyCost === undefined || breakdown.currency === undefined) return [users];
      return [users, fact(t('alert.licenceCostTitle'), idleSpendText({ monthly: breakdown.monthlyCost, currency: breakdown.currency }, ctx))];
    }
    case 'never-used': {
      const { usage } = breakdown;
      return [
        fact(t(POPULATION.enabledUsers), format.number(usage.enabled)),
        fact(t('figure.inactiveIn', { period: describePeriod(usage.period, messages) }), inactiveText(usage.inactive, usage.neverActive, usage.enabled, ctx)),
      ];
    }
  }
}

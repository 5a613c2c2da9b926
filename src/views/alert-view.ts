/**
 * The alert card: what crossed its threshold, by how much, since when, what the figure is made of and
 * how it moved over the last weeks, with buttons to the list behind it (privately where it names
 * people) and its CSV. A rule that goes back gets one short message on the same template. Both lead with
 * "Demo data" when the figure is the emulator's. Aggregates only.
 */
import type { MessageActivity } from '../teams-message.js';
import type { AlertModel } from '../view-models.js';
import { alertFigureName, formatAlertValue } from './alert-words.js';
import { cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import { yearlyOf } from '../reports/figures.js';
import { adoptionLabel, idleFacts, inactiveText, POPULATION, seatFacts, shareText, unpricedFacts } from './figure-text.js';
import { renderCard } from './render-card.js';
import { titleWithDemoLabel } from './report-header.js';
import { cardViewContext, type ViewContext } from './view-context.js';

/** The alert as a message to post, in `locale` (en-US when missing or invalid); its summary shows in notifications. */
export function renderAlertMessage(model: AlertModel, locale: string | undefined): MessageActivity {
  const ctx = cardViewContext(locale);
  const name = alertFigureName(model.rule);
  const figure = formatAlertValue(model.figure, ctx.format);
  const summary = titleWithDemoLabel(model.event === 'fired' ? `Alert ${model.rule.number}: ${name} at ${figure}` : `Alert ${model.rule.number} resolved: ${name} at ${figure}`, [model]);
  return { type: 'message', summary, attachments: [renderCard('alert', buildAlertCard(model, ctx))] };
}

/** The alert card's data for `model`. */
export function buildAlertCard(model: AlertModel, ctx: ViewContext): CardData['alert'] {
  const { format, encode } = ctx;
  const { rule } = model;
  const name = alertFigureName(rule);
  const figure = formatAlertValue(model.figure, format);
  const threshold = formatAlertValue(rule.threshold, format);
  const actions = cardActions(model.actions);
  if (model.event === 'resolved') {
    return {
      title: encode(titleWithDemoLabel(`✓ Alert ${rule.number} resolved · ${name}`, [model])),
      message: encode(`${name}: ${figure} with the data of ${format.date(model.dataDate)}, back at or under the threshold of ${threshold}.`),
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
  const over = formatAlertValue({ ...model.figure, amount: Math.abs(model.figure.amount - rule.threshold.amount) }, format);
  const excluded = model.excludedSkus.length > 0 ? `Left out here: ${model.excludedSkus.join(', ')} ("alert include <SKU>" counts one again). ` : '';
  return {
    title: encode(titleWithDemoLabel(`🔔 Alert ${rule.number} · ${name} above ${threshold}`, [model])),
    message: encode(`${name}: ${figure}, ${over} above the threshold of ${threshold}, since the data of ${format.date(model.since)}.`),
    hasFacts: true,
    facts: [...breakdownFacts(model, ctx), { title: encode('Data as of'), value: encode(format.date(model.dataDate)) }],
    hasTrend: model.trend.length > 1,
    trendTitle: encode(`${name}, at the bot's evaluations`),
    trendFacts: model.trend.map((point) => ({ title: encode(format.weekdayDate(point.date)), value: encode(formatAlertValue({ ...model.figure, amount: point.amount }, format)) })),
    hasNote: excluded !== '',
    note: encode(excluded.trim()),
    actions,
  };
}

/** What the figure is made of, in the words the licence card and the digest use for the same figures. */
function breakdownFacts({ breakdown, rule }: AlertModel, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const fact = (title: string, value: string): Fact => ({ title: encode(title), value: encode(value) });
  switch (breakdown.kind) {
    case 'idle-seats':
      return [...idleFacts(breakdown, ctx), fact(POPULATION.purchasedSeats, format.number(breakdown.purchased))];
    case 'idle-spend':
      return [...idleFacts(breakdown, ctx), ...unpricedFacts(breakdown.spend, ctx)];
    case 'unassigned': {
      const names = breakdown.skus.map((sku) => `${sku.productName} (${sku.skuPartNumber})`).join(', ');
      return [...seatFacts(breakdown.seats, POPULATION.purchasedSeats, ctx), fact(rule.sku !== undefined ? 'SKU' : 'Copilot SKUs counted', names || 'none')];
    }
    case 'adoption-drop': {
      const { weekBefore } = breakdown;
      return [
        fact(adoptionLabel(breakdown.period), shareText(breakdown.active, breakdown.enabled, format)),
        fact(`${adoptionLabel(breakdown.period)} to ${format.date(weekBefore.date)}`, shareText(weekBefore.active, weekBefore.enabled, format)),
      ];
    }
    case 'inactive-users': {
      const users = fact('Paid licence, no activity', `${format.number(breakdown.users)} users, no activity in any workload in the ${describePeriod(breakdown.period)}`);
      if (breakdown.monthlyCost === undefined || breakdown.currency === undefined) return [users];
      const money = (amount: number) => formatMoney(amount, breakdown.currency!, format.locale);
      return [users, fact('Their licences cost', `${money(breakdown.monthlyCost)} a month · ${money(yearlyOf(breakdown.monthlyCost))} a year`)];
    }
    case 'never-used': {
      const { usage } = breakdown;
      return [
        fact(POPULATION.enabledUsers, format.number(usage.enabled)),
        fact(`Inactive · ${describePeriod(usage.period)}`, inactiveText(usage.inactive, usage.neverActive, usage.enabled, format)),
      ];
    }
  }
}

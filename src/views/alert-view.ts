/**
 * The alert card: what crossed its threshold, by how much, since when, what the figure is made of and
 * how it moved over the last weeks, with buttons to the list behind it (privately where it names
 * people) and its CSV. A rule that goes back gets one short message on the same template. Aggregates only.
 */
import type { MessageActivity } from '../teams-message.js';
import type { AlertModel } from '../view-models.js';
import { alertFigureName, formatAlertValue } from './alert-words.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { describePeriod } from './describe-period.js';
import type { ValueFormat } from './format-values.js';
import { renderCard } from './render-card.js';
import { cardViewContext, type ViewContext } from './view-context.js';

/** The alert as a message to post, in `locale` (en-US when missing or invalid); its summary shows in notifications. */
export function renderAlertMessage(model: AlertModel, locale: string | undefined): MessageActivity {
  const ctx = cardViewContext(locale);
  const name = alertFigureName(model.rule);
  const figure = formatAlertValue(model.figure, ctx.format);
  const summary = model.event === 'fired' ? `Alert ${model.rule.number}: ${name} at ${figure}` : `Alert ${model.rule.number} resolved: ${name} at ${figure}`;
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
      title: encode(`✓ Alert ${rule.number} resolved · ${name}`),
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
    title: encode(`🔔 Alert ${rule.number} · ${name} above ${threshold}`),
    message: encode(`${name}: ${figure}, ${over} above the threshold of ${threshold}, since the data of ${format.date(model.since)}.`),
    hasFacts: true,
    facts: [...breakdownFacts(model, format), { title: 'Data as of', value: format.date(model.dataDate) }].map(({ title, value }) => ({ title: encode(title), value: encode(value) })),
    hasTrend: model.trend.length > 1,
    trendTitle: encode(`${name}, at the bot's evaluations`),
    trendFacts: model.trend.map((point) => ({ title: encode(format.weekdayDate(point.date)), value: encode(formatAlertValue({ ...model.figure, amount: point.amount }, format)) })),
    hasNote: excluded !== '',
    note: encode(excluded.trim()),
    actions,
  };
}

type RawFact = { readonly title: string; readonly value: string };

/** What the figure is made of, in the card's words. */
function breakdownFacts({ breakdown, figure, rule }: AlertModel, format: ValueFormat): RawFact[] {
  const count = (value: number) => format.number(value);
  switch (breakdown.kind) {
    case 'idle-seats':
      return [
        { title: 'Unassigned', value: count(breakdown.unassigned) },
        { title: `Assigned, no Copilot activity in the ${describePeriod(breakdown.period)}`, value: count(breakdown.inactive) },
        { title: 'Idle seats', value: count(breakdown.unassigned + breakdown.inactive) },
        { title: 'Seats bought', value: count(breakdown.purchased) },
      ];
    case 'unassigned':
      return [
        { title: 'Seats bought (enabled)', value: count(breakdown.purchased) },
        { title: 'Assigned', value: count(breakdown.assigned) },
        { title: rule.sku !== undefined ? 'SKU' : 'Copilot SKUs counted', value: breakdown.skus.join(', ') || 'none' },
      ];
    case 'idle-spend':
      return [
        { title: 'Unassigned seats', value: count(breakdown.unassigned) },
        { title: `Assigned seats with no Copilot activity in the ${describePeriod(breakdown.period)}`, value: count(breakdown.inactive) },
        { title: 'A year at this rate', value: formatAlertValue({ ...figure, amount: figure.amount * 12 }, format) },
        ...(breakdown.unpricedSkus.length > 0 ? [{ title: 'Not priced, left out', value: breakdown.unpricedSkus.join(', ') }] : []),
      ];
    case 'adoption-drop':
      return [
        { title: 'Active rate, last 7 days', value: `${format.percent(breakdown.rate)} · ${count(breakdown.active)} of ${count(breakdown.enabled)}` },
        { title: `Active rate, 7 days to ${format.date(breakdown.weekBefore)}`, value: format.percent(breakdown.weekBeforeRate) },
      ];
    case 'never-used':
      return [
        { title: 'Never used Copilot', value: count(figure.amount) },
        { title: 'Assigned seats the report lists', value: count(breakdown.reported) },
      ];
  }
}

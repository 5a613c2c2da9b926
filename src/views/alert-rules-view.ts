/**
 * A conversation's alerts as a card: what the command just changed (a rule set, removed or snoozed, a
 * SKU left out or counted again), then each rule with its number, state (quiet, firing since, snoozed
 * until, paused because), its last evaluation and figure, and the SKUs left out here.
 */
import { titleWithDemoLabel } from './report-header.js';
import type { AlertRuleStatus, AlertRulesModel, ViewModels } from '../view-models.js';
import { describeAlertRule, describeUnavailable, formatAlertValue } from './alert-words.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

const FORMS =
  'Set one with "alert idle-seats > 100" (or "> 10%"), "alert unassigned > 50 [SKU]", "alert idle-spend > 5000 USD", ' +
  '"alert adoption drop > 10" or "alert never-used > 20".';

/** The card data for `model`, in the asker's locale. */
export function buildAlertRulesCard(model: ViewModels['alert-rules'], ctx: ViewContext): CardData['alert-rules'] {
  const { encode } = ctx;
  const place = model.conversation === 'channel' ? 'this channel' : 'this chat';
  const resumed = model.resumed
    ? `Alerts here were paused since ${ctx.format.date(model.resumed.at)}: ${refusal(model.resumed.status)} when the bot posted here. They post again from now. `
    : '';
  const notes = [
    model.excludedSkus.length > 0 ? `Left out of the Copilot seat alerts here: ${model.excludedSkus.join(', ')}.` : '',
    model.rules.length > 0 ? 'Each alert is evaluated once each time Microsoft refreshes its data; it posts when its figure crosses the threshold, and once when it goes back.' : '',
  ].filter((note) => note !== '');
  return {
    title: encode(titleWithDemoLabel(`Alerts in ${place}`, [model])),
    message: encode(`${resumed}${messageOf(model, place, ctx)}`),
    rules: model.rules.map((rule) => ({ heading: encode(`Alert ${rule.number} · ${describeAlertRule(rule, ctx.format)}`), facts: ruleFacts(rule, ctx) })),
    hasNote: notes.length > 0,
    note: encode(notes.join(' ')),
    actions: cardActions(model.actions),
  };
}

function messageOf(model: AlertRulesModel, place: string, ctx: ViewContext): string {
  const { format } = ctx;
  const rule = model.changed ? `Alert ${model.changed.number} (${describeAlertRule(model.changed, format)})` : 'The alert';
  switch (model.event) {
    case 'list':
      return model.rules.length === 0 ? `No alerts are set in ${place}. ${FORMS}` : `${count(model.rules.length, 'alert')} in ${place}:`;
    case 'set':
      return `${rule} is set. ${currentOf(model, ctx)}It is evaluated within minutes, then at each refresh of Microsoft's data.`;
    case 'exists':
      return `${rule} already watches this in ${place}.`;
    case 'removed':
      return `${rule} is removed.`;
    case 'snoozed': {
      const until = model.rules.find((status) => status.number === model.changed?.number)?.snoozedUntil;
      return `${rule} is snoozed${until !== undefined ? ` until ${format.dateTime(until)}` : ''}: it is evaluated and recorded, and posts nothing until then.`;
    }
    case 'excluded':
      return `${model.asked ?? 'The SKU'} is left out of the Copilot seat alerts in ${place} (idle seats, unassigned Copilot seats, idle spend, never used).`;
    case 'included':
      return `${model.asked ?? 'The SKU'} is counted again by the Copilot seat alerts in ${place}.`;
    case 'not-found':
      return `There is no alert ${model.asked ?? ''} in ${place}: "alerts" lists them with their numbers.`;
    case 'full':
      return `${capitalize(place)} has ${model.maxRules} alerts, the most it keeps: remove one first ("alert remove <n>").`;
  }
}

/** "Now: 128 with the data of Dec 4, 2026 (above the threshold)." */
function currentOf(model: AlertRulesModel, { format }: ViewContext): string {
  const current = model.current;
  if (!current || !model.changed) return '';
  if ('unavailable' in current) return `${describeUnavailable(current.unavailable, format)} `;
  const above = current.figure.amount > model.changed.threshold.amount;
  return `Now: ${formatAlertValue(current.figure, format)} with the data of ${format.date(current.dataDate)}${above ? ', above the threshold: it posts its card at the first evaluation' : ''}. `;
}

function ruleFacts(rule: AlertRuleStatus, { format, encode }: ViewContext) {
  const facts: { title: string; value: string }[] = [{ title: 'State', value: stateOf(rule, format) }];
  if (rule.snoozedUntil !== undefined) facts.push({ title: 'Snoozed', value: `until ${format.dateTime(rule.snoozedUntil)}: recorded, not posted` });
  if (rule.paused) {
    facts.push({ title: 'Paused', value: `since ${format.date(rule.paused.at)}: ${refusal(rule.paused.status)} when the bot posted here; set, snooze or remove an alert here to resume` });
  }
  const last = rule.lastEvaluation;
  if (last) {
    facts.push({ title: 'Figure', value: last.figure ? formatAlertValue(last.figure, format) : last.unavailable ? describeUnavailable(last.unavailable, format) : '–' });
    facts.push({ title: 'Last evaluated', value: `data of ${format.date(last.dataDate)} · ${format.dateTime(last.at)}` });
  }
  if (rule.lastPost && rule.lastPost.outcome !== 'posted') {
    const what = rule.lastPost.event === 'fired' ? 'The alert card' : 'The resolution';
    facts.push({ title: 'Not posted', value: `${what} could not be posted (${rule.lastPost.reason ?? 'no reason given'}); it is tried again at the next evaluation.` });
  }
  return facts.map(({ title, value }) => ({ title: encode(title), value: encode(value) }));
}

function stateOf(rule: AlertRuleStatus, format: ViewContext['format']): string {
  if (rule.state === 'new') return 'New: evaluated within minutes';
  if (rule.state === 'firing') return `Firing since the data of ${rule.since !== undefined ? format.date(rule.since) : 'the last evaluation'}`;
  return 'Quiet';
}

function refusal(status: number | undefined): string {
  return status !== undefined ? `Teams answered ${status}` : 'Teams refused the post';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

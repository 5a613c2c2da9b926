/**
 * The card after an alert command for every customer tenant (`@all`): the rule, then one line per
 * customer saying how it went there (set with its number and current figure, already there, at the
 * limit, or refused and why), or, for `alerts @all`, how many alerts each customer has here and how many fire.
 * Every message is a function or constant of its own, so a catalog can take them over one by one.
 */
import type { AlertTenantRow, ViewModels } from '../view-models.js';
import { describeAlertRule, describeUnavailable, formatAlertValue } from './alert-words.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';

const MESSAGES = {
  setTitle: () => 'Alert set for every customer',
  listTitle: () => 'Alerts here for every customer',
  setSummary: (rule: string, place: string) => `${rule}: each customer's alert posts in ${place}, naming the customer, when its figure crosses the threshold, and once when it goes back.`,
  listSummary: (place: string) => `The alerts each customer has in ${place}. "alerts @name" lists one customer's; "alert remove <n> @name" removes one.`,
  noCustomers: () => 'The bot serves no customer tenant yet. Add one with: tenant add <tenant id> as <name>.',
  setNote: () => 'Customers added later are not included: set the alert again with @all once they are added.',
  listNote: () => 'Each customer\'s alerts are evaluated on that customer\'s figures alone.',
  set: (number: string) => `alert ${number} set`,
  setNow: (number: string, figure: string, date: string) => `alert ${number} set · now ${figure} (data of ${date})`,
  setUnavailable: (number: string, why: string) => `alert ${number} set · ${why}`,
  exists: (number: string) => `already watched by alert ${number}`,
  full: (max: string) => `not set: this conversation has the most alerts it keeps for this customer (${max})`,
  refused: (reason: string) => `not set: ${reason}`,
  rules: (count: string, firing: string) => `${count} alerts, ${firing} firing`,
  oneRule: (firing: string) => `1 alert, ${firing} firing`,
  noRules: () => 'no alerts',
  channel: () => 'this channel',
  chat: () => 'this chat',
} as const;

/** The card data for `model`. */
export function buildAlertTenantsCard(model: ViewModels['alert-tenants'], { format, encode }: ViewContext): CardData['alert-tenants'] {
  const place = model.conversation === 'channel' ? MESSAGES.channel() : MESSAGES.chat();
  const summary =
    model.rows.length === 0 ? MESSAGES.noCustomers() : model.event === 'set' && model.rule ? MESSAGES.setSummary(describeAlertRule(model.rule, format), place) : MESSAGES.listSummary(place);
  return {
    title: encode(model.event === 'set' ? MESSAGES.setTitle() : MESSAGES.listTitle()),
    summary: encode(summary),
    hasRows: model.rows.length > 0,
    rows: model.rows.map((row) => ({ title: encode(row.tenant), value: encode(describeRow(row, format)) })),
    note: encode(model.event === 'set' ? MESSAGES.setNote() : MESSAGES.listNote()),
    actions: cardActions(model.actions),
  };
}

function describeRow(row: AlertTenantRow, format: ValueFormat): string {
  switch (row.outcome) {
    case 'set': {
      const number = format.number(row.number);
      if (!row.current) return MESSAGES.set(number);
      if ('unavailable' in row.current) return MESSAGES.setUnavailable(number, describeUnavailable(row.current.unavailable, format));
      return MESSAGES.setNow(number, formatAlertValue(row.current.figure, format), format.date(row.current.dataDate));
    }
    case 'exists':
      return MESSAGES.exists(format.number(row.number));
    case 'full':
      return MESSAGES.full(format.number(row.maxRules));
    case 'refused':
      return MESSAGES.refused(row.reason);
    case 'rules':
      if (row.rules === 0) return MESSAGES.noRules();
      return row.rules === 1 ? MESSAGES.oneRule(format.number(row.firing)) : MESSAGES.rules(format.number(row.rules), format.number(row.firing));
  }
}

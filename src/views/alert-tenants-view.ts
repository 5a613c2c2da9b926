/**
 * The card after an alert command for every customer tenant (`@all`): the rule, then one line per
 * customer saying how it went there (set with its number and current figure, already there, at the
 * limit, refused and why, removed), or, for `alerts @all`, the rules kept for every customer here and how
 * many alerts each customer has here and how many fire.
 * Every message is a function or constant of its own, so a catalog can take them over one by one.
 */
import type { AlertRuleModel, AlertTenantRow, ViewModels } from '../view-models.js';
import { describeAlertRule, describeUnavailable, formatAlertValue } from './alert-words.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';

/** Customers listed on the card; the rest are counted. */
const MAX_SHOWN_CUSTOMERS = 60;

const MESSAGES = {
  setTitle: () => 'Alert set for every customer',
  listTitle: () => 'Alerts here for every customer',
  removedTitle: () => 'Alert removed from every customer',
  notFoundTitle: () => 'No such alert for every customer',
  setSummary: (number: string, rule: string, place: string) =>
    `Alert ${number} for every customer: ${rule}. Each customer's alert posts in ${place}, naming the customer, when its figure crosses the threshold, and once when it goes back.`,
  setSummaryUnkept: (rule: string, place: string) => `${rule}: each customer's alert posts in ${place}, naming the customer, when its figure crosses the threshold, and once when it goes back.`,
  listSummary: (place: string) => `The alerts each customer has in ${place}. "alerts @name" lists one customer's; "alert remove <n> @name" removes one.`,
  keptRules: (rules: string) => `Set here for every customer, customers added later included: ${rules}. "alert remove <n> @all" removes one from every customer.`,
  keptRule: (number: string, rule: string) => `${number} (${rule})`,
  removedSummary: (number: string, rule: string) => `Alert ${number} for every customer (${rule}) is removed here, with each customer's alert set by it; customers added later no longer get it.`,
  notFoundSummary: (number: string) => `This conversation has no alert ${number} set for every customer: "alerts @all" lists them with their numbers.`,
  noCustomers: () => 'The bot serves no customer tenant yet. Add one with: tenant add <tenant id> as <name>.',
  setNote: () => 'Customers added later get this alert too, when they are added.',
  listNote: () => "Each customer's alerts are evaluated on that customer's figures alone.",
  set: (number: string) => `alert ${number} set`,
  setNow: (number: string, figure: string, date: string) => `alert ${number} set · now ${figure} (data of ${date})`,
  setUnavailable: (number: string, why: string) => `alert ${number} set · ${why}`,
  exists: (number: string) => `already watched by alert ${number}`,
  full: (max: string) => `not set: this conversation has the most alerts it keeps for this customer (${max})`,
  refused: (reason: string) => `not set: ${reason}`,
  removed: (number: string) => `alert ${number} removed`,
  absent: () => 'had no such alert here',
  more: (count: string) => `And ${count} more customers: "alerts @name" shows one customer's alerts here.`,
  rules: (count: string, firing: string) => `${count} alerts, ${firing} firing`,
  oneRule: (firing: string) => `1 alert, ${firing} firing`,
  noRules: () => 'no alerts',
  channel: () => 'this channel',
  chat: () => 'this chat',
} as const;

/** The card data for `model`. */
export function buildAlertTenantsCard(model: ViewModels['alert-tenants'], { format, encode }: ViewContext): CardData['alert-tenants'] {
  const rows = model.event === 'not-found' ? [] : model.rows;
  // A line per customer, up to what a card holds well below Teams' limit, whatever the number of customers.
  const shown = rows.slice(0, MAX_SHOWN_CUSTOMERS);
  const more = rows.length > shown.length ? [MESSAGES.more(format.number(rows.length - shown.length))] : [];
  const note = model.event === 'set' ? [MESSAGES.setNote()] : model.event === 'list' ? [MESSAGES.listNote()] : [];
  return {
    title: encode(titleOf(model)),
    summary: encode(summaryOf(model, format)),
    hasRows: shown.length > 0,
    rows: shown.map((row) => ({ title: encode(row.tenant), value: encode(describeRow(row, format)) })),
    note: encode([...more, ...note].join(' ')),
    actions: cardActions(model.actions),
  };
}

function titleOf(model: ViewModels['alert-tenants']): string {
  switch (model.event) {
    case 'set':
      return MESSAGES.setTitle();
    case 'list':
      return MESSAGES.listTitle();
    case 'removed':
      return MESSAGES.removedTitle();
    case 'not-found':
      return MESSAGES.notFoundTitle();
  }
}

function summaryOf(model: ViewModels['alert-tenants'], format: ValueFormat): string {
  const place = model.conversation === 'channel' ? MESSAGES.channel() : MESSAGES.chat();
  const number = format.number(model.number ?? 0);
  const rule = model.rule ? describeAlertRule(model.rule, format) : '';
  if (model.event === 'not-found') return MESSAGES.notFoundSummary(number);
  if (model.rows.length === 0) return MESSAGES.noCustomers();
  switch (model.event) {
    case 'set':
      return model.number !== undefined ? MESSAGES.setSummary(number, rule, place) : MESSAGES.setSummaryUnkept(rule, place);
    case 'removed':
      return MESSAGES.removedSummary(number, rule);
    case 'list':
      return [MESSAGES.listSummary(place), ...(model.rules && model.rules.length > 0 ? [MESSAGES.keptRules(keptRules(model.rules, format))] : [])].join(' ');
  }
}

function keptRules(rules: readonly AlertRuleModel[], format: ValueFormat): string {
  return rules.map((rule) => MESSAGES.keptRule(format.number(rule.number), describeAlertRule(rule, format))).join(', ');
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
    case 'removed':
      return MESSAGES.removed(format.number(row.number));
    case 'absent':
      return MESSAGES.absent();
    case 'rules':
      if (row.rules === 0) return MESSAGES.noRules();
      return row.rules === 1 ? MESSAGES.oneRule(format.number(row.firing)) : MESSAGES.rules(format.number(row.rules), format.number(row.firing));
  }
}

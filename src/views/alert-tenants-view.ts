/**
 * The card after an alert command for every customer tenant (`@all`): the rule, then one line per
 * customer saying how it went there (set with its number and current figure, already there, at the
 * limit, refused and why, removed), or, for `alerts @all`, the rules kept for every customer here and how
 * many alerts each customer has here and how many fire. In the reader's language; customer names are data.
 */
import type { AlertRuleModel, AlertTenantRow, ViewModels } from '../view-models.js';
import { describeAlertRule, describeUnavailable, formatAlertValue } from './alert-words.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** Customers listed on the card; the rest are counted. */
const MAX_SHOWN_CUSTOMERS = 60;

/** The card data for `model`. */
export function buildAlertTenantsCard(model: ViewModels['alert-tenants'], ctx: ViewContext): CardData['alert-tenants'] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const rows = model.event === 'not-found' ? [] : model.rows;
  // A line per customer, up to what a card holds well below Teams' limit, whatever the number of customers.
  const shown = rows.slice(0, MAX_SHOWN_CUSTOMERS);
  const more = rows.length > shown.length ? [t('alertTenants.more', { count: rows.length - shown.length })] : [];
  const note = model.event === 'set' ? [t('alertTenants.setNote')] : model.event === 'list' ? [t('alertTenants.listNote')] : [];
  return {
    title: encode(t('alertTenants.title', { event: model.event })),
    summary: encode(summaryOf(model, ctx)),
    hasRows: shown.length > 0,
    rows: shown.map((row) => ({ title: encode(row.tenant), value: encode(describeRow(row, ctx)) })),
    note: encode([...more, ...note].join(' ')),
    actions: cardActions(model.actions, messages),
  };
}

function summaryOf(model: ViewModels['alert-tenants'], ctx: ViewContext): string {
  const { t } = ctx.messages;
  const place = model.conversation === 'channel' ? 'channel' : 'chat';
  const number = ctx.format.number(model.number ?? 0);
  const rule = model.rule ? describeAlertRule(model.rule, ctx) : '';
  if (model.event === 'not-found') return t('alertTenants.notFoundSummary', { number });
  if (model.rows.length === 0) return t('alertTenants.noCustomers');
  switch (model.event) {
    case 'set':
      return model.number !== undefined ? t('alertTenants.setSummary', { number, rule, place }) : t('alertTenants.setSummaryUnkept', { rule, place });
    case 'removed':
      return t('alertTenants.removedSummary', { number, rule });
    case 'list': {
      const kept = model.rules && model.rules.length > 0 ? [t('alertTenants.keptRules', { rules: keptRules(model.rules, ctx) })] : [];
      return [t('alertTenants.listSummary', { place }), ...kept].join(' ');
    }
  }
}

function keptRules(rules: readonly AlertRuleModel[], ctx: ViewContext): string {
  return rules.map((rule) => ctx.messages.t('alertTenants.keptRule', { number: ctx.format.number(rule.number), rule: describeAlertRule(rule, ctx) })).join(', ');
}

function describeRow(row: AlertTenantRow, ctx: ViewContext): string {
  const { format, messages } = ctx;
  const { t } = messages;
  switch (row.outcome) {
    case 'set': {
      const number = format.number(row.number);
      if (!row.current) return t('alertTenants.set', { number });
      if ('unavailable' in row.current) return t('alertTenants.setUnavailable', { number, why: describeUnavailable(row.current.unavailable, ctx) });
      return t('alertTenants.setNow', { number, figure: formatAlertValue(row.current.figure, ctx), date: format.date(row.current.dataDate) });
    }
    case 'exists':
      return t('alertTenants.exists', { number: format.number(row.number) });
    case 'full':
      return t('alertTenants.full', { max: format.number(row.maxRules) });
    case 'refused':
      return t('alertTenants.refused', { reason: messages.text(row.reason) });
    case 'removed':
      return t('alertTenants.removed', { number: format.number(row.number) });
    case 'absent':
      return t('alertTenants.absent');
    case 'rules':
      return t('alertTenants.rules', { count: row.rules, firing: format.number(row.firing) });
  }
}

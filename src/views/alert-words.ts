/**
 * How alerts read, shared by the alert card, the list of a conversation's alerts and the digest: the
 * figure a rule watches ("Idle Copilot seats"), a threshold or figure in its unit (`128`, `10.5%`,
 * `$5,000.00`, `10.2 pts`), a rule as typed ("Idle Copilot seats > 100") and why a figure is missing.
 */
import type { AlertKindName, AlertRuleModel, AlertUnavailable, AlertValue } from '../view-models.js';
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import type { ValueFormat } from './format-values.js';

const FIGURE_NAMES: Readonly<Record<AlertKindName, string>> = {
  'idle-seats': 'Idle Copilot seats',
  unassigned: 'Unassigned Copilot seats',
  'idle-spend': 'Idle Copilot spend a month',
  'adoption-drop': 'Drop in Copilot adoption · last 7 days',
  'never-used': 'Never-active Copilot seats',
  'inactive-users': 'Users with a paid licence and no activity',
};

/** The figure a rule watches: "Idle Copilot seats", "Idle share of purchased Copilot seats", "Unassigned SPE_E5 seats". */
export function alertFigureName(rule: Pick<AlertRuleModel, 'kind' | 'threshold' | 'sku' | 'period'>): string {
  if (rule.kind === 'unassigned' && rule.sku !== undefined) return `Unassigned ${rule.sku} seats`;
  if (rule.period !== undefined) return `${FIGURE_NAMES[rule.kind]} · ${describePeriod(rule.period)}`;
  if (rule.kind === 'idle-seats' && rule.threshold.unit === 'percent') return 'Idle share of purchased Copilot seats';
  return FIGURE_NAMES[rule.kind];
}

/** A threshold or figure in its unit, as compared: `128`, `10.5%`, `$5,000.00`, `10.2 pts`. */
export function formatAlertValue(value: AlertValue, format: ValueFormat): string {
  switch (value.unit) {
    case 'count':
      return format.number(value.amount);
    case 'percent':
      return format.percent(value.amount / 100);
    case 'points':
      return `${oneDecimal(value.amount, format.locale)} pts`;
    case 'money':
      return value.currency !== undefined ? formatMoney(value.amount, value.currency, format.locale) : format.decimal(value.amount);
  }
}

/** The rule as it reads: "Idle Copilot seats > 100", "Users with a paid licence and no activity · last 90 days > 200". */
export function describeAlertRule(rule: Pick<AlertRuleModel, 'kind' | 'threshold' | 'sku' | 'period'>, format: ValueFormat): string {
  return `${alertFigureName(rule)} > ${formatAlertValue(rule.threshold, format)}`;
}

/** Why an evaluation had no figure, in a sentence. */
export function describeUnavailable(unavailable: AlertUnavailable, format: ValueFormat): string {
  switch (unavailable.code) {
    case 'NO_PRICE':
      return 'No licence price is configured (COPILOT_LICENSE_PRICE), so idle spend has no figure.';
    case 'CURRENCY_CHANGED':
      return `The licence price is now in ${unavailable.detail ?? 'another currency'}: set this alert again in that currency.`;
    case 'NO_SEATS':
      return 'No Copilot seats are purchased (or every Copilot SKU is left out here), so there is no share.';
    case 'SKU_NOT_FOUND':
      return `${unavailable.detail ?? 'The SKU'} is not among the tenant's subscriptions.`;
    case 'NO_WEEK_BEFORE':
      return `The adoption of the week before (data of ${unavailable.detail !== undefined ? format.date(unavailable.detail) : 'a week earlier'}) was not recorded: the drop shows once the bot has read a week apart.`;
    case 'NO_USERS':
      return 'Microsoft reports no users enabled for Copilot.';
  }
}

function oneDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

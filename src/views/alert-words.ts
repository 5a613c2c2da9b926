/**
 * How alerts read, shared by the alert card, the list of a conversation's alerts and the digest: the
 * figure a rule watches ("Idle Copilot seats"), a threshold or figure in its unit (`128`, `10.5%`,
 * `$5,000.00`, `10.2 pts`), a rule as typed ("Idle Copilot seats > 100") and why a figure is missing,
 * in the reader's language.
 */
import type { Messages } from '../i18n/messages.js';
import type { AlertKindName, AlertRuleModel, AlertUnavailable, AlertValue } from '../view-models.js';
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import type { ViewContext } from './view-context.js';

type WordContext = Pick<ViewContext, 'format' | 'messages'>;

/** The `alert.figure` option of each kind. */
const FIGURE_KEYS: Readonly<Record<AlertKindName, string>> = {
  'idle-seats': 'idleSeats',
  unassigned: 'unassigned',
  'idle-spend': 'idleSpend',
  'adoption-drop': 'adoptionDrop',
  'never-used': 'neverUsed',
  'inactive-users': 'inactiveUsers',
};

/** The figure a rule watches: "Idle Copilot seats", "Idle share of purchased Copilot seats", "Unassigned SPE_E5 seats", with its period where it has one. */
export function alertFigureName(rule: Pick<AlertRuleModel, 'kind' | 'threshold' | 'sku' | 'period'>, messages: Messages): string {
  if (rule.kind === 'unassigned' && rule.sku !== undefined) return messages.t('alert.figure', { kind: 'unassignedSku', sku: rule.sku });
  if (rule.period !== undefined) return `${messages.t('alert.figure', { kind: FIGURE_KEYS[rule.kind], sku: '' })} · ${describePeriod(rule.period, messages)}`;
  if (rule.kind === 'idle-seats' && rule.threshold.unit === 'percent') return messages.t('alert.figure', { kind: 'idleShare', sku: '' });
  return messages.t('alert.figure', { kind: FIGURE_KEYS[rule.kind], sku: '' });
}

/** A threshold or figure in its unit, as compared: `128`, `10.5%`, `$5,000.00`, `10.2 pts`. */
export function formatAlertValue(value: AlertValue, { format, messages }: WordContext): string {
  switch (value.unit) {
    case 'count':
      return format.number(value.amount);
    case 'percent':
      return format.percent(value.amount / 100);
    case 'points':
      return messages.t('figure.points', { value: oneDecimal(value.amount, format.locale) });
    case 'money':
      return value.currency !== undefined ? formatMoney(value.amount, value.currency, format.locale) : format.decimal(value.amount);
  }
}

/** The rule as it reads: "Idle Copilot seats > 100", "Users with a paid licence and no activity · last 90 days > 200". */
export function describeAlertRule(rule: Pick<AlertRuleModel, 'kind' | 'threshold' | 'sku' | 'period'>, ctx: WordContext): string {
  return `${alertFigureName(rule, ctx.messages)} > ${formatAlertValue(rule.threshold, ctx)}`;
}

/** Why an evaluation had no figure, in a sentence. */
export function describeUnavailable(unavailable: AlertUnavailable, { format, messages: { t } }: WordContext): string {
  const detail = unavailable.detail ?? 'none';
  switch (unavailable.code) {
    case 'NO_PRICE':
      return t('alert.unavailable.NO_PRICE');
    case 'CURRENCY_CHANGED':
      return t('alert.unavailable.CURRENCY_CHANGED', { currency: detail });
    case 'NO_SEATS':
      return t('alert.unavailable.NO_SEATS');
    case 'SKU_NOT_FOUND':
      return t('alert.unavailable.SKU_NOT_FOUND', { sku: detail });
    case 'NO_WEEK_BEFORE':
      return t('alert.unavailable.NO_WEEK_BEFORE', { date: unavailable.detail !== undefined ? format.date(unavailable.detail) : 'none' });
    case 'NO_USERS':
      return t('alert.unavailable.NO_USERS');
  }
}

function oneDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

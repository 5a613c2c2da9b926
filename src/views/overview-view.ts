/**
 * The overview card: one line per customer tenant, most idle spend first, every figure as text (Copilot
 * seats, active rate and idle seats of the idle window, idle spend a month, the day the data describes),
 * and under them each tenant's problems (consent or permissions missing, throttled, unreadable).
 * In the reader's language; tenant names are data.
 */
import type { Messages } from '../i18n/messages.js';
import type { OverviewProblem, OverviewRow, ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import { titleWithDemoLabel } from './report-header.js';
import { rowList } from './row-list.js';
import type { ViewContext } from './view-context.js';

/** The overview card data for `model`. */
export function buildOverviewCard(model: ViewModels['overview'], context: ViewContext): CardData['overview'] {
  const { encode, messages } = context;
  const { t } = messages;
  const { rows } = model;
  const summary = rows.length === 0 ? t('overview.none', { managing: model.managingName }) : t('overview.summary', { count: rows.length });
  const customers = rows.map((row) => ({ title: encode(row.name), value: encode(describeRow(row, context)) }));
  const problems = rows.flatMap((row) => row.problems.map((problem) => ({ title: encode(row.name), value: encode(describeProblem(row.name, problem, messages)) })));
  // Past what a card holds (hundreds of customers), the size guard keeps the first rows and says the CSV has them all.
  return {
    title: encode(titleWithDemoLabel(t('overview.title'), [model], messages)),
    summary: encode(summary),
    customers: rowList(customers, customers.length, 'customers', '', context),
    problems: rowList(problems, problems.length, 'problems', '', context),
    note: encode(t('overview.note')),
    actions: cardActions(model.actions, messages),
  };
}

/** "120 Copilot seats · 64.2% active (last 30 days) · 43 idle seats · $1,290.00 idle a month · data of Nov 20, 2026". */
export function describeRow(row: OverviewRow, { format, messages }: Pick<ViewContext, 'format' | 'messages'>): string {
  const { t } = messages;
  const parts: string[] = [];
  if (row.seats !== undefined) parts.push(t('overview.seats', { seats: row.seats }));
  if (row.activeRate !== undefined) parts.push(t('overview.active', { rate: format.percent(row.activeRate), period: describePeriod(row.idlePeriod ?? '', messages) }));
  if (row.idleSeats !== undefined) parts.push(t('overview.idleSeats', { seats: row.idleSeats }));
  if (row.idleSpend) parts.push(t('overview.idleSpend', { amount: formatMoney(row.idleSpend.monthly, row.idleSpend.currency, format.locale) }));
  else if (row.idleSeats !== undefined) parts.push(t('overview.noPrice'));
  if (row.refreshDate !== undefined) parts.push(t('overview.refreshed', { date: format.date(row.refreshDate) }));
  return parts.length > 0 ? parts.join(' · ') : t('overview.noData');
}

/** One problem of a tenant (shown under its name), saying what to do about it. */
export function describeProblem(tenant: string, problem: OverviewProblem, { t }: Messages): string {
  switch (problem.code) {
    case 'consent-missing':
      return t('overview.consentMissing', { tenant });
    case 'permissions-missing':
      return problem.permissions && problem.permissions.length > 0
        ? t('overview.permissionsMissing', { tenant, permissions: problem.permissions.join(', ') })
        : t('overview.permissionsUnnamed', { tenant });
    case 'throttled':
      return t('overview.throttled');
    case 'unreadable':
      return t('overview.unreadable');
  }
}

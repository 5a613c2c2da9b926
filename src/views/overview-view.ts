/**
 * The overview card: one line per customer tenant, most idle spend first, every figure as text (Copilot
 * seats, active rate and idle seats of the idle window, idle spend a month, the day the data describes),
 * and under them each tenant's problems (consent or permissions missing, throttled, unreadable).
 * Every message is a function or constant of its own, so a catalog can take them over one by one.
 */
import type { OverviewProblem, OverviewRow, ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import { titleWithDemoLabel } from './report-header.js';
import { rowList } from './row-list.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';

const TITLE = 'Customer overview';

const MESSAGES = {
  none: (managing: string) => `${managing} serves no customer tenant yet. Add one with: tenant add <tenant id> as <name>.`,
  summary: (count: string) => `${count} customer tenants, most idle spend first. Idle seats are unassigned seats and seats without Copilot activity in the idle window.`,
  summaryOne: () => 'One customer tenant. Idle seats are unassigned seats and seats without Copilot activity in the idle window.',
  seats: (seats: string) => `${seats} Copilot seats`,
  active: (rate: string, period: string) => `${rate} active (${period})`,
  idleSeats: (seats: string) => `${seats} idle seats`,
  idleSpend: (amount: string) => `${amount} idle a month`,
  noPrice: () => 'idle spend: no licence price',
  refreshed: (date: string) => `data of ${date}`,
  noData: () => 'no figures',
  consentMissing: (tenant: string) => `admin consent missing. A Global Administrator of ${tenant} accepts the app's consent page; "tenant check ${tenant}" shows it.`,
  permissionsMissing: (tenant: string, permissions: string) => `permissions missing (${permissions}). A Global Administrator of ${tenant} grants them on the consent page; "tenant check ${tenant}" shows it.`,
  permissionsUnnamed: (tenant: string) => `permissions missing. "tenant check ${tenant}" names them.`,
  throttled: () => "Microsoft Graph is throttling this tenant's reports; its figures come back with the next refresh.",
  unreadable: () => 'its reports could not be read just now; ask again in a few minutes.',
  customersNoun: () => 'customers',
  problemsNoun: () => 'problems',
  note: () => 'Aggregates only: no user of any tenant is named here. "csv overview" sends every row as a file to your personal chat.',
} as const;

/** The overview card data for `model`. */
export function buildOverviewCard(model: ViewModels['overview'], context: ViewContext): CardData['overview'] {
  const { format, encode } = context;
  const { rows } = model;
  const summary = rows.length === 0 ? MESSAGES.none(model.managingName) : rows.length === 1 ? MESSAGES.summaryOne() : MESSAGES.summary(format.number(rows.length));
  const customers = rows.map((row) => ({ title: encode(row.name), value: encode(describeRow(row, format)) }));
  const problems = rows.flatMap((row) => row.problems.map((problem) => ({ title: encode(row.name), value: encode(describeProblem(row.name, problem)) })));
  // Past what a card holds (hundreds of customers), the size guard keeps the first rows and says the CSV has them all.
  return {
    title: encode(titleWithDemoLabel(TITLE, [model])),
    summary: encode(summary),
    customers: rowList(customers, customers.length, MESSAGES.customersNoun(), '', context),
    problems: rowList(problems, problems.length, MESSAGES.problemsNoun(), '', context),
    note: encode(MESSAGES.note()),
    actions: cardActions(model.actions),
  };
}

/** "120 Copilot seats · 64.2% active (last 30 days) · 43 idle seats · $1,290.00 idle a month · data of Nov 20, 2026". */
export function describeRow(row: OverviewRow, format: ValueFormat): string {
  const parts: string[] = [];
  if (row.seats !== undefined) parts.push(MESSAGES.seats(format.number(row.seats)));
  if (row.activeRate !== undefined) parts.push(MESSAGES.active(format.percent(row.activeRate), describePeriod(row.idlePeriod ?? '')));
  if (row.idleSeats !== undefined) parts.push(MESSAGES.idleSeats(format.number(row.idleSeats)));
  if (row.idleSpend) parts.push(MESSAGES.idleSpend(formatMoney(row.idleSpend.monthly, row.idleSpend.currency, format.locale)));
  else if (row.idleSeats !== undefined) parts.push(MESSAGES.noPrice());
  if (row.refreshDate !== undefined) parts.push(MESSAGES.refreshed(format.date(row.refreshDate)));
  return parts.length > 0 ? parts.join(' · ') : MESSAGES.noData();
}

/** One problem of a tenant (shown under its name), saying what to do about it. */
export function describeProblem(tenant: string, problem: OverviewProblem): string {
  switch (problem.code) {
    case 'consent-missing':
      return MESSAGES.consentMissing(tenant);
    case 'permissions-missing':
      return problem.permissions && problem.permissions.length > 0 ? MESSAGES.permissionsMissing(tenant, problem.permissions.join(', ')) : MESSAGES.permissionsUnnamed(tenant);
    case 'throttled':
      return MESSAGES.throttled();
    case 'unreadable':
      return MESSAGES.unreadable();
  }
}

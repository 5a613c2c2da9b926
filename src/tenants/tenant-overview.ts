/**
 * The managing tenant's overview of its customers: one row per customer tenant with its Copilot seats,
 * the active rate and idle seats of the idle window, idle spend a month and the day its data describes,
 * each from reports/figures.ts as the licence card states them, read with that tenant's own report
 * service. A tenant that cannot be read keeps its row with the problem; the others still answer.
 */
import { toIsoDate, type Clock } from '../clock.js';
import { forEachLimited } from '../digest/for-each-limited.js';
import { readIdleSeats, type LicenceSettings } from '../reports/copilot-licences.js';
import { adoptionRate } from '../reports/figures.js';
import { GraphReportError, ReportRequestError } from '../reports/report-errors.js';
import type { ReportService } from '../reports/report-service.js';
import { copilotVersion, type CopilotReportApi } from '../reports/report-request.js';
import type { OverviewProblem, OverviewRow } from '../view-models.js';
import type { CustomerTenant } from './tenant-registry.js';

export type OverviewDeps = {
  /** The customer tenants, with their last permission checks. */
  customers(): Promise<readonly CustomerTenant[]>;
  reportsFor(tenantId: string): Pick<ReportService, 'getReport' | 'getSubscribedSkus'>;
  readonly clock: Clock;
  readonly copilotApi: CopilotReportApi;
  readonly licences: LicenceSettings;
};

/** Tenants read at once: each read is a few cached report calls, and Graph's budget is per tenant. */
const PARALLEL_TENANTS = 8;

/** Every customer's row, most idle spend first (then most idle seats, then by name); rows without figures last. */
export async function readOverview(deps: OverviewDeps): Promise<OverviewRow[]> {
  const customers = await deps.customers();
  const rows: OverviewRow[] = [];
  await forEachLimited(customers, PARALLEL_TENANTS, async (tenant, index) => {
    rows[index] = await readRow(tenant, deps);
  });
  return rows.sort(byIdleSpend);
}

async function readRow(tenant: CustomerTenant, deps: OverviewDeps): Promise<OverviewRow> {
  // The last check may be older than a consent granted since: what this read finds overrules it.
  const checked = checkProblems(tenant).filter((problem) => problem.code !== 'consent-missing');
  try {
    const reading = await readIdleSeats(deps.reportsFor(tenant.id), copilotVersion(deps.copilotApi), toIsoDate(deps.clock.now()), deps.licences);
    const { usage, usageMeta, seats } = reading;
    const rate = adoptionRate(usage.active, usage.enabled);
    const row = {
      name: tenant.name,
      tenantId: tenant.id,
      idlePeriod: usage.period,
      ...(rate !== undefined ? { activeRate: rate } : {}),
      ...(usageMeta.refreshDate !== undefined ? { refreshDate: usageMeta.refreshDate } : {}),
    };
    const read = withoutGranted(checked, 'Reports.Read.All');
    if (!seats.ok) return { ...row, problems: mergeProblems(read, problemOf(seats.error)) };
    const { total, idle, spend } = seats.summary;
    return {
      ...row,
      seats: total.purchased,
      idleSeats: idle.seats,
      ...(spend ? { idleSpend: { monthly: spend.monthly, currency: spend.currency } } : {}),
      problems: withoutGranted(read, 'LicenseAssignment.Read.All'),
    };
  } catch (error) {
    return { name: tenant.name, tenantId: tenant.id, problems: mergeProblems(checked, problemOf(error)) };
  }
}

/** What the tenant's last check found lacking (consent, or permissions). */
function checkProblems(tenant: CustomerTenant): OverviewProblem[] {
  const { check } = tenant;
  if (!check) return [];
  if (check.consent !== 'granted') return [{ code: 'consent-missing' }];
  return check.missing.length > 0 ? [{ code: 'permissions-missing', permissions: check.missing }] : [];
}

/** `problems` without `permission` among the missing ones: a read that needs it just worked. */
function withoutGranted(problems: readonly OverviewProblem[], permission: string): OverviewProblem[] {
  return problems.flatMap((problem) => {
    if (problem.code !== 'permissions-missing' || !problem.permissions) return [problem];
    const permissions = problem.permissions.filter((missing) => missing !== permission);
    return permissions.length > 0 ? [{ ...problem, permissions }] : [];
  });
}

/** The problem a failed read shows: throttled, consent or a permission missing, or the data unreadable now. */
function problemOf(error: unknown): OverviewProblem {
  if (error instanceof ReportRequestError && error.code === 'BUDGET_EXHAUSTED') return { code: 'throttled' };
  if (error instanceof GraphReportError) {
    if (error.code === 'THROTTLED') return { code: 'throttled' };
    if (error.code === 'TOKEN') return { code: 'consent-missing' };
    if (error.code === 'FORBIDDEN') return { code: 'permissions-missing', permissions: ['Reports.Read.All'] };
    if (error.code === 'LICENSE_FORBIDDEN') return { code: 'permissions-missing', permissions: ['LicenseAssignment.Read.All'] };
  }
  return { code: 'unreadable' };
}

/** The check's problems and the read's, a permission named once. */
function mergeProblems(checked: readonly OverviewProblem[], found: OverviewProblem): OverviewProblem[] {
  if (found.code !== 'permissions-missing') return [...checked.filter((problem) => problem.code !== found.code), found];
  const known = checked.find((problem) => problem.code === 'permissions-missing');
  const permissions = [...new Set([...(known?.permissions ?? []), ...(found.permissions ?? [])])];
  return [...checked.filter((problem) => problem.code !== 'permissions-missing'), { code: 'permissions-missing', permissions }];
}

function byIdleSpend(a: OverviewRow, b: OverviewRow): number {
  return (
    (b.idleSpend?.monthly ?? -1) - (a.idleSpend?.monthly ?? -1) ||
    (b.idleSeats ?? -1) - (a.idleSeats ?? -1) ||
    a.name.localeCompare(b.name, 'en')
  );
}

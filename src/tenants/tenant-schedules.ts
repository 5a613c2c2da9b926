/**
 * What each tenant posts on its own: its weekly digests and its alerts. A tenant's subscriptions, alert
 * rules, claims, history and snapshots live in its own part of the store, its figures come from its own
 * report service, and a runner of each kind works through them. One scheduler tick runs what is due for
 * every tenant served (the managing one and each customer), and the weekly overview digest of every customer.
 */
import type { AlertRunner } from '../alerts/alert-runner.js';
import type { DigestComposer } from '../digest/digest-composer.js';
import type { DigestRunner, DigestRunSummary } from '../digest/digest-runner.js';
import { errorFields, type Logger } from '../logger.js';
import type { StateStore } from '../store/state-store.js';
import { scopeStateStore } from '../store/tenant-scope.js';
import type { TenantRegistry } from './tenant-registry.js';

/** A tenant's part of the store, its digest composer and runner, and its alert runner. */
export type TenantSchedule = {
  readonly store: StateStore;
  readonly composer: DigestComposer;
  readonly runner: DigestRunner;
  readonly alerts: Pick<AlertRunner, 'runDue'>;
};

export type TenantSchedulesOptions = {
  /** The whole store; each tenant gets its part of it. */
  readonly store: StateStore;
  readonly defaultTenantId: string;
  readonly registry: Pick<TenantRegistry, 'list'>;
  /** The weekly overview digest's runner (`digest subscribe @all`), run while there are customer tenants. */
  readonly overviewDigest?: Pick<DigestRunner, 'runDue'>;
  /** Builds a tenant's composer and runners over its part of the store. */
  create(tenantId: string, store: StateStore): Omit<TenantSchedule, 'store'>;
  readonly logger: Logger;
};

export class TenantSchedules {
  private readonly schedules = new Map<string, TenantSchedule>();

  constructor(private readonly options: TenantSchedulesOptions) {}

  /** The schedule parts of `tenantId`, made on first use. */
  of(tenantId: string): TenantSchedule {
    let schedule = this.schedules.get(tenantId);
    if (!schedule) {
      const store = scopeStateStore(this.options.store, tenantId);
      schedule = { store, ...this.options.create(tenantId, store) };
      this.schedules.set(tenantId, schedule);
    }
    return schedule;
  }

  /**
   * Runs the digests and alerts due for every tenant served, each tenant's two side by side; a tenant whose
   * digest run fails is logged and the others still run, then the first failure is thrown (alert runs log their own).
   */
  async runDue(): Promise<DigestRunSummary> {
    const summaries: DigestRunSummary[] = [];
    const failures: unknown[] = [];
    const tenantIds = await this.tenantIds();
    for (const tenantId of tenantIds) {
      const schedule = this.of(tenantId);
      const [digests] = await Promise.allSettled([schedule.runner.runDue(), schedule.alerts.runDue()]);
      if (digests.status === 'fulfilled') summaries.push(digests.value);
      else {
        failures.push(digests.reason);
        this.options.logger.error('digest run failed for a tenant', { tenant: tenantId, ...errorFields(digests.reason) });
      }
    }
    const { overviewDigest } = this.options;
    if (overviewDigest && tenantIds.length > 1) {
      await overviewDigest.runDue().then(
        (summary) => summaries.push(summary),
        (error: unknown) => {
          failures.push(error);
          this.options.logger.error('overview digest run failed', errorFields(error));
        },
      );
    }
    // The scheduler logs a failed run as before; the other tenants' digests went out meanwhile.
    if (failures.length > 0) throw failures[0];
    return sumSummaries(summaries);
  }

  /** Forgets a removed tenant's parts (its records are removed with the rest of its data). */
  drop(tenantId: string): void {
    this.schedules.delete(tenantId);
  }

  /** The default tenant and every customer tenant; the default alone while the tenant list cannot be read. */
  private async tenantIds(): Promise<string[]> {
    const customers = await this.options.registry.list().catch((error: unknown) => {
      this.options.logger.error('tenant list unreadable: only the default tenant’s digests and alerts run', errorFields(error));
      return [];
    });
    return [this.options.defaultTenantId, ...customers.map((tenant) => tenant.id)];
  }
}

function sumSummaries(summaries: readonly DigestRunSummary[]): DigestRunSummary {
  const total = { posted: 0, failed: 0, missed: 0, gone: 0, busy: 0, done: 0, error: 0 };
  for (const summary of summaries) for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += summary[key];
  return total;
}

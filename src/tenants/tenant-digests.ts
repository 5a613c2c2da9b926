/**
 * The weekly digest per tenant: each tenant's subscriptions, claims, history and snapshots live in its
 * own part of the store, composed from its own report service and run by a runner of its own. One
 * scheduler tick runs the digests due for every tenant served (the managing one and each customer).
 */
import type { DigestComposer } from '../digest/digest-composer.js';
import type { DigestRunner, DigestRunSummary } from '../digest/digest-runner.js';
import { errorFields, type Logger } from '../logger.js';
import type { StateStore } from '../store/state-store.js';
import { scopeStateStore } from '../store/tenant-scope.js';
import type { TenantRegistry } from './tenant-registry.js';

/** A tenant's digest: its part of the store, its composer and its runner. */
export type TenantDigest = { readonly store: StateStore; readonly composer: DigestComposer; readonly runner: DigestRunner };

export type TenantDigestsOptions = {
  /** The whole store; each tenant gets its part of it. */
  readonly store: StateStore;
  readonly defaultTenantId: string;
  readonly registry: Pick<TenantRegistry, 'list'>;
  /** Builds a tenant's composer and runner over its part of the store. */
  create(tenantId: string, store: StateStore): Omit<TenantDigest, 'store'>;
  readonly logger: Logger;
};

export class TenantDigests {
  private readonly digests = new Map<string, TenantDigest>();

  constructor(private readonly options: TenantDigestsOptions) {}

  /** The digest parts of `tenantId`, made on first use. */
  of(tenantId: string): TenantDigest {
    let digest = this.digests.get(tenantId);
    if (!digest) {
      const store = scopeStateStore(this.options.store, tenantId);
      digest = { store, ...this.options.create(tenantId, store) };
      this.digests.set(tenantId, digest);
    }
    return digest;
  }

  /** Runs what is due for every tenant served; a tenant whose run fails is logged, the others still run, then the first failure is thrown. */
  async runDue(): Promise<DigestRunSummary> {
    const customers = await this.options.registry.list().catch((error: unknown) => {
      this.options.logger.error('tenant list unreadable: only the default tenant’s digests run', errorFields(error));
      return [];
    });
    const summaries: DigestRunSummary[] = [];
    const failures: unknown[] = [];
    for (const tenantId of [this.options.defaultTenantId, ...customers.map((tenant) => tenant.id)]) {
      try {
        summaries.push(await this.of(tenantId).runner.runDue());
      } catch (error) {
        failures.push(error);
        this.options.logger.error('digest run failed for a tenant', { tenant: tenantId, ...errorFields(error) });
      }
    }
    // The scheduler logs a failed run as before; the other tenants' digests went out meanwhile.
    if (failures.length > 0) throw failures[0];
    return sumSummaries(summaries);
  }

  /** Forgets a removed tenant's digest parts (its records are removed with the rest of its data). */
  drop(tenantId: string): void {
    this.digests.delete(tenantId);
  }
}

function sumSummaries(summaries: readonly DigestRunSummary[]): DigestRunSummary {
  const total = { posted: 0, failed: 0, missed: 0, gone: 0, busy: 0, done: 0, error: 0 };
  for (const summary of summaries) for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += summary[key];
  return total;
}

/**
 * One report service per tenant, created when a tenant is first asked about: each with its own Graph
 * token, cache, request budget, shared report data and single-flight leases (all under the tenant's
 * part of the store), and one memory bound shared by all. Handlers keep taking one `ReportService`;
 * the bot hands them the service of the tenant a question is about.
 */
import type { ReportService } from '../reports/report-service.js';

export class TenantReports {
  private readonly services = new Map<string, ReportService>();

  /** `create` builds the service of a tenant id; `defaultTenantId` is the deployment's own. */
  constructor(
    readonly defaultTenantId: string,
    private readonly create: (tenantId: string) => ReportService,
  ) {}

  /** The deployment's own tenant's service: a single-tenant deployment's only one. */
  get default(): ReportService {
    return this.forTenant(this.defaultTenantId);
  }

  /** The service of `tenantId` (lower case), created on first use. */
  forTenant(tenantId: string): ReportService {
    let service = this.services.get(tenantId);
    if (!service) {
      service = this.create(tenantId);
      this.services.set(tenantId, service);
    }
    return service;
  }

  /** Closes the tenant's service (its cached files go) and forgets it: the tenant was removed. */
  async drop(tenantId: string): Promise<void> {
    const service = this.services.get(tenantId);
    this.services.delete(tenantId);
    await service?.close();
  }

  /** Closes every service. */
  async close(): Promise<void> {
    const services = [...this.services.values()];
    this.services.clear();
    await Promise.all(services.map((service) => service.close()));
  }
}

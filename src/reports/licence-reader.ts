/**
 * Reads the tenant's subscribed SKUs for the report service the way it reads reports: kept for the
 * cache lifetime, one Graph call shared by concurrent askers, a request budget spent before Graph
 * would throttle, older data served (marked stale) when Graph cannot be asked, and a 403 that names
 * the permission this endpoint needs (LicenseAssignment.Read.All), not the reports' one.
 */
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { JsonResponse, RequestOptions } from './graph-client.js';
import { createPermissionError } from './graph-error-response.js';
import { GraphReportError, staleServableCode } from './report-errors.js';
import { RequestBudget, type BudgetUsage, type GraphRequestBudget } from './request-budget.js';
import { parseSubscribedSkus, SUBSCRIBED_SKUS_PATH, type SubscribedSku } from './subscribed-skus.js';

/** Where the SKUs came from and how old they are; `cache` as for reports. */
export type LicenceMeta = {
  readonly source: string;
  /** When Graph sent them (ISO time). Licence counts are live: no reporting lag. */
  readonly fetchedAt: string;
  readonly cache: 'miss' | 'hit' | 'stale';
  /** Present when the counts are no real tenant's (the emulator), as for reports. */
  readonly demo?: true;
};

export type SubscribedSkus = { readonly meta: LicenceMeta; readonly skus: readonly SubscribedSku[] };

export type LicenceReaderOptions = {
  readonly fetcher: { getJson(pathAndQuery: string, options?: RequestOptions): Promise<JsonResponse> };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sourceName: string;
  /** True when the source is no real tenant: the counts' metadata then says `demo`. */
  readonly demoData?: boolean;
  readonly cacheTtlMs: number;
  /** Graph's directory reads are throttled per app; the JSON report limit (100 per 10 minutes) bounds them well. */
  readonly requestsPer10Minutes: number;
  /**
   * Where requests are counted when several instances share one budget (the report service passes its own
   * `budget` here); its limit for `subscribedSkus` applies. Default: this process's own, with the limit above.
   */
  readonly budget?: GraphRequestBudget;
};

/** The budget key, as `status` lists it. */
export const SUBSCRIBED_SKUS_BUDGET_KEY = 'subscribedSkus';
const TEN_MINUTES = 10 * 60_000;

type Stored = { readonly skus: readonly SubscribedSku[]; readonly fetchedAt: number };

export class LicenceReader {
  private stored?: Stored;
  private inFlight?: Promise<SubscribedSkus>;
  private readonly budget: GraphRequestBudget;

  constructor(private readonly options: LicenceReaderOptions) {
    this.budget = options.budget ?? new RequestBudget(options.clock, options.requestsPer10Minutes, TEN_MINUTES);
  }

  /** The subscribed SKUs, from memory while fresh; concurrent callers share one Graph request. */
  read(): Promise<SubscribedSkus> {
    const { stored } = this;
    if (stored && this.options.clock.now() - stored.fetchedAt < this.options.cacheTtlMs) {
      return Promise.resolve(this.toResult(stored, 'hit'));
    }
    this.inFlight ??= this.refresh(stored).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** The request budget, once it was spent from; for `status`. */
  budgetUsage(): BudgetUsage | undefined {
    const usage = this.budget.usage(SUBSCRIBED_SKUS_BUDGET_KEY);
    return usage.used > 0 || this.stored ? usage : undefined;
  }

  private async refresh(stored: Stored | undefined): Promise<SubscribedSkus> {
    try {
      const skus = await this.download();
      this.stored = { skus, fetchedAt: this.options.clock.now() };
      this.options.logger.info('subscribed SKUs fetched', { skus: skus.length });
      return this.toResult(this.stored, 'miss');
    } catch (error) {
      const reason = staleServableCode(error);
      if (stored && reason) {
        this.options.logger.warn('serving stale subscribed SKUs', { reason });
        return this.toResult(stored, 'stale');
      }
      throw error;
    }
  }

  private async download(): Promise<SubscribedSku[]> {
    let response: JsonResponse;
    try {
      response = await this.options.fetcher.getJson(SUBSCRIBED_SKUS_PATH, {
        beforeRequest: () => this.budget.spend(SUBSCRIBED_SKUS_BUDGET_KEY),
      });
    } catch (error) {
      if (error instanceof GraphReportError && error.code === 'FORBIDDEN') throw licenceForbidden(error);
      throw error;
    }
    if (response.kind !== 'json') {
      throw new GraphReportError(
        'UNEXPECTED_RESPONSE',
        'Microsoft Graph answered 304 Not Modified to GET /v1.0/subscribedSkus, which asked for no cached copy.',
        { method: 'GET', url: '/v1.0/subscribedSkus' },
        304,
      );
    }
    const items: unknown[] = [];
    for await (const page of response.pages) items.push(...page);
    return parseSubscribedSkus(items);
  }

  private toResult(stored: Stored, cache: LicenceMeta['cache']): SubscribedSkus {
    return {
      meta: { source: this.options.sourceName, fetchedAt: new Date(stored.fetchedAt).toISOString(), cache, ...(this.options.demoData ? { demo: true as const } : {}) },
      skus: stored.skus,
    };
  }
}

/** The 403 of subscribedSkus: its least-privileged permission differs from the reports'. */
function licenceForbidden(error: GraphReportError): GraphReportError {
  return createPermissionError(
    error,
    'LICENSE_FORBIDDEN',
    'Reading licence counts needs the LicenseAssignment.Read.All application permission (the least privileged; ' +
      'Organization.Read.All or Directory.Read.All also grant it)',
  );
}

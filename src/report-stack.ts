/**
 * Wires the report services to their data source: Microsoft Graph with the configured credentials, a
 * Graph-compatible server on loopback, or (with nothing configured) the built-in emulator started here.
 * One service per tenant: the deployment's own, and each customer tenant it serves, with its own token,
 * budget and (shared) report data. Every entry point (bot, CLI) builds its report services through this,
 * so they cannot drift apart.
 */
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { startGraphEmulator, type GraphEmulator } from './emulator/graph-emulator.js';
import { withLogFields, type Logger } from './logger.js';
import { privateFolderRoot, removeLeftoverFolders } from './private-folder.js';
import { CacheMemoryLimit } from './reports/cache-memory.js';
import { GraphClient } from './reports/graph-client.js';
import { createTokenSource, isLoopbackUrl, type GraphAuth } from './reports/graph-token.js';
import { DIRECTORY_BUDGET_KEY, DIRECTORY_REQUESTS_PER_10_MINUTES } from './reports/directory-reader.js';
import { SUBSCRIBED_SKUS_BUDGET_KEY } from './reports/licence-reader.js';
import { ReportService, requestLimitOf } from './reports/report-service.js';
import { reportSourceName } from './reports/report-source.js';
import { GRAPH_BUDGET_WINDOW_MS } from './reports/request-budget.js';
import { StoreRequestBudget } from './reports/store-request-budget.js';
import type { FileArchive } from './store/file-archive.js';
import type { StateStore } from './store/state-store.js';
import { scopeFileArchive, scopeStateStore } from './store/tenant-scope.js';
import { isDemoSource } from './serving-mode.js';
import { TenantReports } from './tenants/tenant-reports.js';

/** What every tenant's cached report snapshots may hold in memory together. */
const REPORT_CACHE_MEMORY_BYTES = 64 * 1024 * 1024;

export type ReportStack = {
  /** The deployment's own tenant's report service. */
  readonly service: ReportService;
  /** The report service of each tenant, the own one included. */
  readonly tenants: TenantReports;
  /** How the stack signs in to Graph (the app customer tenants consent to, for the consent link). */
  readonly auth: GraphAuth;
  /** The Graph base URL in use (the emulator's loopback URL when it runs). */
  readonly graphUrl: string;
  readonly emulator?: GraphEmulator;
  close(): Promise<void>;
};

/** What several instances share: the state store (Graph budget) and, to share report data too, the archive for its rows. */
export type SharedStorage = { readonly store: StateStore; readonly archive?: FileArchive };

/** The tenants the stack serves: the deployment's own id, and the name cards give a tenant (undefined: none shown). */
export type StackTenants = { readonly defaultTenantId: string; readonly nameOf?: (tenantId: string) => string | undefined };

/**
 * Starts the report service on the configured source. With `shared` storage, downloads and the directory
 * are shared between the instances (one Graph read per report per refresh) and the Graph request budget,
 * subscribedSkus' and the directory's included, is counted there, so the instances together stay under Graph's limits.
 */
export async function startReportStack(
  config: Config,
  logger: Logger,
  clock: Clock = systemClock,
  shared?: SharedStorage,
  tenants: StackTenants = { defaultTenantId: config.access.tenantId },
): Promise<ReportStack> {
  // Report rows are cached under the data folder; what a crashed process left there goes first.
  const cacheFolder = privateFolderRoot(config.dataDir);
  const leftovers = await removeLeftoverFolders(cacheFolder);
  if (leftovers.length > 0) logger.warn('private folders of stopped processes removed', { folders: leftovers.length });
  const { baseUrl, auth, sourceName, emulator } = await openSource(config, clock, logger);
  // Where `npm run scenario` finds the built-in emulator to move its figures.
  if (emulator) logger.info('graph emulator listening', { url: emulator.url });
  const tokens = createTokenSource(auth, baseUrl, clock);
  const limits = { format: config.graph.format, ...config.reports };
  const cacheMemory = new CacheMemoryLimit(REPORT_CACHE_MEMORY_BYTES);
  const { defaultTenantId, nameOf } = tenants;

  /** A tenant's service: the configured credential's own tenant for the default, the tenant's own token otherwise; state under the tenant. */
  function createService(tenantId: string): ReportService {
    const own = tenantId === defaultTenantId;
    const tenantLogger = own ? logger : withLogFields(logger, { tenant: tenantId });
    const store = shared ? scopeStateStore(shared.store, tenantId) : undefined;
    const budget = store
      ? new StoreRequestBudget({
          store,
          clock,
          limit: requestLimitOf(limits),
          windowMs: GRAPH_BUDGET_WINDOW_MS,
          // The licence and directory readers spend from it too, within the limits they have on their own.
          keyLimits: new Map([
            [SUBSCRIBED_SKUS_BUDGET_KEY, limits.jsonRequestsPer10Minutes],
            [DIRECTORY_BUDGET_KEY, DIRECTORY_REQUESTS_PER_10_MINUTES],
          ]),
        })
      : undefined;
    return new ReportService({
      fetcher: new GraphClient({ baseUrl, tokens: tokens.forTenant(own ? undefined : tenantId), clock, logger: tenantLogger }),
      clock,
      logger: tenantLogger,
      sourceName,
      demoData: isDemoSource(config.graph.source),
      copilotApi: config.graph.copilotApi,
      ...limits,
      ...(budget ? { budget } : {}),
      ...(store && shared?.archive ? { shared: { store, archive: scopeFileArchive(shared.archive, tenantId) } } : {}),
      cacheFolder,
      cacheMemory,
      ...(nameOf ? { tenantName: () => nameOf(tenantId) } : {}),
    });
  }

  const services = new TenantReports(defaultTenantId, createService);
  return {
    service: services.default,
    tenants: services,
    auth,
    graphUrl: baseUrl,
    emulator,
    async close() {
      await services.close();
      await emulator?.close();
    },
  };
}

type Source = { baseUrl: string; auth: GraphAuth; sourceName: string; emulator?: GraphEmulator };

async function openSource(config: Config, clock: Clock, logger: Logger): Promise<Source> {
  const source = config.graph.source;
  if (source.kind === 'graph') {
    const host = new URL(source.baseUrl).host;
    const sourceName = reportSourceName(
      host === 'graph.microsoft.com' ? { kind: 'graph' } : isLoopbackUrl(source.baseUrl) ? { kind: 'compatible', host } : { kind: 'graph-at', host },
    );
    return { baseUrl: source.baseUrl, auth: source.auth, sourceName };
  }
  const emulator = await startGraphEmulator({ ...config.emulator, clock });
  if (config.emulator.tenants.length > 0) {
    // Where `tenant add` finds the emulated customer tenants' ids.
    for (const tenant of emulator.tenants) logger.info('emulated customer tenant', { name: tenant.name, tenantId: tenant.id, users: tenant.users });
  }
  return { baseUrl: emulator.url, auth: { kind: 'development' }, sourceName: reportSourceName({ kind: 'emulator' }), emulator };
}

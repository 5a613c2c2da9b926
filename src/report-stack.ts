/**
 * Wires the report service to its data source: Microsoft Graph with the configured credentials, a
 * Graph-compatible server on loopback, or (with nothing configured) the built-in emulator started here.
 * Every entry point (bot, CLI) builds its report service through this, so they cannot drift apart.
 */
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { startGraphEmulator, type GraphEmulator } from './emulator/graph-emulator.js';
import type { Logger } from './logger.js';
import { privateFolderRoot, removeLeftoverFolders } from './private-folder.js';
import { GraphClient } from './reports/graph-client.js';
import { createTokenProvider, isLoopbackUrl, type GraphAuth } from './reports/graph-token.js';
import { DIRECTORY_BUDGET_KEY, DIRECTORY_REQUESTS_PER_10_MINUTES } from './reports/directory-reader.js';
import { SUBSCRIBED_SKUS_BUDGET_KEY } from './reports/licence-reader.js';
import { ReportService, requestLimitOf } from './reports/report-service.js';
import { reportSourceName } from './reports/report-source.js';
import { GRAPH_BUDGET_WINDOW_MS } from './reports/request-budget.js';
import { StoreRequestBudget } from './reports/store-request-budget.js';
import type { FileArchive } from './store/file-archive.js';
import type { StateStore } from './store/state-store.js';
import { isDemoSource } from './serving-mode.js';

export type ReportStack = {
  readonly service: ReportService;
  /** The Graph base URL in use (the emulator's loopback URL when it runs). */
  readonly graphUrl: string;
  readonly emulator?: GraphEmulator;
  close(): Promise<void>;
};

/** What several instances share: the state store (Graph budget) and, to share report data too, the archive for its rows. */
export type SharedStorage = { readonly store: StateStore; readonly archive?: FileArchive };

/**
 * Starts the report service on the configured source. With `shared` storage, downloads and the directory
 * are shared between the instances (one Graph read per report per refresh) and the Graph request budget,
 * subscribedSkus' and the directory's included, is counted there, so the instances together stay under Graph's limits.
 */
export async function startReportStack(config: Config, logger: Logger, clock: Clock = systemClock, shared?: SharedStorage): Promise<ReportStack> {
  // Report rows are cached under the data folder; what a crashed process left there goes first.
  const cacheFolder = privateFolderRoot(config.dataDir);
  const leftovers = await removeLeftoverFolders(cacheFolder);
  if (leftovers.length > 0) logger.warn('private folders of stopped processes removed', { folders: leftovers.length });
  const { baseUrl, auth, sourceName, emulator } = await openSource(config, clock);
  // Where `npm run scenario` finds the built-in emulator to move its figures.
  if (emulator) logger.info('graph emulator listening', { url: emulator.url });
  const client = new GraphClient({ baseUrl, tokens: createTokenProvider(auth, baseUrl), clock, logger });
  const limits = { format: config.graph.format, ...config.reports };
  const budget = shared
    ? new StoreRequestBudget({
        store: shared.store,
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
  const service = new ReportService({
    fetcher: client,
    clock,
    logger,
    sourceName,
    demoData: isDemoSource(config.graph.source),
    copilotApi: config.graph.copilotApi,
    ...limits,
    ...(budget ? { budget } : {}),
    ...(shared?.archive ? { shared: { store: shared.store, archive: shared.archive } } : {}),
    cacheFolder,
  });
  return {
    service,
    graphUrl: baseUrl,
    emulator,
    async close() {
      await service.close();
      await emulator?.close();
    },
  };
}

type Source = { baseUrl: string; auth: GraphAuth; sourceName: string; emulator?: GraphEmulator };

async function openSource(config: Config, clock: Clock): Promise<Source> {
  const source = config.graph.source;
  if (source.kind === 'graph') {
    const host = new URL(source.baseUrl).host;
    const sourceName = reportSourceName(
      host === 'graph.microsoft.com' ? { kind: 'graph' } : isLoopbackUrl(source.baseUrl) ? { kind: 'compatible', host } : { kind: 'graph-at', host },
    );
    return { baseUrl: source.baseUrl, auth: source.auth, sourceName };
  }
  const emulator = await startGraphEmulator({ ...config.emulator, clock });
  return { baseUrl: emulator.url, auth: { kind: 'development' }, sourceName: reportSourceName({ kind: 'emulator' }), emulator };
}

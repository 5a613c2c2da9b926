/**
 * Composition root for `npm run bot`: configuration → state store (files, or a blob container shared
 * by several instances) → tenant registry → report stack (Graph or the built-in emulator; one report
 * service per tenant) → bot adapter and authentication → each tenant's digest composer and runner and
 * alert runner → tenancy → activity handler → HTTP server → scheduler (every tenant's digests and alerts).
 * `startBotApp` is the same wiring for tests and scripts, with the clock, proactive senders, scheduler
 * timer and command runner replaceable.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createAlertMessageSource } from './alerts/alert-message.js';
import { AlertRunner } from './alerts/alert-runner.js';
import { digestAlertsOf } from './alerts/digest-alerts.js';
import { ActivityClaims } from './bot/activity-claims.js';
import { createBotAuthentication } from './bot/bot-authentication.js';
import { createDigestPoster } from './bot/digest-poster.js';
import { FileExports } from './bot/file-exports.js';
import { checkActivityEnvelope } from './bot/inbound-activity.js';
import { PrivateChat } from './bot/private-chat.js';
import { SeenActivities } from './bot/seen-activities.js';
import { createTeamsSender, type TeamsSender } from './bot/teams-sender.js';
import { accessDeniedReply } from './bot/access-policy.js';
import { Tenancy } from './bot/tenancy.js';
import { pinDigests } from './bot/tenant-pin.js';
import { createTurnErrorHandler } from './bot/turn-error.js';
import { UsageBot, type CommandRunner } from './bot/usage-bot.js';
import { systemClock, type Clock } from './clock.js';
import type { HandlerDeps, OverviewSource } from './commands/handler-context.js';
import { setEveryCustomerRulesIn } from './commands/alert-handlers.js';
import { handleCommand } from './commands/handlers.js';
import { formatCommand } from './commands/parse.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DigestComposer } from './digest/digest-composer.js';
import { createDigestMessageSource } from './digest/digest-message.js';
import { DigestRunner } from './digest/digest-runner.js';
import { startDigestScheduler, type Timer } from './digest/digest-scheduler.js';
import type { DigestSender } from './digest/digest-sender.js';
import { PendingExports } from './files/pending-exports.js';
import { createLogger, errorFields, type Logger } from './logger.js';
import { PacedSender } from './outbound/paced-sender.js';
import { privateFolderRoot } from './private-folder.js';
import { consentUrlFor } from './reports/graph-token.js';
import { startReportStack, type ReportStack } from './report-stack.js';
import { startBotServer } from './server.js';
import { checkServingMode, isDemoSource } from './serving-mode.js';
import { importFileState } from './store/import-file-state.js';
import { openStateStore } from './store/open-state-store.js';
import type { StateStore } from './store/state-store.js';
import { adoptLegacyState } from './tenants/legacy-state.js';
import { TenantSchedules } from './tenants/tenant-schedules.js';
import { readOverview } from './tenants/tenant-overview.js';
import { createOverviewDigest, EVERY_CUSTOMER_LABEL } from './tenants/overview-digest.js';
import { removeTenantData } from './tenants/tenant-data.js';
import { TenantRegistry } from './tenants/tenant-registry.js';
import { compileCardTemplates } from './views/card-templates.js';

/** Rows a list card carries at most: 25 rows keep the largest card well under Teams' 40 KB. */
export const CARD_ROW_LIMIT = 25;

/** The parts of the bot a test or script may replace; production passes only the logger. */
export type BotAppOptions = {
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Stands in for the sender's personal-chat calls (tests); replies and digests still use the real one. */
  readonly proactiveSender?: Pick<TeamsSender, 'continueConversation' | 'createPersonalConversation'>;
  /** Stands in for the digest's and the alerts' posts; default the bot's one sender. */
  readonly digestSender?: DigestSender;
  /** Schedules the digest scheduler's next run; tests pass one they drive by hand. */
  readonly digestTimer?: Timer;
  readonly runCommand?: CommandRunner;
  /** Jitter source for connector retries. */
  readonly random?: () => number;
  /** Where the Bot Connector's signing keys are published; tests serve their own on loopback. */
  readonly openIdMetadataUrl?: string;
  /** How long one fetch of the signing keys may take (default 5 s). */
  readonly keyFetchTimeoutMs?: number;
  /** CSV exports: where their private folder goes (default `<DATA_DIR>/private`), how long an unanswered offer's file is kept, bytes per upload request. */
  readonly fileExports?: { readonly parentFolder?: string; readonly ttlMs?: number; readonly uploadChunkBytes?: number };
};

/** The running bot: its URL, its report stack and how to stop both. */
export type BotApp = {
  /** Base URL of the server; Teams posts to `${url}/api/messages`. */
  readonly url: string;
  readonly stack: ReportStack;
  readonly authentication: boolean;
  /** The file-consent flow: tests wait for its uploads (`settled`) and expire its offers (`sweep`). */
  readonly fileExports: Pick<FileExports, 'settled' | 'sweep' | 'pendingCount'>;
  /** The activity handler: tests wait for the answers it finishes after their turn (`settled`). */
  readonly bot: Pick<UsageBot, 'settled'>;
  /** The weekly digest: the managing tenant's part of the state store (subscriptions, references, claims), and the runner of every tenant's digests. */
  readonly digest: { readonly store: StateStore; readonly runner: Pick<DigestRunner, 'runDue' | 'runNow'> };
  /** Stops the digest scheduler, the server, the answers still being finished, then the uploads and their files, then the report stack (and its emulator). */
  close(): Promise<void>;
};

/**
 * Starts everything `config` describes; on a failure part-way, what was started is closed again.
 * Throws ConfigError first for a configuration the bot must not serve in (see serving-mode.ts).
 */
export async function startBotApp(config: Config, options: BotAppOptions): Promise<BotApp> {
  checkServingMode(config);
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  if (config.bot.identity.kind === 'app' && config.graph.source.kind === 'emulator') {
    logger.warn('demo data: reports come from the built-in emulator, not Microsoft Graph (GRAPH_SOURCE=emulator); every card says so');
  }
  const auth = createBotAuthentication(config.bot.identity, clock, {
    openIdMetadataUrl: options.openIdMetadataUrl,
    logger,
    ...(options.keyFetchTimeoutMs !== undefined ? { keyFetchTimeoutMs: options.keyFetchTimeoutMs } : {}),
  });
  const { store: stateStore, archive } = await openStateStore(config.stateStore, config.dataDir);
  if (config.stateStore.kind === 'blob') await importFileState(config.dataDir, stateStore, logger);
  const managingTenantId = config.access.tenantId;
  await adoptLegacyState(stateStore, managingTenantId, logger);
  const registry = new TenantRegistry({ store: stateStore, clock, managing: { id: managingTenantId, name: config.access.tenantName } });
  await registry.list().catch((error: unknown) => logger.error('tenant list unreadable: customer tenants are refused until it is fixed', errorFields(error)));
  // Cards name their tenant once customer tenants are served; a single-tenant deployment's cards stay as they were.
  const nameOf = (tenantId: string) => (registry.known().length > 0 ? registry.nameOf(tenantId) : undefined);
  // Instances sharing a blob store share report data and the Graph request budget; one process keeps them itself.
  const stack = await startReportStack(config, logger, clock, archive ? { store: stateStore, archive } : undefined, { defaultTenantId: managingTenantId, nameOf });
  let fileExports: FileExports | undefined;
  try {
    // One pacer and retry loop for every send to Teams: replies, personal chats, file notices and digests.
    const paced = new PacedSender({ clock, logger, ...(options.random ? { random: options.random } : {}) });
    const teamsSender = createTeamsSender(auth.adapter, auth.appId, paced, clock);
    const sender: TeamsSender = options.proactiveSender ? { ...teamsSender, ...options.proactiveSender } : teamsSender;
    const privateChat = new PrivateChat({ sender, canCreateConversations: auth.enabled, logger });
    // Digests and alerts post through the one outbound path, as new posts in their conversations.
    const proactivePoster = options.digestSender ?? createDigestPoster(teamsSender);
    const servesSeveral = () => registry.known().length > 0;
    // The overview reads every customer with its own report service; only the managing tenant's conversations get it.
    const overview: OverviewSource = {
      managingName: config.access.tenantName,
      demo: isDemoSource(config.graph.source),
      read: () =>
        readOverview({
          customers: () => registry.list(),
          reportsFor: (tenantId) => stack.tenants.forTenant(tenantId),
          clock,
          copilotApi: config.graph.copilotApi,
          licences: config.licences,
        }),
    };
    // `digest subscribe @all`: the weekly overview of every customer, in a part of the store of its own.
    const overviewDigest = createOverviewDigest({
      store: stateStore,
      managingTenantId,
      overview,
      sender: proactivePoster,
      clock,
      logger,
      leaseMs: config.digest.leaseMs,
      graceMs: config.digest.graceMs,
    });
    // Each tenant's digests and alerts: its subscriptions and rules in its part of the store, its figures from its report service.
    const schedules = new TenantSchedules({
      store: stateStore,
      defaultTenantId: managingTenantId,
      registry,
      logger,
      overviewDigest: overviewDigest.runner,
      create(tenantId, store) {
        const reports = stack.tenants.forTenant(tenantId);
        const composer = new DigestComposer({
          reports,
          store,
          clock,
          copilotApi: config.graph.copilotApi,
          formatCommand,
          licences: config.licences,
          alerts: (subscriptionId) => digestAlertsOf(store, subscriptionId, formatCommand({ name: 'alert-list' })),
          logger,
        });
        // While several tenants are served, the buttons of its posts keep the tenant.
        const sender = pinDigests(proactivePoster, tenantId, servesSeveral);
        const runner = new DigestRunner({
          store,
          sender,
          compose: createDigestMessageSource(composer),
          clock,
          logger,
          leaseMs: config.digest.leaseMs,
          graceMs: config.digest.graceMs,
        });
        const alerts = new AlertRunner({
          store,
          sender,
          compose: createAlertMessageSource(formatCommand, config.graph.copilotApi),
          figures: { reports, clock, copilotApi: config.graph.copilotApi, licences: config.licences },
          tenantName: () => nameOf(tenantId),
          clock,
          logger,
          leaseMs: config.digest.leaseMs,
          checkIntervalMs: config.alerts.checkIntervalMs,
        });
        return { composer, runner, alerts };
      },
    });
    const depsFor = (tenantId: string): HandlerDeps => {
      const schedule = schedules.of(tenantId);
      return {
        reports: stack.tenants.forTenant(tenantId),
        clock,
        copilotApi: config.graph.copilotApi,
        rowLimit: CARD_ROW_LIMIT,
        licences: config.licences,
        digest: { store: schedule.store, composer: schedule.composer, runner: schedule.runner, defaultTimeZone: config.digest.defaultTimeZone },
        alerts: { store: schedule.store },
        tenantName: () => nameOf(tenantId),
        ...(tenantId === managingTenantId ? { overview } : {}),
      };
    };
    const handlerDeps = depsFor(managingTenantId);
    // What is kept for every customer: the overview digest's subscriptions and the alerts set with @all.
    const everyCustomerStore = overviewDigest.digestDeps.store;
    const everyCustomer = {
      alertDeps: {
        ...handlerDeps,
        everyCustomer: { customers: async () => (await registry.list()).map((tenant) => ({ name: tenant.name, deps: depsFor(tenant.id) })), rules: everyCustomerStore },
      },
      digestDeps: {
        ...handlerDeps,
        digest: { ...overviewDigest.digestDeps, defaultTimeZone: config.digest.defaultTimeZone },
        tenantName: () => EVERY_CUSTOMER_LABEL,
      },
    };
    const runCommand = options.runCommand ?? handleCommand;
    // Instances on a blob store claim each activity (and each answer to a file offer) there; one process on files remembers them in memory.
    const claims = config.stateStore.kind === 'blob' ? new ActivityClaims({ store: stateStore, clock, logger }) : undefined;
    const seen = new SeenActivities({ claims, logger });
    const pending = new PendingExports({
      clock,
      parentFolder: options.fileExports?.parentFolder ?? privateFolderRoot(config.dataDir),
      ttlMs: options.fileExports?.ttlMs,
      logger,
    });
    const tenancy = new Tenancy({
      access: config.access,
      registry,
      logger,
      depsFor,
      storeFor: (tenantId) => schedules.of(tenantId).store,
      everyCustomer,
      commands: {
        clock,
        checkPermissions: (tenantId) => stack.tenants.forTenant(tenantId).checkPermissions(),
        async removeData(tenantId) {
          const removed = await removeTenantData(stateStore, archive, tenantId);
          await stack.tenants.drop(tenantId);
          schedules.drop(tenantId);
          const files = await pending.withdrawTenant(tenantId);
          logger.info('tenant data removed', { tenant: tenantId, records: removed.records, sharedFiles: removed.files, pendingFiles: files });
        },
        consentUrl: (tenantId) => consentUrlFor(stack.auth, stack.graphUrl, tenantId),
        async tenantAdded(tenantId) {
          const alerts = await setEveryCustomerRulesIn(everyCustomerStore, depsFor(tenantId));
          if (alerts > 0) logger.info('alerts for every customer set in a tenant added', { tenant: tenantId, alerts });
        },
      },
    });
    fileExports = new FileExports({
      pending,
      privateChat,
      sender,
      // A file rebuilt after its offer outlived it is about the offer's tenant, if the asker may still see it.
      async runCommand(parsed, activity, tenant) {
        const home = await tenancy.decide(activity);
        if (!home.allowed) return accessDeniedReply(home.reason, config.access.contact);
        const subject = await tenancy.subjectOf(home, activity.conversation?.id ?? '', tenant !== undefined ? { id: tenant } : {});
        return subject.ok ? runCommand(parsed, 'personal', depsFor(subject.tenantId)) : subject.reply;
      },
      clock,
      logger,
      seen,
      allowRemoteUploads: auth.enabled,
      random: options.random,
      uploadChunkBytes: options.fileExports?.uploadChunkBytes,
    });
    const bot = new UsageBot({
      access: config.access,
      handlerDeps,
      sender,
      privateChat,
      fileExports,
      tenancy,
      seen,
      logger,
      runCommand: options.runCommand,
    });
    auth.adapter.onTurnError = createTurnErrorHandler(logger, sender);
    // Before the server listens: the first ask's progress card then renders without compiling a template.
    compileCardTemplates();
    const server = await startBotServer({
      host: config.bot.host,
      port: config.bot.port,
      logger,
      adapter: auth.adapter,
      bot,
      precheck: auth.precheck,
      checkActivity: (body) => checkActivityEnvelope(body, { authenticated: auth.enabled }),
      health: () => ({ ok: true, version: readVersion() }),
    });
    // Started once the server takes requests: the first run posts what fell due while the bot was down.
    const own = schedules.of(managingTenantId);
    // One tick runs every tenant's digests and alerts; run-now here is the managing tenant's (handlers reach each tenant's own).
    const runner = { runDue: () => schedules.runDue(), runNow: (subscriptionId: string, requestedBy: string) => own.runner.runNow(subscriptionId, requestedBy) };
    const digestScheduler = startDigestScheduler({ runner, clock, logger, ...(options.digestTimer ? { timer: options.digestTimer } : {}) });
    const exports = fileExports;
    return {
      url: server.url,
      stack,
      authentication: auth.enabled,
      fileExports: exports,
      bot,
      digest: { store: own.store, runner },
      async close() {
        await digestScheduler.stop();
        await server.close();
        await bot.settled();
        await exports.close();
        await stack.close();
      },
    };
  } catch (error) {
    await fileExports?.close();
    await stack.close();
    throw error;
  }
}

let version: string | undefined;

function readVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/**
 * `npm run bot`: reads the configuration, starts the bot, logs where it listens and stops it on SIGINT
 * or SIGTERM. Multi-instance tests run it in child processes with `options` (a clock they drive).
 */
export async function runBot(options: Omit<BotAppOptions, 'logger'> = {}): Promise<void> {
  const logger = createLogger();
  let app: BotApp;
  try {
    const config = loadConfig();
    app = await startBotApp(config, { ...options, logger });
  } catch (error) {
    if (error instanceof ConfigError) logger.error('configuration refused', { variable: error.variable, reason: error.message });
    else logger.error('start-up failed', errorFields(error));
    process.exit(1);
  }
  logger.info('bot listening', {
    endpoint: `${app.url}/api/messages`,
    source: app.stack.service.status().source,
    authentication: app.authentication,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('bot stopping', { signal });
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href;
}

if (isMainModule()) await runBot();

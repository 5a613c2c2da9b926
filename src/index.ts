/**
 * Composition root for `npm run bot`: configuration → state store → report stack (Graph or the
 * built-in emulator) → bot adapter and authentication → digest composer and runner → activity handler
 * → HTTP server → digest scheduler. `startBotApp` is the same wiring for tests and scripts, with the
 * clock, proactive senders, scheduler timer and command runner replaceable.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ActivityDelivery } from './bot/activity-delivery.js';
import { createBotAuthentication } from './bot/bot-authentication.js';
import { FileExports } from './bot/file-exports.js';
import { checkActivityEnvelope } from './bot/inbound-activity.js';
import { PrivateChat } from './bot/private-chat.js';
import { createProactiveSender, type ProactiveSender } from './bot/proactive-sender.js';
import { createTurnErrorHandler } from './bot/turn-error.js';
import { UsageBot, type CommandRunner } from './bot/usage-bot.js';
import { systemClock, type Clock } from './clock.js';
import type { HandlerDeps } from './commands/handler-context.js';
import { handleCommand } from './commands/handlers.js';
import { formatCommand } from './commands/parse.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DigestComposer } from './digest/digest-composer.js';
import { createDigestMessageSource } from './digest/digest-message.js';
import { DigestRunner } from './digest/digest-runner.js';
import { startDigestScheduler, type Timer } from './digest/digest-scheduler.js';
import { createDigestSender, type DigestSender } from './digest/digest-sender.js';
import { PendingExports } from './files/pending-exports.js';
import { createLogger, type Logger } from './logger.js';
import { startReportStack, type ReportStack } from './report-stack.js';
import { startBotServer } from './server.js';
import { FileStateStore, stateStoreFolder } from './store/file-state-store.js';
import type { StateStore } from './store/state-store.js';

/** Rows a list card carries at most: 25 rows keep the largest card well under Teams' 40 KB. */
export const CARD_ROW_LIMIT = 25;

/** The parts of the bot a test or script may replace; production passes only the logger. */
export type BotAppOptions = {
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Stands in for the adapter's proactive calls (tests: botbuilder's TestAdapter has none). */
  readonly proactiveSender?: ProactiveSender;
  /** Stands in for the digest's proactive posts; default `continueConversationAsync` on the bot's adapter. */
  readonly digestSender?: DigestSender;
  /** Schedules the digest scheduler's next run; tests pass one they drive by hand. */
  readonly digestTimer?: Timer;
  readonly runCommand?: CommandRunner;
  /** Jitter source for connector retries. */
  readonly random?: () => number;
  /** Where the Bot Connector's signing keys are published; tests serve their own on loopback. */
  readonly openIdMetadataUrl?: string;
  /** CSV exports: where their private temp folder goes, how long an unanswered offer's file is kept, bytes per upload request. */
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
  /** The weekly digest: its state store (subscriptions, references, claims) and runner. */
  readonly digest: { readonly store: StateStore; readonly runner: Pick<DigestRunner, 'runDue' | 'runNow'> };
  /** Stops the digest scheduler, the server, then the uploads and their files, then the report stack (and its emulator). */
  close(): Promise<void>;
};

/** Starts everything `config` describes; on a failure part-way, what was started is closed again. */
export async function startBotApp(config: Config, options: BotAppOptions): Promise<BotApp> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const auth = createBotAuthentication(config.bot.identity, clock, { openIdMetadataUrl: options.openIdMetadataUrl });
  const stateStore = await FileStateStore.open(stateStoreFolder(config.dataDir));
  const stack = await startReportStack(config, logger, clock);
  let fileExports: FileExports | undefined;
  try {
    const delivery = new ActivityDelivery({ clock, logger, random: options.random });
    const sender = options.proactiveSender ?? createProactiveSender(auth.adapter, auth.appId, delivery);
    const privateChat = new PrivateChat({ sender, canCreateConversations: auth.enabled, logger });
    const composer = new DigestComposer({
      reports: stack.service,
      store: stateStore,
      clock,
      copilotApi: config.graph.copilotApi,
      formatCommand,
      ...(config.digest.seatPrice ? { seatPrice: config.digest.seatPrice } : {}),
      logger,
    });
    const runner = new DigestRunner({
      store: stateStore,
      sender: options.digestSender ?? createDigestSender(auth.adapter, auth.appId),
      compose: createDigestMessageSource(composer),
      clock,
      logger,
      leaseMs: config.digest.leaseMs,
      graceMs: config.digest.graceMs,
      ...(options.random ? { random: options.random } : {}),
    });
    const handlerDeps: HandlerDeps = {
      reports: stack.service,
      clock,
      copilotApi: config.graph.copilotApi,
      rowLimit: CARD_ROW_LIMIT,
      digest: { store: stateStore, composer, runner, defaultTimeZone: config.digest.defaultTimeZone },
    };
    const runCommand = options.runCommand ?? handleCommand;
    fileExports = new FileExports({
      pending: new PendingExports({ clock, parentFolder: options.fileExports?.parentFolder, ttlMs: options.fileExports?.ttlMs }),
      privateChat,
      sender,
      delivery,
      runCommand: (parsed) => runCommand(parsed, 'personal', handlerDeps),
      tenantId: config.access.tenantId,
      clock,
      logger,
      allowRemoteUploads: auth.enabled,
      random: options.random,
      uploadChunkBytes: options.fileExports?.uploadChunkBytes,
    });
    const bot = new UsageBot({
      access: config.access,
      handlerDeps,
      delivery,
      privateChat,
      fileExports,
      stateStore,
      logger,
      runCommand: options.runCommand,
    });
    auth.adapter.onTurnError = createTurnErrorHandler(logger);
    const source = stack.service.status().source;
    const server = await startBotServer({
      host: config.bot.host,
      port: config.bot.port,
      logger,
      adapter: auth.adapter,
      bot,
      precheck: auth.precheck,
      checkActivity: (body) => checkActivityEnvelope(body, { authenticated: auth.enabled }),
      health: () => ({ ok: true, version: readVersion(), source, authentication: auth.enabled }),
    });
    // Started once the server takes requests: the first run posts what fell due while the bot was down.
    const digestScheduler = startDigestScheduler({ runner, clock, logger, ...(options.digestTimer ? { timer: options.digestTimer } : {}) });
    const exports = fileExports;
    return {
      url: server.url,
      stack,
      authentication: auth.enabled,
      fileExports: exports,
      digest: { store: stateStore, runner },
      async close() {
        await digestScheduler.stop();
        await server.close();
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

async function main(): Promise<void> {
  const logger = createLogger();
  let app: BotApp;
  try {
    const config = loadConfig();
    app = await startBotApp(config, { logger });
  } catch (error) {
    if (error instanceof ConfigError) logger.error('configuration refused', { variable: error.variable, reason: error.message });
    else logger.error('start-up failed', { reason: error instanceof Error ? error.message : String(error) });
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
        logger.error('shutdown failed', { reason: error instanceof Error ? error.message : String(error) });
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

if (isMainModule()) await main();

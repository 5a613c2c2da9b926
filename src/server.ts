/**
 * The HTTP edge, and the only file that knows restify: `POST /api/messages` into the bot adapter and
 * `GET /healthz` for probes. Requests are refused as early and as cheaply as possible: a bad
 * `Authorization` header before the body is read, a malformed activity before a turn runs on it.
 * Nothing here logs headers, tokens or bodies.
 */
import { isIP } from 'node:net';
import restify, { type Request, type Response } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { PrecheckResult } from './bot/authorization-precheck.js';
import type { ActivityProcessor } from './bot/edge-adapter.js';
import type { EnvelopeCheck } from './bot/inbound-activity.js';
import { isLoopbackHost } from './config.js';
import type { Logger } from './logger.js';

/** What `GET /healthz` answers: no secrets, no tenant or user data. */
export type HealthReport = {
  readonly ok: boolean;
  readonly version: string;
  /** Where report data comes from, e.g. `Graph reports emulator`. */
  readonly source: string;
  /** Whether inbound requests must carry a Bot Connector token. */
  readonly authentication: boolean;
};

/** The adapter and bot to serve, the checks to run before them, and where to listen. */
export type BotServerOptions = {
  readonly host: string;
  readonly port: number;
  readonly logger: Logger;
  readonly adapter: ActivityProcessor;
  readonly bot: { run(context: TurnContext): Promise<void> };
  /** The cheap `Authorization` check; absent only when authentication is off, which needs a loopback host. */
  readonly precheck?: (header: string | undefined) => PrecheckResult;
  readonly checkActivity: (body: unknown) => EnvelopeCheck;
  readonly health: () => HealthReport;
  readonly maxBodyBytes?: number;
};

/** A listening server. */
export type BotServer = {
  /** Base URL, e.g. `http://127.0.0.1:3978`; the messaging endpoint is `${url}/api/messages`. */
  readonly url: string;
  close(): Promise<void>;
};

/** Teams activities are a few KB; a megabyte leaves room for large card submits and still bounds memory. */
const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/** Starts listening; refuses to run unauthenticated on anything but a loopback address. */
export async function startBotServer(options: BotServerOptions): Promise<BotServer> {
  const { host, logger, precheck } = options;
  if (!precheck && !isLoopbackHost(host)) {
    throw new Error(`Refusing to listen on ${host} without authentication: set BOT_ID (and its credential) or use a loopback address.`);
  }
  const server = restify.createServer({ name: 'm365-usage-bot', handleUncaughtExceptions: false });

  server.get('/healthz', (_req: Request, res: Response, next: () => void) => {
    res.header('Cache-Control', 'no-store');
    res.send(200, options.health());
    next();
  });

  // restify 11: a handler that may stop the chain takes `next` and must not be async.
  const checkAuthorization = (req: Request, res: Response, next: (stop?: false) => void): void => {
    if (!precheck) return next();
    const result = precheck(req.headers.authorization);
    if (result.ok) return next();
    logger.warn('request refused', { status: 401, reason: result.reason });
    res.header('WWW-Authenticate', 'Bearer');
    res.send(401, { error: 'unauthorized' });
    return next(false);
  };

  // restify's JSON parser reads `maxBodySize` (it passes its options to bodyReader); @types/restify omits it.
  const jsonOptions = { maxBodySize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, mapParams: false };
  server.post(
    '/api/messages',
    checkAuthorization,
    restify.plugins.jsonBodyParser(jsonOptions),
    async (req: Request, res: Response) => {
      const envelope = options.checkActivity(req.body);
      if (!envelope.ok) {
        logger.warn('activity refused', { status: envelope.status, problem: envelope.problem });
        res.send(envelope.status, { error: envelope.status === 403 ? 'forbidden' : 'bad activity', problem: envelope.problem });
        return;
      }
      try {
        await options.adapter.processRequest(req, res, (context) => options.bot.run(context));
      } catch (error) {
        // The adapter answers auth and turn failures itself; this is what escaped it.
        logger.error('request failed', { errorName: error instanceof Error ? error.name : typeof error });
        if (!res.headersSent) res.send(500, { error: 'internal' });
      }
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${isIP(host) === 6 ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open until their clients hang up.
        server.server.closeIdleConnections();
      }),
  };
}

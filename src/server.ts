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

/**
 * What `GET /healthz` answers, to anyone: that the bot is up, and its version. Nothing about how it
 * authenticates or where its data comes from, no secrets, no tenant or user data.
 */
export type HealthReport = {
  readonly ok: boolean;
  readonly version: string;
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

/**
 * Starts listening; refuses to run unauthenticated on anything but a loopback address, and then answers
 * only requests whose `Host` is a loopback name or address.
 */
export async function startBotServer(options: BotServerOptions): Promise<BotServer> {
  const { host, logger, precheck } = options;
  if (!precheck && !isLoopbackHost(host)) {
    throw new Error(`Refusing to listen on ${host} without authentication: set BOT_ID (and its credential) or use a loopback address.`);
  }
  const server = restify.createServer({ name: 'm365-usage-bot', handleUncaughtExceptions: false });

  // Unauthenticated, a page in the user's browser could post here through a name that resolves to
  // loopback (DNS rebinding): only requests addressed to a loopback host are answered.
  if (!precheck) {
    server.pre((req: Request, res: Response, next: (stop?: false) => void): void => {
      if (isLoopbackHostHeader(req.headers.host)) return next();
      logger.warn('request refused', { status: 403, reason: 'host' });
      res.send(403, { error: 'forbidden', problem: 'Without BOT_ID the bot answers requests addressed to localhost, 127.0.0.1 or [::1] only.' });
      return next(false);
    });
  }

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

/** A `Host` header naming a loopback name or address, with or without a port. */
function isLoopbackHostHeader(value: string | undefined): boolean {
  const match = value === undefined ? null : /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(value);
  return match?.[1] !== undefined && isLoopbackHost(match[1]);
}

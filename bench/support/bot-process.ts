/**
 * The process a benchmark measures: `usage` runs the bot as `npm run bot` does (startBotApp with the
 * configuration in the environment, JSON logs to stderr), `echo` runs an echo bot on the same restify +
 * CloudAdapter stack (same server, envelope check and adapter, a handler that sends the text back).
 * Driven over IPC by `bot-child.ts`: it reports its URL, profiles on request and reports its peak RSS.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ActivityHandler } from 'botbuilder';
import { createBotAuthentication } from '../../src/bot/bot-authentication.js';
import { checkActivityEnvelope } from '../../src/bot/inbound-activity.js';
import { createTurnErrorHandler } from '../../src/bot/turn-error.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { startBotApp } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import { startBotServer } from '../../src/server.js';
import type { ChildReply, ChildRequest } from './bot-child.js';

const kind = process.argv[2];
const logger = createLogger();
const config = loadConfig();

async function startEchoBot(): Promise<{ url: string; close(): Promise<void> }> {
  const auth = createBotAuthentication(config.bot.identity, systemClock);
  auth.adapter.onTurnError = createTurnErrorHandler(logger);
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  return startBotServer({
    host: config.bot.host,
    port: config.bot.port,
    logger,
    adapter: auth.adapter,
    bot,
    checkActivity: (body) => checkActivityEnvelope(body, { authenticated: auth.enabled }),
    health: () => ({ ok: true, version: 'echo', source: 'none', authentication: auth.enabled }),
  });
}

const app = kind === 'echo' ? await startEchoBot() : await startBotApp(config, { logger });
const session = new Session();
session.connect();

async function answer(request: ChildRequest): Promise<ChildReply> {
  switch (request.type) {
    case 'profile-start':
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 1000 });
      await session.post('Profiler.start');
      return { id: request.id };
    case 'profile-stop': {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(request.path, JSON.stringify(profile));
      return { id: request.id };
    }
    case 'stop':
      await app.close();
      return { id: request.id, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  }
}

process.on('message', (request: ChildRequest) => {
  answer(request).then(
    // After `stop`, exit once the reply is out: nothing the bot left behind may keep the process alive.
    (reply) => process.send?.(reply, () => (request.type === 'stop' ? process.exit(0) : undefined)),
    (error: unknown) => process.send?.({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.send?.({ id: 0, url: app.url });

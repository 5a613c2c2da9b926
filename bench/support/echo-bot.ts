/**
 * The framework floor the benchmarks compare the bot with: an echo bot on the bot's own HTTP edge
 * (restify server, authorization precheck, envelope check, CloudAdapter, turn error handler) and its one
 * paced Teams sender, whose handler sends the text back in one message; with `typing`, after a typing
 * indicator, as the bot does in personal chat.
 */
import { ActivityHandler, ActivityTypes } from 'botbuilder';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import type { BotServer } from '../../src/server.js';

/** A module of the bot as `npm run build` compiled it (this file runs as JavaScript beside `bot-process.ts`), typed by its source. */
const built = <Module>(file: string) => import(new URL(`../../dist/${file}`, import.meta.url).href) as Promise<Module>;

const [{ createBotAuthentication }, { checkActivityEnvelope }, { createTeamsSender }, { createTurnErrorHandler }, { systemClock }, { PacedSender }, { startBotServer }] =
  await Promise.all([
    built<typeof import('../../src/bot/bot-authentication.js')>('bot/bot-authentication.js'),
    built<typeof import('../../src/bot/inbound-activity.js')>('bot/inbound-activity.js'),
    built<typeof import('../../src/bot/teams-sender.js')>('bot/teams-sender.js'),
    built<typeof import('../../src/bot/turn-error.js')>('bot/turn-error.js'),
    built<typeof import('../../src/clock.js')>('clock.js'),
    built<typeof import('../../src/outbound/paced-sender.js')>('outbound/paced-sender.js'),
    built<typeof import('../../src/server.js')>('server.js'),
  ]);

export async function startEchoBot(config: Config, logger: Logger, options: { typing?: boolean } = {}): Promise<BotServer> {
  const auth = createBotAuthentication(config.bot.identity, systemClock, { logger });
  const sender = createTeamsSender(auth.adapter, auth.appId, new PacedSender({ clock: systemClock, logger }), systemClock);
  auth.adapter.onTurnError = createTurnErrorHandler(logger, sender);
  const bot = new ActivityHandler();
  // Through the bot's one Teams sender, as every send to Teams must go: paced to Teams' limits (50
  // requests/s per app and tenant counts replies and typing indicators alike), so the floor is a bot
  // Teams would not throttle, and the comparison measures what the bot adds on top.
  bot.onMessage(async (context, next) => {
    const typing = options.typing ? [{ type: ActivityTypes.Typing }] : [];
    await sender.reply(context, [...typing, { type: ActivityTypes.Message, text: `echo: ${context.activity.text ?? ''}` }]);
    await next();
  });
  return startBotServer({
    host: config.bot.host,
    port: config.bot.port,
    logger,
    adapter: auth.adapter,
    bot,
    precheck: auth.precheck,
    checkActivity: (body) => checkActivityEnvelope(body, { authenticated: auth.enabled }),
    health: () => ({ ok: true, version: 'echo' }),
  });
}

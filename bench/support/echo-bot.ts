/**
 * The framework floor the benchmarks compare the bot with: an echo bot on the bot's own HTTP edge
 * (restify server, authorization precheck, envelope check, CloudAdapter, turn error handler) and its one
 * paced Teams sender, whose handler sends the text back in one message; with `typing`, after a typing
 * indicator, as the bot does in personal chat.
 */
import { ActivityHandler, ActivityTypes } from 'botbuilder';
import { createBotAuthentication } from '../../src/bot/bot-authentication.js';
import { checkActivityEnvelope } from '../../src/bot/inbound-activity.js';
import { createTeamsSender } from '../../src/bot/teams-sender.js';
import { createTurnErrorHandler } from '../../src/bot/turn-error.js';
import { systemClock } from '../../src/clock.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import { PacedSender } from '../../src/outbound/paced-sender.js';
import { startBotServer, type BotServer } from '../../src/server.js';

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
    health: () => ({ ok: true, version: 'echo', source: 'none', authentication: auth.enabled }),
  });
}

/**
 * The process a benchmark measures: `usage` runs the bot as `npm run bot` does (startBotApp with the
 * configuration in the environment, JSON logs to stderr), `echo` the echo bot on the same restify +
 * CloudAdapter stack (`echo-bot.ts`), `echo-typing` the echo bot sending a typing indicator first.
 * Driven over IPC by `bot-child.ts`: it reports its URL, profiles on request and reports its peak memory.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { ChildReply, ChildRequest } from './bot-child.js';

const logger = createLogger();
const config = loadConfig();
const kind = process.argv[2];
// Imported on demand, so the echo bot's start-up loads only what it uses (the cold-start benchmark compares them).
const app =
  kind === 'echo' || kind === 'echo-typing'
    ? await (await import('./echo-bot.js')).startEchoBot(config, logger, { typing: kind === 'echo-typing' })
    : await (await import('../../src/index.js')).startBotApp(config, { logger });

// Where the resident memory is: the peaks of the JavaScript heap and of memory outside it (buffers), sampled.
const peaks = { heapUsed: 0, external: 0 };
setInterval(() => {
  const usage = process.memoryUsage();
  peaks.heapUsed = Math.max(peaks.heapUsed, usage.heapUsed);
  peaks.external = Math.max(peaks.external, usage.external);
}, 100).unref();
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
      return { id: request.id, memory: { maxRss: process.resourceUsage().maxRSS * 1024, peakHeapUsed: peaks.heapUsed, peakExternal: peaks.external } };
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

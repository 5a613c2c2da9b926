/**
 * The process a benchmark measures: `usage` runs the bot as `npm run bot` does (the built `dist/`, plain
 * node, startBotApp with the configuration in the environment, JSON logs to stderr), `echo` the echo bot
 * on the same restify + CloudAdapter stack (`echo-bot.ts`), `echo-typing` the echo bot sending a typing
 * indicator first, `emulator` the Graph reports emulator alone (so a bot's memory and CPU are its own).
 * `bot-child.ts` runs it as JavaScript (its types stripped into `bench/out/`, no tsx), so that nothing but
 * the bot's own modules, from `dist/`, weighs on its memory and start-up. Driven over IPC by `bot-child.ts`:
 * it reports its URL, profiles on request and reports its peak memory and where it was (peaks from the
 * start, or from a `reset-peak`), its CPU time and its heap after a full collection.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { getHeapSpaceStatistics } from 'node:v8';
import type { ChildReply, ChildRequest, MemoryAtPeak } from './bot-child.js';

/** A module of the bot as `npm run build` compiled it, typed by its source. */
const built = <Module>(file: string) => import(new URL(`../../dist/${file}`, import.meta.url).href) as Promise<Module>;

const { loadConfig } = await built<typeof import('../../src/config.js')>('config.js');
const { createLogger } = await built<typeof import('../../src/logger.js')>('logger.js');
const logger = createLogger();
const config = loadConfig();
const kind = process.argv[2];

/** The emulator's clock: the system's, moved on by what the benchmark asks (`advance-clock`). */
let clockOffsetMs = 0;
const emulatorClock = {
  now: () => Date.now() + clockOffsetMs,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

/** Requests the emulator answered, by Graph function, from its log of the last 10,000 (a full read of a million users is about 1,000). */
let countRequests: () => Record<string, number> = () => ({});

/** Starts what `kind` names; each is imported on demand, so the echo bot's start-up loads only what it uses (cold-start compares them). */
async function start(): Promise<{ readonly url: string; close(): Promise<void> }> {
  switch (kind) {
    case 'echo':
    case 'echo-typing':
      return (await import('./echo-bot.js')).startEchoBot(config, logger, { typing: kind === 'echo-typing' });
    case 'emulator': {
      const { startGraphEmulator } = await built<typeof import('../../src/emulator/graph-emulator.js')>('emulator/graph-emulator.js');
      // Graph's throttling off: the benchmark that measures it (graph-budget) runs its own emulator.
      const emulator = await startGraphEmulator({ ...config.emulator, throttle: false, clock: emulatorClock });
      countRequests = () => {
        const counts: Record<string, number> = {};
        for (const request of emulator.requests) counts[request.functionName ?? request.kind] = (counts[request.functionName ?? request.kind] ?? 0) + 1;
        return counts;
      };
      return emulator;
    }
    default:
      return (await built<typeof import('../../src/index.js')>('index.js')).startBotApp(config, { logger });
  }
}
const app = await start();

// Where the resident memory is: the peaks of the JavaScript heap and of memory outside it (buffers), and
// at the highest RSS sampled, the V8 heap by space (reserved, not only used) beside the buffers.
const peaks = { heapUsed: 0, external: 0 };
let atPeak: MemoryAtPeak | undefined;
setInterval(() => {
  const usage = process.memoryUsage();
  peaks.heapUsed = Math.max(peaks.heapUsed, usage.heapUsed);
  peaks.external = Math.max(peaks.external, usage.external);
  if (atPeak && usage.rss <= atPeak.rss) return;
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name.replace(/_space$/, ''), space.space_size]));
  atPeak = { rss: usage.rss, heapTotal: usage.heapTotal, heapUsed: usage.heapUsed, external: usage.external, spaces };
}, 100).unref();
const peakMemory = () => ({ maxRss: peakRss(), peakHeapUsed: peaks.heapUsed, peakExternal: peaks.external, atPeak });

/** The peak RSS: Linux's VmHWM, which `reset-peak` can set back to the current RSS; elsewhere the process's maxRSS. */
function peakRss(): number {
  const hwm = existsSync('/proc/self/status') ? /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8')) : null;
  return Number(hwm?.[1] ?? process.resourceUsage().maxRSS) * 1024;
}
// Connected at the first profile only: an idle inspector session is no part of the bot.
let session: Session | undefined;

async function answer(request: ChildRequest): Promise<ChildReply> {
  switch (request.type) {
    case 'profile-start':
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 1000 });
      await session.post('Profiler.start');
      return { id: request.id };
    case 'profile-stop': {
      if (!session) throw new Error('profile-stop before profile-start');
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(request.path, JSON.stringify(profile));
      session.disconnect();
      return { id: request.id };
    }
    case 'memory':
      return { id: request.id, memory: peakMemory() };
    case 'reset-peak':
      // Linux sets the peak RSS (VmHWM) back to the current RSS on "5" (proc(5), clear_refs).
      if (existsSync('/proc/self/clear_refs')) writeFileSync('/proc/self/clear_refs', '5');
      peaks.heapUsed = 0;
      peaks.external = 0;
      atPeak = undefined;
      return { id: request.id };
    case 'cpu': {
      const { user, system } = process.cpuUsage();
      const thread = process.threadCpuUsage();
      return { id: request.id, value: user + system, mainThread: thread.user + thread.system };
    }
    case 'heap-after-gc': {
      const gcSession = new Session();
      gcSession.connect();
      await gcSession.post('HeapProfiler.collectGarbage');
      gcSession.disconnect();
      return { id: request.id, value: process.memoryUsage().heapUsed };
    }
    case 'advance-clock':
      clockOffsetMs += request.ms;
      return { id: request.id };
    case 'requests':
      return { id: request.id, requests: countRequests() };
    case 'stop':
      await app.close();
      return { id: request.id, memory: peakMemory() };
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

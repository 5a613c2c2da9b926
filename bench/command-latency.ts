/**
 * Command latency against the framework floor. `copilot summary D30`, `copilot inactive D30` and `help`
 * through `POST /api/messages` at 1, 10 and 100 concurrent requests over 1,000 personal conversations,
 * warm report cache, replies to a loopback fake connector; beside it, in the same run, an echo bot on the
 * same restify + CloudAdapter stack, and for reference the echo bot sending a typing indicator first (as
 * the bot does in personal chat). Each runs in its own process; at each concurrency the runs are split
 * into rounds that alternate between them, so load from other processes on the machine falls on all alike.
 * Goals (issue 11): ≥ 70 % of the echo bot's throughput and p99 ≤ 1.5× its p99 at every concurrency;
 * the bot's peak RSS < 250 MiB. The bots run the built `dist/`; the emulated tenant runs in a process of
 * its own.
 */
import { startBotChild, type PeakMemory } from './support/bot-child.js';
import { botNodeFlags, count, createGoalReport, memoryParts, peakMemory, percent, quick, ratio } from './support/bench-run.js';
import { startFakeConnector } from './support/fake-connector.js';
import { formatLatency, summarizeLatencies, type LatencySummary } from './support/latency-stats.js';
import { runLoad } from './support/message-load.js';

const COMMANDS = ['copilot summary D30', 'copilot inactive D30', 'help'] as const;
const CONCURRENCIES = [1, 10, 100] as const;
const CONVERSATIONS = quick ? 100 : 1_000;
const ROUNDS = quick ? 2 : 5;
const EMULATOR_USERS = '2000';
const GOAL_THROUGHPUT_SHARE = 0.7;
const GOAL_P99_RATIO = 1.5;
const GOAL_RSS_BYTES = 250 * 1024 * 1024;

/** A little over the pacer's tenant window (50 sends per 1,050 ms, src/outbound/send-pacer.ts). */
const PACING_WINDOW_MS = 1_100;

/** Requests per target and concurrency, over all rounds. */
const requestsAt = (concurrency: number) => (quick ? 200 : concurrency === 1 ? 500 : 2_000);

type Target = { readonly label: string; readonly url: string; readonly text: string; readonly command?: string };
type Measured = LatencySummary & { failures: number; replies: number };

async function main(): Promise<void> {
  const goals = createGoalReport('command-latency');
  const connector = await startFakeConnector();
  const echo = await startBotChild('echo', {});
  const echoTyping = await startBotChild('echo-typing', {});
  // The emulated tenant runs in its own process, as Graph is apart in production: the bot's memory is its own.
  const emulator = await startBotChild('emulator', { EMULATOR_USERS });
  const bot = await startBotChild('usage', { GRAPH_BASE_URL: emulator.url });
  console.log(
    `command-latency: ${count(CONVERSATIONS)} personal conversations, emulated tenant of ${EMULATOR_USERS} users, ` +
      `${ROUNDS} alternating rounds per concurrency${quick ? ' (--quick)' : ''}${botNodeFlags.length > 0 ? `; the bots run with ${botNodeFlags.join(' ')}` : ''}`,
  );
  const targets: Target[] = [
    { label: 'echo bot', url: echo.url, text: 'hello' },
    { label: 'echo bot + typing', url: echoTyping.url, text: 'hello' },
    ...COMMANDS.map((command) => ({ label: command, url: bot.url, text: command, command })),
  ];
  let botMemory: PeakMemory | undefined;
  try {
    const load = (url: string, text: string, concurrency: number, requests: number) =>
      runLoad({ botUrl: url, connectorUrl: connector.url, concurrency, requests, conversations: CONVERSATIONS, text: () => text });
    // Warm: every report fetched and cached once, then enough turns for the JIT to settle in every process.
    for (const command of COMMANDS) await load(bot.url, command, 1, 1);
    for (const target of targets) await load(target.url, target.text, 10, quick ? 50 : 300);

    const worst: { command: string; concurrency: number; share: number }[] = [];
    for (const concurrency of CONCURRENCIES) {
      const samples = new Map(targets.map((target) => [target, { latencies: [] as number[], wallMs: 0, failures: 0, replies: 0 }]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of targets) {
          const entry = samples.get(target)!;
          // Each process paces its sends to Teams' 50 per second per tenant; a pause of one pacing window
          // lets every target start unthrottled instead of inheriting the previous target's sends.
          await new Promise((resolve) => setTimeout(resolve, PACING_WINDOW_MS));
          const repliesBefore = connector.accepted.length;
          const result = await load(target.url, target.text, concurrency, Math.ceil(requestsAt(concurrency) / ROUNDS));
          entry.latencies.push(...result.samples);
          entry.wallMs += result.wallMs;
          entry.failures += result.failures;
          entry.replies += connector.accepted.length - repliesBefore;
        }
        connector.reset();
      }
      const measured = new Map<Target, Measured>(
        [...samples].map(([target, entry]) => [target, { ...summarizeLatencies(entry.latencies, entry.wallMs), failures: entry.failures, replies: entry.replies }]),
      );
      const floor = measured.get(targets[0]!)!;
      console.log(`  concurrency ${concurrency}, ${count(requestsAt(concurrency))} requests per target`);
      for (const [target, result] of measured) {
        const comparison = target === targets[0] ? '' : `; ${percent(result.throughput, floor.throughput)} of the echo bot's throughput, p99 ${ratio(result.p99, floor.p99)} its p99`;
        console.log(
          `    ${target.label.padEnd(22)} ${formatLatency(result)}${comparison}; ${(result.replies / result.requests).toFixed(2)} replies/request; ${result.failures} failed`,
        );
        if (!target.command) continue;
        const share = result.throughput / floor.throughput;
        const throughputMet = goals.check(
          `${target.command} @${concurrency}: throughput ≥ 70 % of echo`,
          share >= GOAL_THROUGHPUT_SHARE && result.failures === 0,
          percent(result.throughput, floor.throughput),
        );
        const p99Met = goals.check(`${target.command} @${concurrency}: p99 ≤ 1.5× echo`, result.p99 <= GOAL_P99_RATIO * floor.p99, ratio(result.p99, floor.p99));
        if (!throughputMet || !p99Met) worst.push({ command: target.command, concurrency, share });
      }
    }
    // Before any profile: the profiler's own memory is not the bot's.
    botMemory = await bot.memory();
    if (worst.length > 0) {
      const { command, concurrency } = worst.sort((a, b) => a.share - b.share)[0]!;
      console.log(`  profile of the bot process over another ${count(requestsAt(concurrency))} requests of ${command} @${concurrency} (the furthest from its goal):`);
      console.log(await bot.profile(async () => void (await load(bot.url, command, concurrency, requestsAt(concurrency)))));
    }
  } finally {
    botMemory ??= await bot.memory();
    await bot.stop();
    const echoMemory = await echo.stop();
    const echoTypingMemory = await echoTyping.stop();
    await emulator.stop();
    await connector.close();
    console.log(`  echo bot peak RSS ${peakMemory(echoMemory)}; ${memoryParts(echoMemory)}`);
    console.log(`  echo bot + typing peak RSS ${peakMemory(echoTypingMemory)}`);
    console.log(`  bot's memory ${memoryParts(botMemory)}`);
    goals.check('bot peak RSS < 250 MiB', botMemory.maxRss < GOAL_RSS_BYTES, peakMemory(botMemory));
  }
}

await main();

/**
 * Command latency against the framework floor. `copilot summary D30`, `copilot inactive D30` and `help`
 * through `POST /api/messages` at 1, 10 and 100 concurrent requests over 1,000 personal conversations,
 * warm report cache, replies to a loopback fake connector; beside it, in the same run, an echo bot on the
 * same restify + CloudAdapter stack, measured before and after the commands at each concurrency.
 * Goals (issue 11): ≥ 70 % of the echo bot's throughput and p99 ≤ 1.5× its p99 at every concurrency;
 * the bot's peak RSS < 250 MiB. The bot and the echo bot each run in their own process.
 */
import { startBotChild } from './support/bot-child.js';
import { count, createGoalReport, mib, percent, quick, ratio } from './support/bench-run.js';
import { startFakeConnector } from './support/fake-connector.js';
import { formatLatency, type LatencySummary } from './support/latency-stats.js';
import { runLoad } from './support/message-load.js';

const COMMANDS = ['copilot summary D30', 'copilot inactive D30', 'help'] as const;
const CONCURRENCIES = [1, 10, 100] as const;
const CONVERSATIONS = quick ? 100 : 1_000;
const EMULATOR_USERS = '2000';
const GOAL_THROUGHPUT_SHARE = 0.7;
const GOAL_P99_RATIO = 1.5;
const GOAL_RSS_BYTES = 250 * 1024 * 1024;

const requestsAt = (concurrency: number) => (quick ? 100 : concurrency === 1 ? 500 : 2_000);

async function main(): Promise<void> {
  const goals = createGoalReport('command-latency');
  const connector = await startFakeConnector();
  const echo = await startBotChild('echo', {});
  const bot = await startBotChild('usage', { EMULATOR_USERS });
  console.log(`command-latency: ${count(CONVERSATIONS)} personal conversations, emulated tenant of ${EMULATOR_USERS} users${quick ? ' (--quick)' : ''}`);
  try {
    const load = (url: string, text: string, concurrency: number, requests = requestsAt(concurrency)) =>
      runLoad({ botUrl: url, connectorUrl: connector.url, concurrency, requests, conversations: CONVERSATIONS, text: () => text });
    // Warm: every report fetched and cached once, then enough turns for the JIT to settle in both processes.
    for (const command of COMMANDS) await load(bot.url, command, 1, 1);
    for (const command of COMMANDS) await load(bot.url, command, 10, quick ? 50 : 300);
    await load(echo.url, 'hello', 10, quick ? 50 : 300);

    const worst: { command: string; concurrency: number; share: number }[] = [];
    for (const concurrency of CONCURRENCIES) {
      const before = await load(echo.url, 'hello', concurrency);
      const results = new Map<string, LatencySummary & { failures: number; repliesPerRequest: number }>();
      for (const command of COMMANDS) {
        connector.reset();
        const result = await load(bot.url, command, concurrency);
        results.set(command, { ...result, repliesPerRequest: connector.accepted.length / result.requests });
      }
      const after = await load(echo.url, 'hello', concurrency);
      // The stricter baseline of the two echo runs: the higher throughput and the lower p99.
      const floor = { throughput: Math.max(before.throughput, after.throughput), p99: Math.min(before.p99, after.p99) };
      console.log(`  concurrency ${concurrency}, ${count(requestsAt(concurrency))} requests per run`);
      console.log(`    echo bot (before)      ${formatLatency(before)}`);
      console.log(`    echo bot (after)       ${formatLatency(after)}`);
      for (const [command, result] of results) {
        const share = result.throughput / floor.throughput;
        console.log(
          `    ${command.padEnd(22)} ${formatLatency(result)}; ${percent(result.throughput, floor.throughput)} of the echo bot's throughput, ` +
            `p99 ${ratio(result.p99, floor.p99)} its p99; ${result.repliesPerRequest.toFixed(2)} replies/request; ${result.failures} failed`,
        );
        const met =
          goals.check(`${command} @${concurrency}: throughput ≥ 70 % of echo`, share >= GOAL_THROUGHPUT_SHARE && result.failures === 0, percent(result.throughput, floor.throughput)) &&
          goals.check(`${command} @${concurrency}: p99 ≤ 1.5× echo`, result.p99 <= GOAL_P99_RATIO * floor.p99, ratio(result.p99, floor.p99));
        if (!met) worst.push({ command, concurrency, share });
      }
    }
    if (worst.length > 0) {
      const { command, concurrency } = worst.sort((a, b) => a.share - b.share)[0]!;
      console.log(`  profile of the bot process over another run of ${command} @${concurrency} (the furthest from its goal):`);
      console.log(await bot.profile(async () => void (await load(bot.url, command, concurrency))));
    }
  } finally {
    const botRss = await bot.stop();
    const echoRss = await echo.stop();
    await connector.close();
    console.log(`  peak RSS: bot ${mib(botRss)}, echo bot ${mib(echoRss)}`);
    goals.check('bot peak RSS < 250 MiB', botRss < GOAL_RSS_BYTES, mib(botRss));
  }
}

await main();

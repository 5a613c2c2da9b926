/**
 * Graph budget: 1,000 mixed commands from 100 personal conversations (10 at a time, well within ten
 * minutes) against the emulator with Graph's throttling on (14 CSV requests per 10 minutes per report),
 * the bot in its own process. Goal (issue 11): exactly one Graph request per report and parameters per
 * refresh, and never a 429. Prints the requests per report as the breakdown when the goal is missed.
 */
import { startGraphEmulator } from '../src/emulator/graph-emulator.js';
import { startBotChild } from './support/bot-child.js';
import { count, createGoalReport, quick, seconds } from './support/bench-run.js';
import { startFakeConnector } from './support/fake-connector.js';
import { runLoad } from './support/message-load.js';

const COMMANDS = quick ? 200 : 1_000;
const CONVERSATIONS = quick ? 20 : 100;
const MIX = [
  'copilot summary D7',
  'copilot summary D30',
  'copilot summary D90',
  'copilot users D30',
  'copilot inactive D30',
  'copilot inactive D90',
  'copilot trend D30',
  'activations',
  'groups D7',
  'groups D30',
  'groups inactive D30',
  'status',
  'help',
] as const;

async function main(): Promise<void> {
  const goals = createGoalReport('graph-budget');
  const emulator = await startGraphEmulator({ throttle: true });
  const connector = await startFakeConnector();
  const bot = await startBotChild('usage', { GRAPH_BASE_URL: emulator.url });
  console.log(`graph-budget: ${count(COMMANDS)} commands (${MIX.length} kinds) from ${CONVERSATIONS} conversations, 10 at a time${quick ? ' (--quick)' : ''}`);
  try {
    // 7 is prime to 13, so consecutive requests ask different commands and every kind is asked alike.
    const result = await runLoad({ botUrl: bot.url, connectorUrl: connector.url, concurrency: 10, requests: COMMANDS, conversations: CONVERSATIONS, text: (i) => MIX[(i * 7) % MIX.length]! });
    const calls = emulator.requests.filter((request) => request.kind === 'api');
    const perReport = new Map<string, { requests: number; throttled: number }>();
    for (const call of calls) {
      const key = decodeURIComponent(call.path);
      const entry = perReport.get(key) ?? { requests: 0, throttled: 0 };
      entry.requests += 1;
      if (call.status === 429) entry.throttled += 1;
      perReport.set(key, entry);
    }
    const throttled = calls.filter((call) => call.status === 429).length;
    const repeated = [...perReport.values()].filter((entry) => entry.requests !== 1).length;
    console.log(
      `  ${count(result.requests)} commands in ${seconds(result.wallMs)}, ${result.failures} failed; ${connector.accepted.length} replies; ` +
        `${calls.length} Graph requests for ${perReport.size} distinct reports and parameters, ${emulator.requests.length - calls.length} downloads`,
    );
    const met = goals.check('one Graph request per report and parameters per refresh', repeated === 0, `${repeated} of ${perReport.size} asked more than once`);
    goals.check('no 429 from Graph', throttled === 0, `${throttled} answered 429`);
    if (!met || throttled > 0 || !quick) {
      for (const [path, entry] of [...perReport].sort()) console.log(`    ${String(entry.requests).padStart(3)} request(s), ${entry.throttled} × 429  ${path}`);
    }
  } finally {
    await bot.stop();
    await connector.close();
    await emulator.close();
  }
}

await main();

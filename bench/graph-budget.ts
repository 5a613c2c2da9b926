/**
 * Graph budget: 1,000 mixed commands (every report command, the workload and licence answers among them)
 * from 100 personal conversations, 10 at a time (well within ten minutes), shared by two bot instances in
 * their own processes on one state store (Azurite), against the emulator with Graph's throttling on (14 CSV
 * requests per 10 minutes per report). Goals (issues 11 and 19): exactly one Graph request per report and
 * parameters per refresh across the instances, and never a 429. Prints the requests per report as the
 * breakdown when the goal is missed.
 */
import { startGraphEmulator } from '../src/emulator/graph-emulator.js';
import { startAzurite } from '../test/support/azurite.js';
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
  'usage D30',
  'teams D30',
  'email D30',
  'onedrive D30',
  'sharepoint D30',
  'apps D30',
  'licenses D30',
  'inactive users D30',
  'inactive users D90',
] as const;
const INSTANCES = 2;

async function main(): Promise<void> {
  const goals = createGoalReport('graph-budget');
  const emulator = await startGraphEmulator({ throttle: true });
  const azurite = await startAzurite();
  const connector = await startFakeConnector();
  const bots = await Promise.all(
    Array.from({ length: INSTANCES }, () => startBotChild('usage', { GRAPH_BASE_URL: emulator.url, LICENSE_PRICES: 'SPE_E5=57 USD, SPE_E3=36 USD', ...azurite.stateEnv('graph-budget') })),
  );
  console.log(
    `graph-budget: ${count(COMMANDS)} commands (${MIX.length} kinds) from ${CONVERSATIONS} conversations, 10 at a time, over ${INSTANCES} instances sharing one store${quick ? ' (--quick)' : ''}`,
  );
  try {
    // 7 is prime to the mix's 22 kinds, so consecutive requests ask different commands and every kind is asked alike;
    // each instance takes every other request, as a load balancer would.
    const loads = await Promise.all(
      bots.map((bot, instance) =>
        runLoad({
          botUrl: bot.url,
          connectorUrl: connector.url,
          concurrency: 10 / INSTANCES,
          requests: COMMANDS / INSTANCES,
          conversations: CONVERSATIONS,
          text: (i) => MIX[((i * INSTANCES + instance) * 7) % MIX.length]!,
        }),
      ),
    );
    const result = { requests: loads.reduce((sum, load) => sum + load.requests, 0), wallMs: Math.max(...loads.map((load) => load.wallMs)), failures: loads.reduce((sum, load) => sum + load.failures, 0) };
    // The licence counts are no report: each instance keeps its own for the cache time, within the shared JSON budget.
    const calls = emulator.requests.filter((request) => request.kind === 'api' && request.functionName !== 'subscribedSkus');
    const skuReads = emulator.requests.filter((request) => request.kind === 'api' && request.functionName === 'subscribedSkus').length;
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
        `${calls.length} Graph report requests for ${perReport.size} distinct reports and parameters, ${skuReads} licence-count reads, ` +
        `${emulator.requests.filter((request) => request.kind === 'download').length} downloads`,
    );
    const met = goals.check(
      `one Graph request per report and parameters per refresh across ${INSTANCES} instances`,
      repeated === 0,
      `${repeated} of ${perReport.size} asked more than once`,
    );
    goals.check('no 429 from Graph', throttled === 0, `${throttled} answered 429`);
    if (!met || throttled > 0 || !quick) {
      for (const [path, entry] of [...perReport].sort()) console.log(`    ${String(entry.requests).padStart(3)} request(s), ${entry.throttled} × 429  ${path}`);
    }
  } finally {
    await Promise.all(bots.map((bot) => bot.stop()));
    await connector.close();
    await azurite.close();
    await emulator.close();
  }
}

await main();

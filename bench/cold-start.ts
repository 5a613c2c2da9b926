/**
 * Cold start: from starting the process to the first answered command, for the bot (`startBotApp` as
 * `npm run bot` calls it, from the built `dist/`) and, in the same run, for the echo bot on the same stack
 * and for a bare `node` process. Phases: process start → listening → `help` answered → `copilot summary D30`
 * answered (its report fetched cold from the built-in emulator). Goal (ours; issue 11 sets none): the
 * bot answers its first command within 1.5× of the echo bot's time to the same point.
 */
import { spawnSync } from 'node:child_process';
import { startBotChild } from './support/bot-child.js';
import { createGoalReport, ms, quick, ratio } from './support/bench-run.js';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.js';
import { median } from './support/latency-stats.js';
import { personalMessage, postActivity } from './support/message-load.js';

const RUNS = quick ? 1 : 5;
const GOAL_RATIO = 1.5;

type Start = { listening: number; help: number; report?: number };

async function answeredAt(connector: FakeConnector, botUrl: string, conversation: number, text: string, since: number): Promise<number> {
  const reply = connector.waitFor((message) => message.conversationId === `a:bench-personal-${conversation}`);
  await postActivity(botUrl, personalMessage(connector.url, conversation, text));
  return (await reply).at - since;
}

async function coldStart(kind: 'usage' | 'echo', connector: FakeConnector, run: number, profileStartup = false): Promise<Start> {
  const started = performance.now();
  const bot = await startBotChild(kind, {}, { profileStartup });
  try {
    const listening = performance.now() - started;
    const help = await answeredAt(connector, bot.url, run * 10, 'help', started);
    const report = kind === 'usage' ? await answeredAt(connector, bot.url, run * 10 + 1, 'copilot summary D30', started) : undefined;
    return { listening, help, report };
  } finally {
    await bot.stop();
  }
}

async function main(): Promise<void> {
  const goals = createGoalReport('cold-start');
  const connector = await startFakeConnector();
  console.log(`cold-start: median of ${RUNS} starts each, alternating${quick ? ' (--quick)' : ''}`);
  const bare: number[] = [];
  const echo: Start[] = [];
  const bot: Start[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const nodeStarted = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      bare.push(performance.now() - nodeStarted);
      echo.push(await coldStart('echo', connector, 2 * run));
      bot.push(await coldStart('usage', connector, 2 * run + 1));
    }
    const m = (starts: Start[], phase: keyof Start) => median(starts.map((start) => start[phase] ?? Number.NaN));
    console.log(`  bare node process:                          ${ms(median(bare))}`);
    console.log(`  echo bot: listening ${ms(m(echo, 'listening'))}, first answer ${ms(m(echo, 'help'))}`);
    console.log(`  bot:      listening ${ms(m(bot, 'listening'))}, help answered ${ms(m(bot, 'help'))}, copilot summary D30 answered ${ms(m(bot, 'report'))}`);
    const met = goals.check('first answered command within 1.5× the echo bot', m(bot, 'help') <= GOAL_RATIO * m(echo, 'help'), ratio(m(bot, 'help'), m(echo, 'help')));
    if (!met) {
      console.log('  profile of one more start of the bot, from its first line to its stop:');
      await coldStart('usage', connector, 2 * RUNS, true);
    }
  } finally {
    await connector.close();
  }
}

await main();

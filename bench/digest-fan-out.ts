/**
 * Digest fan-out: 1,000 subscribed channels fall due at once; the bot's digest runner (in this process,
 * on its file state store and the emulator) posts to a loopback connector that enforces Teams' limits
 * per conversation (7/1 s, 8/2 s, 60/30 s, 1,800/h) and per tenant (50/s) and answers 429 past them.
 * Goal (issue 11): total time within 1.2× of the ideal the limits allow (one message per channel, so
 * the tenant's 50/s binds: channels ÷ 50 s), no channel posted twice, none lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { subscribe } from '../src/digest/digest-subscriptions.js';
import { WEEKDAYS } from '../src/digest/subscription.js';
import { startBotApp } from '../src/index.js';
import { createLogger } from '../src/logger.js';
import { count, createGoalReport, quick, ratio, seconds } from './support/bench-run.js';
import { profileInProcess } from './support/cpu-profile.js';
import { startFakeConnector, TEAMS_LIMITS } from './support/fake-connector.js';
import { PLAYGROUND_TENANT, PLAYGROUND_USER } from './support/message-load.js';

const CHANNELS = quick ? 100 : 1_000;
const TENANT_PER_SECOND = TEAMS_LIMITS.perTenant[0].count;
const GOAL_RATIO = 1.2;

/** The weekly slot two minutes ago (UTC), so every subscription made an hour earlier is due now and within grace. */
function slotJustPassed(now: number) {
  const at = new Date(now - 2 * 60_000);
  const day = WEEKDAYS[(at.getUTCDay() + 6) % 7]!;
  const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
  return { day, time, timeZone: 'UTC' };
}

async function main(): Promise<void> {
  const goals = createGoalReport('digest-fan-out');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-digest-'));
  const connector = await startFakeConnector({ limits: TEAMS_LIMITS });
  const logs: string[] = [];
  const app = await startBotApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, EMULATOR_USERS: '2000' }), {
    logger: createLogger((line) => logs.push(line)),
    // The start-up run finds nothing due; the run measured here is started by hand.
    digestTimer: () => () => undefined,
  });
  console.log(`digest-fan-out: ${count(CHANNELS)} channels due at once, Teams' limits enforced by the connector${quick ? ' (--quick)' : ''}`);
  try {
    /** Subscribes channels `from` … `to - 1` so that they are all due now. */
    const subscribeChannels = async (from: number, to: number) => {
      const now = Date.now();
      const schedule = slotJustPassed(now);
      for (let i = from; i < to; i++) {
        const reference = {
          serviceUrl: connector.url,
          channelId: 'msteams',
          conversation: { id: `19:bench-channel-${i}@thread.tacv2`, conversationType: 'channel', tenantId: PLAYGROUND_TENANT, isGroup: true },
          bot: { id: '28:bench-bot', name: 'Usage Bot' },
          teamId: `19:bench-team-${i % 20}@thread.tacv2`,
        };
        await subscribe(app.digest.store, { reference, schedule, requestedBy: PLAYGROUND_USER, locale: 'en-US' }, now - 3_600_000);
      }
    };
    await subscribeChannels(0, CHANNELS);
    const started = performance.now();
    const summary = await app.digest.runner.runDue();
    const totalMs = performance.now() - started;

    const perChannel = new Map<string, number>();
    for (const message of connector.accepted) perChannel.set(message.conversationId, (perChannel.get(message.conversationId) ?? 0) + 1);
    const duplicates = [...perChannel.values()].reduce((sum, posts) => sum + posts - 1, 0);
    const lost = CHANNELS - perChannel.size;
    const idealMs = (CHANNELS / TENANT_PER_SECOND) * 1000;
    const first = connector.accepted[0]?.at ?? started;
    const last = connector.accepted.at(-1)?.at ?? started;
    console.log(`  runner summary: ${JSON.stringify(summary)}`);
    console.log(
      `  ${count(connector.accepted.length)} posts accepted, ${count(connector.stats.throttled)} answered 429; first post after ${seconds(first - started)}, ` +
        `last after ${seconds(last - started)}; ${(connector.accepted.length / ((last - first) / 1000 || 1)).toFixed(1)} posts/s between them`,
    );
    console.log(`  total ${seconds(totalMs)} against the ideal ${seconds(idealMs)} (${count(CHANNELS)} posts at ${TENANT_PER_SECOND}/s per tenant)`);
    const met = goals.check('total time within 1.2× the ideal', totalMs <= GOAL_RATIO * idealMs, ratio(totalMs, idealMs));
    goals.check('no channel posted twice', duplicates === 0, `${duplicates} duplicate posts`);
    goals.check('no channel lost', lost === 0, `${lost} channels without a digest`);
    if (!met) {
      // Where the time goes: the posting rate second by second.
      const perSecond = new Map<number, number>();
      for (const message of connector.accepted) {
        const second = Math.floor((message.at - started) / 1000);
        perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
      }
      const rates = [...perSecond.values()];
      console.log(
        `  breakdown: posts per second min ${Math.min(...rates)}, median ${rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]}, ` +
          `max ${Math.max(...rates)} (the limit allows ${TENANT_PER_SECOND}); ${count(connector.stats.throttled)} posts refused with 429 and retried`,
      );
      const warnings = logs.filter((line) => line.includes('"level":"warn"') || line.includes('"level":"error"'));
      console.log(`  the bot logged ${warnings.length} warnings or errors${warnings[0] ? `, first: ${warnings[0].slice(0, 300)}` : ''}`);
      const more = Math.max(10, CHANNELS / 10);
      await subscribeChannels(CHANNELS, CHANNELS + more);
      console.log(`  profile of this process over ${more} more channels due at once:`);
      console.log(await profileInProcess(async () => void (await app.digest.runner.runDue())));
    }
  } finally {
    await app.close();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

/**
 * Many tenants (issue 22): 100 customer tenants of 20,000 users each, served by one bot, 10 personal
 * conversations in each tenant's own Teams, side by side with the echo bot in the same run; two processes
 * of each, measured in turns, their figures pooled. The emulator serves the tenants in a process of its own
 * (EMULATOR_TENANTS); the managing admin adds each tenant in chat and allows a user of it; each tenant's warm
 * commands are asked once (its snapshots cached). Then:
 * - the sampled peak of heap in use while the snapshots were fetched, and at the end the heap after a full
 *   collection with every tenant's snapshots still held (goal: ≤ 256 MiB); the collection, through the
 *   inspector, is a low-memory notification, which also throws away optimised code and compilations in
 *   progress, so it comes after the load, as it does for the echo bot, not between the fetches and the load;
 * - warm answers as fast as answered, 100 at a time over the 1,000 conversations, in rounds alternating with
 *   the echo bot (each paces its sends per tenant alike): throughput ≥ 70 % of the echo bot's, p99 ≤ 1.5× its;
 * - the same messages at a fixed rate far below the pacer's limits: CPU time per answered message, read from
 *   each process's own CPU time, ≤ 1.2× the echo bot's; the peak RSS of that phase ≤ 1.25× the echo bot's.
 * Both bots run with the launch command's Node options (package.json's `bot` script).
 */
import { forEachLimited } from '../src/digest/for-each-limited.js';
import { emulatedTenantOf } from '../src/emulator/emulated-tenants.js';
import { startBotChild, type BotChild, type PeakMemory } from './support/bot-child.js';
import { botNodeFlags, count, createGoalReport, launchNodeFlags, memoryParts, mib, ms, peakMemory, percent, quick, ratio, seconds } from './support/bench-run.js';
import { startFakeConnector, type FakeConnector } from './support/fake-connector.js';
import { formatLatency, summarizeLatencies } from './support/latency-stats.js';
import { personalMessage, postActivity, runLoad, type Sender } from './support/message-load.js';

const TENANTS = quick ? 10 : 100;
const USERS = quick ? 2_000 : 20_000;
const CONVERSATIONS_PER_TENANT = 10;
const CONVERSATIONS = TENANTS * CONVERSATIONS_PER_TENANT;
/** Each tenant's warm answers: the Copilot summary and user detail, Office activations, groups. */
const COMMANDS = ['copilot summary D30', 'copilot inactive D30', 'activations', 'groups D7'] as const;
const ROUNDS = quick ? 2 : 3;
const LOAD_REQUESTS = quick ? 400 : 3_000;
const LOAD_CONCURRENCY = 100;
/** Far below Teams' limits (50 a second per tenant, 7 per conversation): 0.5 a second per tenant at 100 tenants. */
const FIXED_RATE_PER_SECOND = 50;
const FIXED_RATE_SECONDS = quick ? 8 : 60;
/**
 * Processes of each bot, their figures pooled: two processes of the same build, measured in the same run,
 * differ by 10–20 % in CPU a message and peak RSS (docs/benchmarks.md), more than a one-process figure can carry.
 */
const PROCESSES = quick ? 1 : 2;
/** Tenants fetching their cold reports at once. */
const WARM_UP_PARALLEL = 4;
const GOAL_THROUGHPUT_SHARE = 0.7;
const GOAL_P99_RATIO = 1.5;
const GOAL_CPU_RATIO = 1.2;
const GOAL_RSS_RATIO = 1.25;
const GOAL_HEAP_BYTES = 256 * 1024 * 1024;
/** A little over the pacer's tenant window (50 sends per 1,050 ms, src/outbound/send-pacer.ts). */
const PACING_WINDOW_MS = 1_100;

/** A user each customer tenant allows in its own Teams. */
const CUSTOMER_USER = '7e4a0000-0000-4000-8000-000000000022';
const tenantName = (index: number) => `tenant${String(index).padStart(3, '0')}`;
const tenants = Array.from({ length: TENANTS }, (_, index) => emulatedTenantOf({ name: tenantName(index), users: USERS, permissions: [] }));
/** Conversation `n` is in tenant `n / 10`'s own Teams. */
const senderOf = (conversation: number): Sender => ({ tenantId: tenants[Math.floor(conversation / CONVERSATIONS_PER_TENANT)]!.id, userId: CUSTOMER_USER });
/** The managing admin's chats, one per tenant added (a conversation's own Teams limit is 60 sends per 30 s). */
const MANAGING_CONVERSATIONS = 1_000_000;

/** Posts `text` in `conversation` and waits until the connector has its answer (the report card, recognised by its CSV button, or any card). */
async function ask(bot: BotChild, connector: FakeConnector, conversation: number, text: string, sender?: Sender, isAnswer = (card: string) => card.includes(`"csv ${text}`)) {
  const conversationId = `a:bench-personal-${conversation}`;
  const answer = connector.waitFor((message) => message.conversationId === conversationId && isAnswer(message.text), 120_000);
  const response = await postActivity(bot.url, personalMessage(connector.url, conversation, text, sender));
  if (response.status !== 200) throw new Error(`"${text}" in conversation ${conversation} was answered ${response.status}`);
  return answer.catch(() => {
    throw new Error(`"${text}" in conversation ${conversation}: no answer within 2 minutes (was the tenant added and the user allowed?)`);
  });
}

type Label = 'echo bot' | 'bot';
/** One process of a kind; `name` tells the processes of a kind apart in what is printed. */
type Target = { readonly label: Label; readonly name: string; readonly child: BotChild };
const LABELS: readonly Label[] = ['echo bot', 'bot'];

/** The managing admin adds each tenant and allows its user, each in a chat of its own; then each tenant's reports are fetched once, in its own Teams. */
async function prepare(bot: BotChild, connector: FakeConnector, name: string, goals: ReturnType<typeof createGoalReport>): Promise<void> {
  const registering = performance.now();
  const isCard = () => true;
  for (const [index, tenant] of tenants.entries()) {
    const chat = MANAGING_CONVERSATIONS + index;
    await ask(bot, connector, chat, `tenant add ${tenant.id} as ${tenant.name}`, undefined, isCard);
    await ask(bot, connector, chat, `tenant allow ${tenant.name} ${CUSTOMER_USER}`, undefined, isCard);
  }
  await bot.resetPeakMemory();
  const warming = performance.now();
  await forEachLimited(tenants, WARM_UP_PARALLEL, async (_, index) => {
    const conversation = index * CONVERSATIONS_PER_TENANT;
    for (const command of COMMANDS) await ask(bot, connector, conversation, command, senderOf(conversation));
  });
  const warmMemory = await bot.memory();
  console.log(
    `  ${name}: ${TENANTS} tenants added and a user allowed in each in ${seconds(warming - registering)}; ` +
      `${count(TENANTS * COMMANDS.length)} cold answers (${COMMANDS.join(', ')} in each tenant) in ${seconds(performance.now() - warming)}`,
  );
  goals.check(`${name}: sampled peak of heap in use while fetching them ≤ 256 MiB`, warmMemory.peakHeapUsed <= GOAL_HEAP_BYTES, mib(warmMemory.peakHeapUsed));
  console.log(`    while fetching: peak RSS ${peakMemory(warmMemory)}; ${memoryParts(warmMemory)}`);
}

async function main(): Promise<void> {
  const goals = createGoalReport('tenants-100');
  const emulator = await startBotChild('emulator', { EMULATOR_USERS: '2000', EMULATOR_TENANTS: tenants.map((tenant) => `${tenant.name}:${USERS}`).join(',') });
  const connector = await startFakeConnector({ keepCardText: true });
  const targets: Target[] = [];
  const flags = [...launchNodeFlags, ...botNodeFlags].join(' ');
  console.log(
    `tenants-100: ${TENANTS} customer tenants of ${count(USERS)} users, ${CONVERSATIONS_PER_TENANT} conversations each${quick ? ' (--quick)' : ''}; ` +
      `${PROCESSES} process${PROCESSES === 1 ? '' : 'es'} of each bot, all run with ${flags}`,
  );
  // Request `i` goes to conversation `i % 1,000`: each tenant's ten conversations ask all four commands.
  const text = (i: number) => COMMANDS[i % COMMANDS.length]!;
  try {
    // Started in turns, echo bot then bot, so that neither kind is always the one started first.
    for (let index = 1; index <= PROCESSES; index++) {
      targets.push({ label: 'echo bot', name: `echo bot ${index}`, child: await startBotChild('echo', {}) });
      const bot = await startBotChild('usage', { GRAPH_BASE_URL: emulator.url, REPORT_CACHE_TTL_MINUTES: '120' });
      targets.push({ label: 'bot', name: `bot ${index}`, child: bot });
      await prepare(bot, connector, `bot ${index}`, goals);
    }
    /** Each round visits every process, in the opposite order the next round, after a pause that lets the pacer's window pass. */
    const inRounds = async (visit: (target: Target) => Promise<void>) => {
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
          await new Promise((resolve) => setTimeout(resolve, PACING_WINDOW_MS));
          await visit(target);
        }
      }
    };

    // JIT and connections settle in every process before anything is measured.
    for (const target of targets) {
      await runLoad({ botUrl: target.child.url, connectorUrl: connector.url, concurrency: 20, requests: quick ? 200 : CONVERSATIONS, conversations: CONVERSATIONS, sender: senderOf, text });
    }

    // As fast as answered, alternating rounds.
    const closedLoopRound = (child: BotChild) =>
      runLoad({ botUrl: child.url, connectorUrl: connector.url, concurrency: LOAD_CONCURRENCY, requests: Math.ceil(LOAD_REQUESTS / ROUNDS / PROCESSES), conversations: CONVERSATIONS, sender: senderOf, text });
    const closed = new Map(LABELS.map((label) => [label, { latencies: [] as number[], wallMs: 0, failures: 0, replies: 0 }]));
    await inRounds(async (target) => {
      const entry = closed.get(target.label)!;
      const repliesBefore = connector.accepted.length;
      const result = await closedLoopRound(target.child);
      entry.latencies.push(...result.samples);
      entry.wallMs += result.wallMs;
      entry.failures += result.failures;
      entry.replies += connector.accepted.length - repliesBefore;
    });
    connector.reset();
    const [echoLoad, botLoad] = LABELS.map((label) => {
      const entry = closed.get(label)!;
      return { ...summarizeLatencies(entry.latencies, entry.wallMs), failures: entry.failures, replies: entry.replies };
    });
    console.log(`  as fast as answered, ${LOAD_CONCURRENCY} at a time over ${count(CONVERSATIONS)} conversations, ${ROUNDS} alternating rounds:`);
    for (const [label, result] of [['echo bot', echoLoad!], ['bot', botLoad!]] as const) {
      console.log(`    ${label.padEnd(9)} ${formatLatency(result)}; ${count(result.requests)} requests, ${(result.replies / result.requests).toFixed(2)} replies each, ${result.failures} failed`);
    }
    const throughputMet = goals.check(
      'throughput ≥ 70 % of the echo bot',
      botLoad!.throughput >= GOAL_THROUGHPUT_SHARE * echoLoad!.throughput && botLoad!.failures === 0,
      percent(botLoad!.throughput, echoLoad!.throughput),
    );
    const p99Met = goals.check('p99 ≤ 1.5× the echo bot', botLoad!.p99 <= GOAL_P99_RATIO * echoLoad!.p99, `${ms(botLoad!.p99)} against ${ms(echoLoad!.p99)}: ${ratio(botLoad!.p99, echoLoad!.p99)}`);

    const fixedRateRound = (child: BotChild) =>
      runLoad({
        botUrl: child.url,
        connectorUrl: connector.url,
        concurrency: FIXED_RATE_PER_SECOND,
        requests: Math.round((FIXED_RATE_PER_SECOND * FIXED_RATE_SECONDS) / ROUNDS),
        ratePerSecond: FIXED_RATE_PER_SECOND,
        conversations: CONVERSATIONS,
        sender: senderOf,
        text,
      });
    // At a fixed rate: what each process's own CPU time was per message, and its peak RSS under that load.
    const fixedOf = new Map(targets.map((target) => [target, { cpuMicros: 0, mainThreadMicros: 0, answered: 0, latencies: [] as number[], wallMs: 0 }]));
    for (const target of targets) await target.child.resetPeakMemory();
    connector.reset();
    await inRounds(async (target) => {
      const entry = fixedOf.get(target)!;
      const cpuBefore = await target.child.cpuTime();
      const result = await fixedRateRound(target.child);
      const cpuAfter = await target.child.cpuTime();
      entry.cpuMicros += cpuAfter.total - cpuBefore.total;
      entry.mainThreadMicros += cpuAfter.mainThread - cpuBefore.mainThread;
      entry.answered += result.requests - result.failures;
      entry.latencies.push(...result.samples);
      entry.wallMs += result.wallMs;
    });
    const ofKind = (label: Label) => targets.filter((target) => target.label === label);
    /** The fixed-rate figures of the processes of a kind, pooled. */
    const pooled = (label: Label) => {
      const entries = ofKind(label).map((target) => fixedOf.get(target)!);
      const sum = (read: (entry: (typeof entries)[number]) => number) => entries.reduce((total, entry) => total + read(entry), 0);
      return { cpuMicros: sum((entry) => entry.cpuMicros), mainThreadMicros: sum((entry) => entry.mainThreadMicros), answered: sum((entry) => entry.answered), latencies: entries.flatMap((entry) => entry.latencies), wallMs: sum((entry) => entry.wallMs) };
    };
    const memoryOf = new Map<Target, PeakMemory>();
    for (const target of targets) memoryOf.set(target, await target.child.memory());
    const liveOf = new Map<Target, number>();
    for (const target of targets) liveOf.set(target, await target.child.heapAfterGc());
    // What each answer carries to the connector, against the echo bot's one line of text.
    const cards = connector.accepted.filter((message) => message.attachments > 0).map((message) => Buffer.byteLength(message.text));
    const cpuPerMessage = (entry: { cpuMicros: number; answered: number }) => entry.cpuMicros / 1000 / entry.answered;
    /** The mean of the peak RSS of the processes of a kind. */
    const meanPeakRss = (label: Label) => mean(ofKind(label).map((target) => memoryOf.get(target)!.maxRss));
    console.log(`  at ${FIXED_RATE_PER_SECOND} messages a second, ${ROUNDS} alternating rounds of ${seconds((FIXED_RATE_SECONDS * 1000) / ROUNDS)} for each process:`);
    for (const label of LABELS) {
      const entry = pooled(label);
      const latency = summarizeLatencies(entry.latencies, entry.wallMs);
      console.log(
        `    ${label.padEnd(9)} ${count(entry.answered)} answered, ${formatLatency(latency)}; CPU ${seconds(entry.cpuMicros / 1000)} = ${ms(cpuPerMessage(entry))} a message ` +
          `(${percent(entry.cpuMicros / 1000, entry.wallMs)} of one core; main thread ${ms(entry.mainThreadMicros / 1000 / entry.answered)}, ` +
          `other threads ${ms((entry.cpuMicros - entry.mainThreadMicros) / 1000 / entry.answered)}); mean peak RSS ${mib(meanPeakRss(label))}`,
      );
    }
    for (const target of targets) {
      console.log(`      ${target.name}: CPU ${ms(cpuPerMessage(fixedOf.get(target)!))} a message; heap in use after a full collection ${mib(liveOf.get(target)!)}; peak RSS ${peakMemory(memoryOf.get(target)!)}`);
      console.log(`        ${memoryParts(memoryOf.get(target)!)}`);
    }
    const [echoCpu, botCpu] = LABELS.map((label) => cpuPerMessage(pooled(label)));
    const cpuMet = goals.check('CPU time per answered message ≤ 1.2× the echo bot', botCpu! <= GOAL_CPU_RATIO * echoCpu!, ratio(botCpu!, echoCpu!));
    const botLive = Math.max(...ofKind('bot').map((target) => liveOf.get(target)!));
    goals.check(`heap after a full collection, ${TENANTS} tenants' snapshots held ≤ 256 MiB`, botLive <= GOAL_HEAP_BYTES, mib(botLive));
    console.log(`    the bot's answer cards: ${count(cards.length)}, ${count(Math.round(mean(cards)))} bytes on average, ${count(Math.max(...cards))} at most`);
    goals.check(
      'peak RSS under that load ≤ 1.25× the echo bot (means of the processes)',
      meanPeakRss('bot') <= GOAL_RSS_RATIO * meanPeakRss('echo bot'),
      `${mib(meanPeakRss('bot'))} against ${mib(meanPeakRss('echo bot'))}: ${ratio(meanPeakRss('bot'), meanPeakRss('echo bot'))}`,
    );
    // Profiles last, of the first process of each kind: the profiler's own memory is not the bot's.
    const first = (label: Label) => targets.find((target) => target.label === label)!;
    if (!throughputMet || !p99Met) {
      console.log(`  profile of the bot over another round as fast as answered:`);
      console.log(await first('bot').child.profile(async () => void (await closedLoopRound(first('bot').child))));
    }
    if (!cpuMet) {
      for (const label of LABELS) {
        console.log(`  profile of the ${label} over another round at ${FIXED_RATE_PER_SECOND} messages a second:`);
        console.log(await first(label).child.profile(async () => void (await fixedRateRound(first(label).child))));
      }
    }
  } finally {
    const stopped = [];
    for (const target of targets) stopped.push(`${target.name} ${mib((await target.child.stop()).maxRss)}`);
    await connector.close();
    const emulated = await emulator.stop();
    console.log(`  peak RSS since the last reset: ${stopped.join(', ')}; the emulator's own process ${peakMemory(emulated)}`);
  }
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

await main();

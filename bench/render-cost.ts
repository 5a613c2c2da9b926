/**
 * Rendering cost beside the latency benchmark: what the bot's own work takes per turn for the latency
 * benchmark's commands, phase by phase, with a warm report cache and no HTTP: the handler (report cache
 * read and insights), rendering the reply into Adaptive Card activities, the access check the bot makes
 * on every turn (decision, conversation reference, remembered personal chat), the JSON logging of a turn,
 * and serialising the activities as the connector client does; beside the bot's rendering, the same
 * rendering through adaptivecards-templating's `Template.expand` (as before templates were compiled).
 * Goal (ours, from issue 11 item 4): rendering, access checks and logging together stay under 1 ms per
 * turn, so they cannot be what keeps the bot from the echo bot's throughput.
 */
import { openSync, readFileSync, writeSync } from 'node:fs';
import { Template } from 'adaptivecards-templating';
import { MessageFactory, TurnContext, type Activity } from 'botbuilder';
import { decideAccess } from '../src/bot/access-policy.js';
import { getConversationKind } from '../src/bot/conversation-kind.js';
import { PrivateChat } from '../src/bot/private-chat.js';
import { replyActivities } from '../src/bot/reply-activities.js';
import type { HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import type { ReplyMessage } from '../src/view-models.js';
import { createLogger } from '../src/logger.js';
import { cardTemplateUrl } from '../src/views/card-templates.js';
import { fitCardSize } from '../src/views/fit-card-size.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../src/views/render-card.js';
import { buildCardData } from '../src/views/view-builders.js';
import { cardViewContext } from '../src/views/view-context.js';
import { count, createGoalReport, quick } from './support/bench-run.js';
import { profileInProcess } from './support/cpu-profile.js';
import { startEmulatedTenant, wallClock } from './support/emulated-tenant.js';
import { median } from './support/latency-stats.js';
import { personalMessage, PLAYGROUND_TENANT, PLAYGROUND_USER } from './support/message-load.js';

const COMMANDS = ['copilot summary D30', 'copilot inactive D30', 'help'] as const;
const USERS = 2000;
const ROUNDS = quick ? 5 : 31;
const BATCH = 50;
const GOAL_OWN_OVERHEAD_MS = 1;

const libraryTemplates = new Map<string, Template>();

/** The reply's activities as the bot rendered them before its templates were compiled: the library's `Template`, parsed once per card. */
function renderWithLibrary(messages: readonly ReplyMessage[], locale: string): Partial<Activity>[] {
  return messages.map((message) => {
    let template = libraryTemplates.get(message.view);
    if (!template) {
      template = new Template(JSON.parse(readFileSync(cardTemplateUrl(message.view), 'utf8')));
      libraryTemplates.set(message.view, template);
    }
    const expand = (data: object) => template.expand({ $root: data }) as object;
    const content = fitCardSize(buildCardData(message, cardViewContext({ locale: locale })), expand);
    return MessageFactory.attachment({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content });
  });
}

/**
 * Milliseconds per call of each phase: rounds of `batch` calls, the phases interleaved within each round so
 * that load from other processes falls on all of them alike; the median round of each.
 */
async function timePhases<K extends string>(phases: Record<K, () => unknown>, rounds: number, batch: number): Promise<Record<K, number>> {
  const times = Object.fromEntries(Object.keys(phases).map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = -1; round < rounds; round++) {
    for (const name of Object.keys(phases) as K[]) {
      const started = performance.now();
      for (let i = 0; i < batch; i++) await phases[name]();
      // Round -1 only warms up.
      if (round >= 0) times[name].push((performance.now() - started) / batch);
    }
  }
  return Object.fromEntries(Object.entries<number[]>(times).map(([name, samples]) => [name, median(samples)])) as Record<K, number>;
}

async function main(): Promise<void> {
  const goals = createGoalReport('render-cost');
  const tenant = await startEmulatedTenant(USERS);
  const deps: HandlerDeps = { reports: tenant.service, clock: wallClock, copilotApi: 'copilot-v1', rowLimit: 25 };
  const access = { tenantId: PLAYGROUND_TENANT, userIds: [PLAYGROUND_USER] };
  const privateChat = new PrivateChat({
    sender: { continueConversation: async () => [], createPersonalConversation: async () => ({}) as never },
    canCreateConversations: false,
    logger: createLogger(() => undefined),
  });
  // As the bot logs in production: JSON lines to stderr, here a file descriptor on /dev/null.
  const devNull = openSync('/dev/null', 'w');
  let lines = 0;
  const logger = createLogger((line) => {
    lines += 1;
    writeSync(devNull, `${line}\n`);
  });
  const loggingDeps: HandlerDeps = { ...deps, logger };
  console.log(`render-cost: warm cache, emulated tenant of ${count(USERS)} users, median of ${ROUNDS} interleaved rounds of ${BATCH} turns (ms per turn)${quick ? ' (--quick)' : ''}`);
  console.log(`  ${'command'.padEnd(22)} ${['handler', 'render', 'library', 'access', 'logging', 'serialise', 'card KB'].map((h) => h.padStart(9)).join(' ')}`);
  try {
    for (const text of COMMANDS) {
      const parsed = parseCommand(text);
      if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
      const activity = personalMessage('http://127.0.0.1:1', 1, text) as unknown as Activity;
      const reply = await handleCommand(parsed.parsed, 'personal', deps);
      const activities = replyActivities(reply.messages, { locale: 'en-US' });

      expect(JSON.stringify(renderWithLibrary(reply.messages, 'en-US')) === JSON.stringify(activities), `${text}: the compiled templates' card differs from the library's`);
      // The lines one turn writes: the handler's own (report service, errors) and the bot's "command answered".
      lines = 0;
      await handleCommand(parsed.parsed, 'personal', loggingDeps);
      const linesPerTurn = lines + 1;
      const time = await timePhases(
        {
          handler: () => handleCommand(parsed.parsed, 'personal', deps),
          render: () => replyActivities(reply.messages, { locale: 'en-US' }),
          library: () => renderWithLibrary(reply.messages, 'en-US'),
          access: () => {
            const decision = decideAccess(access, activity);
            if (decision.allowed && getConversationKind(activity.conversation) === 'personal') {
              privateChat.remember(TurnContext.getConversationReference(activity), activity, access.tenantId);
            }
          },
          logLine: () =>
            logger.info('command answered', { command: parsed.parsed.command.name, delivery: 'here', conversation: 'personal', messages: 1, privateMessages: 0, durationMs: 12 }),
          serialise: () => JSON.stringify(activities),
        },
        ROUNDS,
        BATCH,
      );
      const logging = linesPerTurn * time.logLine;
      const kb = Buffer.byteLength(JSON.stringify(activities)) / 1024;
      console.log(`  ${text.padEnd(22)} ${[time.handler, time.render, time.library, time.access, logging, time.serialise].map((v) => v.toFixed(3).padStart(9)).join(' ')} ${kb.toFixed(1).padStart(9)}`);
      const own = time.render + time.access + logging;
      const met = goals.check(`${text}: rendering + access + logging < ${GOAL_OWN_OVERHEAD_MS} ms per turn`, own < GOAL_OWN_OVERHEAD_MS, `${own.toFixed(3)} ms`);
      if (!met) console.log(await profileInProcess(async () => void (await timePhases({ render: () => replyActivities(reply.messages, { locale: 'en-US' }) }, ROUNDS, BATCH))));
    }
  } finally {
    await tenant.close();
  }
}

function expect(condition: boolean, problem: string): void {
  if (!condition) throw new Error(problem);
}

await main();

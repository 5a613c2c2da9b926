/**
 * Asking a benchmarked bot a command in a personal chat, as Teams would, and timing what the admin sees:
 * the first card in the conversation (a progress card or the answer), the answer itself (the report card,
 * recognised by its CSV button) and the HTTP request Teams holds; and warm asks in a row for their p99.
 */
import type { BotChild } from './bot-child.js';
import type { FakeConnector } from './fake-connector.js';
import { percentile } from './latency-stats.js';
import { personalMessage, postActivity } from './message-load.js';

/** The report card for `command`, as opposed to a progress card: it carries the `csv <command>` button. */
const isAnswerTo = (command: string) => (text: string) => text.includes(`"csv ${command}"`);

let conversations = 0;

/** Asks `command` in a new personal conversation; resolves with the times to the first card, to the answer and to the HTTP response. */
export async function askBot(bot: BotChild, connector: FakeConnector, command: string) {
  conversations += 1;
  const conversation = conversations;
  const conversationId = `a:bench-personal-${conversation}`;
  const started = performance.now();
  const firstCard = connector.waitFor((message) => message.conversationId === conversationId);
  const answer = connector.waitFor((message) => message.conversationId === conversationId && isAnswerTo(command)(message.text));
  const response = await postActivity(bot.url, personalMessage(connector.url, conversation, command));
  const [first, final] = await Promise.all([firstCard, answer]);
  return { firstCardMs: first.at - started, answerMs: final.at - started, responseMs: response.ms, status: response.status };
}

/** `command` asked `samples` times in a row with its report cached: the answers' times, sorted, with p50 and p99. */
export async function askWarm(bot: BotChild, connector: FakeConnector, command: string, samples: number) {
  await askBot(bot, connector, command);
  // The warm-up's sends (its progress card and updates) count against Teams' 50 per second per tenant in the
  // bot's pacer; one pacing window later the samples time the answer, not that budget.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push((await askBot(bot, connector, command)).answerMs);
  times.sort((a, b) => a - b);
  return { times, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

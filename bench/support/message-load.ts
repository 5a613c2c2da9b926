/**
 * Posts Teams-shaped personal-chat messages to a bot's `/api/messages` as the Bot Connector would, over
 * keep-alive connections, at a fixed concurrency, and times each request until the bot's response is
 * complete (for a normal message that is after the bot's replies reached the connector).
 */
import { Agent, request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { summarizeLatencies, type LatencySummary } from './latency-stats.js';

/** The Agents Playground's tenant and user, which the bot allows when it runs without an app id. */
export const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_USER = '00000000-0000-0000-0000-0000000000020';

let activityCount = 0;

/** Who writes: a user of a tenant; the Playground's admin by default. */
export type Sender = { readonly tenantId: string; readonly userId: string };
const PLAYGROUND_ADMIN: Sender = { tenantId: PLAYGROUND_TENANT, userId: PLAYGROUND_USER };

/** A personal-chat message from `sender` in conversation number `conversation`; replies go to `serviceUrl`. */
export function personalMessage(serviceUrl: string, conversation: number, text: string, sender: Sender = PLAYGROUND_ADMIN): Record<string, unknown> {
  activityCount += 1;
  return {
    type: 'message',
    id: `bench-${process.pid}-${activityCount}`,
    text,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:bench-user`, name: 'Bench Admin', aadObjectId: sender.userId },
    recipient: { id: '28:bench-bot', name: 'Usage Bot' },
    conversation: { id: `a:bench-personal-${conversation}`, conversationType: 'personal', tenantId: sender.tenantId },
    channelData: { tenant: { id: sender.tenantId } },
    locale: 'en-US',
    textFormat: 'plain',
  };
}

/** POSTs one activity; resolves with the HTTP status and the milliseconds until the response ended. */
export function postActivity(botUrl: string, activity: unknown, agent?: Agent): Promise<{ status: number; ms: number }> {
  const body = JSON.stringify(activity);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${botUrl}/api/messages`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export type LoadOptions = {
  readonly botUrl: string;
  readonly connectorUrl: string;
  readonly concurrency: number;
  readonly requests: number;
  readonly conversations: number;
  /** The message text of request `i`. */
  readonly text: (i: number) => string;
  /** Who writes in conversation number `conversation`; the Playground's admin when absent. */
  readonly sender?: (conversation: number) => Sender;
  /** Requests started per second, at most (request `i` starts no sooner than `i / rate` s in); as fast as answered when absent. */
  readonly ratePerSecond?: number;
};

/**
 * `requests` messages at `concurrency`, spread round-robin over `conversations`; non-2xx answers are counted
 * as failures. With `ratePerSecond` the load is paced to that rate, as long as `concurrency` keeps up.
 */
export async function runLoad(options: LoadOptions): Promise<LatencySummary & { failures: number; samples: readonly number[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const samples: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.requests) {
      const i = next++;
      const startAt = options.ratePerSecond ? started + (i * 1000) / options.ratePerSecond : 0;
      if (startAt > performance.now()) await delay(startAt - performance.now());
      const conversation = i % options.conversations;
      const activity = personalMessage(options.connectorUrl, conversation, options.text(i), options.sender?.(conversation));
      const { status, ms } = await postActivity(options.botUrl, activity, agent);
      if (status < 200 || status > 299) failures += 1;
      samples.push(ms);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const summary = summarizeLatencies(samples, performance.now() - started);
  agent.destroy();
  return { ...summary, failures, samples };
}

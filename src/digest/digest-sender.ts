/**
 * The one proactive call the digest makes, behind a small interface so tests can fake it: post an
 * activity into a known conversation. The real sender calls `continueConversationAsync` as the bot's
 * app and sends once; pacing and retries are the digest delivery's job, so they happen exactly once.
 */
import type { Activity, CloudAdapter } from 'botbuilder';
import { parseRetryAfter } from '../reports/retry-policy.js';
import { toConversationReference, type ConversationRef } from './subscription.js';

/** Posts into conversations outside any turn. Rejects with the connector's error (its `statusCode` is read). */
export type DigestSender = {
  send(reference: ConversationRef, activity: Partial<Activity>): Promise<void>;
};

/** The real sender: one `sendActivity` inside `continueConversationAsync(botAppId, reference, …)`. */
export function createDigestSender(adapter: Pick<CloudAdapter, 'continueConversationAsync'>, botAppId: string): DigestSender {
  return {
    async send(reference, activity) {
      await adapter.continueConversationAsync(botAppId, toConversationReference(reference), async (context) => {
        await context.sendActivity(activity);
      });
    },
  };
}

/** What a failed send said: the HTTP status (absent: no answer) and any Retry-After, in ms. */
export type SendFailure = { readonly status?: number; readonly retryAfterMs?: number };

/**
 * Reads a send error the way botbuilder raises them (a RestError with `statusCode` and `response.headers`),
 * or `{ status: n }` errors from fakes. Never reads bodies or other headers: they may carry tokens.
 */
export function readSendFailure(error: unknown, now: number): SendFailure {
  if (typeof error !== 'object' || error === null) return {};
  const { statusCode, status, response } = error as {
    statusCode?: unknown;
    status?: unknown;
    response?: { status?: unknown; headers?: { get?: (name: string) => unknown } };
  };
  const code = [statusCode, status, response?.status].find((value): value is number => typeof value === 'number' && Number.isInteger(value));
  const header = typeof response?.headers?.get === 'function' ? response.headers.get('retry-after') : undefined;
  const retryAfterMs = parseRetryAfter(typeof header === 'string' ? header : undefined, now);
  return { ...(code !== undefined ? { status: code } : {}), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
}

/**
 * What became of one send (or update) to Teams, read once from the Bot Connector's answer:
 * `delivered` with the activity id Teams returned, `retryable` (429, 412, 5xx, no answer), `gone`
 * (403/404: the bot was removed or the conversation deleted) or `refused` (any other 4xx, an answer
 * without an activity id, or a request that could not be sent at all). Statuses: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
 */
import { parseRetryAfter } from './retry-policy.js';

export type SendOutcome =
  | { readonly kind: 'delivered'; readonly activityId: string }
  | { readonly kind: 'retryable'; readonly reason: string; readonly status?: number; readonly retryAfterMs?: number }
  | { readonly kind: 'gone'; readonly reason: string; readonly status: 403 | 404 }
  | { readonly kind: 'refused'; readonly reason: string; readonly status?: number };

/** An outcome with how many attempts it took. */
export type SendResult = SendOutcome & { readonly attempts: number };

/** The reason recorded for an answer that came without an activity id: Teams may or may not show the post. */
const NO_ACTIVITY_ID = 'NO_ACTIVITY_ID';

// Connector error codes are identifiers (`ConversationNotFound`, `MessageSizeTooBig`); anything else is not quoted.
const SAFE_CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

// Node's socket errors (ECONNRESET, ETIMEDOUT, …), undici's (UND_ERR_…), and the Azure pipeline's REQUEST_SEND_ERROR.
const NETWORK_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+|REQUEST_SEND_ERROR)$/;

/**
 * Whether the request may have left and found no answer (worth repeating), as opposed to a failure
 * before anything was sent (an unusable conversation id or URL), which repeating cannot fix.
 */
function isNetworkError(error: unknown): boolean {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 3; depth++) {
    const { code, name, cause } = current as { code?: unknown; name?: unknown; cause?: unknown };
    if ((typeof code === 'string' && NETWORK_CODE.test(code)) || name === 'AbortError' || name === 'TimeoutError') return true;
    current = cause;
  }
  return false;
}

/** An accepted send: delivered when Teams named the activity, refused (NO_ACTIVITY_ID) when it did not. */
export function readSendAnswer(answer: { readonly id?: unknown } | void | undefined): SendOutcome {
  const id = answer?.id;
  return typeof id === 'string' && id !== '' ? { kind: 'delivered', activityId: id } : { kind: 'refused', reason: NO_ACTIVITY_ID };
}

/**
 * A failed send as botbuilder raises it (a RestError with `statusCode`, `code` and `response.headers`),
 * or a plain `{ statusCode }` from fakes. Bodies and other headers are never read: they may carry tokens.
 */
export function readSendError(error: unknown, now: number): SendOutcome {
  const { statusCode, status, code, response } = (typeof error === 'object' && error !== null ? error : {}) as {
    statusCode?: unknown;
    status?: unknown;
    code?: unknown;
    response?: { status?: unknown; headers?: { get?: (name: string) => unknown } };
  };
  const answered = [statusCode, status, response?.status].find((value): value is number => Number.isInteger(value) && (value as number) >= 100);
  if (answered === undefined) return isNetworkError(error) ? { kind: 'retryable', reason: 'NO_ANSWER' } : { kind: 'refused', reason: 'NOT_SENT' };
  const reason = `HTTP_${answered}${typeof code === 'string' && SAFE_CODE.test(code) && code !== `${answered}` ? ` ${code}` : ''}`;
  if (answered === 403 || answered === 404) return { kind: 'gone', reason, status: answered };
  if (answered === 429 || answered === 412 || answered >= 500) {
    const header = typeof response?.headers?.get === 'function' ? response.headers.get('retry-after') : undefined;
    const retryAfterMs = parseRetryAfter(typeof header === 'string' ? header : undefined, now);
    return { kind: 'retryable', reason, status: answered, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  return { kind: 'refused', reason, status: answered };
}

/**
 * A Bot Connector on loopback for the benchmarks: accepts what CloudAdapter sends without an app id
 * (`POST /v3/conversations/{id}/activities[/{replyToId}]`, `PUT …/activities/{id}`, `POST /v3/conversations`)
 * and records each accepted message with its arrival time. With `limits`, it enforces Teams' documented
 * rate limits per conversation and per tenant and answers 429 past them, the way Teams throttles a bot.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** At most `count` accepted requests in any `windowMs`. */
export type Window = { readonly count: number; readonly windowMs: number };

/** https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit: per bot per conversation, and per app per tenant. */
export const TEAMS_LIMITS = {
  perConversation: [
    { count: 7, windowMs: 1_000 },
    { count: 8, windowMs: 2_000 },
    { count: 60, windowMs: 30_000 },
    { count: 1_800, windowMs: 3_600_000 },
  ],
  perTenant: [{ count: 50, windowMs: 1_000 }],
} as const satisfies { perConversation: readonly Window[]; perTenant: readonly Window[] };

/** One accepted message (typing indicators are counted apart). */
export type Accepted = {
  readonly conversationId: string;
  /** `performance.now()` when it arrived. */
  readonly at: number;
  readonly method: 'POST' | 'PUT';
  readonly attachments: number;
  /** The first attachment's card body as sent, for benchmarks that tell a progress card from an answer. */
  readonly text: string;
};

export type FakeConnector = {
  readonly url: string;
  readonly accepted: Accepted[];
  readonly stats: { typing: number; throttled: number };
  /** Resolves with the first accepted message (after this call) that matches; rejects when none came within `timeoutMs`. */
  waitFor(match: (message: Accepted) => boolean, timeoutMs?: number): Promise<Accepted>;
  /** Forgets what was recorded so far (the limits' history stays). */
  reset(): void;
  close(): Promise<void>;
};

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/;

export async function startFakeConnector(options: { limits?: typeof TEAMS_LIMITS; keepCardText?: boolean } = {}): Promise<FakeConnector> {
  const accepted: Accepted[] = [];
  const stats = { typing: 0, throttled: 0 };
  const waiters: { match: (message: Accepted) => boolean; resolve: (message: Accepted) => void }[] = [];
  const conversationWindows = new SlidingWindows(options.limits?.perConversation ?? []);
  const tenantWindows = new SlidingWindows(options.limits?.perTenant ?? []);
  let nextId = 1;

  const server = createServer((req, res) => {
    readBody(req).then((body) => handle(req, res, body), () => answer(res, 400));
  });

  function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    if (req.method === 'POST' && req.url === '/v3/conversations') return answer(res, 201, { id: `a:created-${nextId++}` });
    const match = ACTIVITY_PATH.exec(req.url ?? '');
    if ((req.method !== 'POST' && req.method !== 'PUT') || !match?.[1]) return answer(res, 404);
    const activity = JSON.parse(body) as { type?: string; conversation?: { tenantId?: string }; attachments?: { content?: unknown }[] };
    const conversationId = decodeURIComponent(match[1]);
    const now = performance.now();
    const tenant = activity.conversation?.tenantId ?? 'unknown';
    if (!conversationWindows.admits(conversationId, now) || !tenantWindows.admits(tenant, now)) {
      stats.throttled += 1;
      return answer(res, 429, { error: { code: 'Throttled', message: 'Too many requests' } });
    }
    conversationWindows.book(conversationId, now);
    tenantWindows.book(tenant, now);
    if (activity.type === 'typing') {
      stats.typing += 1;
      return answer(res, 200, { id: `typing-${nextId++}` });
    }
    const first = activity.attachments?.[0]?.content;
    const message: Accepted = {
      conversationId,
      at: now,
      method: req.method,
      attachments: activity.attachments?.length ?? 0,
      text: options.keepCardText && first !== undefined ? JSON.stringify(first) : '',
    };
    accepted.push(message);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i]!;
      if (waiter.match(message)) {
        waiters.splice(i, 1);
        waiter.resolve(message);
      }
    }
    answer(res, 200, { id: `reply-${nextId++}` });
  }

  // Node closes an idle keep-alive connection after 5 s, the very time its client agent keeps one: a send that
  // takes such a socket as the server closes it meets a reset and is retried a second later. The Bot Connector
  // sits behind Azure's load balancers, which keep idle connections for minutes; so does this stand-in.
  server.keepAliveTimeout = 240_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accepted,
    stats,
    waitFor: (match, timeoutMs = 600_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the connector received no expected message within ${timeoutMs / 1000} s`)), timeoutMs);
        timer.unref();
        waiters.push({
          match,
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message);
          },
        });
      }),
    reset() {
      accepted.length = 0;
      stats.typing = 0;
      stats.throttled = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Accepted-request times per key, checked against every window. */
class SlidingWindows {
  private readonly times = new Map<string, number[]>();
  private readonly longestMs: number;

  constructor(private readonly windows: readonly Window[]) {
    this.longestMs = Math.max(0, ...windows.map((window) => window.windowMs));
  }

  admits(key: string, now: number): boolean {
    const times = this.times.get(key);
    if (!times) return true;
    while (times.length > 0 && times[0]! <= now - this.longestMs) times.shift();
    return this.windows.every((window) => countSince(times, now - window.windowMs) < window.count);
  }

  book(key: string, now: number): void {
    if (this.windows.length === 0) return;
    const times = this.times.get(key) ?? [];
    times.push(now);
    this.times.set(key, times);
  }
}

function countSince(sortedTimes: readonly number[], since: number): number {
  let count = 0;
  for (let i = sortedTimes.length - 1; i >= 0 && sortedTimes[i]! > since; i--) count += 1;
  return count;
}

// restify patches http.ServerResponse globally when it is loaded in the same process, so no chaining.
function answer(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

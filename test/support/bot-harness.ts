/**
 * Runs the real bot (server, adapter, handlers, report stack on the emulator, digest on a file store in
 * a temporary DATA_DIR) on loopback for a test, with a recording Bot Connector for replies and digest
 * posts, and a fake proactive sender for personal chats. No module mocks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity, Attachment, ConversationReference } from 'botbuilder';
import type { ParsedCommand } from '../../src/commands/command.js';
import type { ConversationKind, HandlerDeps } from '../../src/commands/handler-context.js';
import { handleCommand } from '../../src/commands/handlers.js';
import type { Reply } from '../../src/commands/reply.js';
import type { ReplyMessage } from '../../src/view-models.js';
import { loadConfig } from '../../src/config.js';
import { startBotApp, type BotApp, type BotAppOptions } from '../../src/index.js';
import { createLogger } from '../../src/logger.js';
import type { PersonalChatRequest, TeamsSender } from '../../src/bot/teams-sender.js';
import type { SendResult } from '../../src/outbound/send-outcome.js';
import type { CommandRunner } from '../../src/bot/usage-bot.js';
import { withUniversalActions } from '../../src/bot/universal-actions.js';
import { renderReplyMessage } from '../../src/views/render-reply.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';

/** One activity the bot posted to the connector, as it stands now (updates applied), with the id the connector gave it. */
export type Posted = { readonly conversationId: string; readonly activity: Partial<Activity>; readonly id: string };

/** One update of a posted activity (`PUT …/activities/{activityId}`), in the order received. */
export type Updated = { readonly conversationId: string; readonly activityId: string; readonly activity: Partial<Activity> };

/**
 * A Bot Connector on loopback recording `POST /v3/conversations/{id}/activities[/{replyToId}]`, which is
 * how CloudAdapter sends without an app id, `PUT /v3/conversations/{id}/activities/{activityId}` (updates:
 * applied to what `posted` shows, and listed in `updated`), and `POST /v3/conversations` (createConversation).
 */
export type RecordingConnector = {
  readonly url: string;
  /** What each conversation shows: every post, with its updates applied. */
  readonly posted: Posted[];
  readonly updated: Updated[];
  /** The conversation id of each typing indicator received. */
  readonly typing: string[];
  /** The ConversationParameters of each conversation created. */
  readonly created: Record<string, unknown>[];
  /** Statuses to answer the next posts with before answering 200 again, e.g. [429, 429]. */
  failNext(...statuses: number[]): void;
  /** Answers every post to `conversationId` with `status` (and Teams' error `code`) until cleared with undefined. */
  refuse(conversationId: string, answer: { status: number; code?: string; retryAfter?: string } | undefined): void;
  /** Every post attempt to a conversation, refused ones included. */
  readonly attempts: string[];
  /**
   * Takes posts carrying an attachment of `contentType` with 202 and no activity id, as the Agents Playground
   * (0.2.28) answers a file consent card it cannot show; undefined ends it.
   */
  answerWithoutId(contentType: string | undefined): void;
  close(): Promise<void>;
};

export async function startRecordingConnector(): Promise<RecordingConnector> {
  const posted: Posted[] = [];
  const updated: Updated[] = [];
  const typing: string[] = [];
  const created: Record<string, unknown>[] = [];
  const failures: number[] = [];
  const refusals = new Map<string, { status: number; code?: string; retryAfter?: string }>();
  const attempts: string[] = [];
  let withoutId: string | undefined;
  let nextId = 1;
  // restify patches http.ServerResponse globally (its writeHead returns nothing), so no chaining here.
  const answer = (res: ServerResponse, status: number, body?: unknown) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json');
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (req.method === 'POST' && req.url === '/v3/conversations') {
      created.push(JSON.parse(body) as Record<string, unknown>);
      return answer(res, 201, { id: `a:created-${created.length}` });
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    if (req.method === 'PUT' && match?.[1] && match[2]) return update(res, decodeURIComponent(match[1]), decodeURIComponent(match[2]), JSON.parse(body) as Partial<Activity>);
    if (req.method !== 'POST' || !match?.[1]) return answer(res, 404);
    const activity = JSON.parse(body) as Partial<Activity>;
    // A typing indicator is not a reply: it is counted apart and never meets an injected failure.
    if (activity.type === 'typing') {
      typing.push(decodeURIComponent(match[1]));
      return answer(res, 200, { id: `typing-${typing.length}` });
    }
    const conversationId = decodeURIComponent(match[1]);
    attempts.push(conversationId);
    const refusal = refusals.get(conversationId);
    if (refusal) {
      if (refusal.retryAfter !== undefined) res.setHeader('retry-after', refusal.retryAfter);
      return answer(res, refusal.status, { error: { code: refusal.code ?? 'BadRequest', message: 'refused by the test' } });
    }
    const failure = failures.shift();
    if (failure !== undefined) return answer(res, failure, { error: { code: 'Throttled', message: 'slow down' } });
    if (withoutId !== undefined && (activity.attachments ?? []).some((attachment) => attachment.contentType === withoutId)) {
      // Shown as far as the client can (its text), but without an id the bot could refer to.
      posted.push({ conversationId, activity, id: '' });
      return answer(res, 202, {});
    }
    const id = `reply-${nextId++}`;
    posted.push({ conversationId: decodeURIComponent(match[1]), activity, id });
    return answer(res, 200, { id });
  }
  function update(res: ServerResponse, conversationId: string, activityId: string, activity: Partial<Activity>): void {
    attempts.push(conversationId);
    const refusal = refusals.get(conversationId);
    if (refusal) return answer(res, refusal.status, { error: { code: refusal.code ?? 'BadRequest', message: 'refused by the test' } });
    const failure = failures.shift();
    if (failure !== undefined) return answer(res, failure, { error: { code: 'Throttled', message: 'slow down' } });
    const index = posted.findIndex((post) => post.id === activityId && post.conversationId === conversationId);
    if (index < 0) return answer(res, 404, { error: { code: 'ActivityNotFound', message: 'no such activity' } });
    posted[index] = { conversationId, activity, id: activityId };
    updated.push({ conversationId, activityId, activity });
    return answer(res, 200, { id: activityId });
  }
  const url = await listen(server);
  return {
    url,
    posted,
    updated,
    typing,
    created,
    failNext: (...statuses) => failures.push(...statuses),
    refuse: (conversationId, refusal) => (refusal ? refusals.set(conversationId, refusal) : refusals.delete(conversationId)),
    attempts,
    answerWithoutId: (contentType) => (withoutId = contentType),
    close: () => close(server),
  };
}

/** A proactive sender that records what would go to personal chats; `fail` makes Teams answer with `failure` (403 unless set). */
export type FakeProactiveSender = Pick<TeamsSender, 'continueConversation' | 'createPersonalConversation'> & {
  readonly continued: { reference: Partial<ConversationReference>; activities: readonly Partial<Activity>[] }[];
  readonly created: { request: PersonalChatRequest; activities: readonly Partial<Activity>[] }[];
  fail: boolean;
  failure: SendResult;
};

const FORBIDDEN = { kind: 'gone', reason: 'HTTP_403', status: 403, attempts: 1 } as const;

export function createFakeProactiveSender(): FakeProactiveSender {
  const sender: FakeProactiveSender = {
    continued: [],
    created: [],
    fail: false,
    failure: FORBIDDEN,
    async continueConversation(reference, activities) {
      if (sender.fail) return [sender.failure];
      sender.continued.push({ reference, activities });
      return activities.map((_, index) => ({ kind: 'delivered', activityId: `continued-${sender.continued.length}-${index}`, attempts: 1 }));
    },
    async createPersonalConversation(request, activities) {
      if (sender.fail) return { results: [sender.failure] };
      sender.created.push({ request, activities });
      return {
        reference: { conversation: { id: `a:personal-${request.user.id}`, isGroup: false, conversationType: 'personal', name: '' } },
        results: activities.map((_, index) => ({ kind: 'delivered', activityId: `created-${sender.created.length}-${index}`, attempts: 1 })),
      };
    },
  };
  return sender;
}

export type Answered = { readonly parsed: ParsedCommand; readonly conversation: ConversationKind; readonly reply: Reply };

/** Forgets what `bot` has sent, updated and answered so far, so a test reads only its own. */
export function forgetTraffic(bot: BotHarness): void {
  bot.connector.posted.length = 0;
  bot.connector.updated.length = 0;
  bot.answered.length = 0;
}

export type BotHarness = {
  readonly app: BotApp;
  readonly connector: RecordingConnector;
  readonly sender: FakeProactiveSender;
  readonly clock: FakeClock;
  /** Every command the handlers answered, with the reply they returned. */
  readonly answered: Answered[];
  readonly logs: string[];
  /** The bot's DATA_DIR (its file store is under `state/`). */
  readonly dataDir: string;
  /**
   * POSTs `activity` to /api/messages (its serviceUrl pointed at the recording connector unless it has
   * one), then waits for the answers the bot finishes after the turn (behind a progress card).
   */
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  /** The same POST, returning as soon as the bot answers the HTTP request. */
  postOnly(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  /** What the connector received for one conversation, as attachments. */
  cardsIn(conversationId: string): Attachment[];
  close(): Promise<void>;
};

export type HarnessOptions = {
  readonly env?: Record<string, string>;
  /** Replaces the real command handlers, e.g. with one that throws. */
  readonly runCommand?: CommandRunner;
  readonly openIdMetadataUrl?: string;
  readonly keyFetchTimeoutMs?: number;
  /** CSV export settings: temp folder, offer time limit, bytes per upload request. */
  readonly fileExports?: BotAppOptions['fileExports'];
};

export async function startBotHarness(options: HarnessOptions = {}): Promise<BotHarness> {
  const connector = await startRecordingConnector();
  const sender = createFakeProactiveSender();
  const clock = createFakeClock('2026-11-22T08:00:00Z');
  const logs: string[] = [];
  const answered: Answered[] = [];
  const run = options.runCommand ?? handleCommand;
  const runCommand: CommandRunner = async (parsed, conversation, deps: HandlerDeps, origin) => {
    const reply = await run(parsed, conversation, deps, origin);
    answered.push({ parsed, conversation, reply });
    return reply;
  };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'usage-bot-data-'));
  const config = loadConfig({ PORT: '0', EMULATOR_USERS: '300', DATA_DIR: dataDir, ...options.env });
  const app = await startBotApp(config, {
    logger: createLogger((line) => logs.push(line)),
    clock,
    proactiveSender: sender,
    runCommand,
    random: () => 0.5,
    openIdMetadataUrl: options.openIdMetadataUrl,
    ...(options.keyFetchTimeoutMs !== undefined ? { keyFetchTimeoutMs: options.keyFetchTimeoutMs } : {}),
    fileExports: options.fileExports,
    // The scheduler runs once at start-up; later runs are the test's to call (app.digest.runner.runDue()).
    digestTimer: () => () => undefined,
  }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  async function postOnly(activity: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    // The samples' serviceUrl is the Playground's connector; replies go to the recording one instead.
    const own = typeof activity.serviceUrl === 'string' && !activity.serviceUrl.includes('localhost:56150');
    const body = { ...activity, serviceUrl: own ? activity.serviceUrl : connector.url };
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.text() };
  }
  return {
    app,
    connector,
    sender,
    clock,
    answered,
    logs,
    dataDir: config.dataDir,
    async post(activity, headers = {}) {
      const response = await postOnly(activity, headers);
      await app.bot.settled();
      return response;
    },
    postOnly,
    cardsIn: (conversationId) =>
      connector.posted.filter((post) => post.conversationId === conversationId).flatMap((post) => post.activity.attachments ?? []),
    async close() {
      await app.close();
      await connector.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The attachment the bot sends for `message` in the Playground's locale. */
export function cardFor(message: ReplyMessage): Attachment {
  return JSON.parse(JSON.stringify(renderReplyMessage(message, { locale: 'en-US' }))) as Attachment;
}

/** The attachments the bot sends as the answer to a command: its cards, period and refresh buttons as Universal Actions. */
export function answerCardsFor(answer: Answered): Attachment[] {
  return answer.reply.messages.map((message) => withUniversalActions(cardFor(message), answer.parsed.command.name));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

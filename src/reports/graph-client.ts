/**
 * HTTP to Microsoft Graph's usage reports: bearer token on Graph requests only, the 302 → pre-authenticated
 * download for CSV (fetched without the token), `@odata.nextLink` paging for JSON, retries with Retry-After
 * or jittered backoff, and every failure as a `GraphReportError`. Knows nothing of report names or rows.
 */
import { PassThrough, Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { systemClock, type Clock } from '../clock.js';
import { silentLogger, type Logger } from '../logger.js';
import {
  createCutOffError,
  createDownloadError,
  createNetworkError,
  createUnexpectedResponseError,
  describeNetworkCause,
  describeRequest,
  mapGraphErrorResponse,
  redactUrl,
  type FailedRequest,
} from './graph-error-response.js';
import { isLoopbackUrl, type TokenProvider } from './graph-token.js';
import { GraphReportError } from './report-errors.js';
import { retryWithPolicy } from '../outbound/retry.js';
import { isRetryableStatus, parseRetryAfter, resolveRetryPolicy, type RetryPolicy } from '../outbound/retry-policy.js';

export type GraphClientOptions = {
  /** `https://graph.microsoft.com` (or a national cloud), or a loopback emulator or test server. */
  baseUrl: string;
  tokens: TokenProvider;
  clock?: Clock;
  random?: () => number;
  logger?: Logger;
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number; maxRetryAfterMs?: number };
  /** How long to wait for an answer's headers before counting the attempt as failed (default 60 s). */
  answerTimeoutMs?: number;
};

export type RequestOptions = {
  /** Called (and awaited, if it returns a promise) before every HTTP request sent to Graph itself (not the download host); throwing vetoes the request. The report service uses it to spend its throttle budget. */
  beforeRequest?: () => unknown;
  ifNoneMatch?: string;
  signal?: AbortSignal;
};

/**
 * A CSV report as raw bytes, streamed and untouched (BOM included: parsing is elsewhere), or "unchanged".
 * `contentLength` is the body's size when the answer stated it for the bytes the stream yields (not compressed).
 */
export type CsvResponse = { kind: 'csv'; body: Readable; etag?: string; contentLength?: number } | { kind: 'not-modified' };

/**
 * A JSON answer as its pages' `value` arrays, fetched lazily while iterating (once), or "unchanged".
 * `deltaLink()`, once the pages are read, is the last page's `@odata.deltaLink` (delta queries) as a
 * path and query relative to the base URL, ready to be asked for with `getJson`.
 */
export type JsonResponse =
  | { kind: 'json'; etag?: string; pages: AsyncIterable<readonly unknown[]>; deltaLink(): string | undefined }
  | { kind: 'not-modified' };

type JsonPage = { value: readonly unknown[]; nextLink?: string; deltaLink?: string };

type Target = 'graph' | 'download';

type SendOptions = {
  target: Target;
  headers: Record<string, string>;
  beforeRequest?: () => unknown;
  signal?: AbortSignal;
};

/** Download answers that mean the pre-authenticated link expired or was refused: ask Graph for a new one. */
const EXPIRED_DOWNLOAD_STATUSES: ReadonlySet<number> = new Set([403, 404, 410]);
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const DOWNLOAD_ROUNDS = 2;
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** The only code that talks HTTP to Graph. One instance per Graph cloud; safe to share between callers. */
export class GraphClient {
  readonly #base: string;
  readonly #origin: string;
  readonly #tokens: TokenProvider;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #logger: Logger;
  readonly #policy: RetryPolicy;
  readonly #answerTimeoutMs: number;

  constructor(options: GraphClientOptions) {
    const base = new URL(options.baseUrl);
    if (base.protocol !== 'https:' && !(base.protocol === 'http:' && isLoopbackUrl(base.href))) {
      throw new Error(
        `The Graph base URL must use https (plain http only for an emulator on this machine), got ${base.origin}.`,
      );
    }
    if (base.search || base.hash || base.username || base.password) {
      throw new Error(`The Graph base URL must be an origin with an optional path, got ${redactUrl(base)} with more.`);
    }
    this.#base = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
    this.#origin = base.origin;
    this.#tokens = options.tokens;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#logger = options.logger ?? silentLogger;
    this.#policy = resolveRetryPolicy(options.retry);
    this.#answerTimeoutMs = options.answerTimeoutMs ?? 60_000;
  }

  /**
   * GET `${baseUrl}${pathAndQuery}` expecting a CSV report: follows Graph's 302 to the pre-authenticated
   * download without the token (or takes a direct 200), asking Graph once more if the link has expired.
   */
  async getCsv(pathAndQuery: string, options: RequestOptions = {}): Promise<CsvResponse> {
    const url = this.#resolve(pathAndQuery);
    for (let round = 1; ; round++) {
      const answer = await this.#sendToGraph(url, options, buildIfNoneMatch(options.ifNoneMatch));
      const etag = answer.headers.get('etag') ?? undefined;
      if (answer.status === 304) {
        await this.#discard(answer, describe(url));
        return { kind: 'not-modified' };
      }
      if (isSuccess(answer.status)) return { kind: 'csv', body: toReadable(answer, describe(url)), ...withEtag(etag), ...withLength(answer) };
      if (!REDIRECT_STATUSES.has(answer.status)) {
        await this.#discard(answer, describe(url));
        throw createUnexpectedResponseError(describe(url), `HTTP ${answer.status} to a CSV request`, answer.status);
      }
      const downloadUrl = this.#readDownloadLocation(answer, url);
      await this.#discard(answer, describe(url));
      const download = await this.#send(downloadUrl, { target: 'download', headers: {}, signal: options.signal });
      if (isSuccess(download.response.status)) {
        const downloadEtag = download.response.headers.get('etag') ?? undefined;
        return {
          kind: 'csv',
          body: toReadable(download.response, describeDownload(downloadUrl)),
          ...withEtag(etag ?? downloadEtag),
          ...withLength(download.response),
        };
      }
      await this.#discard(download.response, describeDownload(downloadUrl));
      if (round < DOWNLOAD_ROUNDS && EXPIRED_DOWNLOAD_STATUSES.has(download.response.status)) {
        this.#logger.warn('report download refused, asking Graph for a new link', {
          url: describeDownload(downloadUrl).url,
          status: download.response.status,
        });
        continue;
      }
      throw createDownloadError(describeDownload(downloadUrl), { status: download.response.status, attempts: round });
    }
  }

  /**
   * GET `${baseUrl}${pathAndQuery}` expecting `$format=application/json`: the first page is fetched now
   * (so errors and 304 surface here), later pages while iterating, each through `beforeRequest` and retries.
   */
  async getJson(pathAndQuery: string, options: RequestOptions = {}): Promise<JsonResponse> {
    const url = this.#resolve(pathAndQuery);
    const answer = await this.#sendToGraph(url, options, {
      accept: 'application/json',
      ...buildIfNoneMatch(options.ifNoneMatch),
    });
    if (answer.status === 304) {
      await this.#discard(answer, describe(url));
      return { kind: 'not-modified' };
    }
    const first = await this.#readPage(answer, url);
    const etag = answer.headers.get('etag') ?? undefined;
    let deltaLink: string | undefined;
    const pages = this.#followPages(first, url, options, (link, pageUrl) => (deltaLink = this.#pathOf(link, pageUrl)));
    return { kind: 'json', ...withEtag(etag), pages, deltaLink: () => deltaLink };
  }

  async *#followPages(
    first: JsonPage,
    firstUrl: URL,
    options: RequestOptions,
    onDeltaLink: (link: string, pageUrl: URL) => void,
  ): AsyncGenerator<readonly unknown[]> {
    const seen = new Set([firstUrl.href]);
    let page = first;
    let pageUrl = firstUrl;
    for (;;) {
      if (page.deltaLink !== undefined) onDeltaLink(page.deltaLink, pageUrl);
      yield page.value;
      if (page.nextLink === undefined) return;
      const nextUrl = this.#resolveNextLink(page.nextLink, pageUrl, seen);
      const answer = await this.#sendToGraph(nextUrl, options, { accept: 'application/json' });
      page = await this.#readPage(answer, nextUrl);
      pageUrl = nextUrl;
      seen.add(nextUrl.href);
    }
  }

  // A deltaLink is asked for later through getJson, so it must lead to this client's base URL.
  #pathOf(link: string, pageUrl: URL): string {
    let url: URL;
    try {
      url = new URL(link, pageUrl);
    } catch {
      throw createUnexpectedResponseError(describe(pageUrl), '"@odata.deltaLink" is not a URL');
    }
    if (url.origin !== this.#origin || !url.href.startsWith(`${this.#base}/`)) {
      throw createUnexpectedResponseError(describe(pageUrl), `"@odata.deltaLink" leads away from ${this.#base}`);
    }
    return url.href.slice(this.#base.length);
  }

  async #readPage(answer: Response, url: URL): Promise<JsonPage> {
    if (!isSuccess(answer.status)) {
      await this.#discard(answer, describe(url));
      throw createUnexpectedResponseError(describe(url), `HTTP ${answer.status} to a JSON request`, answer.status);
    }
    let text: string;
    try {
      text = await answer.text();
    } catch (error) {
      throw createNetworkError(describe(url), 1, error);
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      // The parser's message quotes the body, which may hold report rows: say only what was wrong.
      throw createUnexpectedResponseError(describe(url), 'the body is not valid JSON', answer.status);
    }
    if (typeof document !== 'object' || document === null || !Array.isArray((document as { value?: unknown }).value)) {
      throw createUnexpectedResponseError(describe(url), 'the JSON body has no "value" array', answer.status);
    }
    const { value, '@odata.nextLink': nextLink, '@odata.deltaLink': deltaLink } = document as Record<string, unknown> & { value: unknown[] };
    for (const [name, link] of [['@odata.nextLink', nextLink], ['@odata.deltaLink', deltaLink]] as const) {
      if (link !== undefined && link !== null && typeof link !== 'string') {
        throw createUnexpectedResponseError(describe(url), `"${name}" is not a string`, answer.status);
      }
    }
    return {
      value,
      ...(typeof nextLink === 'string' ? { nextLink } : {}),
      ...(typeof deltaLink === 'string' ? { deltaLink } : {}),
    };
  }

  // The token goes only to Graph's own origin: a nextLink elsewhere is refused, not followed.
  #resolveNextLink(nextLink: string, pageUrl: URL, seen: ReadonlySet<string>): URL {
    let next: URL;
    try {
      next = new URL(nextLink, pageUrl);
    } catch {
      // An unparseable link cannot be named safely; the page it came from can.
      throw createUnexpectedResponseError(describe(pageUrl), '"@odata.nextLink" is not a URL');
    }
    if (next.origin !== this.#origin) {
      throw createUnexpectedResponseError(
        describe(pageUrl),
        `"@odata.nextLink" points to another host (${next.origin}), and the access token is only sent to ${this.#origin}`,
      );
    }
    if (seen.has(next.href)) {
      throw createUnexpectedResponseError(describe(pageUrl), '"@odata.nextLink" points back to a page already read');
    }
    return next;
  }

  #readDownloadLocation(answer: Response, url: URL): URL {
    const location = answer.headers.get('location');
    if (!location) {
      throw createUnexpectedResponseError(describe(url), `a ${answer.status} redirect without a Location header`, answer.status);
    }
    let downloadUrl: URL;
    try {
      downloadUrl = new URL(location, url);
    } catch {
      // The Location itself is a credential; name only the Graph request that produced it.
      throw createUnexpectedResponseError(describe(url), 'a redirect whose Location is not a URL', answer.status);
    }
    if (downloadUrl.protocol !== 'https:' && !(downloadUrl.protocol === 'http:' && isLoopbackUrl(downloadUrl.href))) {
      throw createUnexpectedResponseError(
        describe(url),
        `a redirect to a ${downloadUrl.protocol} download URL, where only https is expected`,
        answer.status,
      );
    }
    return downloadUrl;
  }

  /** Sends to Graph with the token; maps any final 4xx/5xx answer to its error. */
  async #sendToGraph(url: URL, options: RequestOptions, headers: Record<string, string>): Promise<Response> {
    const { response, attempts, retryAt } = await this.#send(url, {
      target: 'graph',
      headers,
      beforeRequest: options.beforeRequest,
      signal: options.signal,
    });
    if (response.status < 400) return response;
    const body = await this.#readErrorBody(response, url);
    throw mapGraphErrorResponse(describe(url), response.status, body, attempts, retryAt);
  }

  /**
   * One logical request with retries on 429/502/503/504 and network errors. For Graph, returns the last
   * answer (still a 429/5xx when retries ran out or Retry-After was too long, with `retryAt` when Graph set
   * one); for the download host those end in DOWNLOAD_FAILED. No answer at all throws NETWORK/DOWNLOAD_FAILED.
   */
  async #send(url: URL, options: SendOptions): Promise<{ response: Response; attempts: number; retryAt?: number }> {
    const shown = options.target === 'graph' ? describe(url) : describeDownload(url);
    const result = await retryWithPolicy<{ response?: Response; error?: unknown }>(
      async (attempt) => {
        options.signal?.throwIfAborted();
        const headers = { ...options.headers };
        if (options.target === 'graph') {
          headers.authorization = `Bearer ${await this.#getToken(url)}`;
          await options.beforeRequest?.();
        }
        const started = this.#clock.now();
        // A host that accepts the connection and never answers must not hold an admin's question for minutes.
        const answer = new AbortController();
        const timer = setTimeout(() => answer.abort(answerTimeout(this.#answerTimeoutMs)), this.#answerTimeoutMs);
        let response: Response;
        try {
          response = await fetch(url, {
            method: 'GET',
            headers,
            // Never let fetch follow Graph's redirect: it would carry the Authorization header along.
            redirect: options.target === 'graph' ? 'manual' : 'follow',
            signal: options.signal ? AbortSignal.any([options.signal, answer.signal]) : answer.signal,
          });
        } catch (error) {
          if (options.signal?.aborted) throw options.signal.reason ?? error;
          this.#logAttempt(options.target, url, attempt, started, undefined, error);
          return { retry: true, value: { error } };
        } finally {
          clearTimeout(timer);
        }
        this.#logAttempt(options.target, url, attempt, started, response.status);
        if (!isRetryableStatus(response.status)) return { retry: false, value: { response } };
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.#clock.now());
        return { retry: true, value: { response }, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
      },
      {
        policy: this.#policy,
        clock: this.#clock,
        random: this.#random,
        beforeWait: async ({ response }) => {
          if (response) await this.#discard(response, shown);
        },
      },
    );
    const { value, attempts, retryAt } = result;
    if (!value.response) {
      throw options.target === 'graph'
        ? createNetworkError(shown, attempts, value.error)
        : createDownloadError(shown, { attempts, cause: value.error });
    }
    // Still a 429/5xx once retries ran out: Graph's is mapped by the caller, a download's fails here.
    if (result.gaveUp && options.target === 'download') {
      await this.#discard(value.response, shown);
      throw createDownloadError(shown, { status: value.response.status, attempts, retryAt });
    }
    return { response: value.response, attempts, ...(retryAt !== undefined ? { retryAt } : {}) };
  }

  async #getToken(url: URL): Promise<string> {
    try {
      return await this.#tokens.getToken();
    } catch (error) {
      if (error instanceof GraphReportError) throw error;
      throw new GraphReportError(
        'TOKEN',
        `Could not get an access token for ${describeRequest(describe(url))} ` +
          `(${error instanceof Error ? error.name : 'unknown error'}). Check the bot's Graph sign-in settings.`,
        describe(url),
        undefined,
        undefined,
        { cause: error },
      );
    }
  }

  #resolve(pathAndQuery: string): URL {
    if (!pathAndQuery.startsWith('/')) {
      throw new TypeError(`A Graph path must start with "/", got "${pathAndQuery.split('?')[0]}".`);
    }
    const url = new URL(`${this.#base}${pathAndQuery}`);
    if (url.origin !== this.#origin) {
      throw new TypeError(`A Graph path must stay on ${this.#origin}, got one that leads to ${url.origin}.`);
    }
    return url;
  }

  // Graph URLs are logged by origin and path; a download link, whose path is its credential, by origin only.
  #logAttempt(target: Target, url: URL, attempt: number, started: number, status?: number, error?: unknown): void {
    const fields = {
      target,
      method: 'GET',
      url: (target === 'graph' ? describe(url) : describeDownload(url)).url,
      status,
      attempt,
      ms: this.#clock.now() - started,
      ...(error === undefined ? {} : { error: describeNetworkCause(error) }),
    };
    const message = target === 'graph' ? 'graph request' : 'report download';
    if (status === undefined || status >= 400) this.#logger.warn(message, fields);
    else this.#logger.info(message, fields);
  }

  async #readErrorBody(response: Response, url: URL): Promise<string> {
    // Only Graph's own error bodies are read (download bodies are never quoted).
    if (!response.body) return '';
    // fetch's body is typed ReadableStream<any>; its chunks are bytes.
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      while (size < MAX_ERROR_BODY_BYTES) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.byteLength;
      }
      await reader.cancel();
    } catch (error) {
      // The status alone still makes a useful error; the lost body is only logged.
      this.#logger.warn('could not read the error body', { url: redactUrl(url), error: describeNetworkCause(error) });
    }
    return Buffer.concat(chunks).toString('utf8', 0, Math.min(size, MAX_ERROR_BODY_BYTES));
  }

  // Unread bodies hold their connection open until cancelled.
  async #discard(response: Response, request: FailedRequest): Promise<void> {
    try {
      await response.body?.cancel();
    } catch (error) {
      this.#logger.warn('could not discard a response body', { url: request.url, error: describeNetworkCause(error) });
    }
  }
}

function describe(url: URL): FailedRequest {
  return { method: 'GET', url: redactUrl(url) };
}

/** A pre-authenticated download link is a credential in its path and query alike: only its origin is shown. */
function describeDownload(url: URL): FailedRequest {
  return { method: 'GET', url: `${url.origin}/(pre-authenticated download link)` };
}

function answerTimeout(ms: number): Error {
  return Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: 'ANSWER_TIMEOUT' });
}

function isSuccess(status: number): boolean {
  return status >= 200 && status <= 299;
}

function buildIfNoneMatch(etag: string | undefined): Record<string, string> {
  return etag ? { 'if-none-match': etag } : {};
}

function withEtag(etag: string | undefined): { etag?: string } {
  return etag === undefined ? {} : { etag };
}

/** The body's stated size; none when it is compressed (fetch yields the bytes decoded) or not stated. */
function withLength(response: Response): { contentLength?: number } {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return {};
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length >= 0 ? { contentLength: length } : {};
}

/** See toReadable: a reader that stopped has had its answer. */
function ignoreLateFailure(): void {
  return undefined;
}

function toReadable(response: Response, request: FailedRequest): Readable {
  if (!response.body) return Readable.from([]);
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  const out = new PassThrough();
  // A body cut off mid-stream fails as a typed error naming the request, not as undici's bare "terminated";
  // a reader that gives up early releases the connection.
  body.on('error', (cause) => out.destroy(createCutOffError(request, cause)));
  // The failure reaches the reader through its own listener; one that had already stopped reading
  // (its parse failed first) needs no second word of it, which would otherwise be an uncaught exception.
  out.on('error', ignoreLateFailure);
  out.on('close', () => body.destroy());
  body.pipe(out);
  return out;
}

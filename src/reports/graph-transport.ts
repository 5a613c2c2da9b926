/**
 * One logical GET to Graph or to a report's download host: the bearer token on Graph requests only,
 * retries with Retry-After or jittered backoff, the answer timeout, a log line per attempt, and every
 * failure to get an answer as a `GraphReportError`. Knows nothing of CSV, JSON or paging.
 */
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { retryWithPolicy } from '../outbound/retry.js';
import { isRetryableStatus, parseRetryAfter, type RetryPolicy } from '../outbound/retry-policy.js';
import { fetchWithAnswerTimeout } from './answer-timeout.js';
import { readErrorBody } from './graph-error-body.js';
import {
  createDownloadError,
  createNetworkError,
  describeNetworkCause,
  describeRequest,
  mapGraphErrorResponse,
  type FailedRequest,
} from './graph-error-response.js';
import { describeDownload, describeGraphRequest } from './graph-request-names.js';
import type { TokenProvider } from './graph-token.js';
import { GraphReportError } from './report-errors.js';

export type RequestOptions = {
  /** Called (and awaited, if it returns a promise) before every HTTP request sent to Graph itself (not the download host); throwing vetoes the request. The report service uses it to spend its throttle budget. */
  beforeRequest?: () => unknown;
  ifNoneMatch?: string;
  signal?: AbortSignal;
};

/** What a transport needs, resolved from the client's options. */
export type GraphTransportOptions = {
  tokens: TokenProvider;
  clock: Clock;
  random: () => number;
  logger: Logger;
  policy: RetryPolicy;
  answerTimeoutMs: number;
};

type Target = 'graph' | 'download';

/** One request's target (Graph with the token, or the download host without), headers, hook and cancellation. */
export type SendOptions = {
  target: Target;
  headers: Record<string, string>;
  beforeRequest?: () => unknown;
  signal?: AbortSignal;
};

/** Sends the Graph client's requests; one per client, shared by its CSV downloads and JSON pages. */
export class GraphTransport {
  readonly logger: Logger;
  readonly #options: GraphTransportOptions;

  constructor(options: GraphTransportOptions) {
    this.#options = options;
    this.logger = options.logger;
  }

  /** Sends to Graph with the token; maps any final 4xx/5xx answer to its error. */
  async sendToGraph(url: URL, options: RequestOptions, headers: Record<string, string>): Promise<Response> {
    const { response, attempts, retryAt } = await this.send(url, {
      target: 'graph',
      headers,
      beforeRequest: options.beforeRequest,
      signal: options.signal,
    });
    if (response.status < 400) return response;
    const body = await readErrorBody(response, url, this.logger);
    throw mapGraphErrorResponse(describeGraphRequest(url), response.status, body, attempts, retryAt);
  }

  /**
   * One logical request with retries on 429/502/503/504 and network errors. For Graph, returns the last
   * answer (still a 429/5xx when retries ran out or Retry-After was too long, with `retryAt` when Graph set
   * one); for the download host those end in DOWNLOAD_FAILED. No answer at all throws NETWORK/DOWNLOAD_FAILED.
   */
  async send(url: URL, options: SendOptions): Promise<{ response: Response; attempts: number; retryAt?: number }> {
    const { clock, policy, random, answerTimeoutMs } = this.#options;
    const shown = options.target === 'graph' ? describeGraphRequest(url) : describeDownload(url);
    const result = await retryWithPolicy<{ response?: Response; error?: unknown }>(
      async (attempt) => {
        options.signal?.throwIfAborted();
        const headers = { ...options.headers };
        if (options.target === 'graph') {
          headers.authorization = `Bearer ${await this.#getToken(url)}`;
          await options.beforeRequest?.();
        }
        const started = clock.now();
        let response: Response;
        try {
          response = await fetchWithAnswerTimeout(
            url,
            {
              method: 'GET',
              headers,
              // Never let fetch follow Graph's redirect: it would carry the Authorization header along.
              redirect: options.target === 'graph' ? 'manual' : 'follow',
              signal: options.signal,
            },
            answerTimeoutMs,
          );
        } catch (error) {
          if (options.signal?.aborted) throw options.signal.reason ?? error;
          this.#logAttempt(options.target, url, attempt, started, undefined, error);
          return { retry: true, value: { error } };
        }
        this.#logAttempt(options.target, url, attempt, started, response.status);
        if (!isRetryableStatus(response.status)) return { retry: false, value: { response } };
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
        return { retry: true, value: { response }, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
      },
      {
        policy,
        clock,
        random,
        beforeWait: async ({ response }) => {
          if (response) await this.discard(response, shown);
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
      await this.discard(value.response, shown);
      throw createDownloadError(shown, { status: value.response.status, attempts, retryAt });
    }
    return { response: value.response, attempts, ...(retryAt !== undefined ? { retryAt } : {}) };
  }

  /** Releases an answer's body unread: unread bodies hold their connection open until cancelled. */
  async discard(response: Response, request: FailedRequest): Promise<void> {
    try {
      await response.body?.cancel();
    } catch (error) {
      this.logger.warn('could not discard a response body', { url: request.url, error: describeNetworkCause(error) });
    }
  }

  async #getToken(url: URL): Promise<string> {
    try {
      return await this.#options.tokens.getToken();
    } catch (error) {
      if (error instanceof GraphReportError) throw error;
      throw new GraphReportError(
        'TOKEN',
        `Could not get an access token for ${describeRequest(describeGraphRequest(url))} ` +
          `(${error instanceof Error ? error.name : 'unknown error'}). Check the bot's Graph sign-in settings.`,
        describeGraphRequest(url),
        undefined,
        undefined,
        { cause: error },
      );
    }
  }

  // Graph URLs are logged by origin and path; a download link, whose path is its credential, by origin only.
  #logAttempt(target: Target, url: URL, attempt: number, started: number, status?: number, error?: unknown): void {
    const fields = {
      target,
      method: 'GET',
      url: (target === 'graph' ? describeGraphRequest(url) : describeDownload(url)).url,
      status,
      attempt,
      ms: this.#options.clock.now() - started,
      ...(error === undefined ? {} : { error: describeNetworkCause(error) }),
    };
    const message = target === 'graph' ? 'graph request' : 'report download';
    if (status === undefined || status >= 400) this.logger.warn(message, fields);
    else this.logger.info(message, fields);
  }
}

/** Whether an answer is a 2xx. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status <= 299;
}

/** The If-None-Match header for a conditional request, when the caller has an ETag. */
export function buildIfNoneMatch(etag: string | undefined): Record<string, string> {
  return etag ? { 'if-none-match': etag } : {};
}

/** An `etag` field to spread into an answer, absent when Graph sent none. */
export function withEtag(etag: string | undefined): { etag?: string } {
  return etag === undefined ? {} : { etag };
}

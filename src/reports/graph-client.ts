/**
 * HTTP to Microsoft Graph's usage reports: bearer token on Graph requests only, the 302 → pre-authenticated
 * download for CSV (fetched without the token), `@odata.nextLink` paging for JSON, retries with Retry-After
 * or jittered backoff, and every failure as a `GraphReportError`. Knows nothing of report names or rows.
 * The entry point its callers use; the download, the paging and the transport live in files of their own.
 */
import { systemClock, type Clock } from '../clock.js';
import { silentLogger, type Logger } from '../logger.js';
import { resolveRetryPolicy } from '../outbound/retry-policy.js';
import { redactUrl } from './graph-error-response.js';
import { isLoopbackUrl, type TokenProvider } from './graph-token.js';
import { GraphTransport, type RequestOptions } from './graph-transport.js';
import { getJsonPages, type GraphRoot, type JsonResponse } from './json-pages.js';
import { downloadReport, type CsvResponse } from './report-download.js';

export type { CsvResponse, JsonResponse, RequestOptions };

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

/** The only code that talks HTTP to Graph. One instance per Graph cloud; safe to share between callers. */
export class GraphClient {
  readonly #root: GraphRoot;
  readonly #transport: GraphTransport;

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
    this.#root = { base: `${base.origin}${base.pathname.replace(/\/+$/, '')}`, origin: base.origin };
    this.#transport = new GraphTransport({
      tokens: options.tokens,
      clock: options.clock ?? systemClock,
      random: options.random ?? Math.random,
      logger: options.logger ?? silentLogger,
      policy: resolveRetryPolicy(options.retry),
      answerTimeoutMs: options.answerTimeoutMs ?? 60_000,
    });
  }

  /**
   * GET `${baseUrl}${pathAndQuery}` expecting a CSV report: follows Graph's 302 to the pre-authenticated
   * download without the token (or takes a direct 200), asking Graph once more if the link has expired.
   */
  async getCsv(pathAndQuery: string, options: RequestOptions = {}): Promise<CsvResponse> {
    return downloadReport(this.#transport, this.#resolve(pathAndQuery), options);
  }

  /**
   * GET `${baseUrl}${pathAndQuery}` expecting `$format=application/json`: the first page is fetched now
   * (so errors and 304 surface here), later pages while iterating, each through `beforeRequest` and retries.
   */
  async getJson(pathAndQuery: string, options: RequestOptions = {}): Promise<JsonResponse> {
    return getJsonPages(this.#transport, this.#root, this.#resolve(pathAndQuery), options);
  }

  #resolve(pathAndQuery: string): URL {
    if (!pathAndQuery.startsWith('/')) {
      throw new TypeError(`A Graph path must start with "/", got "${pathAndQuery.split('?')[0]}".`);
    }
    const url = new URL(`${this.#root.base}${pathAndQuery}`);
    if (url.origin !== this.#root.origin) {
      throw new TypeError(`A Graph path must stay on ${this.#root.origin}, got one that leads to ${url.origin}.`);
    }
    return url;
  }
}

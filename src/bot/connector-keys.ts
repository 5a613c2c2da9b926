/**
 * The Bot Connector's token-signing keys, for `jwtVerify`: the key set its OpenID metadata names
 * (`jwks_uri`), held by jose's remote key set (kept a day, fetched again for an unknown key id at most
 * every 5 minutes, one fetch at a time shared by every request waiting for it). Every fetch is bounded
 * (time, body size, a connection of its own destroyed on timeout), and after a failed one none starts
 * for 5 minutes, so a silent or unreachable key host costs one bounded fetch, not one per request.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRemoteJWKSet, customFetch, type CryptoKey, type FlattenedJWSInput, type JWSHeaderParameters, type RemoteJWKSet } from 'jose';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { isLoopbackUrl } from '../reports/graph-token.js';

export type ConnectorKeysOptions = {
  /** e.g. https://login.botframework.com/v1/.well-known/openidconfiguration */
  readonly metadataUrl: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How long one HTTP request (metadata or keys) may take, body included; default 5 s. */
  readonly timeoutMs?: number;
};

/** Least time between fetches for unknown key ids, and after a failed fetch. */
const RETRY_INTERVAL_MS = 5 * 60_000;
/** Keys and metadata older than this are fetched again before use (botbuilder's own refresh interval). */
const MAX_AGE_MS = 24 * 3_600_000;
const MAX_BODY_BYTES = 256 * 1024;

const metadataSchema = z.object({ jwks_uri: z.string().url() });
const keySetSchema = z.object({ keys: z.array(z.unknown()) });

/** Why no key was given for a token; the message is fixed, never input. */
export class SigningKeyError extends Error {
  override readonly name = 'SigningKeyError';
  constructor(readonly code: 'KEYS_UNAVAILABLE' | 'NO_KEY_ID' | 'NOT_ENDORSED') {
    super(`No Bot Connector signing key for this token (${code}).`);
  }
}

export class ConnectorKeys {
  private keySet: { readonly url: string; readonly remote: RemoteJWKSet } | undefined;
  private metadataReadAt = Number.NEGATIVE_INFINITY;
  private readingMetadata: Promise<void> | undefined;
  private failedAt = Number.NEGATIVE_INFINITY;
  private readonly timeoutMs: number;

  constructor(private readonly options: ConnectorKeysOptions) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  /**
   * The key a token's header names, if the Bot Connector publishes it endorsed for `channelId`.
   * Throws SigningKeyError (or jose's error for an unknown key id) otherwise.
   */
  async keyFor(header: JWSHeaderParameters, token: FlattenedJWSInput | undefined, channelId: string): Promise<CryptoKey> {
    if (typeof header.kid !== 'string') throw new SigningKeyError('NO_KEY_ID');
    const remote = await this.remoteKeySet();
    const key = await remote(header, token);
    // Read right after the key was resolved from the same cached set: its JWK carries the endorsements.
    const jwk = remote.jwks()?.keys.find((candidate) => candidate.kid === header.kid);
    const endorsements: unknown = jwk && (jwk as { endorsements?: unknown }).endorsements;
    if (!Array.isArray(endorsements) || !endorsements.includes(channelId)) throw new SigningKeyError('NOT_ENDORSED');
    return key;
  }

  /** The remote key set at the URL the metadata names; the metadata is read once a day (single-flight). */
  private async remoteKeySet(): Promise<RemoteJWKSet> {
    if (!this.keySet || this.options.clock.now() - this.metadataReadAt >= MAX_AGE_MS) {
      this.readingMetadata ??= this.readMetadata().finally(() => {
        this.readingMetadata = undefined;
      });
      await this.readingMetadata;
    }
    if (!this.keySet) throw new SigningKeyError('KEYS_UNAVAILABLE');
    return this.keySet.remote;
  }

  private async readMetadata(): Promise<void> {
    const read = await this.attempt('metadata', async () => {
      const { jwks_uri: url } = metadataSchema.parse(await getJson(this.options.metadataUrl, AbortSignal.timeout(this.timeoutMs)));
      return url;
    }).catch(() => undefined);
    // A failed read keeps the key set already known: its keys still age out on their own.
    if (read === undefined) return;
    this.metadataReadAt = this.options.clock.now();
    if (this.keySet?.url === read) return;
    this.keySet = {
      url: read,
      remote: createRemoteJWKSet(new URL(read), {
        timeoutDuration: this.timeoutMs,
        cooldownDuration: RETRY_INTERVAL_MS,
        cacheMaxAge: MAX_AGE_MS,
        [customFetch]: (url: string, init: { signal: AbortSignal }) => this.fetchKeySet(url, init.signal),
      }),
    };
  }

  /** jose's fetch: the key set as JSON, with entries that are not objects left out (one odd entry does not void the set). */
  private async fetchKeySet(url: string, signal: AbortSignal): Promise<Response> {
    const keys = await this.attempt('keys', async () => keySetSchema.parse(await getJson(url, signal)).keys.filter(isObject));
    this.options.logger.info('signing keys fetched', { keys: keys.length });
    return Response.json({ keys });
  }

  /**
   * Runs one fetch unless the last failed less than the retry interval ago (then refuses at once).
   * A failure is logged by its name only: messages may carry URLs or bodies.
   */
  private async attempt<T>(what: 'metadata' | 'keys', fetch: () => Promise<T>): Promise<T> {
    if (this.options.clock.now() - this.failedAt < RETRY_INTERVAL_MS) throw new SigningKeyError('KEYS_UNAVAILABLE');
    try {
      const result = await fetch();
      this.failedAt = Number.NEGATIVE_INFINITY;
      return result;
    } catch (error) {
      this.failedAt = this.options.clock.now();
      this.options.logger.warn('signing keys not fetched', { what, reason: error instanceof Error ? error.name : 'unknown' });
      throw error;
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * GET `url` as JSON over a connection of its own, destroyed when `signal` aborts (fetch leaves an
 * aborted request's socket open until the server answers, which a silent host never does).
 */
function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const target = new URL(url);
  if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopbackUrl(target.href))) {
    return Promise.reject(new TypeError('Signing keys are fetched over https only.'));
  }
  return new Promise((resolve, reject) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(target, { method: 'GET', headers: { accept: 'application/json' }, agent: false, signal }, (response) => {
      if (response.statusCode !== 200) {
        request.destroy(Object.assign(new Error(`HTTP ${response.statusCode}`), { name: `HTTP_${response.statusCode}` }));
        return;
      }
      response.on('error', reject);
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) request.destroy(new RangeError('The key document is too large.'));
        else chunks.push(chunk);
      });
      response.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          reject(new SyntaxError('The key document is not JSON.'));
        }
      });
    });
    request.on('error', reject);
    request.end();
  });
}

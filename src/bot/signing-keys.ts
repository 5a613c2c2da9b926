/**
 * The Bot Connector's token-signing keys, fetched from its OpenID metadata: with a short timeout, one
 * fetch at a time (every request waiting for keys shares it), cached, and fetched again for a key id
 * not in the cache at most once per refresh interval. A failed fetch keeps the keys already known and
 * is logged; it never throws, so a token that cannot be checked is simply a 401.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { isLoopbackUrl } from '../reports/graph-token.js';

/** A verification key and the channels it may sign for (absent: any). */
export type SigningKey = { readonly publicKey: KeyObject; readonly endorsements?: readonly string[] };

export type SigningKeysOptions = {
  /** e.g. https://login.botframework.com/v1/.well-known/openidconfiguration */
  readonly metadataUrl: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How long one HTTP request (metadata or keys) may take, body included; default 5 s. */
  readonly timeoutMs?: number;
  /** Least time between fetches caused by unknown key ids; default 5 minutes. */
  readonly refreshIntervalMs?: number;
  /** Keys older than this are fetched again when next needed; default a day (botbuilder's own cache). */
  readonly maxAgeMs?: number;
};

const MAX_BODY_BYTES = 256 * 1024;
const metadataSchema = z.object({ jwks_uri: z.string().url() });
const keySetSchema = z.object({
  keys: z.array(z.object({ kid: z.string().min(1), kty: z.literal('RSA'), n: z.string(), e: z.string(), endorsements: z.array(z.string()).optional() }).passthrough()),
});

export class SigningKeys {
  private keys = new Map<string, SigningKey>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<void> | undefined;
  private readonly timeoutMs: number;
  private readonly refreshIntervalMs: number;
  private readonly maxAgeMs: number;

  constructor(private readonly options: SigningKeysOptions) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.refreshIntervalMs = options.refreshIntervalMs ?? 5 * 60_000;
    this.maxAgeMs = options.maxAgeMs ?? 24 * 3_600_000;
  }

  /** The key with id `kid`, fetching the key set first when it is unknown or old (within the refresh interval). */
  async getKey(kid: string): Promise<SigningKey | undefined> {
    const now = this.options.clock.now();
    const fresh = now - this.fetchedAt < this.maxAgeMs;
    if (fresh && this.keys.has(kid)) return this.keys.get(kid);
    if (this.refreshing) await this.refreshing;
    else if (now - this.attemptedAt >= this.refreshIntervalMs) await this.refresh();
    return this.keys.get(kid);
  }

  private refresh(): Promise<void> {
    this.attemptedAt = this.options.clock.now();
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    try {
      const { jwks_uri: keysUrl } = metadataSchema.parse(await this.getJson(this.options.metadataUrl));
      const { keys } = keySetSchema.parse(await this.getJson(keysUrl));
      const loaded = new Map<string, SigningKey>();
      for (const { kid, endorsements, ...jwk } of keys) {
        loaded.set(kid, { publicKey: createPublicKey({ key: jwk, format: 'jwk' }), ...(endorsements ? { endorsements } : {}) });
      }
      this.keys = loaded;
      this.fetchedAt = this.options.clock.now();
      this.options.logger.info('signing keys fetched', { keys: loaded.size });
    } catch (error) {
      // The cause is named, never quoted: messages may carry URLs or bodies.
      this.options.logger.warn('signing keys not fetched', { reason: error instanceof Error ? error.name : 'unknown', keptKeys: this.keys.size });
    }
  }

  /**
   * GET `url` as JSON over a connection of its own, destroyed on timeout (fetch leaves an aborted
   * request's socket open until the server answers, which a silent host never does).
   */
  private getJson(url: string): Promise<unknown> {
    const target = new URL(url);
    if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopbackUrl(target.href))) {
      return Promise.reject(new TypeError('Signing keys are fetched over https only.'));
    }
    return new Promise((resolve, reject) => {
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(target, { method: 'GET', headers: { accept: 'application/json' }, agent: false }, (response) => {
        if (response.statusCode !== 200) {
          request.destroy(Object.assign(new Error(`HTTP ${response.statusCode}`), { name: `HTTP_${response.statusCode}` }));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) request.destroy(new RangeError('The key document is too large.'));
          else chunks.push(chunk);
        });
        response.on('end', () => {
          clearTimeout(timer);
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch {
            reject(new SyntaxError('The key document is not JSON.'));
          }
        });
      });
      const timer = setTimeout(() => request.destroy(Object.assign(new Error('No answer in time.'), { name: 'TimeoutError' })), this.timeoutMs);
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.end();
    });
  }
}

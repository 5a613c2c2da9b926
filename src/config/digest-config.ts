/** The weekly digest's settings: the time zone of subscriptions that name none, and the runner's lease and grace. */
import { DEFAULT_GRACE_MS, DEFAULT_LEASE_MS } from '../digest/digest-runner.js';
import { resolveTimeZone } from '../digest/subscription.js';
import { ConfigError } from './config-error.js';
import { read, readInteger, type Env } from './env-values.js';

/** The weekly digest: the zone of subscriptions that name none, and the runner's lease and grace. */
export type DigestConfig = {
  /** IANA zone, canonical (`DIGEST_TIME_ZONE`, default UTC). */
  readonly defaultTimeZone: string;
  /** How long a claim may stay unfinished before it is taken over (`DIGEST_LEASE_MINUTES`, default 10). */
  readonly leaseMs: number;
  /** How late a digest may still be posted after downtime (`DIGEST_GRACE_HOURS`, default 6). */
  readonly graceMs: number;
};

export const DEFAULT_DIGEST_TIME_ZONE = 'UTC';

/** `DIGEST_TIME_ZONE`, `DIGEST_LEASE_MINUTES` and `DIGEST_GRACE_HOURS`, each with its default. */
export function readDigest(env: Env): DigestConfig {
  return {
    defaultTimeZone: readTimeZone(env, 'DIGEST_TIME_ZONE', DEFAULT_DIGEST_TIME_ZONE),
    leaseMs: readInteger(env, 'DIGEST_LEASE_MINUTES', DEFAULT_LEASE_MS / 60_000, 1, 24 * 60) * 60_000,
    graceMs: readInteger(env, 'DIGEST_GRACE_HOURS', DEFAULT_GRACE_MS / 3_600_000, 0, 7 * 24) * 3_600_000,
  };
}

function readTimeZone(env: Env, name: string, fallback: string): string {
  const text = read(env, name);
  if (text === undefined) return fallback;
  const zone = resolveTimeZone(text);
  if (!zone) throw new ConfigError(name, `${name} is "${text}", which is not an IANA time zone; use e.g. Europe/Berlin, America/New_York or UTC.`);
  return zone;
}
